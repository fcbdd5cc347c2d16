//! The route engine: rung-by-rung routes from where a person is, under their
//! constraints, weighed on time, cost to the learner, wage reached and number
//! of programs.
//!
//! A route is a simple path of advancement steps. Each rung takes the
//! programs needed for the credentials the step and its occupation require and
//! the person does not yet hold, with bridge programs added for missing
//! prerequisites. Time counts required experience and program months one
//! after another, so it never promises less than a person can do.
//!
//! The search expands routes fewest months first and keeps, at each
//! occupation, only labels that no other label dominates: no more months,
//! cost, programs or unpaid study months, and at least the credentials that
//! anything ahead can still need (see `relevance.rs`). That is exact because
//! every cost adds up along a route. Each occupation keeps at most
//! [`MAX_ROUTES_PER_OCCUPATION`] labels, dropping the highest months plus
//! cost, so graphs with many interchangeable programs stay fast; real ladders
//! never reach the bound, and there the answer is the exact Pareto set.
//! Routes climb at most [`MAX_RUNGS`] rungs; the answer says when a ladder
//! went higher.
//! The result is every destination's Pareto front over (months, cost,
//! programs, unpaid months of study); across destinations, routes beaten on
//! all of those and the wage reached are marked with the route that beats them.

mod constraints;
mod explain;
mod hashing;
mod plans;
mod relevance;
mod report;
mod search;

pub use constraints::{Constraints, Exclusion, StudyTimes};
pub use explain::Blocker;
pub use relevance::Relevance;
pub use explain::exclusion_sentence;
pub use report::{report, ProgramReport, RouteReport, RungReport};
pub use plans::MAX_PLAN_PROGRAMS;
pub use search::{find_routes, MAX_ROUTES_PER_OCCUPATION, MAX_RUNGS};

use crate::graph::{CredentialIx, OccupationIx, PathwayGraph, ProgramIx, StepIx};
use crate::ids::{CredentialId, OccupationId, RegionId};

/// What the route engine derives from the graph alone, whatever the query:
/// built once per graph, on the first query, and kept in the graph.
#[derive(Clone, Debug)]
pub(crate) struct GraphTables {
    pub(crate) relevance: Relevance,
    pub(crate) programs: plans::ProgramTable,
    /// The steps leaving "no job yet" (first) and each occupation, as
    /// [`PathwayGraph::steps_from`] lists them: the search asks once per
    /// label it expands.
    steps_out: Vec<Vec<StepIx>>,
}

impl GraphTables {
    pub(crate) fn new(graph: &PathwayGraph) -> Self {
        let steps_out = std::iter::once(None).chain(graph.occupations().map(Some)).map(|o| graph.steps_from(o)).collect();
        let relevance = Relevance::new(graph);
        let programs = plans::ProgramTable::new(graph, &relevance);
        Self { relevance, programs, steps_out }
    }

    /// The steps leaving an occupation, or "no job yet" for `None`, in dataset order.
    pub(crate) fn steps_from(&self, from: Option<OccupationIx>) -> &[StepIx] {
        &self.steps_out[from.map_or(0, |o| o.index() + 1)]
    }
}

/// What a person asks: where they start, what they hold, where they want to go.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RouteQuery {
    /// The occupation they hold now; `None` for no job yet.
    pub start: Option<OccupationId>,
    /// The region, for a person with no job yet; otherwise the start's region.
    pub region: Option<RegionId>,
    /// Credentials they already hold, including a diploma or GED and an English level.
    pub holds: Vec<CredentialId>,
    /// Months of experience they already have in their current occupation.
    pub experience_months: f64,
    /// Where they want to go; `None` for every occupation they can climb to.
    pub target: Option<OccupationId>,
    /// What limits them.
    pub constraints: Constraints,
}

/// One program on a rung.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedProgram {
    /// The program.
    pub program: ProgramIx,
    /// True when it is there for a prerequisite of another program on the rung
    /// (GED preparation before an LPN program, say) rather than for the step itself.
    pub for_prerequisite: bool,
    /// Cost left to the learner after the listed funding.
    pub cost: f64,
}

/// One rung of a route: the occupation reached and what it takes.
#[derive(Clone, Debug, PartialEq)]
pub struct Rung {
    /// The occupation reached.
    pub occupation: OccupationIx,
    /// The step taken, or `None` when a person with no job is hired into an entry role.
    pub step: Option<StepIx>,
    /// The credentials the rung requires that the person did not hold.
    pub gained: Vec<CredentialIx>,
    /// The programs taken, prerequisites first.
    pub programs: Vec<PlannedProgram>,
    /// Months of experience still needed in the previous occupation.
    pub experience_months: f64,
    /// Months for the rung: experience still needed plus program months.
    pub months: f64,
    /// Program months on the rung.
    pub study_months: f64,
    /// Cost to the learner.
    pub cost: f64,
    /// Months paid while learning.
    pub paid_months: f64,
    /// Annual median wage at the rung, when published.
    pub wage: Option<f64>,
    /// Change in annual median wage from the previous rung, when both are known.
    pub wage_step: Option<f64>,
}

