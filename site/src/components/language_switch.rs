//! The language switch, on every view: the other language's name, in that
//! language, which shows the same view in it and keeps the choice in the link.

use crate::i18n::{strings, Lang};
use crate::view_state::ViewState;
use leptos::prelude::*;

/// A button that shows the page in the other language.
#[component]
pub fn LanguageSwitch(
    /// The language the page is shown in.
    lang: Lang,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let other = lang.other();
    view! {
        <p class="language-switch no-print">
            <button
                type="button"
                class="small-button"
                lang=other.code()
                aria-label=t.other_language_label
                on:click=move |_| state.update(|s| s.lang = Some(other))
            >
                {t.other_language}
            </button>
        </p>
    }
}
