//! The map view (`view=map`): every occupation of the region as the
//! partnerships' printed career maps show them, by wage level and ladder,
//! with the steps between them, what the person can reach highlighted and
//! the rest dimmed with the reason, and the same map as a list for screen
//! readers and keyboards. Choosing an occupation sets it as the start (when
//! none is chosen) or the target, and opens its routes.

mod markup;
mod reach;

use crate::families::{family_of, FAMILIES};
use crate::focus::focus_after_render;
use crate::i18n::{fill, strings};
use crate::markup::Markup;
use crate::tasks::next_task;
use crate::view_state::{Start, ViewState};
use leptos::prelude::*;
use markup::MapData;
use pathway_map::MapLayout;
use pathway_model::graph::OccupationIx;
use pathway_model::model::Dataset;
use pathway_model::{CredentialId, OccupationId, PathwayGraph};
use pathway_routes::RouteEngine;
use std::collections::BTreeSet;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// A region with more occupations than this is mapped one kind of work
/// (SOC major group) at a time: a thousand jobs on one page is a tangle
/// nobody can read, and drawing it would freeze a phone for seconds.
pub const WHOLE_MAP_AT_MOST: usize = 120;

/// The part of the region a map shows: the whole graph, or one family's
/// occupations as a graph of their own, with each one's place in the whole.
#[derive(Clone)]
struct Shown {
    graph: Arc<PathwayGraph>,
    layout: Arc<MapLayout>,
    /// Each shown occupation's index in the whole graph, by its index in `graph`.
    in_whole: Arc<Vec<OccupationIx>>,
}

/// Two maps are the same when they are one layout: each is laid out once.
impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.layout, &other.layout)
    }
}

thread_local! {
    /// The last layout, with the graph and family it was laid out for: it
    /// depends on them alone, so leaving the map and coming back, or
    /// changing the person's situation, never lays it out again.
    static LAID_OUT: std::cell::RefCell<Option<(Arc<PathwayGraph>, Option<usize>, Shown)>> =
        const { std::cell::RefCell::new(None) };
}

/// The map of `graph`, or of its `family` alone, from the last one when it
/// is the same.
fn laid_out(graph: &Arc<PathwayGraph>, family: Option<usize>) -> Shown {
    LAID_OUT.with(|cell| {
        let mut cached = cell.borrow_mut();
        match cached.as_ref() {
            Some((g, f, shown)) if Arc::ptr_eq(g, graph) && *f == family => shown.clone(),
            _ => {
                let part = family.and_then(|f| family_graph(graph, f)).map(Arc::new);
                let (shown, in_whole) = match part {
                    Some(part) => {
                        let in_whole =
                            part.occupations().filter_map(|ix| graph.occupation_ix(&part.occupation(ix).id)).collect();
                        (part, in_whole)
                    }
                    None => (graph.clone(), graph.occupations().collect()),
                };
                let layout = Arc::new(pathway_map::layout(&shown));
                let shown = Shown { graph: shown, layout, in_whole: Arc::new(in_whole) };
                *cached = Some((graph.clone(), family, shown.clone()));
                shown
            }
        }
    })
}

/// `family`'s occupations of `graph` and the steps among them (and into
/// them from "no job yet"), with every credential, program and partner, as
/// a graph; `None` when it has no occupation or cannot be built.
fn family_graph(graph: &PathwayGraph, family: usize) -> Option<PathwayGraph> {
    let whole = graph.dataset();
    let occupations: Vec<_> = whole.occupations.iter().filter(|o| family_of(&o.soc) == family).cloned().collect();
    if occupations.is_empty() {
        return None;
    }
    let kept = |id: &pathway_model::OccupationId| occupations.iter().any(|o| o.id == *id);
    let steps: Vec<_> =
        whole.steps.iter().filter(|s| kept(&s.to) && s.from.as_ref().is_none_or(kept)).cloned().collect();
    // Only the programs that grant what these jobs and steps ask, and the
    // credentials they name: copying a state's whole catalog for one kind
    // of work would cost a phone a long task.
    let mut wanted: BTreeSet<&CredentialId> =
        occupations.iter().flat_map(|o| &o.requires).chain(steps.iter().flat_map(|s| &s.requires)).collect();
    let programs: Vec<_> =
        whole.programs.iter().filter(|p| p.awards.iter().any(|c| wanted.contains(c))).cloned().collect();
    wanted.extend(programs.iter().flat_map(|p| p.requires.iter().chain(&p.awards)));
    let credentials = whole.credentials.iter().filter(|c| wanted.contains(&c.id)).cloned().collect();
    let part = Dataset {
        regions: whole.regions.clone(),
        occupations,
        credentials,
        programs,
        steps,
        partners: whole.partners.clone(),
        wages: whole.wages.clone(),
    };
    PathwayGraph::build(part).ok()
}

