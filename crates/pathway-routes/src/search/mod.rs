//! The label-setting search behind `RouteEngine::find_routes`: every
//! destination's best routes under one set of limits.

use crate::answer::RouteSet;
use crate::constraints::{Constraints, Enrollment};
use crate::credset::{is_subset, Bits, CredSet, Span};
use crate::plans::{plans_for, Allowed, LeastMemo, Plan, PlanScratch, Plans};
use crate::query::Resolved;
use crate::shared::SharedSlice;
use crate::tables::GraphTables;
use labels::{climbs_as_far, no_worse, on_route, Figures, Front, Label, QueueKey, Via};
pub(crate) use memo::PlanMemo;
use pathway_model::graph::{CredentialIx, OccupationIx, PathwayGraph};
use periods::{covers_in_time, period};
use rustc_hash::FxHashMap;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

mod assemble;
mod labels;
mod memo;
mod periods;
mod run;

pub(crate) use run::Run;

/// Tolerance for comparing sums of months and dollars.
pub(crate) const EPSILON: f64 = 1e-9;

/// The most routes kept at one occupation. Real ladders keep far fewer, so
/// the answer is the exact Pareto set; on graphs with many interchangeable
/// programs per rung the fronts would multiply along every path, and this
/// bound keeps the search to milliseconds by dropping the routes that score
/// worst on months plus cost (a month counted as $1,000).
pub const MAX_ROUTES_PER_OCCUPATION: usize = 8;

/// The most rungs a route climbs. Real ladders have a handful; a chain of
/// thousands (a generated or mistaken file) would otherwise make the answer
/// grow with the square of its length, since every rung's route repeats the
/// rungs below it. Ladders are followed no further, and the answer says so.
pub const MAX_RUNGS: usize = 50;

/// A plan set's key: the missing credentials, the held ones that bear on
/// earning them, and the funding period the rung starts in.
type PlanKey = (Vec<CredentialIx>, Vec<CredentialIx>, usize);

type PlanCache = FxHashMap<PlanKey, PlanEntry>;

/// What the search knows of the plans for one key: their position in
/// `plan_sets` once made, and before that the bound on them
/// ([`Allowed::least_for`]), so a key met again is not bounded again.
#[derive(Clone, Copy, Debug)]
enum PlanEntry {
    Made(usize),
    Unmade(Option<(f64, f64)>),
}

pub(crate) fn search(
    graph: &PathwayGraph,
    tables: &GraphTables,
    resolved: &Resolved,
    constraints: &Constraints,
    enrollment: Enrollment,
    memo: &PlanMemo,
) -> RouteSet {
    let mut run = Run::new(graph, tables, resolved, constraints, enrollment, memo);
    while !run.advance(usize::MAX) {}
    run.finish()
}

/// The plans for one rung's missing credentials, shared by every label that
/// needs the same credentials with the same bearing holdings.
struct PlanSet {
    /// Shared with the rungs that take these plans.
    missing: SharedSlice<CredentialIx>,
    plans: Plans,
    /// [`Plans::least_from_each`], for turning away the rest of a set at once.
    least: Option<Vec<(f64, f64)>>,
}

/// A rung's months: its plan's programs one after another, with those at
/// the start that leave the learner working run during the experience the
/// step still requires, and the rest after it.
fn rung_months(experience: f64, plan: &Plan) -> f64 {
    plan.months + (experience - plan.lead).max(0.0)
}

