//! The map written as escaped markup (see `crate::markup`): the picture, an
//! SVG of the layout `pathway_map` computed, and its text twin, the same
//! map as nested lists by wage level with each step a link. Neither has a
//! control of its own: each occupation is a link to the view that chooses
//! it, which the component follows without reloading the page.

use super::reach::Reach;
use crate::format::{annual, dollars, months};
use crate::i18n::{fill, Strings};
use crate::markup::Markup;
use pathway_map::place::MARGIN;
use pathway_map::{MapLayout, MapNode, WageBand, NODE_HEIGHT, NODE_WIDTH};
use pathway_model::graph::{OccupationIx, StepIx};
use pathway_model::PathwayGraph;

/// How many characters of a title fit on one line of a box.
const LINE_CHARS: usize = 20;
/// How many lines of a title a box holds.
const TITLE_LINES: usize = 3;

/// The height of the "You are here" line under a box.
const HERE_LABEL: i32 = 18;

/// What the map is drawn from.
pub struct MapData<'a> {
    /// The region's graph.
    pub graph: &'a PathwayGraph,
    /// Its layout.
    pub layout: &'a MapLayout,
    /// Each occupation's reach, by position.
    pub reach: &'a [Reach],
    /// The link that chooses an occupation, by id.
    pub href: &'a dyn Fn(&str) -> String,
}

/// A row's wages in words.
pub fn band_name(t: &Strings, band: WageBand) -> String {
    match band {
        WageBand::Range { low, high } => fill(
            t.map_band,
            &[("low", &dollars(f64::from(low))), ("high", &dollars(f64::from(high.saturating_sub(1))))],
        ),
        WageBand::Unknown => t.map_band_unknown.to_owned(),
    }
}

/// The class that shows an occupation's reach.
fn reach_class(reach: &Reach) -> &'static str {
    match reach {
        Reach::Unknown => "unknown",
        Reach::Here => "here",
        Reach::Within => "within",
        Reach::Out(_) => "out",
    }
}

/// An occupation's reach in words, or nothing when the person has not said where they are.
fn reach_words(t: &Strings, reach: &Reach) -> String {
    match reach {
        Reach::Unknown => String::new(),
        Reach::Here => t.you_are_here.to_owned(),
        Reach::Within => t.map_within.to_owned(),
        Reach::Out(reasons) if reasons.is_empty() => t.map_out_choose.to_owned(),
        Reach::Out(reasons) => {
            let mut words = t.map_out.to_owned();
            for r in reasons {
                words.push(' ');
                words.push_str(&r.limit);
                words.push_str(&r.reason);
            }
            words
        }
    }
}

