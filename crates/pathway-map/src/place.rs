//! The ordered rows as coordinates: each row's boxes and bends as close to
//! the middle of what they connect to as their order and spacing allow,
//! ladders a wider gap apart, and each arrow as the points it runs through.
//! Everything is whole pixels, so drawing it needs no float formatting.

use crate::levels::Levels;
use crate::order::{Item, Ordered};
use crate::{MapEdge, MapLayout, MapNode, MapRow, NODE_HEIGHT, NODE_WIDTH};
use pathway_model::graph::{OccupationIx, StepIx};
use pathway_model::PathwayGraph;

/// Space around the drawing.
pub const MARGIN: i32 = 8;
/// Space above each row's boxes for the row's wage band.
pub const ROW_LABEL: i32 = 22;
/// Space between a row's boxes and the next row's band.
pub const ROW_GAP: i32 = 44;
/// Space between two boxes of a ladder.
const GAP: i32 = 16;
/// Space between two ladders.
const LADDER_GAP: i32 = 48;
/// The room an arrow's bend takes in a row.
const BEND_WIDTH: i32 = 10;
/// Rounds of moving each row toward its neighbours.
const ROUNDS: usize = 6;

/// The distance from one row's top to the next.
pub const ROW_STEP: i32 = ROW_LABEL + NODE_HEIGHT + ROW_GAP;

/// Coordinates for `ordered`.
pub fn place(
    graph: &PathwayGraph,
    levels: &Levels,
    ladders: &[usize],
    edges: &[(OccupationIx, OccupationIx, Vec<StepIx>)],
    ordered: &Ordered,
) -> MapLayout {
    let count = ordered.items.len();
    let width = |i: usize| match ordered.items[i] {
        Item::Node(_) => NODE_WIDTH,
        Item::Bend(_) | Item::Junction(_) => BEND_WIDTH,
    };
    let sep = |a: usize, b: usize| {
        (width(a) + width(b)) / 2 + if ordered.ladder_of[a] == ordered.ladder_of[b] { GAP } else { LADDER_GAP }
    };
    // Every item's neighbours in the rows above and below.
    let mut neighbours = vec![Vec::new(); count];
    for chain in &ordered.chains {
        for pair in chain.windows(2) {
            if ordered.layer_of[pair[0]] != ordered.layer_of[pair[1]] {
                neighbours[pair[0]].push(pair[1]);
                neighbours[pair[1]].push(pair[0]);
            }
        }
    }
    // Centres, first packed from the left.
    let mut cx = vec![0i32; count];
    for row in &ordered.layers {
        let mut x = 0;
        for (k, &i) in row.iter().enumerate() {
            if k > 0 {
                x += sep(row[k - 1], i);
            }
            cx[i] = x;
        }
    }
    let rows_count = levels.bands.len();
    let layers_count = ordered.layers.len();
    for round in 0..ROUNDS {
        let order: Vec<usize> =
            if round % 2 == 0 { (0..layers_count).collect() } else { (0..layers_count).rev().collect() };
        for r in order {
            let row = &ordered.layers[r];
            if row.is_empty() {
                continue;
            }
            let desired: Vec<i32> = row
                .iter()
                .map(|&i| {
                    let n = &neighbours[i];
                    if n.is_empty() {
                        cx[i]
                    } else {
                        n.iter().map(|&j| cx[j]).sum::<i32>() / n.len() as i32
                    }
                })
                .collect();
            // Packed to the right of the desired places, and packed to their
            // left; halfway between keeps the spacing and the balance.
            let mut right = desired.clone();
            for k in 1..row.len() {
                right[k] = right[k].max(right[k - 1] + sep(row[k - 1], row[k]));
            }
            let mut left = desired;
            for k in (0..row.len() - 1).rev() {
                left[k] = left[k].min(left[k + 1] - sep(row[k], row[k + 1]));
            }
            for (k, &i) in row.iter().enumerate() {
                cx[i] = (left[k] + right[k]).div_euclid(2);
            }
        }
    }
    let min_left = (0..count).map(|i| cx[i] - width(i) / 2).min().unwrap_or(0);
    for x in &mut cx {
        *x += MARGIN - min_left;
    }
    let max_right = (0..count).map(|i| cx[i] + width(i) / 2).max().unwrap_or(0);
    let top = |row: usize| MARGIN + row as i32 * ROW_STEP + ROW_LABEL;
    // Where an item that is not a box sits: the middle of its row, or of the gap below the row.
    let layer_y = |layer: usize| {
        let row_top = top(layer / 2);
        if layer % 2 == 0 {
            row_top + NODE_HEIGHT / 2
        } else {
            row_top + NODE_HEIGHT + ROW_GAP / 2
        }
    };
    let nodes = graph
        .occupations()
        .map(|o| {
            let i = o.index();
            MapNode {
                occupation: o,
                row: levels.row_of[i],
                ladder: ladders[i],
                x: cx[i] - NODE_WIDTH / 2,
                y: top(levels.row_of[i]),
                entry: graph.occupation(o).entry,
                wage: levels.wages[i],
            }
        })
        .collect();
    let ports = ports(&ordered.chains, &ordered.layer_of, &cx);
    // Each layer's boxes, which an arrow within a row must not run through.
    let boxes_in: Vec<Vec<usize>> = ordered
        .layers
        .iter()
        .map(|l| l.iter().copied().filter(|&i| matches!(ordered.items[i], Item::Node(_))).collect())
        .collect();
    let map_edges = edges
        .iter()
        .zip(&ordered.chains)
        .zip(&ports)
        .map(|(((from, to, steps), chain), &offsets)| MapEdge {
            from: *from,
            to: *to,
            steps: steps.clone(),
            points: points(chain, &ordered.layer_of, &cx, &layer_y, offsets, &boxes_in[ordered.layer_of[chain[0]]]),
        })
        .collect();
    let rows = levels.bands.iter().enumerate().map(|(r, &band)| MapRow { band, y: top(r) }).collect();
    let junctions = (0..count)
        .filter(|&i| matches!(ordered.items[i], Item::Junction(_)))
        .map(|i| (cx[i], layer_y(ordered.layer_of[i])))
        .collect();
    MapLayout {
        nodes,
        junctions,
        edges: map_edges,
        rows,
        width: max_right + MARGIN,
        height: MARGIN * 2 + rows_count as i32 * ROW_STEP - ROW_GAP,
        crossings: ordered.crossings,
        crossings_in_data_order: ordered.crossings_in_data_order,
    }
}

