//! The engine's typed answers in the CLI's words (see [`crate::words`]):
//! what blocked a target and why a program was ruled out.

use crate::words::Words;
use pathway_model::eligibility::{Person, Unmet};
use pathway_model::figures::{decimal, dollars};
use pathway_model::graph::ProgramIx;
use pathway_model::ids::PartnerId;
use pathway_model::model::Schedule;
use pathway_model::text::fill;
use pathway_model::PathwayGraph;
use pathway_routes::{Blocker, BlockerKind, Exclusion};

/// A blocker as one line: "Blocked by <what>: <why>."
pub fn blocker(w: &Words, graph: &PathwayGraph, person: &Person, b: &Blocker) -> String {
    let target = graph.occupation(b.target).title.as_str();
    let reasons = || {
        let all: Vec<String> = b.programs.iter().map(|&(p, why)| exclusion(w, graph, person, p, why)).collect();
        all.join("; ")
    };
    let [time, cost, enroll, together, ladder, data] = w.blocker_kinds;
    let (what, why) = match b.kind {
        BlockerKind::TimeLimit { max_months, fastest_months } => (
            time,
            fill(
                w.blocked_time,
                &[("target", target), ("max", &decimal(max_months)), ("fastest", &decimal(fastest_months))],
            ),
        ),
        BlockerKind::CostLimit { max_cost, cheapest_cost } => (
            cost,
            fill(
                w.blocked_cost,
                &[("target", target), ("max", &dollars(max_cost)), ("cheapest", &dollars(cheapest_cost))],
            ),
        ),
        BlockerKind::Limit(limit) => {
            (w.limits[limit as usize], fill(w.blocked_one_limit, &[("target", target), ("reasons", &reasons())]))
        }
        BlockerKind::Enrollment => (enroll, fill(w.blocked_enrollment, &[("target", target), ("reasons", &reasons())])),
        BlockerKind::LimitsTogether if b.programs.is_empty() => {
            (together, fill(w.blocked_together_unnamed, &[("target", target)]))
        }
        BlockerKind::LimitsTogether => {
            (together, fill(w.blocked_together, &[("target", target), ("reasons", &reasons())]))
        }
        BlockerKind::LadderLength { max_rungs } => {
            (ladder, fill(w.blocked_ladder, &[("target", target), ("max", &max_rungs.to_string())]))
        }
        BlockerKind::NoRoute => (data, fill(w.blocked_no_route, &[("target", target)])),
    };
    fill(w.blocked, &[("what", what), ("why", &why)])
}

/// A program's schedules as the end of a sentence: "evenings and weekends".
fn schedule_words(w: &Words, schedule: &[Schedule]) -> String {
    let words: Vec<&str> = schedule.iter().map(|&s| w.schedule_phrases[s as usize]).collect();
    words.join(w.and)
}

/// A program's schedules, short: "evening/weekend".
pub fn schedule_list(w: &Words, schedule: &[Schedule]) -> String {
    let words: Vec<&str> = schedule.iter().map(|&s| w.schedules[s as usize]).collect();
    words.join("/")
}

/// Why one program is ruled out, as a sentence about the program.
fn exclusion(w: &Words, graph: &PathwayGraph, person: &Person, program: ProgramIx, why: Exclusion) -> String {
    let p = graph.program(program);
    let provider = graph.partner_name(&p.provider);
    let what = fill(w.program_at, &[("program", p.name.as_str()), ("provider", &provider)]);
    let schedule = schedule_words(w, &p.schedule);
    let [other_region, daytime, no_time, car, some, only] = w.exclusions;
    let template = match why {
        Exclusion::OtherRegion => other_region,
        Exclusion::DaytimeOnly => daytime,
        Exclusion::NotCompatibleWithWork => no_time,
        Exclusion::NeedsACar => car,
        Exclusion::NotEligible => match p.enrollment_unmet(person) {
            Some(unmet) => {
                return fill(only, &[("what", &what), ("who", &unmet_words(w, graph, &unmet))]);
            }
            None => some,
        },
    };
    fill(template, &[("what", &what), ("schedule", &schedule)])
}

/// Who a condition the person does not meet asks for, as the end of a
/// sentence: "takes only …", "pays only for …".
pub fn unmet_words(w: &Words, graph: &PathwayGraph, unmet: &Unmet) -> String {
    let names = |ids: &[PartnerId]| -> String {
        let names: Vec<String> = ids.iter().map(|id| graph.partner_name(id)).collect();
        names.join(w.or)
    };
    let [words_only, employees, too_soon, members, income, aged, older, younger, ages, high_school, lived] = w.unmet;
    match unmet {
        Unmet::Unstated => words_only.to_owned(),
        Unmet::NotAnEmployee { employers } => fill(employees, &[("names", &names(employers))]),
        Unmet::TooSoon { after_months, worked } => {
            fill(too_soon, &[("months", &decimal(*after_months)), ("worked", &decimal(*worked))])
        }
        Unmet::NotAMember { unions } => fill(members, &[("names", &names(unions))]),
        Unmet::NotIncomeEligible => income.to_owned(),
        Unmet::Age { min, max, .. } => {
            let (min, max) = (min.map(|m| m.to_string()), max.map(|m| m.to_string()));
            match (min, max) {
                (Some(min), Some(max)) => fill(aged, &[("min", &min), ("max", &max)]),
                (Some(min), None) => fill(older, &[("min", &min)]),
                (None, Some(max)) => fill(younger, &[("max", &max)]),
                (None, None) => ages.to_owned(),
            }
        }
        Unmet::NotInHighSchool => high_school.to_owned(),
        Unmet::NoLivedExperience => lived.to_owned(),
    }
}
