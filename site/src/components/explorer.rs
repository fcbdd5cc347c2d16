//! The explorer: where a person starts, what limits them, and the routes
//! upward that the core computes from the view state.

use super::{
    BlockerList, CompareTable, IncomeChart, LadderPicture, PathwayMap, PrintPlan, RegionPicker, RouteList, RungDetail,
    SavePlanButton, SavedPlanList, SituationForm, StartPicker,
};
use crate::focus::focus_after_render;
use crate::i18n::{self, strings, BlockerText};
use crate::routes::Routes;
use crate::saved_plans;
use crate::url_sync::LinkFix;
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_model::bundle::IndexRegion;
use pathway_model::OccupationId;
use pathway_routes::RouteEngine;
use std::sync::Arc;

/// What the core answered for the current view.
#[derive(Clone, Default)]
pub struct Answer {
    /// The routes, shared by every part of the page that reads them and
    /// worded only when shown.
    pub routes: Routes,
    /// What blocked the target, in words.
    pub blockers: Vec<BlockerText>,
    /// Some ladder goes higher than the engine follows.
    pub beyond_rung_limit: bool,
    /// The annual median wage where the person starts, as the engine reads it.
    pub start_wage: Option<f64>,
}

/// The explorer over a loaded pathway graph.
#[component]
pub fn Explorer(
    /// The route engine over the loaded graph of the region shown.
    engine: Arc<RouteEngine>,
    /// Every region the data covers.
    regions: Vec<IndexRegion>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let graph = engine.graph().clone();
    let map_engine = engine.clone();
    let g = graph.clone();
    // Choosing a route, a rung or a page of the list changes the view but not
    // the question, so the routes are worked out again only when the
    // question itself changes.
    let query = Memo::new(move |_| state.with(|s| s.route_query(&g)));
    let g = graph.clone();
    // An answer worked out again is a new answer: comparing thousands of
    // routes with the last ones would cost more than it could save.
    let answer = Memo::new_with_compare(
        move |_| {
            let query = query.get()?;
            let set = engine.find_routes(&query).ok()?;
            Some(Answer {
                blockers: set.blockers.iter().map(|b| i18n::blocker(&g, &set.person, b)).collect(),
                beyond_rung_limit: set.beyond_rung_limit,
                start_wage: set.start_wage,
                routes: Routes::new(g.clone(), Arc::new(set)),
            })
        },
        |old, new| !matches!((old, new), (Some(None), Some(None))),
    );
    // A link may name a route, step or comparison beyond the routes found
    // (an old link, a hand-edited one): the address keeps only what exists.
    if let Some(link) = use_context::<LinkFix>() {
        Effect::new(move |_| {
            let Some(rungs) = answer.with(|a| a.as_ref().map(|a| a.routes.rung_counts())) else {
                return;
            };
            let bounded = state.with_untracked(|s| s.clone().bounded_to(&rungs));
            if state.with_untracked(|s| *s != bounded) {
                link.drop(strings().link_unknown_route, |s| *s = bounded);
            }
        });
    }
    let selected = Memo::new(move |_| {
        let chosen = state.with(|s| s.route);
        answer.with(|a| {
            let a = a.as_ref()?;
            let index = chosen.filter(|&i| i < a.routes.len()).or_else(|| (!a.routes.is_empty()).then_some(0))?;
            Some((index, a.routes.report(index)?))
        })
    });
    let g = graph.clone();
    let start = Memo::new(move |_| {
        let t = strings();
        state.with(|s| match &s.start {
            Some(crate::view_state::Start::Occupation(id)) => {
                let ix = g.occupation_ix(&OccupationId(id.clone()))?;
                let wage = answer.with(|a| a.as_ref().and_then(|a| a.start_wage));
                Some((g.occupation(ix).title.to_string(), wage))
            }
            Some(crate::view_state::Start::NoJob) => Some((t.no_job_yet.to_owned(), None)),
            None => None,
        })
    });
    let start_wage = Memo::new(move |_| start.with(|s| s.as_ref().and_then(|(_, w)| *w)));
    // A memo of the shared list: a click that asks nothing new hands every
    // reader the same routes without copying or comparing them.
    let routes = Memo::new_with_compare(
        move |_| answer.with(|a| a.as_ref().map(|a| a.routes.clone()).unwrap_or_default()),
        |old, new| old.zip(new).is_none_or(|(a, b)| !a.same(b)),
    );
    let blockers = Signal::derive(move || answer.with(|a| a.as_ref().map(|a| a.blockers.clone()).unwrap_or_default()));
    let saved = RwSignal::new(saved_plans::load());
    // Conditions as memos read by plain closures rather than <Show>: each
    // Show instance adds its children wrapper and fallback view to the wasm.
    // A memo changes only when the condition flips, so, as with Show, the
    // parts it guards are drawn again only then.
    let started = Memo::new(move |_| state.with(|s| s.start.is_some()));
    let beyond_rung_limit = Memo::new(move |_| answer.with(|a| a.as_ref().is_some_and(|a| a.beyond_rung_limit)));
    let has_selection = Memo::new(move |_| selected.with(Option::is_some));
    let on_map = Memo::new(move |_| state.with(|s| s.map));
    // The link between the map and the routes: a real link to the other
    // view, so it can be shared or opened apart, followed here on a plain click.
    let other_view = move || {
        let query = state.with(|s| ViewState { map: !s.map, ..s.clone() }.to_query());
        format!("{}{query}", window().location().pathname().unwrap_or_default())
    };
    let switch_view = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        state.update(|s| s.map = !s.map);
        let heading = if on_map.get_untracked() { "#map-heading" } else { "#routes-heading" };
        focus_after_render(heading.to_owned(), None);
    };
    view! {
        <div class="explorer" class:on-map=on_map>
            {move || on_map.get().then(|| view! { <PathwayMap engine=map_engine.clone() state=state /> })}
            <section class="setup no-print" aria-label=t.where_now>
                <p class="map-link">
                    <a href=other_view on:click=switch_view>{move || if on_map.get() { t.map_close } else { t.map_open }}</a>
                </p>
                <SavedPlanList saved=saved state=state />
                <RegionPicker current=graph.regions().first().map(|r| r.id.clone()) regions=regions state=state />
                <StartPicker graph=graph.clone() state=state />
                {
                    let graph = graph.clone();
                    move || started.get().then(|| view! {
                        <p class="skip-to-routes"><a href="#routes-heading">{t.see_routes}</a></p>
                        <SituationForm graph=graph.clone() state=state />
                    })
                }
            </section>
            {move || (started.get() && !on_map.get()).then(|| view! {
                <section class="results" aria-labelledby="routes-heading">
                    <h2 id="routes-heading" class="no-print" tabindex="-1">{t.routes_heading}</h2>
                    <BlockerList blockers=blockers />
                    {move || beyond_rung_limit.get().then(|| view! { <p class="hint no-print">{t.rung_limit}</p> })}
                    {move || has_selection.get().then(|| view! {
                        <LadderPicture selected=selected start=start state=state />
                        <IncomeChart selected=selected start=start />
                        <RungDetail selected=selected state=state />
                        <div class="plan-actions">
                            <SavePlanButton selected=selected start=start state=state saved=saved />
                            <PrintPlan selected=selected state=state start=start />
                        </div>
                    })}
                    <RouteList routes=routes state=state />
                    <CompareTable routes=routes state=state start_wage=start_wage />
                </section>
            })}
        </div>
    }
}
