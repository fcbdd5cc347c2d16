//! The button that keeps the view's plan in this browser, and what became of it.

use crate::i18n::{fill, strings};
use crate::saved_plans::{self, PlanRefusal, SavedPlans, MAX_SAVED_PLANS};
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_routes::RouteReport;

/// Saves the shown route's view under a label of where it starts and ends.
#[component]
pub fn SavePlanButton(
    /// The chosen route and its index.
    selected: Memo<Option<(usize, RouteReport)>>,
    /// Where the person starts, by title, for the plan's label.
    start: Memo<Option<(String, Option<f64>)>>,
    /// The view state, whose query string is what is saved.
    state: RwSignal<ViewState>,
    /// The saved plans, shared with the list that shows them.
    saved: RwSignal<SavedPlans>,
) -> impl IntoView {
    let t = strings();
    // What the last press did, for the live region; it resets when the view changes.
    let outcome = RwSignal::new(None::<(String, Result<(), PlanRefusal>)>);
    let query = Memo::new(move |_| state.with(ViewState::to_query));
    let save = move |_| {
        let Some((_, route)) = selected.get_untracked() else {
            return;
        };
        let from = start.get_untracked().map(|(title, _)| title).unwrap_or_default();
        let label = format!("{from} → {}", super::route_list::destination(&route));
        let here = query.get_untracked();
        let result = saved_plans::update(|plans| plans.save(&here, &label));
        if let Ok(next) = &result {
            saved.set(next.clone());
        }
        outcome.set(Some((here, result.map(|_| ()))));
    };
    move || {
        selected.with(Option::is_some).then(|| {
            let here = query.get();
            let max = MAX_SAVED_PLANS.to_string();
            let message = outcome.with(|o| match o {
                Some((q, Ok(()))) if *q == here => t.plan_saved.to_owned(),
                Some((q, Err(PlanRefusal::Unavailable))) if *q == here => t.plan_not_saved.to_owned(),
                Some((q, Err(PlanRefusal::Full))) if *q == here => fill(t.plans_full, &[("max", &max)]),
                _ => String::new(),
            });
            let is_saved = saved.with(|s| s.contains(&here));
            view! {
                <p class="save-plan no-print">
                    <button type="button" class="small-button" on:click=save aria-pressed=is_saved.to_string()>
                        {if is_saved { t.plan_is_saved } else { t.save_plan }}
                    </button>
                    <span class="save-outcome" role="status">{message}</span>
                </p>
            }
        })
    }
}
