//! What the route engine derives from a graph alone, whatever the query:
//! which credentials can matter ahead of each occupation, the program
//! table, and the steps leaving each occupation.

use crate::plans::ProgramTable;
use crate::relevance::Relevance;
use pathway_model::graph::{OccupationIx, StepIx};
use pathway_model::PathwayGraph;

/// What the route engine derives from the graph alone, whatever the query:
/// built once per graph, when its `RouteEngine` is made.
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
