//! Acquisition plans: the sets of programs that earn the credentials a rung
//! needs, with bridge programs for missing prerequisites, in an order that
//! respects every prerequisite.

use super::PlannedProgram;
use crate::export::cost_to_learner;
use crate::graph::{CredentialIx, PathwayGraph, ProgramIx};
use std::collections::HashSet;

/// The most programs one rung may take; deeper chains of prerequisites are
/// not real pathways and would only slow the search. Checking warns about a
/// step that needs more.
pub const MAX_PLAN_PROGRAMS: usize = 10;
/// The most alternative plans kept for one rung.
const MAX_PLANS: usize = 256;

/// A sorted set of credentials.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct CredSet(Vec<CredentialIx>);

impl CredSet {
    pub(crate) fn from_unsorted(mut v: Vec<CredentialIx>) -> Self {
        v.sort_unstable();
        v.dedup();
        Self(v)
    }

    pub(crate) fn contains(&self, c: CredentialIx) -> bool {
        self.0.binary_search(&c).is_ok()
    }

    pub(crate) fn insert(&mut self, c: CredentialIx) {
        if let Err(at) = self.0.binary_search(&c) {
            self.0.insert(at, c);
        }
    }

    pub(crate) fn as_slice(&self) -> &[CredentialIx] {
        &self.0
    }
}

/// The per-query view of programs the plan search uses.
pub(crate) struct ProgramTable {
    pub(crate) requires: Vec<Vec<CredentialIx>>,
    pub(crate) awards: Vec<Vec<CredentialIx>>,
    pub(crate) cost: Vec<f64>,
    pub(crate) months: Vec<f64>,
    pub(crate) paid: Vec<bool>,
    /// For each credential, the allowed programs that award it, in dataset order.
    pub(crate) awarded_by: Vec<Vec<ProgramIx>>,
}

impl ProgramTable {
    pub(crate) fn new(graph: &PathwayGraph, allowed: Vec<bool>) -> Self {
        let ixs = |ids: &[crate::ids::CredentialId]| -> Vec<CredentialIx> {
            ids.iter().filter_map(|c| graph.credential_ix(c)).collect()
        };
        let programs = &graph.dataset().programs;
        let mut awarded_by = vec![Vec::new(); graph.dataset().credentials.len()];
        for (i, p) in programs.iter().enumerate() {
            if allowed[i] {
                for c in ixs(&p.awards) {
                    awarded_by[c.index()].push(ProgramIx(i as u32));
                }
            }
        }
        Self {
            requires: programs.iter().map(|p| ixs(&p.requires)).collect(),
            awards: programs.iter().map(|p| ixs(&p.awards)).collect(),
            cost: programs.iter().map(cost_to_learner).collect(),
            months: programs.iter().map(|p| p.months).collect(),
            paid: programs.iter().map(|p| p.paid).collect(),
            awarded_by,
        }
    }
}

/// One way to earn a rung's missing credentials.
#[derive(Clone, Debug)]
pub(crate) struct Plan {
    pub(crate) programs: Vec<PlannedProgram>,
    /// Every credential the plan's programs award.
    pub(crate) awarded: Vec<CredentialIx>,
    pub(crate) months: f64,
    pub(crate) cost: f64,
    pub(crate) paid_months: f64,
}

/// Every inclusion-minimal, orderable set of allowed programs that earns `missing`
/// starting from `held`. An empty `missing` gives one empty plan.
pub(crate) fn plans_for(table: &ProgramTable, missing: &[CredentialIx], held: &CredSet) -> Vec<Plan> {
    let mut found: Vec<Vec<ProgramIx>> = Vec::new();
    let mut seen: HashSet<Vec<ProgramIx>> = HashSet::new();
    let mut chosen = Vec::new();
    let mut need = missing.to_vec();
    explore(table, &mut need, 0, held, &mut chosen, &mut found, &mut seen);
    found
        .into_iter()
        .filter_map(|set| {
            let order = feasible_order(table, &set, held)?;
            is_minimal(table, &set, missing, held).then(|| make_plan(table, &order, missing))
        })
        .collect()
}

