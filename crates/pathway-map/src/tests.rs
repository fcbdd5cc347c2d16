//! The layout's promises on small graphs built here: the same graph gives
//! the same map, every occupation is placed once, no two boxes overlap,
//! rows go down by wage, and a crossing the sweeps can undo is undone.

use super::*;
use pathway_model::model::Dataset;
use pathway_model::OccupationId;

/// A dataset of `jobs` (id, BLS median, entry role), each with its own SOC
/// code, and steps between them, read from JSON as a bundle would be, so
/// fields the model adds later take their defaults.
fn dataset(jobs: &[(&str, Option<f64>, bool)], steps: &[(&str, &str)]) -> Dataset {
    let mut occupations = Vec::new();
    let mut wages = Vec::new();
    for (k, (id, median, entry)) in jobs.iter().enumerate() {
        let soc = format!("{:02}-{:04}", 11 + k % 40, k);
        occupations.push(serde_json::json!({ "id": id, "soc": soc, "title": id, "entry": entry }));
        if let Some(m) = median {
            wages.push(serde_json::json!({ "soc": soc, "annual": { "median": m } }));
        }
    }
    let steps: Vec<_> = steps.iter().map(|(from, to)| serde_json::json!({ "from": from, "to": to })).collect();
    let value = serde_json::json!({
        "regions": [], "occupations": occupations, "credentials": [], "programs": [], "steps": steps, "partners": [], "wages": wages
    });
    serde_json::from_value(value).expect("the test data reads")
}

fn graph(d: Dataset) -> PathwayGraph {
    PathwayGraph::build(d).expect("the test data links up")
}

/// A made-up lattice of `n` occupations with a deterministic spread of
/// wages and steps, some skipping rows, and two ladders.
fn lattice(n: usize) -> PathwayGraph {
    let ids: Vec<String> = (0..n).map(|i| format!("job-{i}")).collect();
    let jobs: Vec<(&str, Option<f64>, bool)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), (i % 11 != 10).then(|| 25_000.0 + ((i * 7919) % 90) as f64 * 1_000.0), i % 5 == 0))
        .collect();
    let mut steps = Vec::new();
    for i in 0..n {
        for hop in [3, 7, 12] {
            let j = (i * 31 + hop * 17) % n;
            // Two ladders: even and odd positions never meet.
            if j != i && (i + j) % 2 == 0 {
                steps.push((ids[i].as_str(), ids[j].as_str()));
            }
        }
    }
    graph(dataset(&jobs, &steps))
}

fn no_overlaps(map: &MapLayout) {
    for (k, a) in map.nodes.iter().enumerate() {
        for b in &map.nodes[k + 1..] {
            let apart = a.x + NODE_WIDTH <= b.x
                || b.x + NODE_WIDTH <= a.x
                || a.y + NODE_HEIGHT <= b.y
                || b.y + NODE_HEIGHT <= a.y;
            assert!(apart, "{:?} and {:?} overlap", a.occupation, b.occupation);
        }
        assert!(a.x >= 0 && a.x + NODE_WIDTH <= map.width && a.y >= 0 && a.y + NODE_HEIGHT <= map.height);
    }
}

#[test]
fn the_same_graph_gives_the_same_map() {
    let g = lattice(120);
    let first = layout(&g);
    assert_eq!(first, layout(&g));
    assert_eq!(first, layout(&lattice(120)));
}

#[test]
fn every_occupation_is_placed_once_and_no_boxes_overlap() {
    for n in [1, 2, 9, 60, 300] {
        let g = lattice(n);
        let map = layout(&g);
        assert_eq!(map.nodes.len(), n);
        for (k, node) in map.nodes.iter().enumerate() {
            assert_eq!(node.occupation.index(), k);
            assert_eq!(map.node(node.occupation), Some(node));
        }
        no_overlaps(&map);
    }
}

#[test]
fn rows_go_down_by_wage_and_unknown_wages_come_last() {
    let map = layout(&lattice(80));
    for pair in map.rows.windows(2) {
        assert!(pair[0].y < pair[1].y);
        match (pair[0].band, pair[1].band) {
            (WageBand::Range { low, .. }, WageBand::Range { high, .. }) => assert!(high <= low),
            (WageBand::Unknown, _) => panic!("the unknown row is not last"),
            (WageBand::Range { .. }, WageBand::Unknown) => {}
        }
    }
    assert!(map.rows.len() <= levels::MAX_ROWS + 1);
    for node in &map.nodes {
        let row = &map.rows[node.row];
        assert_eq!(node.y, row.y);
        match (row.band, node.wage) {
            (WageBand::Range { low, high }, Some(w)) => assert!(f64::from(low) <= w && w < f64::from(high), "{w}"),
            (WageBand::Unknown, None) => {}
            other => panic!("{:?} in the wrong row: {other:?}", node.occupation),
        }
    }
    // A higher wage is never in a lower row.
    for a in &map.nodes {
        for b in &map.nodes {
            if let (Some(x), Some(y)) = (a.wage, b.wage) {
                assert!(x <= y || a.row <= b.row);
            }
        }
    }
}

