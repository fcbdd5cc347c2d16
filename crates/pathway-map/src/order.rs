//! The order of each layer, left to right: occupations, junctions, and the
//! bends of arrows that pass through a layer on their way to a farther one. Ladders
//! stay together in their data order; within a ladder, barycenter sweeps
//! down and up the rows, then moving single items (sifting), cut the crossings, and
//! the best order seen is kept. Ties go to the order already held, which
//! starts as the data's, so the result depends on the graph alone.

use crate::junctions::Junction;
use crate::levels::Levels;
use pathway_model::graph::{OccupationIx, StepIx};

/// How many sweeps down and up the rows are tried at most.
const SWEEPS: usize = 24;

/// How many rounds of sweeps and sifting are tried at most.
const ROUNDS: usize = 4;

/// How many passes of sifting follow the sweeps at most.
const SWAP_PASSES: usize = 8;

/// The most items a layer may hold to be sifted.
const SIFT_AT_MOST: usize = 150;

/// The most items the whole map may hold to be sifted.
const SIFT_ITEMS_AT_MOST: usize = 2_000;

/// One thing in a layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// An occupation.
    Node(OccupationIx),
    /// Where the arrow at this position in the edge list crosses a layer.
    Bend(usize),
    /// Where the arrows of a junction meet.
    Junction(usize),
}

/// The layers in order, and each arrow as the items it passes through.
/// Layer `2r` is row `r` of the map; layer `2r + 1` is the gap below it,
/// where junctions sit and arrows bend on their way between rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Ordered {
    /// Every item; an occupation's item is its position in the data.
    pub items: Vec<Item>,
    /// Each item's layer.
    pub layer_of: Vec<usize>,
    /// Each item's ladder.
    pub ladder_of: Vec<usize>,
    /// Each layer's items, left to right.
    pub layers: Vec<Vec<usize>>,
    /// Each arrow's items, from where it starts to where it leads.
    pub chains: Vec<Vec<usize>>,
    /// Pairs of segments that cross between neighbouring layers.
    pub crossings: usize,
    /// The same in the first order, before any sweep.
    pub crossings_in_data_order: usize,
}

