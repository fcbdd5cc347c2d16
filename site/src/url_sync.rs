//! Keeps the view state and the address bar in step: the state is read from
//! the query string at start and on Back/Forward, and written back whenever
//! it changes, so every view is a shareable link. A change the person makes
//! adds a history entry; writing back an address just read (put in order,
//! cleared of what the site does not use) replaces the entry instead, so
//! Back always leaves a link's page.

use crate::tasks::after_paint;
use crate::view_state::ViewState;
use leptos::prelude::*;

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Corrects the view the address asked for (a region or a job the data
/// does not have) without adding a history entry, so Back still leaves.
#[derive(Clone, Copy)]
pub struct AddressCorrection {
    state: RwSignal<ViewState>,
    just_read: StoredValue<bool>,
}

impl AddressCorrection {
    /// The job the view starts from, if it names one.
    pub fn start_id(self) -> Option<String> {
        self.state.with_untracked(|s| match &s.start {
            Some(crate::view_state::Start::Occupation(id)) => Some(id.clone()),
            _ => None,
        })
    }

    /// Applies `fix` to the view, replacing the current history entry.
    pub fn correct(self, fix: impl FnOnce(&mut ViewState)) {
        self.just_read.set_value(true);
        self.state.update(fix);
    }
}

/// The state signal, seeded from the address bar and kept in step with it,
/// and the way to correct what the address asked for.
pub fn url_state() -> (RwSignal<ViewState>, AddressCorrection) {
    let state = RwSignal::new(ViewState::from_query(&current_query()));
    // True while the state is the one just read from the address, or one
    // corrected from it.
    let just_read = StoredValue::new(true);
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        just_read.set_value(true);
        state.set(ViewState::from_query(&current_query()));
    });
    on_cleanup(move || listener.remove());
    // The effect writes only the address bar, never a signal, and only once
    // the page has painted the change: a slow phone takes milliseconds to
    // add a history entry, which the new view need not wait for. Changes
    // before the write are written together, as the one entry of the
    // person's change when any of them was theirs.
    let pending = StoredValue::new(None::<bool>);
    Effect::new(move |_| {
        state.track();
        let replace = just_read.get_value();
        just_read.set_value(false);
        match pending.get_value() {
            Some(waiting) => pending.set_value(Some(waiting && replace)),
            None => {
                pending.set_value(Some(replace));
                leptos::task::spawn_local(async move {
                    after_paint().await;
                    if let Some(replace) = pending.try_get_value().flatten() {
                        pending.set_value(None);
                        write_address(&state.with_untracked(ViewState::to_query), replace);
                    }
                });
            }
        }
    });
    (state, AddressCorrection { state, just_read })
}

/// Writes `query` to the address bar, as a new history entry unless
/// `replace`; nothing when the address already says it.
fn write_address(query: &str, replace: bool) {
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
}

/// Corrects what a link asked for and says why, once, in plain words.
#[derive(Clone, Copy)]
pub struct LinkFix {
    /// The way to correct the address without a history entry.
    pub address: AddressCorrection,
    /// What the page says about the link, shown above the explorer.
    pub notice: RwSignal<Option<&'static str>>,
}

impl LinkFix {
    /// Applies `fix` to the view by replacing the address, and shows `message`.
    pub fn drop(self, message: &'static str, fix: impl FnOnce(&mut ViewState)) {
        self.address.correct(fix);
        self.notice.set(Some(message));
    }
}
