//! Arrows merged where several occupations each lead to the same several
//! others, as the printed maps draw them: rather than every entry role's
//! arrow to every first rung (a tangle of crossings that can never be
//! ordered away, since two sources and two targets joined every way always
//! cross once), the arrows of such a set meet at one junction above their
//! sources and part from it to their targets. Only steps up to better pay
//! are merged, to targets above every source, greedily by the crossings a merge
//! saves, with ties going to the first set in data order.

use pathway_model::graph::OccupationIx;

/// The most junctions one map gets; a region with more is past reading anyway.
const MAX_JUNCTIONS: usize = 64;

/// A set of sources that each lead to every one of a set of targets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Junction {
    /// The sources, by position in the data.
    pub sources: Vec<usize>,
    /// The targets, by position, each in a row above every source's.
    pub targets: Vec<usize>,
}

/// The junctions for `edges` (from, to) on rows `row_of`, and for each edge
/// the junction it runs through, if any.
pub fn junctions(edges: &[(OccupationIx, OccupationIx)], row_of: &[usize]) -> (Vec<Junction>, Vec<Option<usize>>) {
    let n = row_of.len();
    // Each source's upward edges not yet merged, as (target, edge), and
    // each target's sources along them.
    let mut open: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
    for (e, (from, to)) in edges.iter().enumerate() {
        if row_of[to.index()] < row_of[from.index()] {
            open[from.index()].push((to.index(), e));
        }
    }
    let mut found = Vec::new();
    let mut through = vec![None; edges.len()];
    let mut shared = vec![0usize; n];
    while found.len() < MAX_JUNCTIONS {
        let mut sources_of: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (s, list) in open.iter().enumerate() {
            for &(t, _) in list {
                sources_of[t].push(s);
            }
        }
        let mut best: Option<(usize, Junction)> = None;
        for a in 0..n {
            if open[a].len() < 2 {
                continue;
            }
            // How many targets each later source shares with `a`, counted
            // through the targets' sources rather than over every pair.
            let mut partners = Vec::new();
            for &(t, _) in &open[a] {
                for &b in &sources_of[t] {
                    if b > a {
                        if shared[b] == 0 {
                            partners.push(b);
                        }
                        shared[b] += 1;
                    }
                }
            }
            for &b in &partners {
                let two = shared[b] >= 2;
                shared[b] = 0;
                if !two {
                    continue;
                }
                // The shared targets above both sources.
                let floor = row_of[a].min(row_of[b]);
                let targets: Vec<usize> = open[a]
                    .iter()
                    .map(|x| x.0)
                    .filter(|&t| row_of[t] < floor && open[b].iter().any(|x| x.0 == t))
                    .collect();
                if targets.len() < 2 {
                    continue;
                }
                let ceiling = targets.iter().map(|&t| row_of[t]).max().unwrap_or(0);
                let mut sources: Vec<usize> = sources_of[targets[0]]
                    .iter()
                    .copied()
                    .filter(|&s| row_of[s] > ceiling && targets.iter().all(|t| open[s].iter().any(|x| x.0 == *t)))
                    .collect();
                crate::sort_by(&mut sources, &|a, b| a.cmp(&b));
                let saved = (sources.len() - 1) * (targets.len() - 1);
                if best.as_ref().is_none_or(|(s, _)| saved > *s) {
                    best = Some((saved, Junction { sources, targets }));
                }
            }
        }
        let Some((_, junction)) = best else { break };
        let at = found.len();
        for &s in &junction.sources {
            open[s].retain(|&(t, e)| {
                let merged = junction.targets.contains(&t);
                if merged {
                    through[e] = Some(at);
                }
                !merged
            });
        }
        found.push(junction);
    }
    (found, through)
}
