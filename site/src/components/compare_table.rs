//! Two or three routes side by side.

use super::route_list::destination;
use crate::focus::focus_after_render;
use crate::format::{annual, dollars, months};
use crate::i18n::strings;
use crate::routes::Routes;
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_routes::{monthly_income, RouteReport};

/// The routes picked for comparison, as a table with a column each.
#[component]
pub fn CompareTable(
    /// The routes the core found.
    routes: Memo<Routes>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
    /// The yearly wage of today's job, which staying put keeps.
    start_wage: Memo<Option<f64>>,
) -> impl IntoView {
    let t = strings();
    move || {
        let all = routes.get();
        let chosen: Vec<(usize, RouteReport)> =
            state.with(|s| s.compare.iter().filter_map(|&i| all.report(i).map(|r| (i, r))).collect());
        if chosen.is_empty() {
            return None;
        }
        let head = chosen
            .iter()
            .map(|(i, r)| view! { <th scope="col">{format!("{} {}: {}", t.route_word, i + 1, destination(r))}</th> })
            .collect_view();
        // What each route has earned more (or less) than staying put after five years.
        let wage = start_wage.get();
        let five_years = chosen
            .iter()
            .map(|(_, r)| {
                let difference = monthly_income(r, wage).five_year_difference.round();
                let sign = if difference < 0.0 { "−" } else { "+" };
                view! { <td>{format!("{sign}{}", dollars(difference.abs()))}</td> }
            })
            .collect_view();
        let row = |label: &'static str, cell: fn(&RouteReport) -> String| {
            let cells = chosen.iter().map(|(_, r)| view! { <td>{cell(r)}</td> }).collect_view();
            view! { <tr><th scope="row">{label}</th>{cells}</tr> }
        };
        Some(view! {
            <section class="compare no-print" aria-labelledby="compare-heading">
                <h3 id="compare-heading">{t.compare_heading}</h3>
                <table>
                    <thead><tr><td></td>{head}</tr></thead>
                    <tbody>
                        {row(t.wage_reached, |r| annual(r.final_wage))}
                        {row(t.total_time, |r| months(r.months))}
                        {row(t.total_cost, |r| dollars(r.cost))}
                        {row(t.pay, |r| months(r.paid_months))}
                        {row(t.steps_word, |r| r.rungs.iter().map(|g| g.title.clone()).collect::<Vec<_>>().join(" → "))}
                        <tr>
                            <th scope="row">{t.compare_five_years}</th>
                            {five_years}
                        </tr>
                    </tbody>
                </table>
                <button
                    type="button"
                    class="small-button"
                    on:click=move |_| {
                        state.update(|s| s.compare.clear());
                        // The table and its button go; focus returns to the list of routes.
                        focus_after_render("#routes-heading".to_owned(), Some(strings().comparison_cleared));
                    }
                >
                    {t.compare_clear}
                </button>
            </section>
        })
    }
}
