//! Acquisition plans: the sets of programs that earn the credentials a rung
//! needs, with bridge programs for missing prerequisites, in an order that
//! respects every prerequisite. A rung keeps only the plans no other plan
//! outdoes (see [`plans_for`]).

mod table;
mod walk;

pub(crate) use table::{Allowed, LeastMemo, ProgramTable};

use crate::answer::PlannedProgram;
use crate::credset::{CredSet, HeldBits};
use crate::shared::SharedSlice;
use pathway_model::graph::{CredentialIx, ProgramIx};
use std::sync::Arc;
use walk::{explore, AwardBits, ProgramSet, SetNeeds, Walk};

/// The plans for earning `missing` starting from `held`: every
/// inclusion-minimal, orderable set of allowed programs that earns it,
/// except those another such set outdoes ([`Weight::covers`]). An empty
/// `missing` gives one empty plan.
///
/// A plan outdone by another is never worth taking: the same route with the
/// other plan instead is no worse on any criterion and holds at least the
/// same credentials after the rung, so the search would keep that route
/// and drop this one. Alternatives such as several GED or ESL programs
/// before each program for a credential multiply into dozens of candidate
/// sets per rung, and about nine in ten are outdone, so a candidate is
/// weighed against the plans kept so far before anything else, and only one
/// that is not outdone is checked for order and minimality.
pub(crate) fn plans_for(
    programs: &Allowed<'_>,
    missing: &[CredentialIx],
    held: &CredSet,
    scratch: &mut PlanScratch,
) -> Plans {
    let table = programs.table;
    let words = table.awarded_by.len().div_ceil(64);
    let mut bits = std::mem::take(&mut scratch.held);
    bits.resize(words, 0);
    for c in held.as_slice() {
        crate::credset::set(&mut bits, c.index());
    }
    let held_bits = HeldBits(&bits);
    let PlanScratch { walk, needs, order, kept, made: plans, .. } = scratch;
    plans.clear();
    kept.clear();
    let timed = programs.timed_funding;
    let mut consider = |chosen: &[ProgramIx], weight: Weight| {
        if kept.iter().any(|(w, _)| w.covers(&weight, timed)) {
            return;
        }
        let set = ProgramSet::sorted(chosen);
        let set = set.as_slice();
        needs.fill(table, set, missing, &held_bits);
        let all = (1 << set.len()) - 1;
        order.clear();
        if !(needs.take_in_order(all, Some(order)) && needs.is_minimal()) {
            return;
        }
        // A plan of the same weight made earlier stays even when this one
        // awards more: whether the extra credentials matter depends on the
        // occupation reached, and where they do not, the search shows the
        // earlier plan.
        let lead = leading_work_months(programs, set, order);
        // Once ordered, the months that cannot overlap experience are known exactly.
        let weight = Weight { tail: weight.months - lead, ..weight };
        kept.retain(|(w, _)| weight.same_as(w) || !weight.covers(w, timed));
        kept.push((weight, plans.plans.len()));
        plans.push(programs, set, order, needs.for_step, lead);
    };
    explore(programs, missing, &held_bits, walk, &mut consider);
    for c in held.as_slice() {
        bits[c.index() / 64] = 0;
    }
    scratch.held = bits;
    scratch.made.keep(&scratch.kept, &mut scratch.staging)
}

/// One way to earn a rung's missing credentials. Its programs and the
/// credentials they award are stored in the [`Plans`] it belongs to.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Plan {
    programs: (usize, usize),
    awarded: (usize, usize),
    pub(crate) months: f64,
    pub(crate) cost: f64,
    pub(crate) paid_months: f64,
    /// Months of the programs at the start of the plan that leave the
    /// learner working: they can run during required experience.
    pub(crate) lead: f64,
}

/// The plans for one rung, with every plan's programs and awarded
/// credentials stored back to back: a query makes tens of thousands of
/// plans, and two small lists each would be as many allocations. The
/// programs are shared with the rungs of the answer that take these plans.
#[derive(Clone, Debug, Default)]
pub(crate) struct Plans {
    plans: Vec<Plan>,
    programs: Arc<[PlannedProgram]>,
    awarded: Vec<CredentialIx>,
}

