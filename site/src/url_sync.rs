//! Keeps the view state and the address bar in step: the state is read from
//! the query string at start and on Back/Forward, and written back whenever
//! it changes, so every view is a shareable link. A change the person makes
//! adds a history entry; writing back an address just read (put in order,
//! cleared of what the site does not use) replaces the entry instead, so
//! Back always leaves a link's page.

use crate::view_state::ViewState;
use leptos::prelude::*;

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The state signal, seeded from the address bar and kept in step with it.
pub fn url_state() -> RwSignal<ViewState> {
    let state = RwSignal::new(ViewState::from_query(&current_query()));
    // True while the state is the one just read from the address.
    let just_read = StoredValue::new(true);
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        just_read.set_value(true);
        state.set(ViewState::from_query(&current_query()));
    });
    on_cleanup(move || listener.remove());
    // The effect writes only the address bar, never a signal.
    Effect::new(move |_| {
        let query = state.with(ViewState::to_query);
        let replace = just_read.get_value();
        just_read.set_value(false);
        if query == current_query() || (query.is_empty() && current_query() == "?") {
            return;
        }
        let location = window().location();
        let url = format!("{}{query}", location.pathname().unwrap_or_default());
        if let Ok(history) = window().history() {
            let _ = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            };
        }
    });
    state
}
