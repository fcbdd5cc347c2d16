//! The engine's typed answers in the page's language: what blocked a target
//! and why each program was ruled out, and the names of the picks.

use super::{fill, strings};
use pathway_model::eligibility::{Person, Unmet};
use pathway_model::figures::{decimal, dollars};
use pathway_model::graph::ProgramIx;
use pathway_model::model::Schedule;
use pathway_model::PathwayGraph;
use pathway_routes::{Blocker, BlockerKind, Exclusion, LimitKind, Pick};

/// A blocker as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockerText {
    /// The limit that blocks, introduced ("the time limit: ").
    pub limit: String,
    /// What it blocked, as a whole sentence.
    pub reason: String,
}

/// A pick's name.
pub fn pick(pick: Pick) -> &'static str {
    let t = strings();
    match pick {
        Pick::Fastest => t.fastest,
        Pick::Cheapest => t.cheapest,
        Pick::HighestWage => t.highest_wage,
        Pick::MostPaid => t.most_paid,
    }
}

/// A blocker in words, for `person`.
pub fn blocker(graph: &PathwayGraph, person: &Person, b: &Blocker) -> BlockerText {
    let t = strings();
    let target = graph.occupation(b.target).title.as_str();
    // Each sentence names only its own figures, so all of them go to one
    // `fill` rather than one call per kind of blocker, which is smaller in
    // the wasm; `least` is the fastest time or the cheapest cost, whichever
    // the sentence names.
    let (mut max, mut least) = (String::new(), String::new());
    let (limit, template) = match b.kind {
        BlockerKind::TimeLimit { max_months, fastest_months } => {
            (max, least) = (decimal(max_months), decimal(fastest_months));
            (t.limit_time, t.blocked_time)
        }
        BlockerKind::CostLimit { max_cost, cheapest_cost } => {
            (max, least) = (dollars(max_cost), dollars(cheapest_cost));
            (t.limit_cost, t.blocked_cost)
        }
        BlockerKind::Limit(limit) => (limit_name(limit), t.blocked_one_limit),
        BlockerKind::Enrollment => (t.limit_enrollment, t.blocked_enrollment),
        BlockerKind::LimitsTogether if b.programs.is_empty() => (t.limit_together, t.blocked_together_unnamed),
        BlockerKind::LimitsTogether => (t.limit_together, t.blocked_together),
        BlockerKind::LadderLength { max_rungs } => {
            max = max_rungs.to_string();
            (t.limit_ladder, t.blocked_ladder)
        }
        BlockerKind::NoRoute => (t.limit_data, t.blocked_no_route),
    };
    let sentences: Vec<String> = b.programs.iter().map(|&(p, why)| exclusion(graph, person, p, why)).collect();
    let reason = fill(
        template,
        &[
            ("target", target),
            ("max", &max),
            ("fastest", &least),
            ("cheapest", &least),
            ("programs", &sentences.join(t.list_separator)),
        ],
    );
    BlockerText { limit: fill(t.blocker_label, &[("limit", limit)]), reason }
}

fn limit_name(limit: LimitKind) -> &'static str {
    let t = strings();
    match limit {
        LimitKind::StudyTimes => t.limit_study_times,
        LimitKind::TimeLimit => t.limit_time,
        LimitKind::CostLimit => t.limit_cost,
        LimitKind::KeepEarning => t.limit_keep_earning,
        LimitKind::NoCar => t.limit_no_car,
    }
}

/// Who a condition the person does not meet is for, as the end of a
/// sentence ("takes only …", "pays only for …"); `names` are the employers
/// or unions it names.
pub fn who(unmet: &Unmet, names: &[String]) -> String {
    let t = strings();
    let names = names.join(t.or_separator);
    match unmet {
        Unmet::Unstated => t.who_unstated.to_owned(),
        Unmet::NotAnEmployee { .. } => fill(t.who_employees, &[("names", &names)]),
        Unmet::TooSoon { after_months, worked } => {
            fill(t.who_after_months, &[("after", &decimal(*after_months)), ("worked", &decimal(*worked))])
        }
        Unmet::NotAMember { .. } => fill(t.who_members, &[("names", &names)]),
        Unmet::NotIncomeEligible => t.who_income.to_owned(),
        Unmet::Age { min, max, .. } => {
            let (min, max) = (min.map(|a| a.to_string()), max.map(|a| a.to_string()));
            match (min, max) {
                (Some(min), Some(max)) => fill(t.who_ages, &[("min", &min), ("max", &max)]),
                (Some(min), None) => fill(t.who_age_min, &[("min", &min)]),
                (None, Some(max)) => fill(t.who_age_max, &[("max", &max)]),
                (None, None) => t.who_unstated.to_owned(),
            }
        }
        Unmet::NotInHighSchool => t.who_high_school.to_owned(),
        Unmet::NoLivedExperience => t.who_lived_experience.to_owned(),
    }
}

/// Why one program is ruled out, as a sentence about the program.
fn exclusion(graph: &PathwayGraph, person: &Person, program: ProgramIx, why: Exclusion) -> String {
    let t = strings();
    let p = graph.program(program);
    let provider = graph.partner_name(&p.provider);
    let schedule: Vec<&str> = p
        .schedule
        .iter()
        .map(|s| match s {
            Schedule::Day => t.meets_day,
            Schedule::Evening => t.meets_evening,
            Schedule::Weekend => t.meets_weekend,
            Schedule::Online => t.meets_online,
        })
        .collect();
    let schedule = schedule.join(t.schedule_separator);
    // Who the program takes, named only when that is why it is ruled out;
    // as in `blocker`, every sentence is filled by one call.
    let mut whom = String::new();
    let template = match why {
        Exclusion::OtherRegion => t.excluded_other_region,
        Exclusion::DaytimeOnly => t.excluded_daytime,
        Exclusion::NotCompatibleWithWork => t.excluded_unpaid,
        Exclusion::NeedsACar => t.excluded_needs_car,
        Exclusion::NotEligible => {
            let unmet = p.enrollment_unmet(person).unwrap_or(Unmet::Unstated);
            let names: Vec<String> = unmet.partners().iter().map(|id| graph.partner_name(id)).collect();
            whom = who(&unmet, &names);
            t.excluded_not_eligible
        }
    };
    fill(template, &[("program", &p.name), ("provider", &provider), ("schedule", &schedule), ("who", &whom)])
}
