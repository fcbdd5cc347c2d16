//! The explorer: where a person starts, what limits them, and the routes
//! upward that the core computes from the view state.
//!
//! Choosing a region and a job is drawn here; everything after (the
//! situation form, the routes, the map) is the [`Journey`], whose code the
//! visitor's build fetches only when a person first needs it, so the first
//! view loads less.

use super::{journey, load_journey, map_head, Journey, PartUnavailable, RegionPicker, SavedPlanList, StartPicker};
use crate::bundle_fetch::{fetch_engine, Loaded};
use crate::focus::focus_after_render;
use crate::i18n::strings;
use crate::saved_plans;
use crate::tasks::{after_paint, next_task};
use crate::view_state::ViewState;
use leptos::prelude::*;
use std::sync::Arc;

/// The explorer over a loaded region.
#[component]
pub fn Explorer(
    /// The index, the region shown and its jobs (and its route engine when
    /// already read).
    loaded: Arc<Loaded>,
    /// The language the region's data was fetched in.
    lang: &'static str,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let saved = RwSignal::new(saved_plans::load());
    // Conditions as memos read by plain closures rather than <Show>: each
    // Show instance adds its children wrapper and fallback view to the wasm.
    // A memo changes only when the condition flips, so, as with Show, the
    // parts it guards are drawn again only then.
    let started = Memo::new(move |_| state.with(|s| s.start.is_some()));
    let on_map = Memo::new(move |_| state.with(|s| s.map));
    let needed = Memo::new(move |_| state.with(ViewState::needs_journey));
    let part = journey_when_needed(loaded.clone(), lang, state, saved, needed);
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
        // The map's heading, once the map itself is drawn: the one its
        // loading place shows goes when the map replaces it.
        let heading =
            if on_map.get_untracked() { "section.map:not([aria-busy]) #map-heading" } else { "#routes-heading" };
        focus_after_render(heading.to_owned(), None);
    };
    view! {
        <div class="explorer" class:on-map=on_map>
            {move || on_map.get().then(|| {
                // The map's heading and introduction are drawn while its code
                // loads: the largest text of the view paints at once.
                let head = map_head(state.with_untracked(|s| s.start.is_some()));
                part.draw(|j| &j.map, MAP_LOADING, head, t.loading_map)
            })}
            <section class="setup no-print" aria-label=t.where_now>
                <p class="map-link">
                    <a href=other_view on:click=switch_view>{move || if on_map.get() { t.map_close } else { t.map_open }}</a>
                </p>
                <SavedPlanList saved=saved state=state />
                <RegionPicker current=Some(loaded.region.id.clone()) regions=loaded.regions.clone() state=state />
                <StartPicker jobs=loaded.jobs.clone() state=state />
                {move || started.get().then(|| view! {
                    <p class="skip-to-routes"><a href="#routes-heading">{t.see_routes}</a></p>
                    {part.draw_quietly(|j| &j.form)}
                })}
                // The loading line stands where the form will be, not below
                // it: were it below, the form would push it down when drawn.
                {move || (started.get() && !on_map.get()).then(|| part.draw_pending("results", t.loading_routes))}
            </section>
            {move || (started.get() && !on_map.get()).then(|| part.draw_later(|j| &j.results, "results", t.loading_routes))}
        </div>
    }
}

/// The journey as far as it has loaded.
#[derive(Clone, Copy)]
struct JourneyPart {
    /// `None` until its module and the region's engine have loaded, or one
    /// of them failed to.
    loaded: RwSignal<Option<Result<Journey, Unavailable>>>,
    /// True two tasks after the journey has loaded, one after the core has
    /// answered: the routes are drawn then, so a link that opens on them
    /// shows the situation form first, and the browser can paint and answer
    /// input between the three.
    later: RwSignal<bool>,
    /// Asks again after a failure.
    retry: Trigger,
}

/// Why the journey cannot be drawn.
#[derive(Clone, Debug, PartialEq)]
enum Unavailable {
    /// Its module could not be fetched.
    Code(PartUnavailable),
    /// The region's bundle could not be read: the sentence says which file.
    Data(String),
}

