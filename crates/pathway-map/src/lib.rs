//! The whole map of a region's ladders, laid out the way the partnerships'
//! printed career maps are: every occupation in a row by its median wage
//! (highest at the top), the ladders side by side as bands, and the steps
//! between occupations as edges drawn with as few crossings as the sweeps
//! find.
//!
//! The layout is a layered drawing (Sugiyama's method): wage bands are the
//! rows ([`levels`]), arrows from several occupations to the same several
//! others meet at a junction in the gap above their row ([`junctions`]), an
//! arrow passes through a point on each row and gap it crosses, those points
//! and the occupations are ordered by barycenter sweeps that keep each
//! ladder together ([`order`]), and the order becomes coordinates
//! ([`place`]). Every tie is
//! broken by position in the data, so the same graph always gives the same
//! map. The result is plain data in whole pixels: the site draws it, and a
//! test counts its crossings on every shipped dataset.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod junctions;
pub mod levels;
pub mod order;
pub mod place;

use pathway_model::graph::{OccupationIx, StepIx};
use pathway_model::PathwayGraph;

pub use levels::WageBand;

/// The width of an occupation's box, in the map's pixels.
pub const NODE_WIDTH: i32 = 168;
/// The height of an occupation's box: room for a title of up to three lines and its wage.
pub const NODE_HEIGHT: i32 = 68;

/// An occupation placed on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapNode {
    /// The occupation.
    pub occupation: OccupationIx,
    /// The row it sits in, 0 at the top.
    pub row: usize,
    /// The ladder (a set of occupations joined by steps) it belongs to,
    /// numbered by first appearance in the data.
    pub ladder: usize,
    /// The left edge of its box.
    pub x: i32,
    /// The top edge of its box.
    pub y: i32,
    /// A person can start in it without a credential.
    pub entry: bool,
    /// Its annual wage as the route engine reads it: the partnership's pay
    /// rate when it gives one, else the BLS median.
    pub wage: Option<f64>,
}

/// The steps from one occupation to another, drawn as one arrow.
#[derive(Clone, Debug, PartialEq)]
pub struct MapEdge {
    /// Where the steps start.
    pub from: OccupationIx,
    /// Where they lead.
    pub to: OccupationIx,
    /// Every step of the data from `from` to `to`, in data order.
    pub steps: Vec<StepIx>,
    /// The arrow's points, from `from`'s box to `to`'s, in whole pixels.
    pub points: Vec<(i32, i32)>,
}

/// A row of the map: one band of wages.
#[derive(Clone, Debug, PartialEq)]
pub struct MapRow {
    /// The wages it holds.
    pub band: WageBand,
    /// The top of its occupations' boxes.
    pub y: i32,
}

/// The whole map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    /// Every occupation, once, in data order.
    pub nodes: Vec<MapNode>,
    /// The arrows, ordered by where they start and then by their first step in the data.
    pub edges: Vec<MapEdge>,
    /// The rows, from the highest wages down.
    pub rows: Vec<MapRow>,
    /// The width of the drawing.
    pub width: i32,
    /// The height of the drawing.
    pub height: i32,
    /// Where merged arrows meet: several occupations that each lead to the
    /// same several others run through one such point.
    pub junctions: Vec<(i32, i32)>,
    /// How many pairs of arrow segments cross between neighbouring rows and
    /// the gaps between them.
    pub crossings: usize,
    /// How many would cross with each row in the data's order (ladders
    /// together, occupations as the files list them), for comparison.
    pub crossings_in_data_order: usize,
}

impl MapLayout {
    /// The node of an occupation.
    pub fn node(&self, occupation: OccupationIx) -> Option<&MapNode> {
        self.nodes.get(occupation.index()).filter(|n| n.occupation == occupation)
    }
}

/// Lays out every occupation of `graph` and the steps between them.
pub fn layout(graph: &PathwayGraph) -> MapLayout {
    let levels = levels::levels(graph);
    let edges = collect_edges(graph);
    let ladders = ladders(graph, &edges);
    let pairs: Vec<(OccupationIx, OccupationIx)> = edges.iter().map(|(f, t, _)| (*f, *t)).collect();
    let (junctions, through) = junctions::junctions(&pairs, &levels.row_of);
    let ordered = order::order(&levels, &ladders, &edges, &junctions, &through);
    place::place(graph, &levels, &ladders, &edges, &ordered)
}

/// The steps between two occupations, merged per pair, ordered by where
/// they start and then by their first step in the data. Steps from "no job
/// yet" are not arrows: the map marks entry roles instead.
fn collect_edges(graph: &PathwayGraph) -> Vec<(OccupationIx, OccupationIx, Vec<StepIx>)> {
    let mut edges: Vec<(OccupationIx, OccupationIx, Vec<StepIx>)> = Vec::new();
    for from in graph.occupations() {
        let block = edges.len();
        for step in graph.steps_from(Some(from)) {
            let Some(to) = graph.occupation_ix(&graph.step(step).to) else { continue };
            if to == from {
                continue;
            }
            match edges[block..].iter_mut().find(|(_, t, _)| *t == to) {
                Some((_, _, steps)) => steps.push(step),
                None => edges.push((from, to, vec![step])),
            }
        }
    }
    edges
}

/// Sorts whole numbers (values, or positions in another list) by
/// `compare`, keeping equal ones in order. Every sort of the layout goes
/// through this one instantiation of the model's stable sort, so its code
/// is in the site's WebAssembly once.
pub(crate) fn sort_by(v: &mut Vec<usize>, compare: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    pathway_model::sorting::sort_stable_by(v, |a, b| compare(*a, *b));
}

/// Each occupation's ladder: the occupations joined to it by steps in
/// either direction, numbered in order of their first occupation in the data.
fn ladders(graph: &PathwayGraph, edges: &[(OccupationIx, OccupationIx, Vec<StepIx>)]) -> Vec<usize> {
    let n = graph.occupations().count();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (from, to, _) in edges {
        let (a, b) = (root(&mut parent, from.index()), root(&mut parent, to.index()));
        // The smaller position is the root, so numbering by roots follows the data's order.
        if a < b {
            parent[b] = a;
        } else {
            parent[a] = b;
        }
    }
    let mut number = vec![usize::MAX; n];
    let mut next = 0;
    (0..n)
        .map(|i| {
            let r = root(&mut parent, i);
            if number[r] == usize::MAX {
                number[r] = next;
                next += 1;
            }
            number[r]
        })
        .collect()
}

#[cfg(test)]
mod tests;