struct Search<'g> {
    graph: &'g PathwayGraph,
    tables: &'g GraphTables,
    /// The programs the query allows, with their cost to the person in each
    /// funding period (see `funding_from`).
    programs: Vec<Allowed<'g>>,
    /// The route months, ascending, at which employer funding the person
    /// does not yet qualify for starts to pay, once they have worked for
    /// the employer long enough. Period 0 is before the first.
    funding_from: Vec<f64>,
    /// The question's start, holdings and person, and its limits: owned, so
    /// a [`Run`] can hold its search between slices.
    resolved: Resolved,
    constraints: Constraints,
    labels: Vec<Label>,
    /// Every stored label's held credentials, back to back, where its
    /// `held` range points: one vector for the search rather than one per
    /// label.
    held_pool: Vec<CredentialIx>,
    /// Every stored label's relevant credentials as bits, one
    /// [`Relevance::words`](crate::relevance::Relevance::words)-long run per
    /// label in label order ([`relevant_in`]).
    relevant_pool: Vec<u64>,
    /// The credentials of the label being expanded, copied out of
    /// `held_pool` so offers can add to the pool while reading them.
    expanding: CredSet,
    /// The plan-set key of the step being looked at, its vectors reused
    /// from one step to the next.
    step_key: PlanKey,
    fronts: Vec<Front>,
    /// Plan sets, by position in `plan_sets`, or the bound on a set not made
    /// yet, keyed by (missing credentials, the held credentials that bear on
    /// earning them).
    plans: PlanCache,
    plan_sets: Vec<PlanSet>,
    plan_scratch: PlanScratch,
    least_memo: LeastMemo,
    /// The relevant credentials of the label being offered, kept between
    /// offers so that checking a label allocates nothing.
    scratch: Bits,
    /// The credentials held before the rung being offered that a
    /// continuation from its occupation can still need: the same for every
    /// plan of a step, so worked out once per step.
    held_relevant: Bits,
    /// The span of `held_relevant`.
    held_span: Span,
    /// Labels to expand, fewest months first, so a label is rarely expanded
    /// before one that covers it arrives.
    queue: BinaryHeap<Reverse<QueueKey>>,
    /// Some ladder went on past [`MAX_RUNGS`] rungs and was followed no further.
    beyond_rung_limit: bool,
    /// Whether each occupation is in the person's region (or either has
    /// none), worked out once: the search asks for every step it looks at.
    in_region: Vec<bool>,
}

/// The relevant credentials of label `i` in `pool`, the search's
/// `relevant_pool`, whose labels' runs are `words` long. A free function so
/// that it borrows the pool alone while the labels are changed.
fn relevant_in(pool: &[u64], words: usize, i: usize) -> &[u64] {
    &pool[i * words..(i + 1) * words]
}

