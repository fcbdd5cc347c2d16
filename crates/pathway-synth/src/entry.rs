//! Choosing the entry role a benchmark starts from: the one with the most routes.

use pathway_model::graph::OccupationIx;
use pathway_model::{OccupationId, PathwayGraph};
use pathway_routes::{RouteEngine, RouteQuery};
use std::collections::VecDeque;

/// The entry role chosen, and how far it reaches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryPick {
    /// The occupation.
    pub occupation: OccupationId,
    /// Occupations reachable from it by steps, whatever their requirements.
    pub reachable: usize,
    /// Routes `find_routes` returns from it with no target and no constraints.
    pub routes: usize,
    /// Entry roles whose routes were counted.
    pub candidates: usize,
}

/// Occupations reachable from `from` by any chain of steps, not counting itself.
pub fn reachable_occupations(graph: &PathwayGraph, from: OccupationIx) -> usize {
    let mut seen = vec![false; graph.dataset().occupations.len()];
    seen[from.index()] = true;
    let mut queue = VecDeque::from([from]);
    let mut count = 0;
    while let Some(o) = queue.pop_front() {
        for s in graph.steps_from(Some(o)) {
            if let Some(to) = graph.occupation_ix(&graph.step(s).to) {
                if !seen[to.index()] {
                    seen[to.index()] = true;
                    count += 1;
                    queue.push_back(to);
                }
            }
        }
    }
    count
}

/// The `count` entry roles that reach the most occupations by steps, with
/// how many each reaches, most first; ties go to the earlier occupation.
pub fn widest_entry_roles(graph: &PathwayGraph, count: usize) -> Vec<(OccupationIx, usize)> {
    let mut entries: Vec<(OccupationIx, usize)> = graph
        .occupations()
        .filter(|&o| graph.occupation(o).entry)
        .map(|o| (o, reachable_occupations(graph, o)))
        .collect();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    entries.truncate(count.max(1));
    entries
}

/// How many of the widest entry roles the benchmarks count routes from.
pub const BENCH_ENTRY_CANDIDATES: usize = 8;

/// The entry role every route benchmark starts from, native or WebAssembly:
/// of the [`BENCH_ENTRY_CANDIDATES`] entry roles reaching the most
/// occupations, the one with the most routes ([`busiest_entry_role`]).
/// Sharing this one rule keeps the two benchmarks' route counts equal.
pub fn bench_entry_role(engine: &RouteEngine) -> Option<EntryPick> {
    busiest_entry_role(engine, BENCH_ENTRY_CANDIDATES)
}

/// The entry role with the most routes to every destination (no target, no
/// constraints, holding nothing). Counting routes runs the whole search, so
/// only the `candidates` entry roles that reach the most occupations by steps
/// ([`widest_entry_roles`]) are counted; ties go to the one reaching more.
/// Each count is a complete search: on a graph where the search does not
/// finish, neither does this (the benchmark counts in a child process it can stop).
pub fn busiest_entry_role(engine: &RouteEngine, candidates: usize) -> Option<EntryPick> {
    let graph = engine.graph();
    let entries = widest_entry_roles(graph, candidates);
    let counted = entries.len();
    entries
        .into_iter()
        .map(|(o, reachable)| {
            let id = graph.occupation(o).id.clone();
            EntryPick { routes: count_routes(engine, &id), occupation: id, reachable, candidates: counted }
        })
        .reduce(|best, next| if next.routes > best.routes { next } else { best })
}

/// The routes the engine finds from `entry` with no target and no constraints.
pub fn count_routes(engine: &RouteEngine, entry: &OccupationId) -> usize {
    let query = RouteQuery { start: Some(entry.clone()), ..RouteQuery::default() };
    engine.find_routes(&query).map_or(0, |set| set.routes.len())
}
