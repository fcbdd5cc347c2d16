//! The routes of an answer as the page reads them: the engine's typed
//! routes, each worded into a report only when a part of the page shows it.
//! A region of a thousand jobs can have thousands of routes from one job;
//! the list shows a page of them, so wording them all on every click would
//! cost the person time for nothing they see.

use pathway_model::PathwayGraph;
use pathway_routes::{report_route, RouteReport, RouteSet};
use std::sync::Arc;

/// An answer's routes, shared by every reader; cloning copies two pointers.
#[derive(Clone, Default)]
pub struct Routes(Option<(Arc<PathwayGraph>, Arc<RouteSet>)>);

impl Routes {
    /// The routes of `set`, found over `graph`.
    pub fn new(graph: Arc<PathwayGraph>, set: Arc<RouteSet>) -> Self {
        Self(Some((graph, set)))
    }

    /// How many routes there are.
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |(_, set)| set.routes.len())
    }

    /// True when there is no route.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The route at `index`, worded, or `None` past the routes.
    pub fn report(&self, index: usize) -> Option<RouteReport> {
        self.0.as_ref().and_then(|(graph, set)| report_route(graph, set, index))
    }

    /// True when the route at `index` is named fastest, cheapest, highest
    /// wage or most paid.
    pub fn is_pick(&self, index: usize) -> bool {
        self.0.as_ref().is_some_and(|(_, set)| set.picks.includes(index))
    }

    /// The title of the job the route at `index` reaches.
    pub fn destination(&self, index: usize) -> String {
        self.0
            .as_ref()
            .and_then(|(graph, set)| set.routes.get(index).map(|r| graph.occupation(r.destination()).title.to_string()))
            .unwrap_or_default()
    }

    /// How many rungs each route has, in order.
    pub fn rung_counts(&self) -> Vec<usize> {
        self.0.as_ref().map_or_else(Vec::new, |(_, set)| set.routes.iter().map(|r| r.rungs.len()).collect())
    }

    /// True when `other` is the very same answer's routes.
    pub fn same(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some((_, a)), Some((_, b))) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}