/// A title cut into the lines of a box, the last one ending in "…" when the title is longer.
fn title_lines(title: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in title.split_whitespace() {
        let fits = line.chars().count() + 1 + word.chars().count() <= LINE_CHARS;
        if !line.is_empty() && !fits {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    for line in &mut lines {
        if line.chars().count() > LINE_CHARS {
            *line = line.chars().take(LINE_CHARS - 1).chain(['…']).collect();
        }
    }
    if lines.len() > TITLE_LINES {
        lines.truncate(TITLE_LINES);
        let last = &mut lines[TITLE_LINES - 1];
        let kept: String = last.chars().take(LINE_CHARS - 1).collect();
        *last = format!("{}…", kept.trim_end_matches('…'));
    }
    lines
}

/// The section's head: its heading, and what the map shows and how to use
/// it. `started` is true once the person has said where they are.
pub fn head(m: &mut Markup, t: &Strings, started: bool) {
    m.leaf("h2", &[("id", "map-heading"), ("tabindex", "-1")], t.map_heading);
    let choose = if started { t.map_choose_target } else { t.map_choose_start };
    m.leaf("p", &[], &format!("{} {choose}", t.map_intro));
}

/// The rest of the section: the legend, the picture in its frame and the
/// text twin.
pub fn body(m: &mut Markup, t: &Strings, data: &MapData, started: bool) {
    m.open("ul", &[("class", "map-legend"), ("aria-hidden", "true")]);
    let mut keys = vec![("key key-entry", t.map_legend_entry)];
    if started {
        keys.extend([
            ("key key-here", t.you_are_here),
            ("key key-within", t.map_legend_reach),
            ("key key-out", t.map_legend_out),
        ]);
    }
    for (class, words) in keys {
        m.open("li", &[]).leaf("span", &[("class", class)], "").text(words).close("li");
    }
    m.close("ul");
    m.open("div", &[("class", "map-frame"), ("tabindex", "0"), ("role", "group"), ("aria-label", t.map_picture_label)]);
    picture(m, t, data);
    m.close("div");
}

/// The picture: rows with their wages, arrows, junctions and boxes.
fn picture(m: &mut Markup, t: &Strings, data: &MapData) {
    let layout = data.layout;
    let n = |v: i32| v.to_string();
    // Room under the last row for "You are here" below a box.
    let (width, height) = (n(layout.width), n(layout.height + HERE_LABEL));
    let view_box = format!("0 0 {width} {height}");
    m.open(
        "svg",
        &[
            ("class", "map-svg"),
            ("viewBox", &view_box),
            ("width", &width),
            ("height", &height),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    );
    m.open("defs", &[]);
    for (id, class) in [("map-arrow", "map-head"), ("map-arrow-out", "map-head out")] {
        m.open(
            "marker",
            &[
                ("id", id),
                ("viewBox", "0 0 10 10"),
                ("refX", "9"),
                ("refY", "5"),
                ("markerWidth", "7"),
                ("markerHeight", "7"),
                ("orient", "auto"),
            ],
        )
        .leaf("path", &[("class", class), ("d", "M0,0 L10,5 L0,10 z")], "")
        .close("marker");
    }
    m.close("defs");
    for row in &layout.rows {
        let rule = n(row.y - pathway_map::place::ROW_LABEL);
        m.leaf("line", &[("class", "map-rule"), ("x1", "0"), ("y1", &rule), ("x2", &width), ("y2", &rule)], "");
    }
    let reached = |o: OccupationIx| matches!(data.reach[o.index()], Reach::Here | Reach::Within);
    let known = !matches!(data.reach.first(), Some(Reach::Unknown) | None);
    // Arrows out of reach first, so those within reach are drawn over them.
    for within in [false, true] {
        for edge in &layout.edges {
            if (known && reached(edge.from) && reached(edge.to)) != within {
                continue;
            }
            let class = if !known {
                "map-step"
            } else if within {
                "map-step within"
            } else {
                "map-step out"
            };
            let marker = if known && !within { "url(#map-arrow-out)" } else { "url(#map-arrow)" };
            let points: Vec<String> = edge.points.iter().map(|(x, y)| format!("{x},{y}")).collect();
            m.leaf("polyline", &[("class", class), ("points", &points.join(" ")), ("marker-end", marker)], "");
        }
    }
    // Each row's wages over the arrows, which may pass behind them.
    for row in &layout.rows {
        m.leaf("text", &[("class", "map-band"), ("x", &n(MARGIN)), ("y", &n(row.y - 7))], &band_name(t, row.band));
    }
    for (x, y) in &layout.junctions {
        m.leaf("circle", &[("class", "map-junction"), ("cx", &n(*x)), ("cy", &n(*y)), ("r", "4")], "");
    }
    for node in &layout.nodes {
        node_box(m, t, data, node);
    }
    m.close("svg");
}

/// One occupation's box, a link that chooses it.
fn node_box(m: &mut Markup, t: &Strings, data: &MapData, node: &MapNode) {
    let n = |v: i32| v.to_string();
    let occupation = data.graph.occupation(node.occupation);
    let reach = &data.reach[node.occupation.index()];
    let href = (data.href)(occupation.id.as_str());
    let class = format!("map-job {}", reach_class(reach));
    let wage = annual(node.wage);
    let mut tip = format!("{} · {wage}", occupation.title);
    if node.entry {
        tip.push_str(" · ");
        tip.push_str(t.map_legend_entry);
    }
    let status = reach_words(t, reach);
    if !status.is_empty() {
        tip.push_str(" · ");
        tip.push_str(&status);
    }
    m.open("a", &[("href", &href), ("data-job", occupation.id.as_str()), ("tabindex", "-1"), ("class", &class)]);
    m.leaf("title", &[], &tip);
    m.leaf(
        "rect",
        &[("x", &n(node.x)), ("y", &n(node.y)), ("width", &n(NODE_WIDTH)), ("height", &n(NODE_HEIGHT)), ("rx", "6")],
        "",
    );
    if node.entry {
        let d = format!("M{},{} h16 l-16,16 z", node.x + 1, node.y + 1);
        m.leaf("path", &[("class", "map-entry-mark"), ("d", &d)], "");
    }
    for (k, line) in title_lines(occupation.title.as_str()).iter().enumerate() {
        let y = node.y + 17 + 14 * k as i32;
        m.leaf("text", &[("class", "map-title"), ("x", &n(node.x + 10)), ("y", &n(y))], line);
    }
    m.leaf("text", &[("class", "map-wage"), ("x", &n(node.x + 10)), ("y", &n(node.y + NODE_HEIGHT - 8))], &wage);
    if matches!(reach, Reach::Here) {
        let y = n(node.y + NODE_HEIGHT + HERE_LABEL - 3);
        m.leaf("text", &[("class", "map-here-label"), ("x", &n(node.x + 4)), ("y", &y)], t.you_are_here);
    }
    m.close("a");
}

/// The most jobs a map's text twin lists with every level open; a larger
/// one (a kind of work in a state's catalog) folds its levels, so a phone
/// lays out only the ones a person opens.
const TWIN_OPEN_AT_MOST: usize = 60;

/// The text twin: a list per wage level, each occupation with its wage,
/// whether it is a starting job, its reach and the steps out of it.
pub fn twin(m: &mut Markup, t: &Strings, data: &MapData) {
    let layout = data.layout;
    let folded = layout.nodes.len() > TWIN_OPEN_AT_MOST;
    m.leaf("h3", &[("id", "map-list-heading")], t.map_list_heading);
    m.open("ol", &[("class", "map-list")]);
    for (r, row) in layout.rows.iter().enumerate() {
        let mut nodes: Vec<&MapNode> = layout.nodes.iter().filter(|n| n.row == r).collect();
        pathway_model::sorting::sort_stable_by(&mut nodes, |a, b| a.x.cmp(&b.x));
        let level = band_name(t, row.band);
        m.open("li", &[]);
        if folded {
            // A large map's levels open one at a time, the person's own
            // level open at first; a link to a job in a closed level opens it.
            let here = nodes.iter().any(|n| data.reach[n.occupation.index()] == Reach::Here);
            m.open("details", if here { &[("open", "")] } else { &[] });
            m.open("summary", &[]).leaf("h4", &[("class", "map-level")], &format!("{level} ({})", nodes.len()));
            m.close("summary");
        } else {
            m.leaf("h4", &[("class", "map-level")], &level);
        }
        m.open("ul", &[("class", "map-jobs")]);
        for node in nodes {
            list_entry(m, t, data, node);
        }
        m.close("ul");
        if folded {
            m.close("details");
        }
        m.close("li");
    }
    m.close("ol");
}

/// One occupation of the text twin.
fn list_entry(m: &mut Markup, t: &Strings, data: &MapData, node: &MapNode) {
    let graph = data.graph;
    let occupation = graph.occupation(node.occupation);
    let reach = &data.reach[node.occupation.index()];
    let anchor = format!("map-job-{}", occupation.id);
    let class = format!("map-entry {}", reach_class(reach));
    m.open("li", &[("id", &anchor), ("class", &class)]);
    let href = (data.href)(occupation.id.as_str());
    m.leaf("a", &[("href", &href), ("data-job", occupation.id.as_str())], occupation.title.as_str());
    let mut facts = format!(" · {}", annual(node.wage));
    if node.entry {
        facts.push_str(" · ");
        facts.push_str(t.map_legend_entry);
    }
    m.text(&facts);
    let status = reach_words(t, reach);
    if !status.is_empty() {
        m.leaf("p", &[("class", "map-status")], &status);
    }
    let steps: Vec<(OccupationIx, StepIx)> = data
        .layout
        .edges
        .iter()
        .filter(|e| e.from == node.occupation)
        .flat_map(|e| e.steps.iter().map(move |&s| (e.to, s)))
        .collect();
    if !steps.is_empty() {
        m.open("ul", &[("class", "map-steps")]);
        for (to, step) in steps {
            let target = graph.occupation(to);
            let link = format!("#map-job-{}", target.id);
            m.open("li", &[]).leaf("a", &[("href", &link)], &fill(t.map_step_to, &[("job", target.title.as_str())]));
            m.open("details", &[]).leaf("summary", &[], t.map_step_needs).open("ul", &[]);
            for need in needs(t, graph, step, to) {
                m.leaf("li", &[], &need);
            }
            m.close("ul").close("details").close("li");
        }
        m.close("ul");
    }
    m.close("li");
}

/// What a step asks, in words: each credential it and its occupation
/// require with the programs that grant it, and the months of experience.
fn needs(t: &Strings, graph: &PathwayGraph, step: StepIx, to: OccupationIx) -> Vec<String> {
    let s = graph.step(step);
    let mut wanted = s.requires.clone();
    for c in &graph.occupation(to).requires {
        if !wanted.contains(c) {
            wanted.push(c.clone());
        }
    }
    let mut out: Vec<String> = wanted
        .iter()
        .filter_map(|id| graph.credential_ix(id))
        .map(|c| {
            let credential = graph.credential(c);
            let programs: Vec<String> = graph
                .programs()
                .map(|p| graph.program(p))
                .filter(|p| p.awards.contains(&credential.id))
                .map(|p| format!("{} ({})", p.name, graph.partner_name(&p.provider)))
                .collect();
            if programs.is_empty() {
                fill(t.map_needs_no_program, &[("credential", credential.name.as_str())])
            } else {
                fill(
                    t.map_needs_credential,
                    &[("credential", credential.name.as_str()), ("programs", &programs.join(t.list_separator))],
                )
            }
        })
        .collect();
    if s.experience_months > 0.0 {
        out.push(fill(t.map_needs_experience, &[("months", &months(s.experience_months))]));
    }
    if out.is_empty() {
        out.push(t.map_needs_nothing.to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_wrap_on_words_and_long_ones_end_in_an_ellipsis() {
        assert_eq!(title_lines("Registered nurse"), ["Registered nurse"]);
        let lines = title_lines("Certified nursing assistant with medication aide certificate");
        assert!(lines.len() == TITLE_LINES && lines.iter().all(|l| l.chars().count() <= LINE_CHARS), "{lines:?}");
        assert!(lines[TITLE_LINES - 1].ends_with('…'));
        let long = title_lines(&"x".repeat(60));
        assert_eq!(long.len(), 1);
        assert_eq!(long[0].chars().count(), LINE_CHARS);
    }
}
