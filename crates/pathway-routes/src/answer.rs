//! The engine's answer: routes as indices into the graph, their figures, the
//! routes that beat them, the named picks and what blocked a target. Plain
//! data: the CLI and the site word it.

use crate::constraints::{Exclusion, LimitKind};
use crate::shared::SharedSlice;
use pathway_model::eligibility::Person;
use pathway_model::graph::{CredentialIx, OccupationIx, ProgramIx, StepIx};

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
    pub gained: SharedSlice<CredentialIx>,
    /// The programs taken, prerequisites first.
    pub programs: SharedSlice<PlannedProgram>,
    /// Months of experience still needed in the previous occupation.
    pub experience_months: f64,
    /// Months for the rung: its programs one after another, with those at
    /// the start that leave the person working run during the experience
    /// still needed, and the rest after it.
    pub months: f64,
    /// Program months on the rung.
    pub study_months: f64,
    /// Cost to the learner.
    pub cost: f64,
    /// Months paid while learning.
    pub paid_months: f64,
    /// Annual wage at the rung: an authored pay rate, else the BLS median.
    pub wage: Option<f64>,
    /// Where `wage` comes from.
    pub wage_source: WageSource,
    /// Change in annual wage from the previous rung, when both are known
    /// and not one BLS figure for both.
    pub wage_step: Option<f64>,
    /// The previous rung and this one are one BLS occupation code with no
    /// pay rate given, so BLS publishes one wage for both: the step is not
    /// counted as a gain or a loss.
    pub same_bls_code: bool,
}

/// Where a rung's wage comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WageSource {
    /// The pay rate the step gives.
    StepPay,
    /// The pay rate the occupation gives.
    OccupationPay,
    /// The BLS occupation wage for the region.
    Bls,
    /// No figure.
    #[default]
    Unknown,
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
            // A destination BLS publishes under the same code as the rung
            // before it has no wage of its own to weigh: NaN, which beats and
            // is beaten by nothing.
            wage: if route.rungs.last().is_some_and(|r| r.same_bls_code) {
                f64::NAN
            } else {
                route.final_wage.unwrap_or(f64::NEG_INFINITY) + 0.0
            },
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

/// One of the named picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pick {
    /// Fewest months.
    Fastest,
    /// Lowest cost to the learner.
    Cheapest,
    /// Highest wage reached.
    HighestWage,
    /// Most months paid while learning.
    MostPaid,
}

impl Pick {
    /// The pick's id, as the CLI's JSON spells it: "fastest", "cheapest",
    /// "highest-wage" or "most-paid".
    pub fn token(self) -> &'static str {
        match self {
            Pick::Fastest => "fastest",
            Pick::Cheapest => "cheapest",
            Pick::HighestWage => "highest-wage",
            Pick::MostPaid => "most-paid",
        }
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

impl Picks {
    /// The picks the route at `index` is, in the order fastest, cheapest,
    /// highest wage, most paid.
    pub fn of(&self, index: usize) -> Vec<Pick> {
        self.all().filter_map(|(at, pick)| (at == Some(index)).then_some(pick)).collect()
    }

    /// True when the route at `index` is any pick.
    pub fn includes(&self, index: usize) -> bool {
        self.all().any(|(at, _)| at == Some(index))
    }

    fn all(&self) -> impl Iterator<Item = (Option<usize>, Pick)> {
        [
            (self.fastest, Pick::Fastest),
            (self.cheapest, Pick::Cheapest),
            (self.highest_wage, Pick::HighestWage),
            (self.most_paid, Pick::MostPaid),
        ]
        .into_iter()
    }
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
    /// The person the answer is for, as the funding and enrollment
    /// conditions were checked against.
    pub person: Person,
    /// Some ladder climbs past [`MAX_RUNGS`] rungs; it was followed no
    /// further, so occupations only reachable higher up are not in `routes`.
    pub beyond_rung_limit: bool,
}

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
    /// The routes under these limits take programs whose enrollment
    /// conditions the person has not said they meet; [`Blocker::programs`]
    /// names them.
    Enrollment,
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
