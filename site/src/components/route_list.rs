//! The routes as an ordered text list: the screen-reader and small-screen
//! view of everything the ladder picture shows, and more.

use crate::focus::{announce, focus_after_render};
use crate::format::{annual, dollars, months, step};
use crate::i18n::{self, fill, strings};
use crate::routes::Routes;
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_routes::RouteReport;

/// The last rung's title, which names a route.
pub fn destination(route: &RouteReport) -> String {
    route.rungs.last().map(|r| r.title.clone()).unwrap_or_default()
}

/// One line that sums a route up.
pub fn summary(route: &RouteReport) -> String {
    let t = strings();
    format!(
        "{} · {} · {} {} · {} {} · {} {}",
        annual(route.final_wage),
        months(route.months),
        dollars(route.cost),
        t.to_you,
        route.programs,
        if route.programs == 1 { t.program_one } else { t.programs_word },
        months(route.paid_months),
        t.paid_while_learning
    )
}

/// Whether the list shows route `i` when its first `listed` routes are
/// shown: those, and every route named fastest, cheapest or another pick,
/// wherever it falls, so the picks are always in sight.
fn shows(all: &Routes, i: usize, listed: usize) -> bool {
    i < listed || all.is_pick(i)
}

/// Every route, with its picks, its rungs and what beats it.
#[component]
pub fn RouteList(
    /// The routes the core found.
    routes: Memo<Routes>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    // A memo, so ticking a box or opening a step does not draw the list
    // again (which would take the focus from the control just used).
    let listed = Memo::new(move |_| routes.with(|all| state.with(|s| s.routes_listed(all.len()))));
    let list = move || {
        let all = routes.get();
        let listed = listed.get();
        // Only the routes shown are worded.
        let shown: Vec<(usize, RouteReport)> =
            (0..all.len()).filter(|&i| shows(&all, i, listed)).filter_map(|i| all.report(i).map(|r| (i, r))).collect();
        let items = shown
            .iter()
            .map(|(i, route)| {
                let i = *i;
                let picks = route
                    .picks
                    .iter()
                    .map(|&p| view! { <span class=format!("pick pick-{}", p.token())>{i18n::pick(p)}</span> })
                    .collect_view();
                let beaten = route.dominated_by.map(|j| {
                    let by = all.destination(j);
                    view! {
                        <p class="beaten">
                            {t.beaten_by}" "
                            <button type="button" class="link-button" on:click=move |_| state.update(|s| { s.route = Some(j); s.rung = None; })>
                                {format!("{} {}: {by}", t.route_word, j + 1)}
                            </button>
                        </p>
                    }
                });
                let rungs = route
                    .rungs
                    .iter()
                    .enumerate()
                    .map(|(k, rung)| {
                        let wage_step = rung.wage_step.map(|s| format!(" ({})", step(s))).unwrap_or_default();
                        let label = format!("{}: {}", t.rung_details, rung.title);
                        view! {
                            <li class="rung-line">
                                <span class="rung-title">{rung.title.clone()}</span>
                                <span class="rung-figures">
                                    {format!("{}{wage_step} · {} · {} {}", annual(rung.wage), months(rung.months), dollars(rung.cost), t.to_you)}
                                </span>
                                <button
                                    type="button"
                                    class="small-button"
                                    id=format!("rung-{i}-{k}")
                                    aria-label=label
                                    on:click=move |_| state.update(|s| { s.route = Some(i); s.rung = Some(k); })
                                >
                                    {t.rung_details}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                let shown = move || state.with(|s| s.route.unwrap_or(0) == i);
                let compared = move || state.with(|s| s.compare.contains(&i));
                let compare_id = format!("compare-{i}");
                let heading_id = format!("route-{i}");
                let labelled_by = heading_id.clone();
                // Each route's controls are named with the route, so a
                // screen reader does not hear twenty identical controls.
                let (show_id, compare_label_id) = (format!("show-{i}"), format!("compare-label-{i}"));
                let show_named = format!("{show_id} {heading_id}");
                let compare_named = format!("{compare_label_id} {heading_id}");
                view! {
                    <li class="route" class:dominated=route.dominated_by.is_some() class:shown=shown aria-labelledby=labelled_by>
                        <h3 id=heading_id tabindex="-1">
                            <span class="route-number">{i + 1}". "</span>
                            {destination(route)}
                            " "
                            {picks}
                        </h3>
                        <p class="route-summary">{summary(route)}</p>
                        {beaten}
                        <ol class="rungs">{rungs}</ol>
                        <p class="route-actions">
                            <button
                                type="button"
                                class="small-button"
                                id=show_id
                                aria-labelledby=show_named
                                aria-pressed=move || shown().to_string()
                                on:click=move |_| state.update(|s| { s.route = Some(i); s.rung = None; })
                            >
                                {move || if shown() { t.showing_ladder } else { t.show_ladder }}
                            </button>
                            <span class="check inline">
                                <input
                                    type="checkbox"
                                    id=compare_id.clone()
                                    aria-labelledby=compare_named
                                    prop:checked=compared
                                    on:change=move |_| state.update(|s| *s = s.clone().toggle_compare(i))
                                />
                                <label for=compare_id id=compare_label_id>{t.compare_this}</label>
                            </span>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="routes no-print">{items}</ol> }
    };
    let more = move || {
        let total = routes.with(|all| all.len());
        let listed = listed.get();
        let shown_at = |listed: usize| routes.with(|all| (0..all.len()).filter(|&i| shows(all, i, listed)).count());
        let shown = shown_at(listed);
        let hidden = total - shown;
        (hidden > 0).then(|| {
            // The next page lists the next routes; a pick among them is in sight already.
            let after = (listed + crate::view_state::ROUTES_PER_PAGE).min(total);
            let now = shown_at(after);
            let next = now - shown;
            // The first route the next page brings, for the focus.
            let first = routes.with(|all| (listed..after).find(|&i| !all.is_pick(i)).unwrap_or(listed));
            let count = next.to_string();
            let label = if next == 1 { t.show_more_one.to_owned() } else { fill(t.show_more_many, &[("count", &count)]) };
            let more = move |_| {
                state.update(|s| *s = s.clone().show_more_routes(total));
                let now = now.to_string();
                let message = fill(strings().showing_routes, &[("shown", &now), ("total", &total.to_string())]);
                // The last page removes the button: focus goes to the first
                // route it brought; otherwise it stays on the button.
                if next == hidden {
                    focus_after_render(format!("#route-{first}"), None);
                }
                announce(&message);
            };
            view! {
                <p class="more-routes no-print">
                    <span>{fill(t.showing_routes, &[("shown", &shown.to_string()), ("total", &total.to_string())])}</span>
                    <button type="button" class="small-button" on:click=more>{label}</button>
                </p>
            }
        })
    };
    view! { {list} {more} }
}
