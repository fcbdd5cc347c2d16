//! What each rung pays and where the figure comes from: a pay rate the
//! partnership authored (on the step, then on the occupation) before the
//! BLS occupation wage, and whether a step between two rungs that BLS
//! publishes under one code can be weighed on wages at all.

use crate::answer::WageSource;
use pathway_model::graph::{OccupationIx, StepIx};
use pathway_model::pay::HOURS_PER_YEAR;
use pathway_model::PathwayGraph;

/// The annual wage at `occupation` when reached by `step`, and where it comes from.
pub(crate) fn rung_wage(
    graph: &PathwayGraph,
    step: Option<StepIx>,
    occupation: OccupationIx,
) -> (Option<f64>, WageSource) {
    if let Some(annual) = step.and_then(|s| graph.step(s).pay.as_ref()).and_then(|p| p.annual()) {
        return (Some(annual), WageSource::StepPay);
    }
    if let Some(annual) = graph.occupation(occupation).pay.as_ref().and_then(|p| p.annual()) {
        return (Some(annual), WageSource::OccupationPay);
    }
    match bls_annual(graph, occupation) {
        Some(annual) => (Some(annual), WageSource::Bls),
        None => (None, WageSource::Unknown),
    }
}

/// The BLS annual median of an occupation, or its hourly median for a full year.
pub(crate) fn bls_annual(graph: &PathwayGraph, occupation: OccupationIx) -> Option<f64> {
    let wage = graph.wage(occupation)?;
    wage.annual.median.or_else(|| wage.hourly.median.map(|h| h * HOURS_PER_YEAR))
}

/// True when both rungs' wages are BLS figures for one occupation code:
/// BLS publishes one wage for both, so the step shows no gain or loss.
pub(crate) fn same_bls_code(
    graph: &PathwayGraph,
    (from, from_source): (OccupationIx, WageSource),
    (to, to_source): (OccupationIx, WageSource),
) -> bool {
    from_source == WageSource::Bls
        && to_source == WageSource::Bls
        && graph.occupation(from).soc == graph.occupation(to).soc
}