/// The plans [`plans_for`] makes for one rung, kept or not, in vectors
/// reused from one rung to the next; the plans kept are copied out once, at
/// their full size ([`PlanList::keep`]).
#[derive(Default)]
struct PlanList {
    plans: Vec<Plan>,
    programs: Vec<PlannedProgram>,
    awarded: Vec<CredentialIx>,
}

impl Plans {
    pub(crate) fn len(&self) -> usize {
        self.plans.len()
    }

    pub(crate) fn plan(&self, i: usize) -> &Plan {
        &self.plans[i]
    }

    /// For each position, the fewest months and the lowest cost of the plans
    /// from there to the end; `None` when some plan's months or cost is not
    /// a finite number, since then no such bound holds for it.
    pub(crate) fn least_from_each(&self) -> Option<Vec<(f64, f64)>> {
        if self.plans.iter().any(|p| !p.months.is_finite() || !p.cost.is_finite()) {
            return None;
        }
        let mut least = vec![(f64::INFINITY, f64::INFINITY); self.plans.len()];
        let mut so_far = (f64::INFINITY, f64::INFINITY);
        for (i, p) in self.plans.iter().enumerate().rev() {
            so_far = (so_far.0.min(p.months), so_far.1.min(p.cost));
            least[i] = so_far;
        }
        Some(least)
    }

    /// The number of the plan's programs.
    pub(crate) fn program_count(&self, plan: &Plan) -> usize {
        plan.programs.1 - plan.programs.0
    }

    /// The plan's programs, prerequisites first, shared.
    pub(crate) fn programs(&self, plan: &Plan) -> SharedSlice<PlannedProgram> {
        SharedSlice::new(&self.programs, plan.programs.0..plan.programs.1)
    }

    /// Every credential the plan's programs award.
    pub(crate) fn awarded(&self, plan: &Plan) -> &[CredentialIx] {
        &self.awarded[plan.awarded.0..plan.awarded.1]
    }
}

impl PlanList {
    fn clear(&mut self) {
        self.plans.clear();
        self.programs.clear();
        self.awarded.clear();
    }

    /// The plans at the positions `kept` lists, in that order, each vector
    /// allocated once; `staging` holds the programs on their way into the
    /// shared list.
    fn keep(&self, kept: &[(Weight, usize)], staging: &mut Vec<PlannedProgram>) -> Plans {
        let awarded_len = kept.iter().map(|&(_, i)| self.plans[i].awarded.1 - self.plans[i].awarded.0).sum();
        let mut plans = Vec::with_capacity(kept.len());
        let mut awarded = Vec::with_capacity(awarded_len);
        staging.clear();
        for plan in kept.iter().map(|&(_, i)| &self.plans[i]) {
            let (programs_start, awarded_start) = (staging.len(), awarded.len());
            staging.extend_from_slice(&self.programs[plan.programs.0..plan.programs.1]);
            awarded.extend_from_slice(&self.awarded[plan.awarded.0..plan.awarded.1]);
            plans.push(Plan {
                programs: (programs_start, staging.len()),
                awarded: (awarded_start, awarded.len()),
                ..*plan
            });
        }
        Plans { plans, programs: Arc::from(&staging[..]), awarded }
    }

    /// Adds the plan taking `set[i]` for each position `i` of `order`, in
    /// that order; `for_step` marks the positions of programs that earn one
    /// of the rung's missing credentials.
    fn push(&mut self, programs: &Allowed<'_>, set: &[ProgramIx], order: &[usize], for_step: u32, lead: f64) {
        let table = programs.table;
        let (programs_start, awarded_start) = (self.programs.len(), self.awarded.len());
        let (mut months, mut cost, mut paid_months) = (0.0, 0.0, 0.0);
        for &at in order {
            let p = set[at];
            let i = p.index();
            for &c in &table.awards[i] {
                self.awarded.push(c);
            }
            months += table.months[i];
            cost += programs.cost[i];
            if table.paid[i] {
                paid_months += table.months[i];
            }
            self.programs.push(PlannedProgram {
                program: p,
                for_prerequisite: for_step & 1 << at == 0,
                cost: programs.cost[i],
            });
        }
        self.plans.push(Plan {
            programs: (programs_start, self.programs.len()),
            awarded: (awarded_start, self.awarded.len()),
            months,
            cost,
            paid_months,
            lead,
        });
    }
}

