//! The engine's typed answers in the CLI's English: what blocked a target
//! and why a program was ruled out.

use pathway_model::figures::{decimal, dollars};
use pathway_model::graph::ProgramIx;
use pathway_model::model::Schedule;
use pathway_model::PathwayGraph;
use pathway_routes::{Blocker, BlockerKind, Exclusion, LimitKind};

/// A blocker as one line: "Blocked by <what>: <why>."
pub fn blocker(graph: &PathwayGraph, b: &Blocker) -> String {
    let target = &graph.occupation(b.target).title;
    let reasons = || b.programs.iter().map(|&(p, why)| exclusion(graph, p, why)).collect::<Vec<_>>().join("; ");
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
fn exclusion(graph: &PathwayGraph, program: ProgramIx, why: Exclusion) -> String {
    let p = graph.program(program);
    let provider = graph.partner_ix(&p.provider).map_or(p.provider.to_string(), |ix| graph.partner(ix).name.clone());
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
    }
}