impl Search<'_> {
    fn on_path(&self, label: Option<usize>, occupation: OccupationIx) -> bool {
        on_route(&self.labels, self.resolved.start, label, occupation)
    }

    fn in_region(&self, occupation: OccupationIx) -> bool {
        self.in_region[occupation.index()]
    }

    /// Every rung that can follow `parent` (or the start, for `None`).
    fn expand(&mut self, parent: Option<usize>) {
        if parent.is_some_and(|i| self.labels[i].rungs >= MAX_RUNGS) {
            let here = parent.map(|i| self.labels[i].occupation);
            self.beyond_rung_limit |= !self.tables.steps_from(here).is_empty();
            return;
        }
        // The parent's credentials are copied into a reused set, given back
        // after the expansion, since its offers add to the pool they sit in.
        let mut held = std::mem::take(&mut self.expanding);
        held.0.clear();
        let from = match parent {
            Some(i) => {
                let (first, end) = self.labels[i].held;
                held.0.extend_from_slice(&self.held_pool[first..end]);
                Some(self.labels[i].occupation)
            }
            None => {
                held.0.extend_from_slice(self.resolved.held.as_slice());
                self.resolved.start
            }
        };
        if from.is_none() {
            // A person with no job yet can be hired into any entry role of the region.
            for occupation in self.graph.occupations() {
                if self.graph.occupation(occupation).entry && self.in_region(occupation) {
                    self.held_span = self.tables.relevance.mask_into(
                        Some(occupation),
                        held.as_slice().iter(),
                        &mut self.held_relevant,
                    );
                    self.offer(parent, occupation, &held, None, 0.0);
                }
            }
        }
        let tables = self.tables;
        // The plan-set key of each step (missing credentials, the held ones
        // that bear on earning them, and the funding period the rung starts
        // in), filled in place step after step.
        let start_month = parent.map_or(0.0, |i| self.labels[i].figures.months);
        let mut key = std::mem::take(&mut self.step_key);
        key.2 = period(&self.funding_from, start_month);
        for &step_ix in tables.steps_from(from) {
            let step = self.graph.step(step_ix);
            let Some((to, required)) = &tables.relevance.steps[step_ix.index()] else {
                continue;
            };
            let to = *to;
            if self.on_path(parent, to) || !self.in_region(to) {
                continue;
            }
            key.0.clear();
            key.0.extend(required.iter().copied().filter(|&c| !held.contains(c)));
            let already = if parent.is_none() { self.resolved.experience_months } else { 0.0 };
            let experience = (step.experience_months - already).max(0.0);
            tables.relevance.for_earning(&key.0, held.as_slice(), &mut key.1);
            let entry = self.plans.get(&key).copied();
            let plan_set = match entry {
                Some(PlanEntry::Made(at)) => at,
                // A plan set not made yet is made only when a bound on all
                // its plans leaves some plan a chance: many are never needed.
                _ => {
                    let least = match entry {
                        Some(PlanEntry::Unmade(least)) => least,
                        _ => {
                            let least = self.programs[key.2].least_for(&key.0, &held, &mut self.least_memo);
                            self.plans.insert(key.clone(), PlanEntry::Unmade(least));
                            least
                        }
                    };
                    if least.is_some_and(|least| self.all_turned_away(parent, to, least, experience)) {
                        continue;
                    }
                    self.plan_set(&key, &held)
                }
            };
            self.held_span = tables.relevance.mask_into(Some(to), held.as_slice().iter(), &mut self.held_relevant);
            for plan in 0..self.plan_sets[plan_set].plans.len() {
                if self.rest_turned_away(parent, to, plan_set, plan, experience) {
                    break;
                }
                self.offer(parent, to, &held, Some(Via { step: step_ix, plan_set, plan }), experience);
            }
        }
        self.expanding = held;
        self.step_key = key;
    }

    /// Makes the plans for `key`: the missing credentials and the held ones
    /// that bear on earning them. Returns their position in `plan_sets`.
    fn plan_set(&mut self, key: &PlanKey, held: &CredSet) -> usize {
        let at = self.plan_sets.len();
        let plans = plans_for(&self.programs[key.2], &key.0, held, &mut self.plan_scratch);
        let least = plans.least_from_each();
        self.plan_sets.push(PlanSet { missing: key.0.as_slice().into(), plans, least });
        // The key is there already, with the bound worked out before the
        // set was made.
        match self.plans.get_mut(key) {
            Some(entry) => *entry = PlanEntry::Made(at),
            None => _ = self.plans.insert(key.clone(), PlanEntry::Made(at)),
        }
        at
    }

    /// True when every plan of `plan_set` from position `from` on would be
    /// turned away by [`Self::offer`]'s first test ([`Self::all_turned_away`]
    /// with the fewest months and lowest cost among those plans). Turning a
    /// label away changes nothing, so the test holds for the rest of the
    /// loop. This skips most of the plans a full occupation would refuse one
    /// by one.
    fn rest_turned_away(
        &self,
        parent: Option<usize>,
        occupation: OccupationIx,
        plan_set: usize,
        from: usize,
        experience: f64,
    ) -> bool {
        match self.plan_sets[plan_set].least.as_ref().and_then(|l| l.get(from)) {
            Some(&least) => self.all_turned_away(parent, occupation, least, experience),
            None => false,
        }
    }

    /// True when [`Self::offer`]'s first test would turn away every plan
    /// whose months and cost are at least `least`: `occupation`'s front is
    /// full, and even those figures put a label above the front's most
    /// months or cost, with a burden over that of the label the front would
    /// drop. Rounding never makes a sum smaller when an addend grows, so the
    /// bound holds for every such plan.
    fn all_turned_away(
        &self,
        parent: Option<usize>,
        occupation: OccupationIx,
        least: (f64, f64),
        experience: f64,
    ) -> bool {
        let front = &self.fronts[occupation.index()];
        if !front.is_full() {
            return false;
        }
        let (least_months, least_cost) = least;
        let base = parent.map(|i| self.labels[i].figures);
        // Programs may run during required experience, so a rung takes at
        // least the longer of the two.
        let months = base.map_or(0.0, |b| b.months) + experience.max(least_months);
        let cost = base.map_or(0.0, |b| b.cost) + least_cost;
        let (most_months, most_cost) = front.ceiling;
        (months > most_months || cost > most_cost) && months + cost / 1000.0 > front.worst_burden()
    }

    /// Records the route that reaches `occupation` after `parent` by `via`,
    /// unless a kept label covers it or the occupation's bound drops it.
    /// Everything is decided on the figures first; a label is stored only
    /// when it is kept.
    fn offer(
        &mut self,
        parent: Option<usize>,
        occupation: OccupationIx,
        held: &CredSet,
        via: Option<Via>,
        experience: f64,
    ) {
        let base = parent.map(|i| self.labels[i].figures);
        let (rung_months, plan) = match via {
            Some(v) => {
                let plans = &self.plan_sets[v.plan_set].plans;
                let plan = plans.plan(v.plan);
                (rung_months(experience, plan), Some((plans, plan)))
            }
            None => (0.0, None),
        };
        let figures = Figures::new(
            base.map_or(0.0, |b| b.months) + rung_months,
            base.map_or(0.0, |b| b.cost) + plan.map_or(0.0, |(_, p)| p.cost),
            base.map_or(0.0, |b| b.paid_months) + plan.map_or(0.0, |(_, p)| p.paid_months),
            base.map_or(0.0, |b| b.study_months) + plan.map_or(0.0, |(_, p)| p.months),
            base.map_or(0, |b| b.programs) + plan.map_or(0, |(plans, p)| plans.program_count(p)),
        );
        if self.constraints.max_months.is_some_and(|m| figures.months > m + EPSILON)
            || self.constraints.max_cost.is_some_and(|c| figures.cost > c + EPSILON)
        {
            return;
        }
        let awarded: &[CredentialIx] = plan.map_or(&[], |(plans, p)| plans.awarded(p));
        let front = &mut self.fronts[occupation.index()];
        let full = front.is_full();
        // Many offers lose to a full front on figures alone: a label above
        // its most months or cost is no worse than none of its labels, and
        // is dropped as the worst when it has the highest burden (the new
        // label loses every tie), whether or not some front label also
        // covers it.
        if full {
            let (months, cost) = front.ceiling;
            let above = figures.months > months || figures.cost > cost;
            if above && front.drops(figures.burden) {
                return;
            }
        }
        // Most offers that get this far are covered by a front label. The
        // new label's relevant credentials are the held ones (worked out
        // once for the step) and the plan's relevant awards, so each part is
        // tested against a label as it is; the mask itself is built only for
        // an offer that is not covered.
        let relevance = &self.tables.relevance;
        let start = self.resolved.start;
        let tables = self.tables;
        let loop_of = |o| tables.relevance.loop_of(o);
        let labels = &mut self.labels[..];
        let (pool, words) = (&self.relevant_pool[..], relevance.words());
        for k in 0..front.len {
            let label = &labels[front.labels[k]];
            let label_relevant = relevant_in(pool, words, front.labels[k]);
            if no_worse(&front.figures[k], &figures)
                && covers_in_time(&self.funding_from, &front.figures[k], &figures)
                && is_subset(&self.held_relevant, self.held_span, label_relevant)
                && relevance.within(occupation, awarded, label_relevant)
                && climbs_as_far(labels, start, loop_of, occupation, label.parent, parent)
            {
                return;
            }
        }
        self.scratch.clone_from(&self.held_relevant);
        let mut relevant_span = self.held_span;
        relevance.add_into(occupation, awarded, &mut self.scratch, &mut relevant_span);
        let relevant = &self.scratch;
        let mut beats = 0u32;
        for k in 0..front.len {
            beats |= u32::from(
                no_worse(&figures, &front.figures[k])
                    && covers_in_time(&self.funding_from, &figures, &front.figures[k]),
            ) << k;
        }
        if beats == 0 && full && front.drops(figures.burden) {
            return;
        }
        // Takes out the labels the new one covers, keeping the order of the rest.
        for k in (0..front.len).rev() {
            let other = front.labels[k];
            if beats & 1 << k != 0
                && is_subset(relevant_in(pool, words, other), labels[other].relevant_span, relevant)
                && climbs_as_far(labels, start, loop_of, occupation, parent, labels[other].parent)
            {
                labels[other].alive = false;
                front.remove(k);
            }
        }
        if front.is_full() {
            // Nothing was taken out of the front, so its worst label is known.
            if front.drops(figures.burden) {
                return;
            }
            labels[front.labels[front.worst]].alive = false;
            front.remove(front.worst);
        }
        let first = self.held_pool.len();
        held.extend_with_added(awarded, &mut self.held_pool);
        let index = self.labels.len();
        self.relevant_pool.extend_from_slice(&self.scratch);
        let rungs = parent.map_or(1, |i| self.labels[i].rungs + 1);
        self.labels.push(Label {
            occupation,
            parent,
            via,
            experience_months: experience,
            held: (first, self.held_pool.len()),
            relevant_span,
            figures,
            rungs,
            alive: true,
        });
        front.push(index, figures);
        self.queue.push(Reverse(QueueKey::new(figures.months, figures.cost, index)));
    }
}
