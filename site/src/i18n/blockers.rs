//! The engine's typed answers in the page's language: what blocked a target
//! and why each program was ruled out, and the names of the picks.

use super::{fill, strings};
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

/// A blocker in words.
pub fn blocker(graph: &PathwayGraph, b: &Blocker) -> BlockerText {
    let t = strings();
    let target = graph.occupation(b.target).title.as_str();
    let programs = || {
        let sentences: Vec<String> = b.programs.iter().map(|&(p, why)| exclusion(graph, p, why)).collect();
        sentences.join(t.list_separator)
    };
    let (limit, reason) = match b.kind {
        BlockerKind::TimeLimit { max_months, fastest_months } => (
            t.limit_time,
            fill(
                t.blocked_time,
                &[("target", target), ("max", &decimal(max_months)), ("fastest", &decimal(fastest_months))],
            ),
        ),
        BlockerKind::CostLimit { max_cost, cheapest_cost } => (
            t.limit_cost,
            fill(
                t.blocked_cost,
                &[("target", target), ("max", &dollars(max_cost)), ("cheapest", &dollars(cheapest_cost))],
            ),
        ),
        BlockerKind::Limit(limit) => {
            (limit_name(limit), fill(t.blocked_one_limit, &[("target", target), ("programs", &programs())]))
        }
        BlockerKind::LimitsTogether if b.programs.is_empty() => {
            (t.limit_together, fill(t.blocked_together_unnamed, &[("target", target)]))
        }
        BlockerKind::LimitsTogether => {
            (t.limit_together, fill(t.blocked_together, &[("target", target), ("programs", &programs())]))
        }
        BlockerKind::LadderLength { max_rungs } => {
            (t.limit_ladder, fill(t.blocked_ladder, &[("target", target), ("max", &max_rungs.to_string())]))
        }
        BlockerKind::NoRoute => (t.limit_data, fill(t.blocked_no_route, &[("target", target)])),
    };
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

/// Why one program is ruled out, as a sentence about the program.
fn exclusion(graph: &PathwayGraph, program: ProgramIx, why: Exclusion) -> String {
    let t = strings();
    let p = graph.program(program);
    let provider = graph.partner_ix(&p.provider).map_or(p.provider.to_string(), |ix| graph.partner(ix).name.clone());
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
    let template = match why {
        Exclusion::OtherRegion => t.excluded_other_region,
        Exclusion::DaytimeOnly => t.excluded_daytime,
        Exclusion::NotCompatibleWithWork => t.excluded_unpaid,
        Exclusion::NeedsACar => t.excluded_needs_car,
    };
    fill(template, &[("program", &p.name), ("provider", &provider), ("schedule", &schedule)])
}
