//! Routes with ids and names filled in, ready to print, serialize as the
//! CLI's `--json` output, or render in the site.

use crate::answer::{Pick, Route, RouteSet, WageSource};
use crate::wages::bls_annual;
use pathway_model::eligibility::{Person, Unmet};
use pathway_model::graph::{Edge, PathwayGraph};
use pathway_model::model::{FundingKind, ProgramKind, Schedule, SupportService};
use serde::Serialize;

/// A route as people read it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RouteReport {
    /// The rungs, first to last.
    pub rungs: Vec<RungReport>,
    /// Total months.
    pub months: f64,
    /// Total cost to the learner, in dollars.
    pub cost: f64,
    /// Months paid while learning.
    pub paid_months: f64,
    /// Number of programs.
    pub programs: usize,
    /// Annual median wage reached.
    pub final_wage: Option<f64>,
    /// The route that beats this one on every criterion, by index.
    pub dominated_by: Option<usize>,
    /// The picks this route is, serialized as "fastest", "cheapest", "highest-wage", "most-paid".
    pub picks: Vec<Pick>,
}

/// A rung as people read it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RungReport {
    /// Occupation id.
    pub occupation: String,
    /// Occupation title.
    pub title: String,
    /// The step's note for the person climbing.
    pub note: Option<String>,
    /// True when the note is a typical example, not a published rule, so
    /// readers are told to check it.
    pub note_illustrative: bool,
    /// Credentials earned on this rung: (id, name).
    pub credentials: Vec<(String, String)>,
    /// Programs taken, prerequisites first.
    pub programs: Vec<ProgramReport>,
    /// Months of experience still needed in the previous job.
    pub experience_months: f64,
    /// Months for the rung.
    pub months: f64,
    /// The month of the route the rung starts, counting from 0.
    pub start_month: f64,
    /// The month of the route the rung is reached.
    pub end_month: f64,
    /// Cost to the learner.
    pub cost: f64,
    /// Months paid while learning.
    pub paid_months: f64,
    /// Annual wage: the pay rate the data gives for the rung, else the BLS median.
    pub wage: Option<f64>,
    /// Hourly wage, on the same basis.
    pub hourly_wage: Option<f64>,
    /// Change in annual wage from the previous rung; null when unknown or
    /// when BLS publishes one wage for both (`same_bls_code`).
    pub wage_step: Option<f64>,
    /// What the wage is: "step-pay" or "occupation-pay" (a pay scale,
    /// contract or wage schedule), "bls" (the BLS median) or "unknown".
    pub wage_basis: WageSource,
    /// Where the wage comes from.
    pub wage_source: Option<String>,
    /// The wage's reference year.
    pub wage_year: Option<u16>,
    /// True when the national wage stands in for the region's.
    pub wage_national_fallback: bool,
    /// The BLS annual median for the occupation, shown beside a pay rate for context.
    pub bls_wage: Option<f64>,
    /// The annual wages BLS publishes as the 10th and 90th percentiles for
    /// the occupation in the region: the range most people in the job earn in.
    pub bls_range: Option<(f64, f64)>,
    /// The previous rung and this one share one BLS occupation code and no
    /// pay rate is given: BLS publishes one wage for both, so ask the employer.
    pub same_bls_code: bool,
}

/// A program on a rung as people read it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProgramReport {
    /// Program id.
    pub id: String,
    /// Program name.
    pub name: String,
    /// Kind.
    pub kind: ProgramKind,
    /// True for a bridge program.
    pub bridge: bool,
    /// True when it is there for another program's prerequisite.
    pub for_prerequisite: bool,
    /// Provider name.
    pub provider: String,
    /// Months.
    pub months: f64,
    /// Cost to the learner after funding.
    pub cost: f64,
    /// Full cost before funding.
    pub full_cost: f64,
    /// Every funding source listed, with whether it pays for this person.
    pub funding: Vec<FundingReport>,
    /// Paid while learning.
    pub paid: bool,
    /// For an apprenticeship with a wage schedule: the annual pay while
    /// learning, from the first period to the last, as shares of the
    /// rung's wage; null otherwise or when the rung's wage is not known.
    pub pay_while_learning: Option<(f64, f64)>,
    /// When it meets.
    pub schedule: Vec<Schedule>,
    /// Support services open to its learners.
    pub support_services: Vec<SupportService>,
    /// Source citation.
    pub source: String,
    /// Source date.
    pub source_date: String,
    /// True when the details are an example rather than a published offering.
    pub illustrative: bool,
}

/// A funding source of a program, as it stands for the person asking.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FundingReport {
    /// The partner that pays, by id.
    pub by: String,
    /// The partner's name.
    pub name: String,
    /// The kind of funding.
    pub kind: FundingKind,
    /// Dollars it covers; the whole cost when absent.
    pub covers: Option<f64>,
    /// True when it pays for this person, and so is subtracted from their cost.
    pub applies: bool,
    /// When it does not apply: the first condition the person has not said they meet.
    pub unmet: Option<Unmet>,
    /// The names of the employers or unions that condition names, in its order.
    pub unmet_partners: Vec<String>,
    /// The data's own words on who qualifies, when it has them.
    pub eligibility: Option<String>,
}

