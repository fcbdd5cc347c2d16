//! The route engine over one graph: what it derives from the graph once, and
//! the query that runs resolve, search and, for an unreachable target,
//! explain.

use crate::answer::RouteSet;
use crate::constraints::{Constraints, Enrollment};
use crate::explain::blockers;
use crate::query::{resolve, QueryError, Resolved, RouteQuery};
use crate::search::{PlanMemo, Run};
use crate::tables::GraphTables;
use pathway_model::PathwayGraph;
use std::sync::Arc;

/// A pathway graph with what the route engine derives from it, built once
/// and asked many questions. The CLI and the site each hold one per graph.
/// It keeps the plans it makes between questions ([`RouteEngine::forget_plans`]);
/// a clone shares the graph, copies the tables and starts with no plans kept.
#[derive(Clone, Debug)]
pub struct RouteEngine {
    graph: Arc<PathwayGraph>,
    tables: GraphTables,
    /// Plans made for earlier questions, reused by later ones asked under
    /// the same programs and costs.
    memo: PlanMemo,
}

impl RouteEngine {
    /// Derives the engine's tables from a graph.
    pub fn new(graph: impl Into<Arc<PathwayGraph>>) -> Self {
        let graph = graph.into();
        let tables = GraphTables::new(&graph);
        Self { graph, tables, memo: PlanMemo::default() }
    }

    /// The graph the engine answers about.
    pub fn graph(&self) -> &Arc<PathwayGraph> {
        &self.graph
    }

    /// Forgets the plans kept from earlier questions, so the next question
    /// is answered as the first one is (what the benchmarks time), and their
    /// memory is given back.
    pub fn forget_plans(&self) {
        self.memo.clear();
    }

    /// Finds every destination's best routes for a query, marks dominated
    /// routes and the named picks, and explains what blocked an unreachable
    /// target.
    pub fn find_routes(&self, query: &RouteQuery) -> Result<RouteSet, QueryError> {
        let mut answering = self.answering(query)?;
        while !answering.advance(usize::MAX) {}
        Ok(answering.finish())
    }

    /// The same question as [`RouteEngine::find_routes`], answered a slice
    /// at a time: a page on a slow phone advances it in several short tasks
    /// instead of one long one. Advanced to its end, it gives the same answer.
    pub fn answering(&self, query: &RouteQuery) -> Result<Answering<'_>, QueryError> {
        let resolved = resolve(&self.graph, query)?;
        let run = Run::new(&self.graph, &self.tables, &resolved, &query.constraints, Enrollment::Checked, &self.memo);
        Ok(Answering { engine: self, resolved, constraints: query.constraints.clone(), run })
    }
}

/// A question being answered ([`RouteEngine::answering`]).
pub struct Answering<'e> {
    engine: &'e RouteEngine,
    resolved: Resolved,
    constraints: Constraints,
    run: Run<'e>,
}

impl Answering<'_> {
    /// Works on through at most `steps` more partial routes (labels); true
    /// once the search is done. A national catalog's first question takes
    /// some thousands.
    pub fn advance(&mut self, steps: usize) -> bool {
        self.run.advance(steps)
    }

    /// The answer, as [`RouteEngine::find_routes`] gives it: call once
    /// [`Answering::advance`] has returned true. An unreachable target's
    /// blockers are worked out here, in one go.
    pub fn finish(self) -> RouteSet {
        let Self { engine, resolved, constraints, run } = self;
        let mut set = run.finish();
        if resolved.target.is_some() && set.routes.is_empty() {
            set.blockers = blockers(&engine.graph, &engine.tables, &resolved, &constraints, &engine.memo);
        }
        set
    }
}
