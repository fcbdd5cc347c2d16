//! Saying what blocked a target, so a counselor knows what to look for:
//! which limit removed every route and which programs it ruled out.

use super::constraints::Exclusion;
use super::search::{exclusions, search, Resolved, MAX_RUNGS};
use super::Constraints;
use crate::figures::{decimal, dollars};
use crate::graph::{PathwayGraph, ProgramIx};
use crate::model::Schedule;

/// One reason a target could not be reached.
#[derive(Clone, Debug, PartialEq)]
pub struct Blocker {
    /// The limit that blocks, in words ("no car"), or "the data" when no limit is to blame.
    pub constraint: String,
    /// What it blocked, as a sentence.
    pub message: String,
    /// The programs it ruled out on the routes that exist without it.
    pub programs: Vec<(ProgramIx, Exclusion)>,
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
pub fn exclusion_sentence(graph: &PathwayGraph, program: ProgramIx, why: Exclusion) -> String {
    let p = graph.program(program);
    let provider = graph.partner_ix(&p.provider).map_or(p.provider.to_string(), |ix| graph.partner(ix).name.clone());
    let what = format!("{} at {provider}", p.name);
    match why {
        Exclusion::OtherRegion => format!("{what} is offered in another region"),
        Exclusion::DaytimeOnly => format!("{what} meets {} only", schedule_words(&p.schedule)),
        Exclusion::NotCompatibleWithWork => {
            format!("{what} is unpaid and meets {} only, so it leaves no time to keep earning", schedule_words(&p.schedule))
        }
        Exclusion::NeedsACar => format!("{what} meets in person and lists no transportation help"),
    }
}

/// The programs on `routes` that the original limits rule out, with the reason.
fn excluded_on(routes: &[super::Route], excluded: &[Option<Exclusion>]) -> Vec<(ProgramIx, Exclusion)> {
    let mut programs: Vec<(ProgramIx, Exclusion)> = routes
        .iter()
        .flat_map(|r| r.rungs.iter().flat_map(|g| g.programs.iter().map(|p| p.program)))
        .filter_map(|p| excluded[p.index()].map(|why| (p, why)))
        .collect();
    crate::sorting::sort_unstable(&mut programs);
    programs.dedup();
    programs
}

pub(crate) fn blockers(graph: &PathwayGraph, resolved: &Resolved, constraints: &Constraints) -> Vec<Blocker> {
    let excluded = exclusions(graph, resolved.region.as_ref(), constraints);
    let target_title = resolved.target.map_or(String::new(), |t| graph.occupation(t).title.clone());
    let mut out = Vec::new();
    for (name, lifted) in constraints.each_lifted() {
        let without = search(graph, resolved, &lifted);
        if without.routes.is_empty() {
            continue;
        }
        let programs = excluded_on(&without.routes, &excluded);
        let message = if lifted.max_months.is_none() && constraints.max_months.is_some() {
            let fastest = without.routes.iter().map(|r| r.months).fold(f64::INFINITY, f64::min);
            format!(
                "every route to {target_title} takes longer than {} months; the fastest takes {} months",
                decimal(constraints.max_months.unwrap_or_default()),
                decimal(fastest)
            )
        } else if lifted.max_cost.is_none() && constraints.max_cost.is_some() {
            let cheapest = without.routes.iter().map(|r| r.cost).fold(f64::INFINITY, f64::min);
            format!(
                "every route to {target_title} costs more than {}; the cheapest costs {} after funding",
                dollars(constraints.max_cost.unwrap_or_default()),
                dollars(cheapest)
            )
        } else {
            let sentences: Vec<String> = programs.iter().map(|&(p, why)| exclusion_sentence(graph, p, why)).collect();
            format!("{target_title} can be reached without this limit, but {}", sentences.join("; "))
        };
        out.push(Blocker { constraint: name.to_owned(), message, programs });
    }
    if out.is_empty() {
        let unconstrained = search(graph, resolved, &Constraints::default());
        if unconstrained.routes.is_empty() && unconstrained.beyond_rung_limit {
            out.push(Blocker {
                constraint: "ladder length".to_owned(),
                message: format!(
                    "{target_title} is more than {MAX_RUNGS} steps up from here, and routes are followed for at most {MAX_RUNGS} steps"
                ),
                programs: Vec::new(),
            });
        } else if unconstrained.routes.is_empty() {
            out.push(Blocker {
                constraint: "the data".to_owned(),
                message: format!("the data has no route from here to {target_title}, even without any limit"),
                programs: Vec::new(),
            });
        } else {
            let programs = excluded_on(&unconstrained.routes, &excluded);
            let sentences: Vec<String> = programs.iter().map(|&(p, why)| exclusion_sentence(graph, p, why)).collect();
            let message = if sentences.is_empty() {
                format!("{target_title} can be reached without these limits; no single one of them is to blame")
            } else {
                format!("{target_title} can be reached without these limits, but {}", sentences.join("; "))
            };
            out.push(Blocker { constraint: "these limits together".to_owned(), message, programs });
        }
    }
    out
}