/// The families of `graph`'s occupations, each with how many it has, in the
/// catalog's order.
fn families_in(graph: &PathwayGraph) -> Vec<(usize, usize)> {
    let mut counts = vec![0; FAMILIES];
    for ix in graph.occupations() {
        counts[family_of(&graph.occupation(ix).soc)] += 1;
    }
    counts.into_iter().enumerate().filter(|&(_, n)| n > 0).collect()
}

/// The map section's heading and introduction as escaped markup, the same
/// the map draws; `started` once the person has said where they are.
pub fn map_head(started: bool) -> String {
    let mut m = Markup::default();
    markup::head(&mut m, strings(), started);
    m.finish()
}

/// How much of the map is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    /// The heading and introduction, and the picker of a large region.
    Heading,
    /// The picture too.
    Picture,
    /// The text twin too.
    Twin,
}

/// The whole map of the region shown.
#[component]
pub fn PathwayMap(
    /// The route engine over the loaded graph of the region shown.
    engine: Arc<RouteEngine>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let whole = engine.graph().clone();
    // A large region's map shows one family: the one the link names, else
    // the family of the person's job, else the largest.
    let families = (whole.occupations().count() > WHOLE_MAP_AT_MOST).then(|| families_in(&whole));
    let w = whole.clone();
    let fams = families.clone();
    let family = Memo::new(move |_| {
        let fams = fams.as_ref()?;
        state.with(|s| {
            let present = |f: &usize| fams.iter().any(|(g, _)| g == f);
            let of_start = match &s.start {
                Some(Start::Occupation(id)) => {
                    w.occupation_ix(&OccupationId(id.clone())).map(|ix| family_of(&w.occupation(ix).soc))
                }
                _ => None,
            };
            let largest = fams.iter().max_by_key(|&&(f, n)| (n, std::cmp::Reverse(f))).map(|&(f, _)| f);
            s.family.filter(present).or(of_start).or(largest)
        })
    });
    let w = whole.clone();
    let shown = Memo::new(move |_| laid_out(&w, family.get()));
    let g = whole.clone();
    // The question without its target: the map shows every destination.
    let query = Memo::new(move |_| {
        state.with(|s| s.route_query(&g)).map(|mut q| {
            q.target = None;
            q
        })
    });
    // Reach is worked out over the whole region (a route may pass through
    // another kind of work), then read for the occupations shown.
    let whole_reach = Memo::new(move |_| reach::reach(&engine, query.get()));
    let reach = Memo::new(move |_| {
        let in_whole = shown.with(|s| s.in_whole.clone());
        whole_reach.with(|r| {
            in_whole.iter().map(|ix| r.get(ix.index()).cloned().unwrap_or(reach::Reach::Unknown)).collect::<Vec<_>>()
        })
    });
    // The section is escaped markup: elements drawn by the view macros would
    // each bring their rendering code into the WebAssembly (see
    // `crate::markup`). It is written again whenever the view or the reach
    // changes.
    let head = move || map_head(state.with(|s| s.start.is_some()));
    let written = move |part: fn(&mut Markup, &MapData, bool)| {
        let now = state.get();
        let href = |id: &str| {
            let path = window().location().pathname().unwrap_or_default();
            format!("{path}{}", now.chosen_on_map(id).to_query())
        };
        let shown = shown.get();
        reach.with(|reach| {
            let data = MapData { graph: &shown.graph, layout: &shown.layout, reach, href: &href };
            let mut m = Markup::default();
            part(&mut m, &data, now.start.is_some());
            m.finish()
        })
    };
    // The map is drawn in steps, each a task of its own, so a phone can
    // paint and answer input between them: its layout and the reach, the
    // picture, then the text twin. Together they would hold a large kind of
    // work's page for most of a second. Later changes redraw both at once.
    let stage = RwSignal::new(Stage::Heading);
    leptos::task::spawn_local(async move {
        next_task().await;
        shown.with_untracked(|_| ());
        next_task().await;
        reach.with_untracked(|_| ());
        for next in [Stage::Picture, Stage::Twin] {
            next_task().await;
            stage.set(next);
        }
    });
    let html = move || {
        (stage.get() >= Stage::Picture)
            .then(|| written(|m, data, started| markup::body(m, strings(), data, started)))
            .unwrap_or_default()
    };
    let twin = move || {
        (stage.get() >= Stage::Twin).then(|| written(|m, data, _| markup::twin(m, strings(), data))).unwrap_or_default()
    };
    let picker = families.map(|fams| {
        let count = whole.occupations().count().to_string();
        let options = fams
            .into_iter()
            .map(|(f, n)| {
                let selected = move || family.get() == Some(f);
                view! { <option value=f.to_string() selected=selected>{format!("{} ({n})", t.job_families[f])}</option> }
            })
            .collect_view();
        view! {
            <p class="hint">{fill(t.map_family_hint, &[("count", &count)])}</p>
            <p class="field map-family">
                <label for="map-family">{t.map_family_label}</label>
                <select
                    id="map-family"
                    on:change=move |ev| {
                        let f = event_target_value(&ev).parse().ok().filter(|&f| f < FAMILIES);
                        state.update(|s| s.family = f);
                    }
                >
                    {options}
                </select>
            </p>
        }
    });
    // The effect only scrolls the frame, as focus moves do elsewhere: on a
    // phone the frame is narrower than the map, and a link from someone's
    // job should open on that job (or the middle of the map), each time the
    // map is drawn again.
    Effect::new(move |_| {
        state.track();
        // Nothing to scroll before the picture, and reading the reach
        // sooner would work it out in the first task.
        if stage.get() < Stage::Picture {
            return;
        }
        let here = reach.with(|r| r.iter().position(|x| *x == reach::Reach::Here));
        let layout = shown.with(|s| s.layout.clone());
        let at = here.and_then(|i| layout.nodes.get(i)).map(|n| (n.x, n.y));
        // In the next frame, once the picture drawn in this change is in place.
        request_animation_frame(move || {
            let Some(frame) = document().query_selector(".map-frame").ok().flatten() else { return };
            let (width, height) = (frame.client_width(), frame.client_height());
            let (x, y) = at.map_or((layout.width / 2, height / 2), |(x, y)| {
                (x + pathway_map::NODE_WIDTH / 2, y + pathway_map::NODE_HEIGHT / 2)
            });
            frame.set_scroll_left(x - width / 2);
            frame.set_scroll_top(y - height / 2);
        });
    });
    // Occupations are links to the view that chooses them; a plain click
    // is followed here, without loading the page again.
    let choose = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
            return;
        }
        let Some(link) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-job]").ok().flatten())
        else {
            return;
        };
        let Some(id) = link.get_attribute("data-job") else { return };
        ev.prevent_default();
        state.update(|s| *s = s.chosen_on_map(&id));
        focus_after_render("#routes-heading".to_owned(), None);
    };
    view! {
        <section class="map" class:map-loading=move || stage.get() < Stage::Picture aria-labelledby="map-heading">
            <div inner_html=head></div>
            {picker}
            <div on:click=choose inner_html=html></div>
            <div class="map-twin" on:click=choose inner_html=twin></div>
        </section>
    }
}
