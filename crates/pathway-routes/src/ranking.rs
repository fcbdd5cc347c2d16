//! Ordering a query's routes, marking the routes another beats on every
//! criterion, and naming the fastest, cheapest, highest-wage and most-paid.

use crate::answer::{Criteria, Picks, Route, Rung};
use pathway_model::graph::ProgramIx;
use pathway_model::sorting::sort_stable_by;
use std::cmp::Ordering;

pub(crate) fn wage_key(r: &Route) -> f64 {
    r.final_wage.unwrap_or(f64::NEG_INFINITY)
}

/// Highest wage first, then fewest months, lowest cost, fewest programs, then the path itself.
pub(crate) fn compare_routes(a: &Route, b: &Route) -> Ordering {
    wage_key(b)
        .total_cmp(&wage_key(a))
        .then(a.months.total_cmp(&b.months))
        .then(a.cost.total_cmp(&b.cost))
        .then(a.programs.cmp(&b.programs))
        .then_with(|| compare_paths(a, b))
}

/// The routes' rungs compared one by one, each by its occupation and then
/// its programs, as lists compare: a route that is the start of another
/// comes first. Read in place, since routes of equal figures are common
/// on a large catalog and the sort compares them many times.
fn compare_paths(a: &Route, b: &Route) -> Ordering {
    fn programs(r: &Rung) -> impl Iterator<Item = ProgramIx> + '_ {
        r.programs.iter().map(|p| p.program)
    }
    for (x, y) in a.rungs.iter().zip(&b.rungs) {
        let order = x.occupation.0.cmp(&y.occupation.0).then_with(|| programs(x).cmp(programs(y)));
        if order != Ordering::Equal {
            return order;
        }
    }
    a.rungs.len().cmp(&b.rungs.len())
}

/// Marks each route beaten on every criterion with the first route (by
/// position) that beats it and is beaten by none. One sweep in
/// [`Criteria::sweep_order`] does it: every route that beats another comes
/// before it in that order, so when a route is reached, the unbeaten routes
/// kept so far are all the unbeaten routes that can beat it, and keeping
/// them by position makes the first found the first by position.
pub(crate) fn mark_dominated(routes: &mut [Route]) {
    let criteria: Vec<Criteria> = routes.iter().map(Criteria::of).collect();
    let criteria = criteria.as_slice();
    let mut order: Vec<usize> = (0..routes.len()).collect();
    sort_stable_by(&mut order, |&a, &b| criteria[a].sweep_order(&criteria[b]));
    // The unbeaten routes so far by position, each with a copy of its
    // criteria, which every later route is compared with.
    let mut unbeaten: Vec<(usize, Criteria)> = Vec::new();
    for &i in &order {
        let route = &criteria[i];
        routes[i].dominated_by = unbeaten.iter().find(|(_, u)| u.dominates(route)).map(|&(j, _)| j);
        if routes[i].dominated_by.is_none() {
            let at = unbeaten.partition_point(|&(j, _)| j < i);
            unbeaten.insert(at, (i, *route));
        }
    }
}

pub(crate) fn best_by(routes: &[Route], better: impl Fn(&Route, &Route) -> Ordering) -> Option<usize> {
    (0..routes.len())
        .filter(|&i| routes[i].dominated_by.is_none())
        .min_by(|&i, &j| better(&routes[i], &routes[j]).then(i.cmp(&j)))
}

pub(crate) fn picks(routes: &[Route]) -> Picks {
    Picks {
        fastest: best_by(routes, |a, b| {
            a.months.total_cmp(&b.months).then(wage_key(b).total_cmp(&wage_key(a))).then(a.cost.total_cmp(&b.cost))
        }),
        cheapest: best_by(routes, |a, b| {
            a.cost.total_cmp(&b.cost).then(wage_key(b).total_cmp(&wage_key(a))).then(a.months.total_cmp(&b.months))
        }),
        highest_wage: best_by(routes, |a, b| {
            wage_key(b).total_cmp(&wage_key(a)).then(a.months.total_cmp(&b.months)).then(a.cost.total_cmp(&b.cost))
        }),
        most_paid: best_by(routes, |a, b| {
            b.paid_months
                .total_cmp(&a.paid_months)
                .then(wage_key(b).total_cmp(&wage_key(a)))
                .then(a.months.total_cmp(&b.months))
        })
        .filter(|&i| routes[i].paid_months > 0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{PlannedProgram, WageSource};
    use pathway_model::graph::OccupationIx;

    /// A route of equal figures to every other, through `rungs`: each an
    /// occupation and its programs.
    fn route(rungs: &[(u32, &[u32])]) -> Route {
        let rung = |&(occupation, programs): &(u32, &[u32])| Rung {
            occupation: OccupationIx(occupation),
            step: None,
            gained: Default::default(),
            programs: programs
                .iter()
                .map(|&p| PlannedProgram { program: ProgramIx(p), for_prerequisite: false, cost: 0.0 })
                .collect::<Vec<_>>()
                .into(),
            experience_months: 0.0,
            months: 0.0,
            study_months: 0.0,
            cost: 0.0,
            paid_months: 0.0,
            wage: None,
            wage_source: WageSource::Unknown,
            wage_step: None,
            same_bls_code: false,
        };
        Route {
            rungs: rungs.iter().map(rung).collect(),
            months: 1.0,
            cost: 1.0,
            paid_months: 0.0,
            programs: 1,
            final_wage: Some(1.0),
            dominated_by: None,
        }
    }

    #[test]
    fn routes_of_equal_figures_are_ordered_by_their_paths_as_lists_are() {
        // Sorted as lists of (occupation, programs) sort.
        let sorted = [
            route(&[(1, &[])]),
            route(&[(1, &[]), (2, &[3])]),
            route(&[(1, &[4])]),
            route(&[(1, &[4, 1])]),
            route(&[(1, &[5]), (0, &[])]),
            route(&[(2, &[])]),
        ];
        for (i, a) in sorted.iter().enumerate() {
            for (j, b) in sorted.iter().enumerate() {
                assert_eq!(compare_routes(a, b), i.cmp(&j), "routes {i} and {j}");
            }
        }
    }
}