/// Fetches the journey's module and the region's bundle (when the first
/// view had only its job list), side by side, the first time `needed` is
/// true, and builds the journey under the explorer's reactive owner. Both
/// fetches begin once the view drawn so far is painted: on a slow network
/// they would otherwise share it with what that first paint still needs.
fn journey_when_needed(
    loaded: Arc<Loaded>,
    lang: &'static str,
    state: RwSignal<ViewState>,
    saved: RwSignal<saved_plans::SavedPlans>,
    needed: Memo<bool>,
) -> JourneyPart {
    let part = JourneyPart { loaded: RwSignal::new(None), later: RwSignal::new(false), retry: Trigger::new() };
    let code = RwSignal::new(None::<Result<(), PartUnavailable>>);
    let engine = RwSignal::new(loaded.engine.clone().map(Ok::<_, String>));
    let asking = StoredValue::new((false, false));
    Effect::new(move |_| {
        part.retry.track();
        if !needed.get() {
            return;
        }
        let (asking_code, asking_data) = asking.get_value();
        if !asking_code && !code.with_untracked(|c| matches!(c, Some(Ok(())))) {
            asking.update_value(|a| a.0 = true);
            // A retry shows the loading line again, not the old failure.
            code.set(None);
            leptos::task::spawn_local(async move {
                after_paint().await;
                let result = load_journey().await;
                asking.update_value(|a| a.0 = false);
                code.set(Some(result));
            });
        }
        if !asking_data && !engine.with_untracked(|e| matches!(e, Some(Ok(_)))) {
            asking.update_value(|a| a.1 = true);
            engine.set(None);
            let region = loaded.region.clone();
            leptos::task::spawn_local(async move {
                after_paint().await;
                let result = fetch_engine(&region, lang).await;
                asking.update_value(|a| a.1 = false);
                engine.set(Some(result));
            });
        }
    });
    // The journey is built once both have arrived (and again only after a
    // failure was retried); its memos belong to the explorer, not to this effect.
    let owner = Owner::current();
    Effect::new(move |_| {
        let made = match (code.get(), engine.get()) {
            (Some(Err(failed)), _) => Err(Unavailable::Code(failed)),
            (_, Some(Err(message))) => Err(Unavailable::Data(message)),
            (Some(Ok(())), Some(Ok(engine))) => {
                if part.loaded.with_untracked(|l| matches!(l, Some(Ok(_)))) {
                    return;
                }
                let build = move || journey(engine, state, saved).map_err(Unavailable::Code);
                match &owner {
                    Some(owner) => owner.with(build),
                    None => build(),
                }
            }
            _ => {
                part.loaded.set(None);
                return;
            }
        };
        let stages =
            made.as_ref().ok().map(|journey| (journey.answering, journey.listing, journey.answer_ahead.clone()));
        part.loaded.set(Some(made));
        // Tasks of their own, so the browser can paint and answer input
        // between them: the form (drawn now), the core's answer (in slices),
        // the chosen route's picture, money and plan, then the route list.
        if let Some((answering, listing, answer_ahead)) = stages {
            if part.later.get_untracked() {
                answering.set(true);
                listing.set(true);
            } else {
                leptos::task::spawn_local(async move {
                    next_task().await;
                    answer_ahead().await;
                    answering.set(true);
                    next_task().await;
                    part.later.set(true);
                    next_task().await;
                    listing.set(true);
                });
            }
        }
    });
    part
}

impl JourneyPart {
    /// The journey's `place` once loaded; until then `head` (escaped
    /// markup) and `loading` in a section of `class` (which keeps the
    /// place's room, so nothing below moves when it is drawn), and a message
    /// with a retry button when its module or data could not be fetched.
    fn draw(self, place: fn(&Journey) -> &ViewFn, class: &'static str, head: String, loading: &'static str) -> AnyView {
        let part = self;
        (move || match part.loaded.get() {
            None => placeholder(class, head.clone(), loading),
            Some(Ok(journey)) => place(&journey).run(),
            Some(Err(failure)) => part.failed(failure),
        })
        .into_any()
    }

    /// What stands before the journey has loaded, with nothing once it has:
    /// `loading` in a section of `class` while it loads, the message with a
    /// retry button when it could not.
    fn draw_pending(self, class: &'static str, loading: &'static str) -> AnyView {
        let part = self;
        (move || match part.loaded.get() {
            None => placeholder(class, String::new(), loading),
            Some(Ok(_)) => ().into_any(),
            Some(Err(failure)) => part.failed(failure),
        })
        .into_any()
    }

    /// The journey's `place` a task after it has loaded, with `loading` in a
    /// section of `class` meanwhile; nothing before it has loaded or when
    /// it failed to, which [`draw_pending`](Self::draw_pending) says.
    fn draw_later(self, place: fn(&Journey) -> &ViewFn, class: &'static str, loading: &'static str) -> AnyView {
        let part = self;
        let loaded = Memo::new(move |_| part.loaded.with(|l| matches!(l, Some(Ok(_)))));
        (move || match (loaded.get(), part.later.get()) {
            (false, _) => ().into_any(),
            (true, false) => placeholder(class, String::new(), loading),
            (true, true) => part.draw_quietly(place),
        })
        .into_any()
    }

    /// As [`draw`](Self::draw), for a place drawn beside another that
    /// already says when the journey is loading or failed.
    fn draw_quietly(self, place: fn(&Journey) -> &ViewFn) -> AnyView {
        let part = self;
        (move || part.loaded.with(|l| l.as_ref().and_then(|l| l.as_ref().ok()).map(|j| place(j).run()))).into_any()
    }

    /// Why the journey could not be drawn, with a button that asks again.
    fn failed(self, failure: Unavailable) -> AnyView {
        let t = strings();
        let part = self;
        view! {
            <div class="part-failed" role="alert">
                <p>{match failure {
                    Unavailable::Code(_) => t.part_failed.to_owned(),
                    Unavailable::Data(message) => format!("{}: {message}.", t.load_failed),
                }}</p>
                <button type="button" on:click=move |_| part.retry.notify()>{t.try_again}</button>
            </div>
        }
        .into_any()
    }
}

/// The class of the map's place while the map loads, which keeps its room.
const MAP_LOADING: &str = "map map-loading";

/// What a link that opens on the map shows before the region's job list has
/// arrived: the explorer's map place as it is drawn while the map loads, so
/// the view's largest text paints before any data and nothing moves when
/// the explorer takes its place.
pub fn map_loading(started: bool) -> AnyView {
    let t = strings();
    view! { <div class="explorer on-map">{placeholder(MAP_LOADING, map_head(started), t.loading_map)}</div> }.into_any()
}

/// What stands in a place of the journey while it loads: `head` (escaped
/// markup) and `loading` in a section of `class`.
fn placeholder(class: &'static str, head: String, loading: &'static str) -> AnyView {
    view! {
        <section class=class aria-busy="true">
            <div inner_html=head></div>
            <p class="loading-part" role="status">{loading}</p>
        </section>
    }
    .into_any()
}
