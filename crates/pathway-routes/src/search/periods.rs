//! Funding periods: the route months at which employer funding the person
//! does not yet qualify for starts to pay, because months with the
//! employer keep counting along the route.

use super::labels::Figures;
use super::EPSILON;
use pathway_model::eligibility::Person;
use pathway_model::PathwayGraph;

/// The route months, ascending and without repeats, at which employer
/// funding starts to pay for `person`: funding for their employer's staff
/// after more months than they have worked so far.
pub(super) fn funding_from(graph: &PathwayGraph, person: &Person) -> Vec<f64> {
    let Some(employer) = &person.employer else { return Vec::new() };
    let mut from: Vec<f64> = Vec::new();
    for p in graph.programs() {
        for f in &graph.program(p).funding {
            let Some(e) = &f.eligible else { continue };
            let Some(after) = e.after_months else { continue };
            let wait = after - person.months_with_employer;
            if e.employees_of.contains(employer) && wait > 0.0 && wait.is_finite() && !from.contains(&wait) {
                from.push(wait);
            }
        }
    }
    pathway_model::sorting::sort_unstable_by(&mut from, |a, b| a < b);
    from
}

/// The funding period (see `Search::funding_from`) of route month `month`.
pub(super) fn period(funding_from: &[f64], month: f64) -> usize {
    funding_from.iter().filter(|&&from| from <= month + EPSILON).count()
}

/// True when a label at figures `a`, no worse than one at `b`, is also no
/// worse for every rung that follows: with employer funding still to start,
/// a later label's next rungs may be paid for where an earlier label's are
/// not, so only a label reached in the same month, or after the last such
/// start, covers another.
pub(super) fn covers_in_time(funding_from: &[f64], a: &Figures, b: &Figures) -> bool {
    funding_from.is_empty()
        || (b.months - a.months).abs() <= EPSILON
        || period(funding_from, a.months) == funding_from.len()
}
