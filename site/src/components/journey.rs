//! The part of the explorer a person meets once they have said where they
//! start or opened the map: the situation form, the routes, the route's
//! picture, money and plan, and the map. The first view (choosing a region
//! and a job) needs none of it, so the visitor's build splits its code into a
//! second WebAssembly module, fetched when first needed (see [`load`]).

use super::{
    BlockerList, CompareTable, IncomeChart, LadderPicture, PathwayMap, PrintPlan, RouteList, RungDetail,
    SavePlanButton, SituationForm,
};
use crate::i18n::{self, strings, BlockerText};
use crate::routes::Routes;
use crate::saved_plans::SavedPlans;
use crate::tasks::{after_paint, next_task};
use crate::url_sync::LinkFix;
use crate::view_state::{Start, ViewState};
use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use pathway_model::OccupationId;
use pathway_model::PathwayGraph;
use pathway_routes::{RouteEngine, RouteQuery, RouteSet};
use std::sync::Arc;

/// The journey's three places on the page, each drawn where the explorer
/// puts it.
#[derive(Clone)]
pub struct Journey {
    /// The situation form, in the setup panel below the start picker.
    pub form: ViewFn,
    /// The routes and the chosen route's picture, money and plan.
    pub results: ViewFn,
    /// The whole region's map.
    pub map: ViewFn,
    /// False until the page lets the core answer: the explorer sets it a
    /// task after drawing the form, so working out the routes is a task of
    /// its own rather than part of a long one.
    pub answering: RwSignal<bool>,
    /// False until the page lets the route list be drawn: the explorer sets
    /// it a task after the chosen route's picture, money and plan are drawn,
    /// so a state's routes are drawn in two tasks rather than one long one.
    pub listing: RwSignal<bool>,
    /// Works out the answer to the view's question in short tasks and keeps
    /// it, so that setting `answering` draws it at once: a link that opens
    /// on a large region's routes does not freeze the page while the core
    /// answers. Asking in one go, as a click does, is quicker where the
    /// answer is quick.
    pub answer_ahead: AnswerAhead,
}

/// See [`Journey::answer_ahead`]: a function made where the journey's code
/// is, so that calling it brings none of that code into the first module.
pub type AnswerAhead = Arc<dyn Fn() -> LocalBoxFuture<'static, ()> + Send + Sync>;

/// The journey's code could not be fetched (the person went offline before
/// the site was kept, or the server failed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for PartUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartUnavailable
    }
}

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

/// Fetches the journey's module, once; a failed fetch is tried again on the
/// next call.
#[cfg(not(feature = "preview"))]
pub async fn load() -> Result<(), PartUnavailable> {
    Ok(load_journey().await?)
}

/// The author page's preview is one module: there is nothing to fetch.
#[cfg(feature = "preview")]
pub async fn load() -> Result<(), PartUnavailable> {
    Ok(())
}

/// The journey over `engine`'s region, once [`load`] has succeeded: its
/// memos belong to the reactive owner current when this is called.
pub fn journey(
    engine: Arc<RouteEngine>,
    state: RwSignal<ViewState>,
    saved: RwSignal<SavedPlans>,
) -> Result<Journey, PartUnavailable> {
    crate::split::now(split_journey(engine, state, saved)).unwrap_or(Err(PartUnavailable))
}

#[cfg(not(feature = "preview"))]
#[allow(unsafe_code, improper_ctypes_definitions)]
#[leptos::wasm_split::wasm_split(journey, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_journey))]
fn split_journey(
    engine: Arc<RouteEngine>,
    state: RwSignal<ViewState>,
    saved: RwSignal<SavedPlans>,
) -> Result<Journey, PartUnavailable> {
    Ok(build(engine, state, saved))
}

#[cfg(feature = "preview")]
async fn split_journey(
    engine: Arc<RouteEngine>,
    state: RwSignal<ViewState>,
    saved: RwSignal<SavedPlans>,
) -> Result<Journey, PartUnavailable> {
    Ok(build(engine, state, saved))
}

/// The answers to the last questions asked, the latest first. Ticking a
/// box and unticking it, or going Back, asks a question again, and its
/// answer is drawn at once instead of searched for again.
#[derive(Default)]
struct RecentAnswers(Vec<(RouteQuery, Arc<RouteSet>)>);

impl RecentAnswers {
    /// The most answers kept: on the 1,016-job national region each is
    /// about a megabyte.
    const KEPT: usize = 3;

    /// Keeps `set` as the answer to `query`, the latest.
    fn keep(&mut self, query: RouteQuery, set: Arc<RouteSet>) {
        self.0.retain(|(asked, _)| *asked != query);
        self.0.insert(0, (query, set));
        if self.0.len() > Self::KEPT {
            if let Some(old) = self.0.pop() {
                free_later(old);
            }
        }
    }

    /// True when the answer to `query` is kept.
    fn holds(&self, query: &RouteQuery) -> bool {
        self.0.iter().any(|(asked, _)| asked == query)
    }

    /// The answer to `query`, kept or worked out now; `None` when the
    /// engine cannot answer it.
    fn answer(&mut self, engine: &RouteEngine, query: &RouteQuery) -> Option<Arc<RouteSet>> {
        let kept = match self.0.iter().position(|(asked, _)| asked == query) {
            Some(at) => self.0.remove(at),
            None => (query.clone(), Arc::new(engine.find_routes(query).ok()?)),
        };
        let set = kept.1.clone();
        self.keep(kept.0, kept.1);
        Some(set)
    }
}