/// Where arrows meet a box: spread along its top or bottom in the order of
/// what they come from or go to, so arrowheads never sit on one another.
/// Arrows that share their first segment (through a junction) share their
/// place too. For each arrow, the offsets from its boxes' middles where it
/// leaves and where it arrives.
fn ports(chains: &[Vec<usize>], layer_of: &[usize], cx: &[i32]) -> Vec<(i32, i32)> {
    // Every end of an arrow that meets a box's top or bottom: (box, on its
    // top, the item at the segment's other end), numbered 2 × arrow + 0 for
    // where it leaves and + 1 for where it arrives.
    let end = |e: usize| {
        let chain = &chains[e / 2];
        let (at, other) =
            if e % 2 == 0 { (chain[0], chain[1]) } else { (chain[chain.len() - 1], chain[chain.len() - 2]) };
        (at, layer_of[other] < layer_of[at], other)
    };
    let mut ends: Vec<usize> = (0..2 * chains.len())
        .filter(|&e| {
            let chain = &chains[e / 2];
            chain.len() > 2 || layer_of[chain[0]] != layer_of[chain[1]]
        })
        .collect();
    crate::sort_by(&mut ends, &|a, b| {
        let (x, y) = (end(a), end(b));
        (x.0, x.1, cx[x.2], x.2).cmp(&(y.0, y.1, cx[y.2], y.2))
    });
    let span = NODE_WIDTH - 2 * PORT_INSET;
    let mut offsets = vec![(0, 0); chains.len()];
    let mut k = 0;
    while k < ends.len() {
        let (at, top, _) = end(ends[k]);
        let group: Vec<usize> = ends[k..].iter().copied().take_while(|&e| (end(e).0, end(e).1) == (at, top)).collect();
        // Each other end once, in order: the places along the side.
        let mut others: Vec<usize> = group.iter().map(|&e| end(e).2).collect();
        others.dedup();
        let places = others.len() as i32;
        for &e in &group {
            let place = others.iter().position(|&o| o == end(e).2).unwrap_or(0) as i32;
            let offset = -span / 2 + span * (place + 1) / (places + 1);
            if e % 2 == 0 {
                offsets[e / 2].0 = offset;
            } else {
                offsets[e / 2].1 = offset;
            }
        }
        k += group.len();
    }
    offsets
}

