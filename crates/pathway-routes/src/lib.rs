//! The route engine: rung-by-rung routes from where a person is, under their
//! constraints, weighed on time, cost to the learner, wage reached and number
//! of programs.
//!
//! A route is a simple path of advancement steps. Each rung takes the
//! programs needed for the credentials the step and its occupation require and
//! the person does not yet hold, with bridge programs added for missing
//! prerequisites. Time runs as a timeline: a rung's programs run one after
//! another, and those at its start that leave the person working (paid, or
//! meeting evenings, weekends or online) run during the experience the step
//! still requires; a program that stops them working waits until that
//! experience is served. It never promises less than a person can do.
//!
//! The search expands routes fewest months first and keeps, at each
//! occupation, only labels that no other label dominates: no more months,
//! cost, programs or unpaid study months, at least the credentials that
//! anything ahead can still need (see `relevance.rs`), and, where steps loop
//! back, no job behind it that the other could still climb to. That is exact
//! because every cost adds up along a route. Plans for a rung's missing
//! credentials are kept between questions asked under the same programs and
//! costs (`search/memo.rs`). Each occupation keeps at most
//! [`MAX_ROUTES_PER_OCCUPATION`] labels, dropping the highest months plus
//! cost, so graphs with many interchangeable programs stay fast; real ladders
//! never reach the bound, and there the answer is the exact Pareto set.
//! Routes climb at most [`MAX_RUNGS`] rungs; the answer says when a ladder
//! went higher.
//! The result is every destination's Pareto front over (months, cost,
//! programs, unpaid months of study); across destinations, routes beaten on
//! all of those and the wage reached are marked with the route that beats them.

mod answer;
mod constraints;
mod credset;
mod engine;
mod explain;
mod income;
mod plans;
mod query;
mod ranking;
mod relevance;
mod report;
mod search;
mod shared;
mod tables;
mod wages;

pub use answer::{Blocker, BlockerKind, Pick, Picks, PlannedProgram, Route, RouteSet, Rung, WageSource};
pub use constraints::{Constraints, Exclusion, LimitKind, StudyTimes};
pub use engine::{Answering, RouteEngine};
pub use income::{monthly_income, Activity, IncomePeriod, IncomeSeries, FIVE_YEARS, MONTHS_AFTER_ROUTE};
pub use query::{QueryError, RouteQuery};
pub use report::{report, report_route, FundingReport, ProgramReport, RouteReport, RungReport};
pub use search::{MAX_ROUTES_PER_OCCUPATION, MAX_RUNGS};
pub use shared::SharedSlice;
