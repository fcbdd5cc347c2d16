//! What blocked a target, so a counselor knows what to look for: which limit
//! removed every route, with its figures, and which programs it ruled out.
//! The answer is data; the CLI and the site put it into words.
//!
//! Explaining runs the search again with each limit lifted; the search never
//! calls back here.

use crate::answer::{Blocker, BlockerKind, Route};
use crate::constraints::{exclusions, Constraints, Enrollment, Exclusion, LimitKind};
use crate::query::Resolved;
use crate::search::{search, PlanMemo, MAX_RUNGS};
use crate::tables::GraphTables;
use pathway_model::graph::ProgramIx;
use pathway_model::PathwayGraph;

/// Why each limit blocks the resolved target, given that the search under
/// every limit found no route to it.
pub(crate) fn blockers(
    graph: &PathwayGraph,
    tables: &GraphTables,
    resolved: &Resolved,
    constraints: &Constraints,
    memo: &PlanMemo,
) -> Vec<Blocker> {
    let Some(target) = resolved.target else {
        return Vec::new();
    };
    let excluded = exclusions(graph, resolved.region.as_ref(), constraints, Some(&resolved.person));
    let mut out = Vec::new();
    for (limit, lifted) in constraints.each_lifted() {
        let without = search(graph, tables, resolved, &lifted, Enrollment::Checked, memo);
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
        let open = search(graph, tables, resolved, constraints, Enrollment::Ignored, memo);
        if !open.routes.is_empty() {
            let programs = excluded_on(&open.routes, &excluded);
            out.push(Blocker { target, kind: BlockerKind::Enrollment, programs });
        }
    }
    if out.is_empty() {
        let unconstrained = search(graph, tables, resolved, &Constraints::default(), Enrollment::Ignored, memo);
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
