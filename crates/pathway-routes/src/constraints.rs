//! What limits a person, and which programs each limit rules out.

use pathway_model::eligibility::Person;
use pathway_model::graph::{PathwayGraph, ProgramIx};
use pathway_model::ids::RegionId;
use pathway_model::model::{Schedule, SupportService};

/// When a person can study.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StudyTimes {
    /// Any time.
    #[default]
    Any,
    /// Only evenings, weekends or online.
    OutsideWorkHours,
}

/// The limits a person states.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Constraints {
    /// When they can study.
    pub study_times: StudyTimes,
    /// The most months the whole route may take.
    pub max_months: Option<f64>,
    /// The most the whole route may cost them, in dollars.
    pub max_cost: Option<f64>,
    /// They must keep earning: only paid programs or part-time ones (evening, weekend, online).
    pub keep_earning: bool,
    /// They have no car: only online programs or ones with transportation support.
    pub no_car: bool,
}

/// One of the limits a person can state, as named when it blocks a target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitKind {
    /// Evenings, weekends or online only.
    StudyTimes,
    /// At most so many months.
    TimeLimit,
    /// At most so many dollars.
    CostLimit,
    /// Must keep earning.
    KeepEarning,
    /// No car.
    NoCar,
}

/// Why a program is ruled out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exclusion {
    /// It is offered in another region.
    OtherRegion,
    /// It meets only on weekdays in the day.
    DaytimeOnly,
    /// It is unpaid and full-time, so the person could not keep earning.
    NotCompatibleWithWork,
    /// It meets in person and offers no transportation support.
    NeedsACar,
    /// It takes only people who meet conditions this person has not said
    /// they meet (its `eligible`).
    NotEligible,
}

/// Whether a search leaves out the programs a person may not enroll in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Enrollment {
    /// Programs whose conditions the person does not meet are left out.
    Checked,
    /// Every program is open, to find out whether enrollment conditions
    /// alone keep a target out of reach.
    Ignored,
}

/// True when a program meets outside weekday daytimes at least in part
/// (evenings, weekends or online), so a person can study and work.
pub(crate) fn part_time(schedule: &[Schedule]) -> bool {
    schedule.iter().any(|s| matches!(s, Schedule::Evening | Schedule::Weekend | Schedule::Online))
}

impl Constraints {
    /// True when no limit is set.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The first reason `program` is ruled out, if any.
    pub fn exclusion(&self, graph: &PathwayGraph, program: ProgramIx) -> Option<Exclusion> {
        let p = graph.program(program);
        if self.study_times == StudyTimes::OutsideWorkHours && !part_time(&p.schedule) {
            return Some(Exclusion::DaytimeOnly);
        }
        if self.keep_earning && !p.paid && !part_time(&p.schedule) {
            return Some(Exclusion::NotCompatibleWithWork);
        }
        if self.no_car
            && !p.schedule.contains(&Schedule::Online)
            && !graph.offers_service(program, SupportService::Transportation)
        {
            return Some(Exclusion::NeedsACar);
        }
        None
    }

    /// These constraints with each single limit lifted in turn, named, for explanations.
    pub fn each_lifted(&self) -> Vec<(LimitKind, Constraints)> {
        let mut out = Vec::new();
        if self.study_times != StudyTimes::Any {
            out.push((LimitKind::StudyTimes, Constraints { study_times: StudyTimes::Any, ..self.clone() }));
        }
        if self.max_months.is_some() {
            out.push((LimitKind::TimeLimit, Constraints { max_months: None, ..self.clone() }));
        }
        if self.max_cost.is_some() {
            out.push((LimitKind::CostLimit, Constraints { max_cost: None, ..self.clone() }));
        }
        if self.keep_earning {
            out.push((LimitKind::KeepEarning, Constraints { keep_earning: false, ..self.clone() }));
        }
        if self.no_car {
            out.push((LimitKind::NoCar, Constraints { no_car: false, ..self.clone() }));
        }
        out
    }
}

/// The reason each program, by position, is ruled out under `constraints`
/// in `region` for `person`, if it is; with no person, enrollment
/// conditions are not checked.
pub(crate) fn exclusions(
    graph: &PathwayGraph,
    region: Option<&RegionId>,
    constraints: &Constraints,
    person: Option<&Person>,
) -> Vec<Option<Exclusion>> {
    graph
        .programs()
        .map(|p| {
            let program_region = graph.program(p).region.as_ref();
            if let (Some(want), Some(have)) = (region, program_region) {
                if want != have {
                    return Some(Exclusion::OtherRegion);
                }
            }
            if person.is_some_and(|person| graph.program(p).enrollment_unmet(person).is_some()) {
                return Some(Exclusion::NotEligible);
            }
            constraints.exclusion(graph, p)
        })
        .collect()
}
