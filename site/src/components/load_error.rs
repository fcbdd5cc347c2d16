//! The message shown in place of the explorer when the data cannot be used.

use crate::i18n::strings;
use leptos::prelude::*;

/// Says the data could not be loaded, why, and what to do.
#[component]
pub fn LoadError(
    /// Why the data could not be used, as a sentence.
    message: String,
) -> impl IntoView {
    let t = strings();
    view! {
        <section class="load-error" role="alert">
            <h2>{t.load_failed}</h2>
            <p>{message}</p>
            <p>{t.load_failed_help}</p>
        </section>
    }
}
