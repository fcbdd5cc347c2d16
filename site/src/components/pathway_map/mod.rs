//! The map view (`view=map`): every occupation of the region as the
//! partnerships' printed career maps show them, by wage level and ladder,
//! with the steps between them, what the person can reach highlighted and
//! the rest dimmed with the reason, and the same map as a list for screen
//! readers and keyboards. Choosing an occupation sets it as the start (when
//! none is chosen) or the target, and opens its routes.

mod markup;
mod reach;

use crate::focus::focus_after_render;
use crate::i18n::strings;
use crate::markup::Markup;
use crate::view_state::ViewState;
use leptos::prelude::*;
use markup::MapData;
use pathway_map::MapLayout;
use pathway_model::PathwayGraph;
use pathway_routes::RouteEngine;
use std::sync::Arc;
use wasm_bindgen::JsCast;

thread_local! {
    /// The last region's layout, with the graph it was laid out from: it
    /// depends on the graph alone, so leaving the map and coming back, or
    /// changing the person's situation, never lays it out again.
    static LAID_OUT: std::cell::RefCell<Option<(Arc<PathwayGraph>, Arc<MapLayout>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The layout of `graph`, from the last one when it is the same graph.
fn laid_out(graph: &Arc<PathwayGraph>) -> Arc<MapLayout> {
    LAID_OUT.with(|cell| {
        let mut cached = cell.borrow_mut();
        match cached.as_ref() {
            Some((g, layout)) if Arc::ptr_eq(g, graph) => layout.clone(),
            _ => {
                let layout = Arc::new(pathway_map::layout(graph));
                *cached = Some((graph.clone(), layout.clone()));
                layout
            }
        }
    })
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
    let graph = engine.graph().clone();
    let layout = laid_out(&graph);
    let g = graph.clone();
    // The question without its target: the map shows every destination.
    let query = Memo::new(move |_| {
        state.with(|s| s.route_query(&g)).map(|mut q| {
            q.target = None;
            q
        })
    });
    let reach = Memo::new(move |_| reach::reach(&engine, query.get()));
    // The whole section is one piece of escaped markup: elements drawn by
    // the view macros would each bring their rendering code into the
    // WebAssembly (see `crate::markup`). It is written again whenever the
    // view or the reach changes.
    let l = layout.clone();
    let html = move || {
        let now = state.get();
        let href = |id: &str| {
            let path = window().location().pathname().unwrap_or_default();
            format!("{path}{}", now.chosen_on_map(id).to_query())
        };
        reach.with(|reach| {
            let data = MapData { graph: &graph, layout: &l, reach, href: &href };
            let mut m = Markup::default();
            markup::section(&mut m, t, &data, now.start.is_some());
            m.finish()
        })
    };
    // The effect only scrolls the frame, as focus moves do elsewhere: on a
    // phone the frame is narrower than the map, and a link from someone's
    // job should open on that job (or the middle of the map), each time the
    // map is drawn again.
    Effect::new(move |_| {
        state.track();
        let here = reach.with(|r| r.iter().position(|x| *x == reach::Reach::Here));
        let at = here.and_then(|i| layout.nodes.get(i)).map(|n| (n.x, n.y));
        let Some(frame) = document().query_selector(".map-frame").ok().flatten() else { return };
        let (width, height) = (frame.client_width(), frame.client_height());
        let (x, y) = at.map_or((layout.width / 2, height / 2), |(x, y)| {
            (x + pathway_map::NODE_WIDTH / 2, y + pathway_map::NODE_HEIGHT / 2)
        });
        frame.set_scroll_left(x - width / 2);
        frame.set_scroll_top(y - height / 2);
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
    view! { <section class="map" aria-labelledby="map-heading" on:click=choose inner_html=html></section> }
}
