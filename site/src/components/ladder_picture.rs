//! The ladder picture of the chosen route: rungs from where the person is at
//! the bottom to the destination at the top, the wage on every rung, and on
//! every climb what it takes: the programs (bridges marked, prerequisites
//! first) with their months, cost to the person and whether they pay, then
//! the credentials they earn. Sideways moves are drawn off to the side. The
//! route list says the same in text.

use super::route_list::destination;
use crate::format::{annual, dollars, months, step, tenths};
use crate::i18n::{fill, strings, Strings};
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_routes::{ProgramReport, RouteReport, RungReport};

// The picture's measures are whole units of the SVG's view box. They are
// integers because an attribute written from an `f64` brings the float
// formatting routines into the wasm, and every coordinate here is whole anyway.
const WIDTH: i64 = 320;
const BOX_HEIGHT: i64 = 52;
const STEP_LINE: i64 = 22;
const LINE: i64 = 15;
const NODE_GAP: i64 = 8;
const SIDE_SHIFT: i64 = 24;
/// Where a climb's nodes start, right of the climbing line.
const NODE_INDENT: i64 = 34;

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

/// One box of the picture, bottom to top: an occupation, a program or a
/// credential earned.
enum Node {
    Start { title: String, wage: String },
    Program { lines: Vec<String>, bridge: bool },
    Credential(String),
    Rung { title: String, wage: String, step: String, sideways: bool, open: bool },
}

impl Node {
    fn height(&self) -> i64 {
        match self {
            Node::Start { .. } => BOX_HEIGHT,
            Node::Program { lines, .. } => lines.len() as i64 * LINE + 10,
            Node::Credential(_) => LINE + 10,
            Node::Rung { .. } => BOX_HEIGHT + STEP_LINE,
        }
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
        let (start_title, start_wage) = start.get().unwrap_or_default();
        let start_wage = match start_wage {
            Some(w) => format!("{} · {}", t.you_are_here, annual(Some(w))),
            None => t.you_are_here.to_owned(),
        };
        let mut nodes = vec![Node::Start { title: start_title, wage: start_wage }];
        for (k, rung) in route.rungs.iter().enumerate() {
            climb(t, rung, opened == Some(k), &mut nodes);
        }
        let height = nodes.iter().map(|n| n.height() + NODE_GAP).sum::<i64>() + 8;
        // Bottom to top: each node sits above the one before it.
        let mut bottom = height - 8;
        let mut sideways = false;
        let drawn = nodes
            .into_iter()
            .map(|node| {
                let y = bottom - node.height();
                bottom = y - NODE_GAP;
                if let Node::Rung { sideways: s, .. } = &node {
                    sideways = *s;
                }
                draw(node, y, sideways)
            })
            .collect_view();
        let label =
            format!("{} {}: {}. {}", t.route_word, index + 1, destination(&route), super::route_list::summary(&route));
        Some(view! {
            <figure class="ladder">
                <figcaption>{format!("{}: {} {}, {}", t.ladder_picture, t.route_word, index + 1, destination(&route))}</figcaption>
                <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=label class="ladder-svg">
                    {drawn}
                </svg>
            </figure>
        })
    }
}

/// The nodes of one climb: its programs, prerequisites first, the
/// credentials they earn, and the rung reached.
fn climb(t: &'static Strings, rung: &RungReport, open: bool, nodes: &mut Vec<Node>) {
    let sideways = rung.wage_step.is_some_and(|s| s <= 0.0);
    if rung.experience_months > 0.0 {
        nodes.push(Node::Credential(clip(&format!("{} {}", tenths(rung.experience_months), t.experience_first), 40)));
    }
    nodes.extend(rung.programs.iter().map(|p| program(t, p)));
    nodes.extend(
        rung.credentials
            .iter()
            .map(|(_, name)| Node::Credential(clip(&fill(t.ladder_earns, &[("credential", name)]), 40))),
    );
    let raise = match rung.wage_step {
        Some(s) if sideways => format!("{} ({})", step(s), t.lateral),
        Some(s) => step(s),
        None if rung.same_bls_code => t.same_bls_short.to_owned(),
        None => String::new(),
    };
    let total = format!("{} · {}", months(rung.months), dollars(rung.cost));
    let step = if raise.is_empty() { total } else { format!("{raise} · {total}") };
    nodes.push(Node::Rung { title: clip(&rung.title, 32), wage: annual(rung.wage), step, sideways, open });
}

fn program(t: &'static Strings, p: &ProgramReport) -> Node {
    let paid = if p.paid { t.ladder_paid } else { t.not_paid };
    let mut lines = vec![clip(&p.name, 34), format!("{} · {} · {paid}", months(p.months), dollars(p.cost))];
    if p.illustrative {
        lines.push(t.ladder_example.to_owned());
    }
    Node::Program { lines, bridge: p.bridge }
}

fn draw(node: Node, y: i64, sideways: bool) -> impl IntoView {
    let x = if sideways { 8 + SIDE_SHIFT } else { 8 };
    let w = WIDTH - 16 - SIDE_SHIFT;
    let h = node.height();
    match node {
        Node::Start { title, wage } => view! {
            <g class="ladder-rung ladder-start">
                <rect x=x y=y width=w height=BOX_HEIGHT rx="6"></rect>
                <text class="ladder-title" x=x + 10 y=y + 22>{clip(&title, 32)}</text>
                <text class="ladder-wage" x=x + 10 y=y + 42>{wage}</text>
            </g>
        }
        .into_any(),
        Node::Program { lines, bridge } => {
            let class = if bridge { "ladder-program ladder-bridge" } else { "ladder-program" };
            let text = lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    let class = if i == 0 { "ladder-program-name" } else { "ladder-program-facts" };
                    view! { <text class=class x=x + NODE_INDENT + 8 y=y + 17 + i as i64 * LINE>{line}</text> }
                })
                .collect_view();
            view! {
                <g class=class>
                    <line class="ladder-climb" x1=x + 18 y1=y x2=x + 18 y2=y + h + NODE_GAP></line>
                    <rect x=x + NODE_INDENT y=y width=w - NODE_INDENT height=h rx="4"></rect>
                    {text}
                </g>
            }
            .into_any()
        }
        Node::Credential(text) => view! {
            <g class="ladder-credential">
                <line class="ladder-climb" x1=x + 18 y1=y x2=x + 18 y2=y + h + NODE_GAP></line>
                <text x=x + NODE_INDENT + 8 y=y + 17>{text}</text>
            </g>
        }
        .into_any(),
        Node::Rung { title, wage, step, open, .. } => {
            let class = if open { "ladder-rung open" } else { "ladder-rung" };
            view! {
                <g class=class>
                    <line class="ladder-climb" x1=x + 18 y1=y + BOX_HEIGHT x2=x + 18 y2=y + BOX_HEIGHT + STEP_LINE + NODE_GAP></line>
                    <text class="ladder-step" x=x + NODE_INDENT y=y + BOX_HEIGHT + 16>{step}</text>
                    <rect x=x y=y width=w height=BOX_HEIGHT rx="6"></rect>
                    <text class="ladder-title" x=x + 10 y=y + 22>{title}</text>
                    <text class="ladder-wage" x=x + 10 y=y + 42>{wage}</text>
                </g>
            }
            .into_any()
        }
    }
}
