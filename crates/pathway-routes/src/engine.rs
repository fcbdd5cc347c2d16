//! The route engine over one graph: what it derives from the graph once, and
//! the query that runs resolve, search and, for an unreachable target,
//! explain.

use crate::answer::RouteSet;
use crate::constraints::Enrollment;
use crate::explain::blockers;
use crate::query::{resolve, QueryError, RouteQuery};
use crate::search::{search, PlanMemo};
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
        let resolved = resolve(&self.graph, query)?;
        let mut set = search(&self.graph, &self.tables, &resolved, &query.constraints, Enrollment::Checked, &self.memo);
        if resolved.target.is_some() && set.routes.is_empty() {
            set.blockers = blockers(&self.graph, &self.tables, &resolved, &query.constraints, &self.memo);
        }
        Ok(set)
    }
}