#[test]
fn arrows_join_their_boxes_and_pass_every_row_and_gap_between() {
    let map = layout(&lattice(60));
    assert!(!map.edges.is_empty());
    // Arrows into one side of a box end at different places, unless they
    // come through the same junction.
    for (k, a) in map.edges.iter().enumerate() {
        for b in &map.edges[k + 1..] {
            let (ea, eb) = (a.points[a.points.len() - 1], b.points[b.points.len() - 1]);
            let shared = a.points[a.points.len() - 2] == b.points[b.points.len() - 2];
            assert!(a.to != b.to || ea != eb || shared, "{a:?} and {b:?} end at one point");
        }
    }
    for edge in &map.edges {
        let (from, to) = (map.node(edge.from).expect("placed"), map.node(edge.to).expect("placed"));
        let first = edge.points[0];
        let last = edge.points[edge.points.len() - 1];
        // On the box's outline: its top or bottom, or a side.
        let on_edge = |(x, y): (i32, i32), node: &MapNode| {
            let across = node.x < x && x < node.x + NODE_WIDTH;
            let down = node.y < y && y < node.y + NODE_HEIGHT;
            (across && (y == node.y || y == node.y + NODE_HEIGHT))
                || (down && (x == node.x || x == node.x + NODE_WIDTH))
        };
        assert!(on_edge(first, from) && on_edge(last, to), "{edge:?}");
        if from.row == to.row {
            // Straight across, or over the boxes between.
            assert!(edge.points.len() == 2 || edge.points.len() == 4, "{edge:?}");
        } else {
            // A point on every gap between (a junction being one of them)
            // and two on every row between, where the arrow runs straight.
            let rows = from.row.abs_diff(to.row);
            assert_eq!(edge.points.len(), 2 + rows + 2 * (rows - 1));
            for pair in edge.points.windows(2) {
                let slanted = pair[0].0 != pair[1].0;
                let in_a_row = map.rows.iter().any(|r| {
                    r.y < pair[0].1.min(pair[1].1) + 1
                        && pair[0].1.max(pair[1].1) <= r.y + NODE_HEIGHT
                        && pair[0].1 != pair[1].1
                });
                assert!(!(slanted && in_a_row), "{edge:?} slants within a row");
            }
        }
    }
}

#[test]
fn a_crossing_that_a_swap_undoes_is_undone() {
    // Two rungs each with a step up to the other's column: in data order
    // the two arrows cross; the sweeps put each target over its source.
    let g = graph(dataset(
        &[
            ("low-a", Some(30_000.0), true),
            ("low-b", Some(31_000.0), true),
            ("high-b", Some(60_000.0), false),
            ("high-a", Some(61_000.0), false),
        ],
        &[("low-a", "high-a"), ("low-b", "high-b")],
    ));
    let map = layout(&g);
    assert_eq!(map.crossings, 0);
    let x = |id: &str| map.node(g.occupation_ix(&OccupationId::from(id)).expect("known")).expect("placed").x;
    assert!((x("low-a") < x("low-b")) == (x("high-a") < x("high-b")));
    assert!(map.nodes.iter().filter(|n| n.entry).count() == 2);
}

#[test]
fn steps_between_the_same_two_jobs_are_one_arrow() {
    let g = graph(dataset(
        &[("a", Some(30_000.0), true), ("b", Some(50_000.0), false)],
        &[("a", "b"), ("a", "b"), ("b", "a")],
    ));
    let map = layout(&g);
    assert_eq!(map.edges.len(), 2);
    assert_eq!(map.edges[0].steps.len(), 2);
    assert_eq!(map.crossings, 0);
}

#[test]
fn an_empty_graph_is_an_empty_map() {
    let map = layout(&graph(Dataset::default()));
    assert!(map.nodes.is_empty() && map.edges.is_empty() && map.rows.is_empty());
}
