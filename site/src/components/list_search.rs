//! A search field that narrows a long list as a person types, for the
//! situation form's lists that a large region makes long (the credentials a
//! person may hold, the jobs they may aim for). The list itself is not a
//! live region, so narrowing it never reads a long list aloud.

use leptos::prelude::*;

/// Lists longer than this get a search field; shorter ones read best whole.
pub const SEARCH_ABOVE: usize = 20;

/// A labelled search field whose text is `typed`.
#[component]
pub fn ListSearch(
    /// The field's id, unique on the page.
    id: &'static str,
    /// What the field finds, as its label.
    label: &'static str,
    /// The words typed so far.
    typed: RwSignal<String>,
) -> impl IntoView {
    view! {
        <p class="field list-search">
            <label for=id>{label}</label>
            <input
                type="search"
                id=id
                autocomplete="off"
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
            />
        </p>
    }
}
