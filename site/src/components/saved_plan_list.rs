//! The plans kept in this browser: each opens its view again or is deleted.

use crate::i18n::strings;
use crate::saved_plans::{self, SavedPlans};
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
    move || {
        let plans = saved.get().plans;
        (!plans.is_empty()).then(|| {
            let items = plans
                .into_iter()
                .map(|plan| {
                    let open_query = plan.query.clone();
                    let delete_query = plan.query.clone();
                    let delete_label = format!("{}: {}", t.delete_plan, plan.label);
                    view! {
                        <li class="saved-plan">
                            <a
                                href=plan.query
                                on:click=move |ev| {
                                    // The view changes in place; the address bar follows the state.
                                    ev.prevent_default();
                                    state.set(ViewState::from_query(&open_query));
                                }
                            >
                                {plan.label}
                            </a>
                            <button
                                type="button"
                                class="small-button"
                                aria-label=delete_label
                                on:click=move |_| {
                                    let next = saved.get_untracked().delete(&delete_query);
                                    // Storage that cannot be written still drops the plan from view,
                                    // and the next visit reads what the browser really holds.
                                    let _ = saved_plans::store(&next);
                                    saved.set(next);
                                }
                            >
                                {t.delete_word}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="saved-plans" aria-labelledby="saved-plans-heading">
                    <h2 id="saved-plans-heading">{t.saved_plans_heading}</h2>
                    <p class="hint">{t.saved_plans_hint}</p>
                    <ul>{items}</ul>
                </section>
            }
        })
    }
}