/// Orders the layers of `levels` for the arrows `edges`, merged at `junctions`.
pub fn order(
    levels: &Levels,
    ladders: &[usize],
    edges: &[(OccupationIx, OccupationIx, Vec<StepIx>)],
    junctions: &[Junction],
    through: &[Option<usize>],
) -> Ordered {
    let n = levels.row_of.len();
    let mut items: Vec<Item> = (0..n as u32).map(|i| Item::Node(OccupationIx(i))).collect();
    let mut layer_of: Vec<usize> = levels.row_of.iter().map(|r| 2 * r).collect();
    let mut ladder_of = ladders.to_vec();
    // Where each item's arrows start, for the first order.
    let mut first_key: Vec<usize> = (0..n).collect();
    let junction_items: Vec<usize> = junctions
        .iter()
        .enumerate()
        .map(|(j, junction)| {
            let source = junction.sources[0];
            // In the gap above the highest source.
            let top_row = junction.sources.iter().map(|&s| levels.row_of[s]).min().unwrap_or(0);
            items.push(Item::Junction(j));
            layer_of.push(2 * top_row - 1);
            ladder_of.push(ladders[source]);
            first_key.push(source);
            items.len() - 1
        })
        .collect();
    // The bends between a junction and a target, shared by every arrow through both.
    let mut shared: Vec<((usize, usize), Vec<usize>)> = Vec::new();
    let mut chains = Vec::with_capacity(edges.len());
    for (e, (from, to, _)) in edges.iter().enumerate() {
        let mut bends = |from_item: usize, to_item: usize, key: usize| -> Vec<usize> {
            let (a, b) = (layer_of[from_item], layer_of[to_item]);
            let between: Vec<usize> = if a < b { (a + 1..b).collect() } else { (b + 1..a).rev().collect() };
            between
                .into_iter()
                .map(|layer| {
                    items.push(Item::Bend(e));
                    layer_of.push(layer);
                    ladder_of.push(ladders[from.index()]);
                    first_key.push(key);
                    items.len() - 1
                })
                .collect()
        };
        let mut chain = vec![from.index()];
        match through[e] {
            Some(j) => {
                let hub = junction_items[j];
                chain.extend(bends(from.index(), hub, from.index()));
                chain.push(hub);
                let known = shared.iter().find(|(k, _)| *k == (j, to.index())).map(|(_, b)| b.clone());
                let onward = match known {
                    Some(b) => b,
                    None => {
                        let b = bends(hub, to.index(), junctions[j].sources[0]);
                        shared.push(((j, to.index()), b.clone()));
                        b
                    }
                };
                chain.extend(onward);
            }
            None => chain.extend(bends(from.index(), to.index(), from.index())),
        }
        chain.push(to.index());
        chains.push(chain);
    }
    // Each item's neighbours in the layer above and in the layer below,
    // each once however many arrows share the segment.
    let mut up: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    let mut down: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    // Pairs of occupations of one row joined by a step, kept side by side
    // so the arrow between them stays short.
    let mut beside: Vec<(usize, usize)> = Vec::new();
    for chain in &chains {
        if chain.len() == 2 && layer_of[chain[0]] == layer_of[chain[1]] {
            beside.push((chain[0], chain[1]));
        }
        for pair in chain.windows(2) {
            let (p, q) = if layer_of[pair[0]] < layer_of[pair[1]] { (pair[0], pair[1]) } else { (pair[1], pair[0]) };
            if layer_of[p] + 1 == layer_of[q] && !down[p].contains(&q) {
                down[p].push(q);
                up[q].push(p);
            }
        }
    }
    // The first order: by ladder, then occupations in data order, each bend
    // and junction just after the occupation its arrows start from.
    let rows_count = (2 * levels.bands.len()).saturating_sub(1);
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); rows_count];
    for i in 0..items.len() {
        rows[layer_of[i]].push(i);
    }
    for row in &mut rows {
        crate::sort_by(row, &|a, b| (ladder_of[a], first_key[a], a).cmp(&(ladder_of[b], first_key[b], b)));
    }
    let mut pos = vec![0usize; items.len()];
    let set_positions = |rows: &[Vec<usize>], pos: &mut [usize]| {
        for row in rows {
            for (k, &i) in row.iter().enumerate() {
                pos[i] = k;
            }
        }
    };
    set_positions(&rows, &mut pos);
    let crossings_in_data_order = total_crossings(&rows, &down, &pos);
    let mut best = (crossings_in_data_order, rows.clone());
    // Each item's barycenter in thousandths of a position, so the average
    // of whole positions compares exactly without floating point.
    let mut bary = vec![0usize; items.len()];
    // Sweeps, then sifting from the best order they found, and sweeps
    // again from the sifted order while a round still helps.
    for _ in 0..ROUNDS {
        let before = best.0;
        for sweep in 0..SWEEPS {
            if best.0 == 0 {
                break;
            }
            let downward = sweep % 2 == 0;
            let order: Vec<usize> =
                if downward { (1..rows_count).collect() } else { (0..rows_count.saturating_sub(1)).rev().collect() };
            for r in order {
                let neighbours = if downward { &up } else { &down };
                for &i in &rows[r] {
                    let n = &neighbours[i];
                    bary[i] = if n.is_empty() {
                        pos[i] * 1000
                    } else {
                        n.iter().map(|&j| pos[j] * 1000).sum::<usize>() / n.len()
                    };
                }
                // Two occupations of this row joined by a step meet halfway.
                for &(a, b) in &beside {
                    if layer_of[a] == r {
                        let middle = (bary[a] + bary[b]) / 2;
                        bary[a] = middle;
                        bary[b] = middle;
                    }
                }
                crate::sort_by(&mut rows[r], &|a, b| {
                    (ladder_of[a], bary[a], pos[a]).cmp(&(ladder_of[b], bary[b], pos[b]))
                });
                for (k, &i) in rows[r].iter().enumerate() {
                    pos[i] = k;
                }
            }
            let now = total_crossings(&rows, &down, &pos);
            if now < best.0 {
                best = (now, rows.clone());
            }
        }
        rows = best.1.clone();
        set_positions(&rows, &mut pos);
        swap_neighbours(&mut rows, &mut pos, &ladder_of, &up, &down);
        let sifted = total_crossings(&rows, &down, &pos);
        if sifted < best.0 {
            best = (sifted, rows.clone());
        }
        if best.0 >= before {
            break;
        }
    }
    rows = best.1;
    set_positions(&rows, &mut pos);
    let crossings = total_crossings(&rows, &down, &pos);
    Ordered { items, layer_of, ladder_of, layers: rows, chains, crossings, crossings_in_data_order }
}

