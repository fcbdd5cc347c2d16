//! What blocked a target, so a counselor knows what to look for: which limit
//! removed every route, with its figures, and which programs it ruled out.
//! The answer is data; the CLI and the site put it into words.
//!
//! Explaining runs the search again with each limit lifted; the search never
//! calls back here.

use crate::answer::Route;
use crate::constraints::{exclusions, Constraints, Exclusion, LimitKind};
use crate::engine::RouteEngine;
use crate::query::Resolved;
use crate::search::{search, MAX_RUNGS};
use pathway_model::graph::{OccupationIx, ProgramIx};

/// One reason a target could not be reached.
#[derive(Clone, Debug, PartialEq)]
pub struct Blocker {
    /// The target that could not be reached.
    pub target: OccupationIx,
    /// What blocked it.
    pub kind: BlockerKind,
    /// The programs the person's limits ruled out on the routes that exist
    /// without the blocking limit (or without every limit, for
    /// [`BlockerKind::LimitsTogether`]), with the reason each was ruled out.
    pub programs: Vec<(ProgramIx, Exclusion)>,
}

/// What kept a target out of reach.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BlockerKind {
    /// Every route takes longer than the time limit.
    TimeLimit {
        /// The limit, in months.
        max_months: f64,
        /// The months of the fastest route without the limit.
        fastest_months: f64,
    },
    /// Every route costs more than the cost limit.
    CostLimit {
        /// The limit, in dollars.
        max_cost: f64,
        /// The cost of the cheapest route without the limit, after funding.
        cheapest_cost: f64,
    },
    /// Lifting this one limit (study times, keep earning, no car) opens a
    /// route; [`Blocker::programs`] says which programs it ruled out.
    Limit(LimitKind),
    /// No single limit is to blame, but lifting them all opens a route.
    LimitsTogether,
    /// The target is more rungs up than routes are followed.
    LadderLength {
        /// The most rungs a route climbs.
        max_rungs: usize,
    },
    /// The data has no route to the target even without any limit.
    NoRoute,
}

/// Why each limit blocks the resolved target, given that the search under
/// every limit found no route to it.
pub(crate) fn blockers(engine: &RouteEngine, resolved: &Resolved, constraints: &Constraints) -> Vec<Blocker> {
    let Some(target) = resolved.target else {
        return Vec::new();
    };
    let graph = engine.graph();
    let excluded = exclusions(graph, resolved.region.as_ref(), constraints);
    let mut out = Vec::new();
    for (limit, lifted) in constraints.each_lifted() {
        let without = search(engine, resolved, &lifted);
        if without.routes.is_empty() {
            continue;
        }
        let programs = excluded_on(&without.routes, &excluded);
        let kind = match limit {
            LimitKind::TimeLimit => BlockerKind::TimeLimit {
                max_months: constraints.max_months.unwrap_or_default(),
                fastest_months: without.routes.iter().map(|r| r.months).fold(f64::INFINITY, f64::min),
            },
            LimitKind::CostLimit => BlockerKind::CostLimit {
                max_cost: constraints.max_cost.unwrap_or_default(),
                cheapest_cost: without.routes.iter().map(|r| r.cost).fold(f64::INFINITY, f64::min),
            },
            other => BlockerKind::Limit(other),
        };
        out.push(Blocker { target, kind, programs });
    }
    if out.is_empty() {
        let unconstrained = search(engine, resolved, &Constraints::default());
        let (kind, programs) = if unconstrained.routes.is_empty() && unconstrained.beyond_rung_limit {
            (BlockerKind::LadderLength { max_rungs: MAX_RUNGS }, Vec::new())
        } else if unconstrained.routes.is_empty() {
            (BlockerKind::NoRoute, Vec::new())
        } else {
            (BlockerKind::LimitsTogether, excluded_on(&unconstrained.routes, &excluded))
        };
        out.push(Blocker { target, kind, programs });
    }
    out
}

/// The programs on `routes` that the original limits rule out, with the reason.
fn excluded_on(routes: &[Route], excluded: &[Option<Exclusion>]) -> Vec<(ProgramIx, Exclusion)> {
    let mut programs: Vec<(ProgramIx, Exclusion)> = routes
        .iter()
        .flat_map(|r| r.rungs.iter().flat_map(|g| g.programs.iter().map(|p| p.program)))
        .filter_map(|p| excluded[p.index()].map(|why| (p, why)))
        .collect();
    pathway_model::sorting::sort_unstable(&mut programs);
    programs.dedup();
    programs
}
