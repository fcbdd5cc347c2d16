//! Ordering a query's routes, marking the routes another beats on every
//! criterion, and naming the fastest, cheapest, highest-wage and most-paid.

use crate::answer::{Criteria, Picks, Route};
use pathway_model::graph::ProgramIx;
use pathway_model::sorting::sort_stable_by;
use std::cmp::Ordering;

pub(crate) fn wage_key(r: &Route) -> f64 {
    r.final_wage.unwrap_or(f64::NEG_INFINITY)
}

pub(crate) fn path_key(r: &Route) -> Vec<(u32, Vec<ProgramIx>)> {
    r.rungs.iter().map(|g| (g.occupation.0, g.programs.iter().map(|p| p.program).collect())).collect()
}

/// Highest wage first, then fewest months, lowest cost, fewest programs, then the path itself.
pub(crate) fn compare_routes(a: &Route, b: &Route) -> Ordering {
    wage_key(b)
        .total_cmp(&wage_key(a))
        .then(a.months.total_cmp(&b.months))
        .then(a.cost.total_cmp(&b.cost))
        .then(a.programs.cmp(&b.programs))
        .then_with(|| path_key(a).cmp(&path_key(b)))
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