/// A whole route.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    /// The rungs, first to last.
    pub rungs: Vec<Rung>,
    /// Total months.
    pub months: f64,
    /// Total cost to the learner.
    pub cost: f64,
    /// Total months paid while learning.
    pub paid_months: f64,
    /// Number of programs.
    pub programs: usize,
    /// Annual median wage at the last rung.
    pub final_wage: Option<f64>,
    /// The index of a route in the same result that is at least as good on
    /// every criterion and better on one, when there is one.
    pub dominated_by: Option<usize>,
}

impl Route {
    /// Months in programs that do not pay the learner.
    pub fn unpaid_months(&self) -> f64 {
        self.rungs.iter().map(|r| r.study_months - r.paid_months).sum()
    }

    /// The occupation the route reaches.
    pub fn destination(&self) -> OccupationIx {
        self.rungs.last().expect("a route has at least one rung").occupation
    }

    /// True when `self` is at least as good as `other` on every criterion
    /// (months, cost, wage reached, programs, unpaid months of study) and
    /// better on at least one.
    pub fn dominates(&self, other: &Route) -> bool {
        Criteria::of(self).dominates(&Criteria::of(other))
    }
}

/// A route's figures on the criteria of [`Route::dominates`], worked out
/// once, so that comparing many routes does not sum their rungs again.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Criteria {
    months: f64,
    cost: f64,
    /// The wage reached, with no wage counted below every wage.
    wage: f64,
    programs: usize,
    unpaid: f64,
}

impl Criteria {
    pub(crate) fn of(route: &Route) -> Self {
        // Adding zero turns -0 into 0, where `total_cmp` would put it
        // first: with no -0 left, [`Criteria::sweep_order`] agrees with the
        // comparisons of [`Criteria::dominates`].
        Self {
            months: route.months + 0.0,
            cost: route.cost + 0.0,
            wage: route.final_wage.unwrap_or(f64::NEG_INFINITY) + 0.0,
            programs: route.programs,
            unpaid: route.unpaid_months() + 0.0,
        }
    }

    /// See [`Route::dominates`].
    pub(crate) fn dominates(&self, other: &Criteria) -> bool {
        let no_worse = self.months <= other.months
            && self.cost <= other.cost
            && self.wage >= other.wage
            && self.programs <= other.programs
            && self.unpaid <= other.unpaid;
        // Nearly every pair compared fails the first test, so the second is
        // left to the pairs that pass it.
        no_worse
            && (self.months < other.months
                || self.cost < other.cost
                || self.wage > other.wage
                || self.programs < other.programs
                || self.unpaid < other.unpaid)
    }

    /// An order in which a route comes after every route that dominates it:
    /// fewest months, then highest wage, lowest cost, fewest programs and
    /// fewest unpaid months. A route that dominates another is no worse on
    /// each of these and better on one, so it comes first (NaN figures
    /// dominate nothing and are dominated by nothing, wherever they sort).
    pub(crate) fn sweep_order(&self, other: &Criteria) -> std::cmp::Ordering {
        self.months
            .total_cmp(&other.months)
            .then(other.wage.total_cmp(&self.wage))
            .then(self.cost.total_cmp(&other.cost))
            .then(self.programs.cmp(&other.programs))
            .then(self.unpaid.total_cmp(&other.unpaid))
    }
}

/// The named picks among the non-dominated routes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Picks {
    /// Fewest months (ties: higher wage, then lower cost).
    pub fastest: Option<usize>,
    /// Lowest cost to the learner (ties: higher wage, then fewer months).
    pub cheapest: Option<usize>,
    /// Highest wage reached (ties: fewer months, then lower cost).
    pub highest_wage: Option<usize>,
    /// Most months paid while learning (ties: higher wage, then fewer months).
    pub most_paid: Option<usize>,
}

/// The answer to a query.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RouteSet {
    /// The routes: each destination's best, in a stable order (highest wage first).
    pub routes: Vec<Route>,
    /// The named picks, as indices into `routes`.
    pub picks: Picks,
    /// When a target is unreachable: what blocked it.
    pub blockers: Vec<Blocker>,
    /// The annual median wage where the person starts, when known.
    pub start_wage: Option<f64>,
    /// Some ladder climbs past [`MAX_RUNGS`] rungs; it was followed no
    /// further, so occupations only reachable higher up are not in `routes`.
    pub beyond_rung_limit: bool,
}

/// Why a query could not be answered at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueryError {
    /// The start occupation is not in the data.
    UnknownOccupation(String),
    /// A credential the person holds is not in the data.
    UnknownCredential(String),
    /// The region is not in the data.
    UnknownRegion(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownOccupation(id) => write!(f, "no occupation has the id `{id}`"),
            Self::UnknownCredential(id) => write!(f, "no credential has the id `{id}`"),
            Self::UnknownRegion(id) => write!(f, "no region has the id `{id}`"),
        }
    }
}

impl std::error::Error for QueryError {}