/// How long one slice of [`Journey::answer_ahead`] works before it lets the
/// browser paint and answer input: well under the 50 ms that makes a long
/// task on the slowest phones.
const SLICE_MS: f64 = 8.0;

/// How many partial routes the search takes between looks at the clock.
const STEPS_PER_LOOK: usize = 32;

/// Makes [`Journey::answer_ahead`] over `engine`'s `graph`, for the view in
/// `state`, keeping its answer among the `recent` ones.
fn answer_ahead(
    engine: Arc<RouteEngine>,
    graph: Arc<PathwayGraph>,
    state: RwSignal<ViewState>,
    recent: StoredValue<RecentAnswers>,
) -> AnswerAhead {
    Arc::new(move || {
        let (engine, graph) = (engine.clone(), graph.clone());
        Box::pin(async move {
            let Some(query) = state.with_untracked(|s| s.route_query(&graph)) else {
                return;
            };
            if recent.with_value(|r| r.holds(&query)) {
                return;
            }
            let Ok(mut answering) = engine.answering(&query) else {
                return;
            };
            loop {
                let slice_ends = js_sys::Date::now() + SLICE_MS;
                let mut done = false;
                while !done && js_sys::Date::now() < slice_ends {
                    done = answering.advance(STEPS_PER_LOOK);
                }
                if done {
                    break;
                }
                next_task().await;
                // A question changed meanwhile is answered in one go when the
                // routes are drawn; this one is no longer needed.
                if state.try_with_untracked(|s| s.route_query(&graph)).flatten().as_ref() != Some(&query) {
                    return;
                }
            }
            let set = Arc::new(answering.finish());
            recent.try_update_value(|r| r.keep(query, set));
        })
    })
}

/// Frees an answer in a task of its own once the page has drawn the new
/// one: freeing thousands of routes takes a slow phone several
/// milliseconds, which drawing the new answer need not wait for.
fn free_later<T: 'static>(old: T) {
    leptos::task::spawn_local(async move {
        after_paint().await;
        drop(old);
    });
}

/// The journey's memos and views.
fn build(engine: Arc<RouteEngine>, state: RwSignal<ViewState>, saved: RwSignal<SavedPlans>) -> Journey {
    let graph = engine.graph().clone();
    let map_engine = engine.clone();
    let g = graph.clone();
    // Choosing a route, a rung or a page of the list changes the view but not
    // the question, so the routes are worked out again only when the
    // question itself changes.
    let answering = RwSignal::new(false);
    let listing = RwSignal::new(false);
    let query = Memo::new(move |_| if answering.get() { state.with(|s| s.route_query(&g)) } else { None });
    let g = graph.clone();
    // An answer worked out again is a new answer: comparing thousands of
    // routes with the last ones would cost more than it could save.
    let recent = StoredValue::new(RecentAnswers::default());
    let answer_ahead = answer_ahead(engine.clone(), graph.clone(), state, recent);
    let answer = Memo::new_with_compare(
        move |_| {
            let query = query.get()?;
            let set = recent.try_update_value(|recent| recent.answer(&engine, &query)).flatten()?;
            Some(Answer {
                blockers: set.blockers.iter().map(|b| i18n::blocker(&g, &set.person, b)).collect(),
                beyond_rung_limit: set.beyond_rung_limit,
                start_wage: set.start_wage,
                routes: Routes::new(g.clone(), set),
            })
        },
        |old, new| !matches!((old, new), (Some(None), Some(None))),
    );
    // A link (an old one, a hand-edited one) may name a goal, credential,
    // employer or union the region does not have, or a route, step or
    // comparison beyond the routes found: the address keeps only what exists.
    // (The region and the job were checked against its job list.)
    if let Some(link) = use_context::<LinkFix>() {
        let known = state.with_untracked(|s| s.clone().known_to(&graph));
        if state.with_untracked(|s| *s != known) {
            link.drop(strings().link_unknown_other, |s| *s = known);
        }
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
            Some(Start::Occupation(id)) => {
                let ix = g.occupation_ix(&OccupationId(id.clone()))?;
                let wage = answer.with(|a| a.as_ref().and_then(|a| a.start_wage));
                Some((g.occupation(ix).title.to_string(), wage))
            }
            Some(Start::NoJob) => Some((t.no_job_yet.to_owned(), None)),
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
    // Conditions as memos read by plain closures rather than <Show>: each
    // Show instance adds its children wrapper and fallback view to the wasm.
    // A memo changes only when the condition flips, so, as with Show, the
    // parts it guards are drawn again only then.
    let beyond_rung_limit = Memo::new(move |_| answer.with(|a| a.as_ref().is_some_and(|a| a.beyond_rung_limit)));
    let has_selection = Memo::new(move |_| selected.with(Option::is_some));
    let form_graph = graph;
    Journey {
        form: ViewFn::from(move || view! { <SituationForm graph=form_graph.clone() state=state /> }),
        results: ViewFn::from(move || {
            let t = strings();
            view! {
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
                    {move || listing.get().then(|| view! {
                        <RouteList routes=routes state=state />
                        <CompareTable routes=routes state=state start_wage=start_wage />
                    })}
                </section>
            }
        }),
        map: ViewFn::from(move || view! { <PathwayMap engine=map_engine.clone() state=state /> }),
        answering,
        listing,
        answer_ahead,
    }
}
