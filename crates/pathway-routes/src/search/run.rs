//! A search under way: set up, advanced a number of labels at a time, and
//! finished into the ranked answer. [`search`](super::search) runs one to
//! its end; a page runs one in slices.

use super::labels::{Front, QueueKey};
use super::memo::{PlanMemo, Terms};
use super::periods::funding_from;
use super::{Search, EPSILON};
use crate::answer::RouteSet;
use crate::constraints::{exclusions, Constraints, Enrollment};
use crate::credset::{Bits, CredSet};
use crate::plans::{Allowed, LeastMemo, PlanScratch};
use crate::query::Resolved;
use crate::ranking::{compare_routes, mark_dominated, picks};
use crate::tables::GraphTables;
use crate::wages::rung_wage;
use pathway_model::eligibility::Person;
use pathway_model::graph::PathwayGraph;
use pathway_model::sorting::sort_stable_by;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A search under way, advanced a number of labels at a time, so a page can
/// work out a large region's answer in several short tasks. Advanced to its
/// end, it finds what [`search`] finds.
pub(crate) struct Run<'g> {
    s: Search<'g>,
    terms: Terms,
    memo: &'g PlanMemo,
}

impl<'g> Run<'g> {
    /// Sets up the search and offers the first rungs.
    pub(crate) fn new(
        graph: &'g PathwayGraph,
        tables: &'g GraphTables,
        resolved: &Resolved,
        constraints: &Constraints,
        enrollment: Enrollment,
        memo: &'g PlanMemo,
    ) -> Self {
        let person = (enrollment == Enrollment::Checked).then_some(&resolved.person);
        let allowed: Vec<bool> =
            exclusions(graph, resolved.region.as_ref(), constraints, person).iter().map(Option::is_none).collect();
        let funding_from = funding_from(graph, &resolved.person);
        let timed = !funding_from.is_empty();
        // One view of the programs per funding period: what each costs the
        // person once they have worked long enough for the employer's help.
        let costs: Vec<Vec<f64>> = std::iter::once(0.0)
            .chain(funding_from.iter().copied())
            .map(|elapsed| {
                let person = Person {
                    months_with_employer: resolved.person.months_with_employer + elapsed,
                    ..resolved.person.clone()
                };
                graph.programs().map(|p| graph.program(p).cost_for(&person)).collect()
            })
            .collect();
        let terms = Terms::new(&allowed, &costs, timed);
        let (plans, plan_sets) = memo.take(&terms);
        let programs =
            costs.into_iter().map(|cost| Allowed::new(&tables.programs, allowed.clone(), cost, timed)).collect();
        let mut s = Search {
            graph,
            tables,
            programs,
            funding_from,
            resolved: resolved.clone(),
            constraints: constraints.clone(),
            labels: Vec::new(),
            held_pool: Vec::new(),
            relevant_pool: Vec::new(),
            expanding: CredSet::default(),
            step_key: Default::default(),
            fronts: vec![Front::EMPTY; graph.dataset().occupations.len()],
            plans,
            plan_sets,
            plan_scratch: PlanScratch::default(),
            least_memo: LeastMemo::default(),
            scratch: Bits::new(),
            held_relevant: Bits::new(),
            held_span: (0, 0),
            queue: BinaryHeap::new(),
            beyond_rung_limit: false,
            in_region: graph
                .occupations()
                .map(|o| match (&resolved.region, &graph.occupation(o).region) {
                    (Some(want), Some(have)) => want == have,
                    _ => true,
                })
                .collect(),
        };
        s.expand(None);
        Self { s, terms, memo }
    }

    /// Expands at most `labels` more labels; true once no label is left to
    /// expand.
    pub(crate) fn advance(&mut self, labels: usize) -> bool {
        let s = &mut self.s;
        for _ in 0..labels {
            let Some(Reverse(QueueKey { index: i, .. })) = s.queue.pop() else {
                return true;
            };
            if s.labels[i].alive {
                s.expand(Some(i));
            }
        }
        s.queue.is_empty()
    }

    /// The routes the search has found, each destination's best, ranked,
    /// with the dominated ones marked and the named picks; the plans it made
    /// are kept for later questions. Only meaningful once [`Run::advance`]
    /// has returned true.
    pub(crate) fn finish(self) -> RouteSet {
        let Self { s, terms, memo } = self;
        let graph = s.graph;
        let resolved = &s.resolved;
        let mut routes = Vec::new();
        // One occupation's labels and their figures, reused for the next.
        let (mut candidates, mut figures) = (Vec::new(), Vec::new());
        for occupation in graph.occupations() {
            if resolved.target.is_some_and(|t| t != occupation) {
                continue;
            }
            candidates.clear();
            candidates.extend(s.fronts[occupation.index()].labels().iter().copied().filter(|&i| s.labels[i].alive));
            figures.clear();
            figures.extend(candidates.iter().map(|&i| (&s.labels[i].figures, s.unpaid_along(i))));
            // Labels kept apart by the credentials they hold can end on the same
            // figures; a destination keeps one route per non-dominated vector.
            for (k, &(route, route_unpaid)) in figures.iter().enumerate() {
                let beaten = figures.iter().enumerate().any(|(j, &(other, other_unpaid))| {
                    let no_worse = other.months <= route.months + EPSILON
                        && other.cost <= route.cost + EPSILON
                        && other.programs <= route.programs
                        && other_unpaid <= route_unpaid + EPSILON;
                    let same = (other.months - route.months).abs() <= EPSILON
                        && (other.cost - route.cost).abs() <= EPSILON
                        && other.programs == route.programs
                        && (other_unpaid - route_unpaid).abs() <= EPSILON;
                    no_worse && (!same || j < k)
                });
                if !beaten {
                    routes.push(s.route(candidates[k]));
                }
            }
        }
        sort_stable_by(&mut routes, compare_routes);
        mark_dominated(&mut routes);
        let picks = picks(&routes);
        let set = RouteSet {
            routes,
            picks,
            blockers: Vec::new(),
            start_wage: resolved.start.and_then(|s| rung_wage(graph, None, s).0),
            person: resolved.person.clone(),
            beyond_rung_limit: s.beyond_rung_limit,
        };
        memo.put(terms, s.plans, s.plan_sets);
        set
    }
}