/// Fills in ids and names for every route of a result.
pub fn report(graph: &PathwayGraph, set: &RouteSet) -> Vec<RouteReport> {
    set.routes.iter().enumerate().map(|(i, r)| route_report(graph, set, i, r)).collect()
}

/// The report of the route at `index` of `set` alone, or `None` past its
/// routes: for a reader that shows a few routes of thousands and words each
/// only when it is shown.
pub fn report_route(graph: &PathwayGraph, set: &RouteSet, index: usize) -> Option<RouteReport> {
    set.routes.get(index).map(|route| route_report(graph, set, index, route))
}

fn route_report(graph: &PathwayGraph, set: &RouteSet, index: usize, route: &Route) -> RouteReport {
    let person = &set.person;
    let picks = set.picks.of(index);
    let mut elapsed = 0.0;
    let rungs = route
        .rungs
        .iter()
        .map(|rung| {
            let start_month = elapsed;
            elapsed += rung.months;
            // Funding is judged as of the month the rung starts: by then the
            // person has worked that much longer for their employer.
            let person = Person { months_with_employer: person.months_with_employer + start_month, ..person.clone() };
            let person = &person;
            let o = graph.occupation(rung.occupation);
            let bls = graph.wage(rung.occupation);
            let pay = match rung.wage_source {
                WageSource::StepPay => rung.step.and_then(|s| graph.step(s).pay.as_ref()),
                WageSource::OccupationPay => graph.occupation(rung.occupation).pay.as_ref(),
                WageSource::Bls | WageSource::Unknown => None,
            };
            RungReport {
                occupation: o.id.to_string(),
                title: o.title.to_string(),
                note: rung.step.and_then(|s| graph.step(s).note.as_deref().map(str::to_owned)),
                note_illustrative: rung.step.is_some_and(|s| graph.step(s).illustrative),
                credentials: rung
                    .gained
                    .iter()
                    .map(|&c| (graph.credential(c).id.to_string(), graph.credential(c).name.to_string()))
                    .collect(),
                programs: rung
                    .programs
                    .iter()
                    .map(|planned| {
                        let p = graph.program(planned.program);
                        ProgramReport {
                            id: p.id.to_string(),
                            name: p.name.to_string(),
                            kind: p.kind,
                            bridge: p.kind.is_bridge(),
                            for_prerequisite: planned.for_prerequisite,
                            provider: graph.partner_name(&p.provider),
                            months: p.months,
                            cost: planned.cost,
                            full_cost: p.cost,
                            funding: p
                                .funding
                                .iter()
                                .map(|f| {
                                    let unmet = f.unmet(person);
                                    let named = unmet.as_ref().map_or(&[][..], Unmet::partners);
                                    FundingReport {
                                        unmet_partners: named.iter().map(|id| graph.partner_name(id)).collect(),
                                        by: f.by.to_string(),
                                        name: graph.partner_name(&f.by),
                                        kind: f.kind,
                                        covers: f.covers,
                                        applies: unmet.is_none(),
                                        unmet,
                                        eligibility: f.eligibility.as_deref().map(str::to_owned),
                                    }
                                })
                                .collect(),
                            paid: p.paid,
                            pay_while_learning: p
                                .wage_schedule
                                .as_ref()
                                .zip(rung.wage)
                                .map(|(w, wage)| (wage * w.start_percent / 100.0, wage * w.end_percent / 100.0)),
                            schedule: p.schedule.clone(),
                            support_services: graph.support_services(planned.program).into_iter().collect(),
                            source: p.source.citation.to_string(),
                            source_date: p.source.date.clone(),
                            illustrative: p.illustrative
                                || graph.program_partners(planned.program, Edge::Provides).is_empty(),
                        }
                    })
                    .collect(),
                experience_months: rung.experience_months,
                months: rung.months,
                start_month,
                end_month: elapsed,
                cost: rung.cost,
                paid_months: rung.paid_months,
                wage: rung.wage,
                hourly_wage: match pay {
                    Some(pay) => pay.hourly,
                    None => bls.and_then(|w| w.hourly.median),
                },
                wage_step: rung.wage_step,
                wage_basis: rung.wage_source,
                wage_source: match pay {
                    Some(pay) => Some(pay.source.citation.to_string()),
                    None => bls.and_then(|w| w.source.clone()),
                },
                wage_year: match pay {
                    Some(pay) => pay.source.date.get(..4).and_then(|y| y.parse().ok()),
                    None => bls.and_then(|w| w.year),
                },
                wage_national_fallback: pay.is_none() && bls.is_some_and(|w| w.national_fallback),
                bls_wage: bls_annual(graph, rung.occupation),
                bls_range: bls.and_then(|w| Some((w.annual.p10?, w.annual.p90?))),
                same_bls_code: rung.same_bls_code,
            }
        })
        .collect();
    RouteReport {
        rungs,
        months: route.months,
        cost: route.cost,
        paid_months: route.paid_months,
        programs: route.programs,
        final_wage: route.final_wage,
        dominated_by: route.dominated_by,
        picks,
    }
}