/// An arrow between two boxes of one row (two occupations BLS pays alike):
/// side to side at mid-height when nothing stands between them, a little
/// above the middle going right and below it going left so a pair each
/// way stays apart; over the boxes between them otherwise, into the top
/// of the last. `row` is the row's items in order.
fn within_row(first: usize, last: usize, cx: &[i32], middle: i32, row: &[usize]) -> Vec<(i32, i32)> {
    let rightward = cx[first] < cx[last];
    let dir = if rightward { 1 } else { -1 };
    let (low, high) = if rightward { (cx[first], cx[last]) } else { (cx[last], cx[first]) };
    let blocked = row.iter().any(|&i| low < cx[i] && cx[i] < high && i != first && i != last);
    let half = NODE_WIDTH / 2;
    if !blocked {
        let y = middle + if rightward { -6 } else { 6 };
        return vec![(cx[first] + dir * half, y), (cx[last] - dir * half, y)];
    }
    let top = middle - NODE_HEIGHT / 2;
    let above = top - ROW_LABEL / 2 + if rightward { -3 } else { 3 };
    let (from_x, to_x) = (cx[first] + dir * (half - 12), cx[last] - dir * (half - 12));
    vec![(from_x, top), (from_x, above), (to_x, above), (to_x, top)]
}

/// How far the outermost arrows stay from a box's corners.
const PORT_INSET: i32 = 24;

/// The points an arrow runs through: out of the side of its first box that
/// faces where it goes, through each bend and junction (straight through a
/// row it crosses), into the facing side of its last box. An arrow within
/// one row runs as [`within_row`] says.
fn points(
    chain: &[usize],
    layer_of: &[usize],
    cx: &[i32],
    layer_y: &impl Fn(usize) -> i32,
    (leave, arrive): (i32, i32),
    row: &[usize],
) -> Vec<(i32, i32)> {
    let (first, last) = (chain[0], chain[chain.len() - 1]);
    // A box's top and bottom, from the middle of its row.
    let half = NODE_HEIGHT / 2;
    let port = |at: usize, other: usize, offset: i32| {
        let top = layer_of[other] < layer_of[at];
        let middle = layer_y(layer_of[at]);
        (cx[at] + offset, if top { middle - half } else { middle + half })
    };
    if chain.len() == 2 && layer_of[first] == layer_of[last] {
        return within_row(first, last, cx, layer_y(layer_of[first]), row);
    }
    let start = port(first, chain[1], leave);
    let end = port(last, chain[chain.len() - 2], arrive);
    let mut out = vec![start];
    let upward = layer_of[last] < layer_of[first];
    for &bend in &chain[1..chain.len() - 1] {
        let y = layer_y(layer_of[bend]);
        if layer_of[bend] % 2 == 0 {
            // Through a row straight up or down, between its boxes, so a
            // slanting line never runs across a box.
            let (enter, leave) = if upward { (y + half, y - half) } else { (y - half, y + half) };
            out.push((cx[bend], enter));
            out.push((cx[bend], leave));
        } else {
            out.push((cx[bend], y));
        }
    }
    out.push(end);
    out
}