/// Buffers the plan search reuses from one rung's plans to the next: a
/// query makes about a thousand plan sets, and growing fresh buffers for
/// each one cost more than filling them.
#[derive(Default)]
pub(crate) struct PlanScratch {
    walk: Walk,
    needs: SetNeeds,
    order: Vec<usize>,
    /// The weights of the plans made for the current rung that no later
    /// plan has outdone yet, with each one's position among those made.
    kept: Vec<(Weight, usize)>,
    /// The held credentials as bits, set for one plan set and cleared after
    /// it: the plan search asks about them for every program it looks at.
    held: Vec<u64>,
    /// The plans made for the current rung, kept or not.
    made: PlanList,
    /// The kept plans' programs on their way into their shared list.
    staging: Vec<PlannedProgram>,
}

/// What makes one plan better than another for every route: months, cost,
/// programs and unpaid months of study, each as the search weighs them, and
/// the useful credentials its programs award ([`AwardBits`]).
#[derive(Clone, Copy, Debug)]
struct Weight {
    months: f64,
    cost: f64,
    programs: usize,
    unpaid: f64,
    /// Months that cannot run during required experience: exact for a
    /// plan kept, and for a candidate not yet ordered a lower bound (the
    /// months of its programs that stop the learner working).
    tail: f64,
    awards: u64,
    /// Some credential awarded has no bit in `awards`.
    unmapped: bool,
}

impl Weight {
    /// The weight of no programs.
    const NONE: Self = Self { months: 0.0, cost: 0.0, programs: 0, unpaid: 0.0, tail: 0.0, awards: 0, unmapped: false };

    /// This weight with program `p` added.
    fn with(&self, programs: &Allowed<'_>, p: ProgramIx, award_bits: &mut AwardBits) -> Self {
        let (i, table) = (p.index(), programs.table);
        let (awards, unmapped) = award_bits.of(table, p);
        Self {
            months: self.months + table.months[i],
            cost: self.cost + programs.cost[i],
            programs: self.programs + 1,
            unpaid: self.unpaid + table.unpaid(p),
            tail: self.tail + if table.keeps_working[i] { 0.0 } else { table.months[i] },
            awards: self.awards | awards,
            unmapped: self.unmapped || unmapped,
        }
    }

    /// True when the two weights are the same on every figure.
    fn same_as(&self, other: &Weight) -> bool {
        self.months == other.months
            && self.cost == other.cost
            && self.programs == other.programs
            && self.unpaid == other.unpaid
            && self.tail == other.tail
    }

    /// True when a plan of this weight is at least as good as one of weight
    /// `other`: no more months, cost, programs or unpaid months, no more
    /// months that cannot overlap required experience, and every useful
    /// credential the other awards. With `timed` funding (see
    /// `Allowed::timed_funding`) the months must be the same.
    #[inline(always)]
    fn covers(&self, other: &Weight, timed: bool) -> bool {
        self.months <= other.months
            && (!timed || self.months == other.months)
            && self.cost <= other.cost
            && self.programs <= other.programs
            && self.unpaid <= other.unpaid
            && self.tail <= other.tail
            && !other.unmapped
            && other.awards & !self.awards == 0
    }
}

/// The months of the programs at the start of `order` that leave the
/// learner working, which can run during the rung's required experience.
fn leading_work_months(programs: &Allowed<'_>, set: &[ProgramIx], order: &[usize]) -> f64 {
    let table = programs.table;
    let mut lead = 0.0;
    for &at in order {
        let i = set[at].index();
        if !table.keeps_working[i] {
            break;
        }
        lead += table.months[i];
    }
    lead
}
