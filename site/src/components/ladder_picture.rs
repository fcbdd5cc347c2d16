//! The ladder picture of the chosen route: rungs from where the person is at
//! the bottom to the destination at the top, the wage on every rung, and on
//! every climb what it takes: the programs (bridges marked, prerequisites
//! first) with their months, cost to the person and whether they pay, then
//! the credentials they earn. Sideways moves are drawn off to the side. The
//! route list says the same in text. The picture has no control in it, so
//! it is written as SVG markup and set in one go (`crate::markup`).

use super::route_list::destination;
use crate::format::{annual, dollars, months, step, tenths};
use crate::i18n::{fill, strings, Strings};
use crate::markup::Markup;
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
        let opened = state.with(|s| s.rung);
        let (start_title, start_wage) = start.get().unwrap_or_default();
        let start_wage = match start_wage {
            Some(w) => format!("{} · {}", t.you_are_here, annual(Some(w))),
            None => t.you_are_here.to_owned(),
        };
        let mut nodes = vec![Node::Start { title: start_title, wage: start_wage }];
        // The route is read where the memo holds it, not copied.
        let (index, destination, summary) = selected.with(|s| {
            let (index, route) = s.as_ref()?;
            for (k, rung) in route.rungs.iter().enumerate() {
                climb(t, rung, opened == Some(k), &mut nodes);
            }
            Some((*index, destination(route), super::route_list::summary(route)))
        })?;
        let height = nodes.iter().map(|n| n.height() + NODE_GAP).sum::<i64>() + 8;
        // Bottom to top: each node sits above the one before it.
        let mut bottom = height - 8;
        let mut sideways = false;
        let mut picture = Markup::default();
        for node in nodes {
            let y = bottom - node.height();
            bottom = y - NODE_GAP;
            if let Node::Rung { sideways: s, .. } = &node {
                sideways = *s;
            }
            draw(&mut picture, node, y, sideways);
        }
        let label = format!("{} {}: {destination}. {summary}", t.route_word, index + 1);
        Some(view! {
            <figure class="ladder">
                <figcaption>{format!("{}: {} {}, {destination}", t.ladder_picture, t.route_word, index + 1)}</figcaption>
                <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=label class="ladder-svg" inner_html=picture.finish()></svg>
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

/// Draws one node with its top at `y`, as SVG markup: the picture has no
/// control in it, so it is written as text and set in one go.
fn draw(out: &mut Markup, node: Node, y: i64, sideways: bool) {
    let x = if sideways { 8 + SIDE_SHIFT } else { 8 };
    let w = WIDTH - 16 - SIDE_SHIFT;
    let h = node.height();
    let n = |v: i64| v.to_string();
    let climb_line = |out: &mut Markup, y1: i64, y2: i64| {
        out.open(
            "line",
            &[("class", "ladder-climb"), ("x1", &n(x + 18)), ("y1", &n(y1)), ("x2", &n(x + 18)), ("y2", &n(y2))],
        )
        .close("line");
    };
    let job = |out: &mut Markup, title: &str, wage: &str| {
        out.open("rect", &[("x", &n(x)), ("y", &n(y)), ("width", &n(w)), ("height", &n(BOX_HEIGHT)), ("rx", "6")])
            .close("rect")
            .leaf("text", &[("class", "ladder-title"), ("x", &n(x + 10)), ("y", &n(y + 22))], title)
            .leaf("text", &[("class", "ladder-wage"), ("x", &n(x + 10)), ("y", &n(y + 42))], wage);
    };
    match node {
        Node::Start { title, wage } => {
            out.open("g", &[("class", "ladder-rung ladder-start")]);
            job(out, &clip(&title, 32), &wage);
        }
        Node::Program { lines, bridge } => {
            let class = if bridge { "ladder-program ladder-bridge" } else { "ladder-program" };
            out.open("g", &[("class", class)]);
            climb_line(out, y, y + h + NODE_GAP);
            out.open(
                "rect",
                &[
                    ("x", &n(x + NODE_INDENT)),
                    ("y", &n(y)),
                    ("width", &n(w - NODE_INDENT)),
                    ("height", &n(h)),
                    ("rx", "4"),
                ],
            )
            .close("rect");
            for (i, line) in lines.iter().enumerate() {
                let class = if i == 0 { "ladder-program-name" } else { "ladder-program-facts" };
                let line_y = y + 17 + i as i64 * LINE;
                out.leaf("text", &[("class", class), ("x", &n(x + NODE_INDENT + 8)), ("y", &n(line_y))], line);
            }
        }
        Node::Credential(text) => {
            out.open("g", &[("class", "ladder-credential")]);
            climb_line(out, y, y + h + NODE_GAP);
            out.leaf("text", &[("x", &n(x + NODE_INDENT + 8)), ("y", &n(y + 17))], &text);
        }
        Node::Rung { title, wage, step, open, .. } => {
            out.open("g", &[("class", if open { "ladder-rung open" } else { "ladder-rung" })]);
            climb_line(out, y + BOX_HEIGHT, y + BOX_HEIGHT + STEP_LINE + NODE_GAP);
            out.leaf(
                "text",
                &[("class", "ladder-step"), ("x", &n(x + NODE_INDENT)), ("y", &n(y + BOX_HEIGHT + 16))],
                &step,
            );
            job(out, &title, &wage);
        }
    }
    out.close("g");
}
