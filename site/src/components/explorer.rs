//! The explorer: where a person starts, what limits them, and the routes
//! upward that the core computes from the view state.
//!
//! Choosing a region and a job is drawn here; everything after (the
//! situation form, the routes, the map) is the [`Journey`], whose code the
//! visitor's build fetches only when a person first needs it, so the first
//! view loads less.

use super::{journey, load_journey, Journey, PartUnavailable, RegionPicker, SavedPlanList, StartPicker};
use crate::focus::focus_after_render;
use crate::i18n::strings;
use crate::saved_plans;
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_model::bundle::IndexRegion;
use pathway_routes::RouteEngine;
use std::sync::Arc;

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
    let saved = RwSignal::new(saved_plans::load());
    // Conditions as memos read by plain closures rather than <Show>: each
    // Show instance adds its children wrapper and fallback view to the wasm.
    // A memo changes only when the condition flips, so, as with Show, the
    // parts it guards are drawn again only then.
    let started = Memo::new(move |_| state.with(|s| s.start.is_some()));
    let on_map = Memo::new(move |_| state.with(|s| s.map));
    let part = journey_when_needed(engine, state, saved, Memo::new(move |_| started.get() || on_map.get()));
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
            {move || on_map.get().then(|| part.draw(|j| &j.map))}
            <section class="setup no-print" aria-label=t.where_now>
                <p class="map-link">
                    <a href=other_view on:click=switch_view>{move || if on_map.get() { t.map_close } else { t.map_open }}</a>
                </p>
                <SavedPlanList saved=saved state=state />
                <RegionPicker current=graph.regions().first().map(|r| r.id.clone()) regions=regions state=state />
                <StartPicker graph=graph.clone() state=state />
                {move || started.get().then(|| view! {
                    <p class="skip-to-routes"><a href="#routes-heading">{t.see_routes}</a></p>
                    {part.draw_quietly(|j| &j.form)}
                })}
            </section>
            {move || (started.get() && !on_map.get()).then(|| part.draw(|j| &j.results))}
        </div>
    }
}

/// The journey as far as it has loaded.
#[derive(Clone, Copy)]
struct JourneyPart {
    /// `None` until its module has loaded or failed to.
    loaded: RwSignal<Option<Result<Journey, PartUnavailable>>>,
    /// Asks for the module again after a failure.
    retry: Trigger,
}

/// Fetches the journey's module the first time `needed` is true and builds
/// the journey under the explorer's reactive owner.
fn journey_when_needed(
    engine: Arc<RouteEngine>,
    state: RwSignal<ViewState>,
    saved: RwSignal<saved_plans::SavedPlans>,
    needed: Memo<bool>,
) -> JourneyPart {
    let part = JourneyPart { loaded: RwSignal::new(None), retry: Trigger::new() };
    let owner = Owner::current();
    let asking = StoredValue::new(false);
    Effect::new(move |_| {
        part.retry.track();
        let done = part.loaded.with_untracked(|l| matches!(l, Some(Ok(_))));
        if !needed.get() || done || asking.get_value() {
            return;
        }
        asking.set_value(true);
        let (engine, owner) = (engine.clone(), owner.clone());
        leptos::task::spawn_local(async move {
            let made = match load_journey().await {
                Ok(()) => match &owner {
                    Some(owner) => owner.with(|| journey(engine, state, saved)),
                    None => journey(engine, state, saved),
                },
                Err(failed) => Err(failed),
            };
            asking.set_value(false);
            part.loaded.set(Some(made));
        });
    });
    part
}

impl JourneyPart {
    /// The journey's `place` once loaded; until then a loading line, and a
    /// message with a retry button when its module could not be fetched.
    fn draw(self, place: fn(&Journey) -> &ViewFn) -> AnyView {
        let t = strings();
        let part = self;
        (move || match part.loaded.get() {
            None => view! { <p class="loading-part" role="status">{t.loading_routes}</p> }.into_any(),
            Some(Ok(journey)) => place(&journey).run(),
            Some(Err(PartUnavailable)) => view! {
                <div class="part-failed" role="alert">
                    <p>{t.part_failed}</p>
                    <button type="button" on:click=move |_| part.retry.notify()>{t.try_again}</button>
                </div>
            }
            .into_any(),
        })
        .into_any()
    }

    /// As [`draw`](Self::draw), for a place drawn beside another that
    /// already says when the journey is loading or failed.
    fn draw_quietly(self, place: fn(&Journey) -> &ViewFn) -> AnyView {
        let part = self;
        (move || part.loaded.with(|l| l.as_ref().and_then(|l| l.as_ref().ok()).map(|j| place(j).run()))).into_any()
    }
}
