//! The route engine over one graph: what it derives from the graph once, and
//! the query that runs resolve, search and, for an unreachable target,
//! explain.

use crate::answer::RouteSet;
use crate::explain::blockers;
use crate::plans::ProgramTable;
use crate::query::{resolve, QueryError, RouteQuery};
use crate::relevance::Relevance;
use crate::search::search;
use pathway_model::graph::{OccupationIx, StepIx};
use pathway_model::PathwayGraph;
use std::sync::Arc;

/// A pathway graph with what the route engine derives from it, built once
/// and asked many questions. The CLI and the site each hold one per graph.
#[derive(Clone, Debug)]
pub struct RouteEngine {
    graph: Arc<PathwayGraph>,
    tables: GraphTables,
}

impl RouteEngine {
    /// Derives the engine's tables from a graph.
    pub fn new(graph: impl Into<Arc<PathwayGraph>>) -> Self {
        let graph = graph.into();
        let tables = GraphTables::new(&graph);
        Self { graph, tables }
    }

    /// The graph the engine answers about.
    pub fn graph(&self) -> &Arc<PathwayGraph> {
        &self.graph
    }

    /// Finds every destination's best routes for a query, marks dominated
    /// routes and the named picks, and explains what blocked an unreachable
    /// target.
    pub fn find_routes(&self, query: &RouteQuery) -> Result<RouteSet, QueryError> {
        let resolved = resolve(&self.graph, query)?;
        let mut set = search(self, &resolved, &query.constraints);
        if resolved.target.is_some() && set.routes.is_empty() {
            set.blockers = blockers(self, &resolved, &query.constraints);
        }
        Ok(set)
    }

    pub(crate) fn tables(&self) -> &GraphTables {
        &self.tables
    }
}

/// What the route engine derives from the graph alone, whatever the query:
/// built once per graph, when its [`RouteEngine`] is made.
#[derive(Clone, Debug)]
pub(crate) struct GraphTables {
    pub(crate) relevance: Relevance,
    pub(crate) programs: ProgramTable,
    /// The steps leaving "no job yet" (first) and each occupation, as
    /// [`PathwayGraph::steps_from`] lists them: the search asks once per
    /// label it expands.
    steps_out: Vec<Vec<StepIx>>,
}

impl GraphTables {
    pub(crate) fn new(graph: &PathwayGraph) -> Self {
        let steps_out =
            std::iter::once(None).chain(graph.occupations().map(Some)).map(|o| graph.steps_from(o)).collect();
        let relevance = Relevance::new(graph);
        let programs = ProgramTable::new(graph, &relevance);
        Self { relevance, programs, steps_out }
    }

    /// The steps leaving an occupation, or "no job yet" for `None`, in dataset order.
    pub(crate) fn steps_from(&self, from: Option<OccupationIx>) -> &[StepIx] {
        &self.steps_out[from.map_or(0, |o| o.index() + 1)]
    }
}
