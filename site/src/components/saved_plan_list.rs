//! The plans kept in this browser: each opens its view again or is deleted.
//! The list follows the store, so a plan saved or deleted in another tab
//! shows here too.

use crate::focus::focus_after_render;
use crate::i18n::{fill, strings};
use crate::saved_plans::{self, SavedPlans, MAX_SAVED_PLANS};
use crate::view_state::ViewState;
use leptos::prelude::*;

/// The saved plans, shown only when there are some.
#[component]
pub fn SavedPlanList(
    /// The saved plans, shared with the save button.
    saved: RwSignal<SavedPlans>,
    /// The view state, which opening a plan replaces.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    // Another tab of this site changed the store: read it again.
    let listener = window_event_listener(leptos::ev::storage, move |_| saved.set(saved_plans::load()));
    on_cleanup(move || listener.remove());
    move || {
        let SavedPlans { plans, unreadable } = saved.get();
        let hidden = plans.len().saturating_sub(MAX_SAVED_PLANS);
        (!plans.is_empty() || !unreadable.is_empty()).then(|| {
            let items = plans
                .into_iter()
                .take(MAX_SAVED_PLANS)
                .map(|plan| {
                    let open_query = plan.query.clone();
                    let delete_label = format!("{}: {}", t.delete_plan, plan.label);
                    let (href, label) = (plan.query.clone(), plan.label.clone());
                    let delete = move |_| {
                        let chosen = plan.clone();
                        // Read the store again so a plan saved in another tab is not lost.
                        let next = saved_plans::update(|plans| Ok(plans.delete(&chosen)))
                            .unwrap_or_else(|_| saved.get_untracked().delete(&chosen));
                        let left = next.plans.len();
                        saved.set(next);
                        // The button goes with its plan: focus moves to the list's
                        // heading, or past the list when it was the last plan.
                        let next_place =
                            if left > 0 { "#saved-plans-heading" } else { "#region, #job-search, .picked button" };
                        focus_after_render(next_place.to_owned(), Some(strings().plan_deleted));
                    };
                    view! {
                        <li class="saved-plan">
                            <a
                                href=href
                                on:click=move |ev| {
                                    // The view changes in place; the address bar follows the state.
                                    ev.prevent_default();
                                    state.set(ViewState::from_query(&open_query));
                                }
                            >
                                {label}
                            </a>
                            <button type="button" class="small-button" aria-label=delete_label on:click=delete>
                                {t.delete_word}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            let count = hidden.to_string();
            view! {
                <section class="saved-plans" aria-labelledby="saved-plans-heading">
                    <h2 id="saved-plans-heading" tabindex="-1">{t.saved_plans_heading}</h2>
                    <p class="hint">{t.saved_plans_hint}</p>
                    <ul>{items}</ul>
                    {(hidden > 0).then(|| view! { <p class="hint">{fill(t.plans_more, &[("count", &count)])}</p> })}
                    {(!unreadable.is_empty()).then(|| view! { <p class="hint">{t.plans_unreadable}</p> })}
                </section>
            }
        })
    }
}