/// Works through `need` from position `next`. A credential not held from the
/// start is either left to a program already chosen that awards it, or earned
/// by one more program; both branches are tried, because a program chosen for
/// a later rung of the chain may only be takeable after the one needing it.
/// Orderability and minimality are checked on the finished sets.
fn explore(
    table: &ProgramTable,
    need: &mut Vec<CredentialIx>,
    next: usize,
    held: &CredSet,
    chosen: &mut Vec<ProgramIx>,
    found: &mut Vec<Vec<ProgramIx>>,
    seen: &mut HashSet<Vec<ProgramIx>>,
) {
    if found.len() >= MAX_PLANS {
        return;
    }
    let Some(&credential) = need.get(next) else {
        let mut key = chosen.clone();
        key.sort_unstable();
        if seen.insert(key.clone()) {
            found.push(key);
        }
        return;
    };
    if held.contains(credential) {
        explore(table, need, next + 1, held, chosen, found, seen);
        return;
    }
    if chosen.iter().any(|p| table.awards[p.index()].contains(&credential)) {
        explore(table, need, next + 1, held, chosen, found, seen);
    }
    if chosen.len() >= MAX_PLAN_PROGRAMS {
        return;
    }
    for &p in &table.awarded_by[credential.index()] {
        if chosen.contains(&p) {
            continue;
        }
        let before = need.len();
        for &r in &table.requires[p.index()] {
            if !need.contains(&r) {
                need.push(r);
            }
        }
        chosen.push(p);
        explore(table, need, next + 1, held, chosen, found, seen);
        chosen.pop();
        need.truncate(before);
    }
}

/// An order in which every program's prerequisites are held before it starts,
/// taking the earliest ready program first so the order is stable.
fn feasible_order(table: &ProgramTable, set: &[ProgramIx], held: &CredSet) -> Option<Vec<ProgramIx>> {
    let mut have = held.clone();
    let mut left: Vec<ProgramIx> = set.to_vec();
    let mut order = Vec::with_capacity(set.len());
    while !left.is_empty() {
        let ready = left.iter().position(|p| table.requires[p.index()].iter().all(|&c| have.contains(c)))?;
        let p = left.remove(ready);
        for &c in &table.awards[p.index()] {
            have.insert(c);
        }
        order.push(p);
    }
    Some(order)
}

fn covers(table: &ProgramTable, set: &[ProgramIx], missing: &[CredentialIx], held: &CredSet) -> bool {
    missing.iter().all(|&c| held.contains(c) || set.iter().any(|p| table.awards[p.index()].contains(&c)))
}

/// No program can be left out: each one is needed for the rung or for another's prerequisite.
fn is_minimal(table: &ProgramTable, set: &[ProgramIx], missing: &[CredentialIx], held: &CredSet) -> bool {
    (0..set.len()).all(|skip| {
        let rest: Vec<ProgramIx> =
            set.iter().enumerate().filter(|&(i, _)| i != skip).map(|(_, &p)| p).collect();
        !(covers(table, &rest, missing, held) && feasible_order(table, &rest, held).is_some())
    })
}

fn make_plan(table: &ProgramTable, order: &[ProgramIx], missing: &[CredentialIx]) -> Plan {
    let mut awarded = Vec::new();
    let mut programs = Vec::with_capacity(order.len());
    let (mut months, mut cost, mut paid_months) = (0.0, 0.0, 0.0);
    for &p in order {
        let i = p.index();
        for &c in &table.awards[i] {
            awarded.push(c);
        }
        months += table.months[i];
        cost += table.cost[i];
        if table.paid[i] {
            paid_months += table.months[i];
        }
        let for_step = table.awards[i].iter().any(|c| missing.contains(c));
        programs.push(PlannedProgram { program: p, for_prerequisite: !for_step, cost: table.cost[i] });
    }
    Plan { programs, awarded, months, cost, paid_months }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_stay_sorted_and_unique() {
        let mut a = CredSet::from_unsorted(vec![CredentialIx(3), CredentialIx(1), CredentialIx(3)]);
        a.insert(CredentialIx(2));
        a.insert(CredentialIx(1));
        assert_eq!(a.as_slice(), &[CredentialIx(1), CredentialIx(2), CredentialIx(3)]);
        assert!(a.contains(CredentialIx(2)) && !a.contains(CredentialIx(0)));
    }
}
