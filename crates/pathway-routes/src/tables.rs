//! What the route engine derives from a graph alone, whatever the query:
//! which credentials can matter ahead of each occupation, the program
//! table, the steps leaving each occupation, and the loops of steps.

use crate::plans::ProgramTable;
use crate::relevance::Relevance;
use pathway_model::graph::{OccupationIx, StepIx};
use pathway_model::PathwayGraph;
use petgraph::algo::kosaraju_scc;
use petgraph::graph::{DiGraph, NodeIndex};

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
    /// For each occupation on a loop of steps (one can climb from it back
    /// to it), the loop's number: its strongly connected component of two
    /// or more occupations. Only there can a route's past close a way ahead.
    loops: Vec<Option<u32>>,
}

impl GraphTables {
    pub(crate) fn new(graph: &PathwayGraph) -> Self {
        let steps_out: Vec<Vec<StepIx>> =
            std::iter::once(None).chain(graph.occupations().map(Some)).map(|o| graph.steps_from(o)).collect();
        let relevance = Relevance::new(graph);
        let programs = ProgramTable::new(graph, &relevance);
        let loops = loops(&relevance, &steps_out[1..]);
        Self { relevance, programs, steps_out, loops }
    }

    /// The loop of steps `occupation` is on, if any.
    pub(crate) fn loop_of(&self, occupation: OccupationIx) -> Option<u32> {
        self.loops[occupation.index()]
    }

    /// The steps leaving an occupation, or "no job yet" for `None`, in dataset order.
    pub(crate) fn steps_from(&self, from: Option<OccupationIx>) -> &[StepIx] {
        &self.steps_out[from.map_or(0, |o| o.index() + 1)]
    }
}

/// The loop number of each occupation, from the steps leaving each one.
fn loops(relevance: &Relevance, steps_out: &[Vec<StepIx>]) -> Vec<Option<u32>> {
    let mut g = DiGraph::<(), ()>::with_capacity(steps_out.len(), 0);
    let nodes: Vec<NodeIndex> = (0..steps_out.len()).map(|_| g.add_node(())).collect();
    for (from, steps) in steps_out.iter().enumerate() {
        for &step in steps {
            if let Some((to, _)) = &relevance.steps[step.index()] {
                g.add_edge(nodes[from], nodes[to.index()], ());
            }
        }
    }
    let mut loops = vec![None; steps_out.len()];
    for (number, component) in kosaraju_scc(&g).into_iter().filter(|c| c.len() > 1).enumerate() {
        for v in component {
            loops[v.index()] = Some(number as u32);
        }
    }
    loops
}
