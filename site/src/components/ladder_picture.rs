//! The ladder picture of the chosen route: rungs from where the person is at
//! the bottom to the destination at the top, the wage on every rung and the
//! wage step, time and cost on every climb. Sideways moves are drawn off to
//! the side. The route list says the same in text.

use super::route_list::destination;
use crate::format::{annual, dollars, months, step};
use crate::i18n::strings;
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_routes::RouteReport;

// The picture's measures are whole units of the SVG's view box. They are
// integers because an attribute written from an `f64` brings the float
// formatting routines into the wasm, and every coordinate here is whole anyway.
const WIDTH: i64 = 320;
const BOX_HEIGHT: i64 = 52;
const GAP: i64 = 46;
const SIDE_SHIFT: i64 = 24;

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

/// The chosen route as a picture.
#[component]
pub fn LadderPicture(
    /// The chosen route and its index.
    selected: Memo<Option<(usize, RouteReport)>>,
    /// Where the person starts: the job's title and annual wage.
    start: Memo<Option<(String, Option<f64>)>>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    move || {
        let (index, route) = selected.get()?;
        let opened = state.with(|s| s.rung);
        let n = route.rungs.len() as i64;
        let height = (n + 1) * (BOX_HEIGHT + GAP) - GAP + 16;
        let bottom = height - 8 - BOX_HEIGHT;
        let (start_title, start_wage) = start.get().unwrap_or_default();
        let start_box = view! {
            <g class="ladder-rung ladder-start">
                <rect x="8" y=bottom width=WIDTH - 16 - SIDE_SHIFT height=BOX_HEIGHT rx="6"></rect>
                <text class="ladder-title" x="18" y=bottom + 22>{clip(&start_title, 32)}</text>
                <text class="ladder-wage" x="18" y=bottom + 42>
                    {match start_wage {
                        Some(w) => format!("{} · {}", t.you_are_here, annual(Some(w))),
                        None => t.you_are_here.to_owned(),
                    }}
                </text>
            </g>
        };
        let rungs = route
            .rungs
            .iter()
            .enumerate()
            .map(|(k, rung)| {
                // The start sits at the bottom, the first rung just above it.
                let y = bottom - (k as i64 + 1) * (BOX_HEIGHT + GAP);
                let sideways = rung.wage_step.is_some_and(|s| s <= 0.0);
                let x = if sideways { 8 + SIDE_SHIFT } else { 8 };
                let w = WIDTH - 16 - SIDE_SHIFT;
                let raise = match rung.wage_step {
                    Some(s) if sideways => format!("{} ({}) · ", step(s), t.lateral),
                    Some(s) => format!("{} · ", step(s)),
                    None if rung.same_bls_code => format!("{} · ", t.same_bls_short),
                    None => String::new(),
                };
                let climb = format!("{raise}{} · {}", months(rung.months), dollars(rung.cost));
                let class = if opened == Some(k) { "ladder-rung open" } else { "ladder-rung" };
                view! {
                    <g class=class>
                        <line class="ladder-climb" x1=x + 18 y1=y + BOX_HEIGHT x2=x + 18 y2=y + BOX_HEIGHT + GAP></line>
                        <text class="ladder-step" x=x + 30 y=y + BOX_HEIGHT + GAP / 2 + 5>{climb}</text>
                        <rect x=x y=y width=w height=BOX_HEIGHT rx="6"></rect>
                        <text class="ladder-title" x=x + 10 y=y + 22>{clip(&rung.title, 32)}</text>
                        <text class="ladder-wage" x=x + 10 y=y + 42>{annual(rung.wage)}</text>
                    </g>
                }
            })
            .collect_view();
        let label =
            format!("{} {}: {}. {}", t.route_word, index + 1, destination(&route), super::route_list::summary(&route));
        Some(view! {
            <figure class="ladder">
                <figcaption>{format!("{}: {} {}, {}", t.ladder_picture, t.route_word, index + 1, destination(&route))}</figcaption>
                <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=label class="ladder-svg">
                    {start_box}
                    {rungs}
                </svg>
            </figure>
        })
    }
}
