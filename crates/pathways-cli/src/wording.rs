//! The engine's typed answers in the CLI's English: what blocked a target
//! and why a program was ruled out.

use pathway_model::eligibility::{Person, Unmet};
use pathway_model::figures::{decimal, dollars};
use pathway_model::graph::ProgramIx;
use pathway_model::ids::PartnerId;
use pathway_model::model::Schedule;
use pathway_model::PathwayGraph;
use pathway_routes::{Blocker, BlockerKind, Exclusion, LimitKind};

/// A blocker as one line: "Blocked by <what>: <why>."
pub fn blocker(graph: &PathwayGraph, person: &Person, b: &Blocker) -> String {
    let target = &graph.occupation(b.target).title;
    let reasons = || b.programs.iter().map(|&(p, why)| exclusion(graph, person, p, why)).collect::<Vec<_>>().join("; ");
    let (what, why) = match b.kind {
        BlockerKind::TimeLimit { max_months, fastest_months } => (
            "the time limit",
            format!(
                "every route to {target} takes longer than {} months; the fastest takes {} months",
                decimal(max_months),
                decimal(fastest_months)
            ),
        ),
        BlockerKind::CostLimit { max_cost, cheapest_cost } => (
            "the cost limit",
            format!(
                "every route to {target} costs more than {}; the cheapest costs {} after funding",
                dollars(max_cost),
                dollars(cheapest_cost)
            ),
        ),
        BlockerKind::Limit(limit) => (limit_name(limit), format!("{target} can be reached without this limit, but {}", reasons())),
        BlockerKind::Enrollment => (
            "who may enroll",
            format!("{target} can be reached by programs that take only some people, but {}", reasons()),
        ),
        BlockerKind::LimitsTogether if b.programs.is_empty() => (
            "these limits together",
            format!("{target} can be reached without these limits; no single one of them is to blame"),
        ),
        BlockerKind::LimitsTogether => {
            ("these limits together", format!("{target} can be reached without these limits, but {}", reasons()))
        }
        BlockerKind::LadderLength { max_rungs } => (
            "ladder length",
            format!("{target} is more than {max_rungs} steps up from here, and routes are followed for at most {max_rungs} steps"),
        ),
        BlockerKind::NoRoute => ("the data", format!("the data has no route from here to {target}, even without any limit")),
    };
    format!("Blocked by {what}: {why}.")
}

fn limit_name(limit: LimitKind) -> &'static str {
    match limit {
        LimitKind::StudyTimes => "evenings, weekends or online only",
        LimitKind::TimeLimit => "the time limit",
        LimitKind::CostLimit => "the cost limit",
        LimitKind::KeepEarning => "must keep earning",
        LimitKind::NoCar => "no car",
    }
}

fn schedule_words(schedule: &[Schedule]) -> String {
    let words: Vec<&str> = schedule
        .iter()
        .map(|s| match s {
            Schedule::Day => "weekday daytimes",
            Schedule::Evening => "evenings",
            Schedule::Weekend => "weekends",
            Schedule::Online => "online",
        })
        .collect();
    words.join(" and ")
}

/// Why one program is ruled out, as a sentence about the program.
fn exclusion(graph: &PathwayGraph, person: &Person, program: ProgramIx, why: Exclusion) -> String {
    let p = graph.program(program);
    let provider = graph.partner_name(&p.provider);
    let what = format!("{} at {provider}", p.name);
    match why {
        Exclusion::OtherRegion => format!("{what} is offered in another region"),
        Exclusion::DaytimeOnly => format!("{what} meets {} only", schedule_words(&p.schedule)),
        Exclusion::NotCompatibleWithWork => {
            format!(
                "{what} is unpaid and meets {} only, so it leaves no time to keep earning",
                schedule_words(&p.schedule)
            )
        }
        Exclusion::NeedsACar => format!("{what} meets in person and lists no transportation help"),
        Exclusion::NotEligible => match p.enrollment_unmet(person) {
            Some(unmet) => format!("{what} takes only {}", unmet_words(graph, &unmet)),
            None => format!("{what} takes only some people"),
        },
    }
}

/// Who a condition the person does not meet asks for, as the end of a
/// sentence: "takes only …", "pays only for …".
pub fn unmet_words(graph: &PathwayGraph, unmet: &Unmet) -> String {
    let names = |ids: &[PartnerId]| -> String {
        let names: Vec<String> = ids.iter().map(|id| graph.partner_name(id)).collect();
        names.join(" or ")
    };
    match unmet {
        Unmet::Unstated => "people the data describes only in words, which cannot be checked".to_owned(),
        Unmet::NotAnEmployee { employers } => format!("employees of {} (--employer)", names(employers)),
        Unmet::TooSoon { after_months, worked } => {
            format!("employees of {} months or more; you have worked {} (--months-in-job)", decimal(*after_months), decimal(*worked))
        }
        Unmet::NotAMember { unions } => format!("members of {} (--union)", names(unions)),
        Unmet::NotIncomeEligible => {
            "people eligible for public workforce training funds: low income, unemployed or dislocated (--income-eligible)"
                .to_owned()
        }
        Unmet::Age { min, max, .. } => match (min, max) {
            (Some(min), Some(max)) => format!("people aged {min} to {max} (--age)"),
            (Some(min), None) => format!("people aged {min} or older (--age)"),
            (None, Some(max)) => format!("people aged {max} or younger (--age)"),
            (None, None) => "people of some ages (--age)".to_owned(),
        },
        Unmet::NotInHighSchool => "high-school students (--in-high-school)".to_owned(),
        Unmet::NoLivedExperience => "people with the lived experience the program asks for (--lived-experience)".to_owned(),
    }
}