/// Moves each item to the place within its ladder's run of its layer where
/// its segments cross the fewest others (sifting), layer by layer, until a
/// pass improves nothing or the passes run out. Sliding an item past a
/// neighbour changes the crossings by what the two cross in one order
/// against the other, so each place is weighed without counting them all.
fn swap_neighbours(
    rows: &mut [Vec<usize>],
    pos: &mut [usize],
    ladder_of: &[usize],
    up: &[Vec<usize>],
    down: &[Vec<usize>],
) {
    let cost = |a: usize, b: usize, pos: &[usize]| pair_crossings(a, b, up, pos) + pair_crossings(a, b, down, pos);
    for _ in 0..SWAP_PASSES {
        let mut improved = false;
        // A wide row, or a map of a national-scale region, is left to the
        // sweeps: sifting it would take seconds.
        for row in rows.iter_mut().filter(|r| r.len() <= SIFT_AT_MOST && up.len() <= SIFT_ITEMS_AT_MOST) {
            for item in row.clone() {
                let at = pos[item];
                // The run of the item's ladder.
                let first = (0..at).rev().take_while(|&k| ladder_of[row[k]] == ladder_of[item]).last().unwrap_or(at);
                let last =
                    (at + 1..row.len()).take_while(|&k| ladder_of[row[k]] == ladder_of[item]).last().unwrap_or(at);
                // Crossings gained by placing the item at each place of the
                // run, relative to where it is.
                let (mut best, mut best_at) = (0i64, at);
                let mut change = 0i64;
                for k in (first..at).rev() {
                    let other = row[k];
                    change += cost(item, other, pos) as i64 - cost(other, item, pos) as i64;
                    if change < best {
                        (best, best_at) = (change, k);
                    }
                }
                change = 0;
                for (k, &other) in row.iter().enumerate().take(last + 1).skip(at + 1) {
                    change += cost(other, item, pos) as i64 - cost(item, other, pos) as i64;
                    if change < best {
                        (best, best_at) = (change, k);
                    }
                }
                if best_at != at {
                    row.remove(at);
                    row.insert(best_at, item);
                    for (k, &i) in row.iter().enumerate() {
                        pos[i] = k;
                    }
                    improved = true;
                }
            }
        }
        if !improved {
            break;
        }
    }
}

/// The crossings between `left`'s and `right`'s segments to one
/// neighbouring row, with `left` placed before `right`.
fn pair_crossings(left: usize, right: usize, neighbours: &[Vec<usize>], pos: &[usize]) -> usize {
    neighbours[left].iter().map(|&a| neighbours[right].iter().filter(|&&b| pos[b] < pos[a]).count()).sum()
}

/// The crossings between every pair of neighbouring rows.
pub fn total_crossings(rows: &[Vec<usize>], down: &[Vec<usize>], pos: &[usize]) -> usize {
    let mut total = 0;
    for row in rows {
        let segments: Vec<(usize, usize)> =
            row.iter().flat_map(|&u| down[u].iter().map(move |&l| (pos[u], pos[l]))).collect();
        total += inversions(&segments);
    }
    total
}

/// Pairs of segments that cross, each given by its upper and lower
/// position: sorted by the upper end, two cross when the later one's lower
/// end is strictly left of the earlier one's. Counted with a Fenwick tree
/// over lower positions, in O(s log s).
fn inversions(segments: &[(usize, usize)]) -> usize {
    let size = segments.iter().map(|s| s.1 + 1).max().unwrap_or(0);
    // Each segment as one number that sorts by upper end, then lower.
    let mut keys: Vec<usize> = segments.iter().map(|&(u, l)| u * size + l).collect();
    crate::sort_by(&mut keys, &|a, b| a.cmp(&b));
    let mut tree = vec![0usize; size + 1];
    let mut count = 0;
    for (seen, lower) in keys.into_iter().map(|k| k % size).enumerate() {
        // Earlier segments whose lower end is at or left of this one's.
        let mut at_most = 0;
        let mut i = lower + 1;
        while i > 0 {
            at_most += tree[i];
            i &= i - 1;
        }
        count += seen - at_most;
        let mut i = lower + 1;
        while i <= size {
            tree[i] += 1;
            i += i & i.wrapping_neg();
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_crossings_as_a_brute_force_does() {
        let cases: [&[(usize, usize)]; 4] =
            [&[(0, 1), (1, 0)], &[(0, 0), (0, 1), (1, 0), (2, 0)], &[(0, 2), (1, 1), (2, 0)], &[(0, 0), (1, 1)]];
        for case in cases {
            let mut brute = 0;
            for (i, a) in case.iter().enumerate() {
                for b in &case[i + 1..] {
                    if (a.0 < b.0 && a.1 > b.1) || (a.0 > b.0 && a.1 < b.1) {
                        brute += 1;
                    }
                }
            }
            assert_eq!(inversions(case), brute, "{case:?}");
        }
    }
}
