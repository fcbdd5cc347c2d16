//! Keeps the view state and the address bar in step: the state is read from
//! the query string at start and on Back/Forward, and written back as a new
//! history entry whenever it changes, so every view is a shareable link.

use crate::view_state::ViewState;
use leptos::prelude::*;

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The state signal, seeded from the address bar and kept in step with it.
pub fn url_state() -> RwSignal<ViewState> {
    let state = RwSignal::new(ViewState::from_query(&current_query()));
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        state.set(ViewState::from_query(&current_query()));
    });
    on_cleanup(move || listener.remove());
    // The effect writes only the address bar, never a signal.
    Effect::new(move |_| {
        let query = state.with(ViewState::to_query);
        if query == current_query() || (query.is_empty() && current_query() == "?") {
            return;
        }
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")));
        }
    });
    state
}
