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
    let map_edges = edges
        .iter()
        .zip(&ordered.chains)
        .map(|((from, to, steps), chain)| MapEdge {
            from: *from,
            to: *to,
            steps: steps.clone(),
            points: points(chain, &ordered.layer_of, &cx, &layer_y),
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
    }
}

/// The points an arrow runs through: out of the side of its first box that
/// faces where it goes, through each bend and junction, into the facing
/// side of its last box. An arrow within one row dips below it.
fn points(chain: &[usize], layer_of: &[usize], cx: &[i32], layer_y: &impl Fn(usize) -> i32) -> Vec<(i32, i32)> {
    let (first, last) = (chain[0], chain[chain.len() - 1]);
    // A box's top and bottom, from the middle of its row.
    let half = NODE_HEIGHT / 2;
    if chain.len() == 2 && layer_of[first] == layer_of[last] {
        let bottom = layer_y(layer_of[first]) + half;
        return vec![(cx[first], bottom), ((cx[first] + cx[last]) / 2, bottom + ROW_GAP / 2), (cx[last], bottom)];
    }
    let facing = |box_item: usize, other: usize| {
        let middle = layer_y(layer_of[box_item]);
        (cx[box_item], if layer_of[other] < layer_of[box_item] { middle - half } else { middle + half })
    };
    let mut out = vec![facing(first, chain[1])];
    for &bend in &chain[1..chain.len() - 1] {
        out.push((cx[bend], layer_y(layer_of[bend])));
    }
    out.push(facing(last, chain[chain.len() - 2]));
    out
}
