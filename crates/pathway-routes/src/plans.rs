//! Acquisition plans: the sets of programs that earn the credentials a rung
//! needs, with bridge programs for missing prerequisites, in an order that
//! respects every prerequisite. A rung keeps only the plans no other plan
//! outdoes (see [`plans_for`]).

use crate::answer::PlannedProgram;
use crate::credset::{CredSet, HeldBits};
use pathway_model::graph::{CredentialIx, PathwayGraph, ProgramIx};
use pathway_model::limits::MAX_PLAN_PROGRAMS;
use pathway_model::model::Program;

// Program sets are handled as bit masks of positions in a `u32`.
const _: () = assert!(MAX_PLAN_PROGRAMS < 32);
/// The most candidate sets of programs looked at for one rung.
const MAX_CANDIDATES: usize = 256;

/// What the plan search needs of every program, by position, built once per
/// graph: the limits of a query only say which programs are allowed.
#[derive(Clone, Debug)]
pub(crate) struct ProgramTable {
    pub(crate) requires: Vec<Vec<CredentialIx>>,
    pub(crate) awards: Vec<Vec<CredentialIx>>,
    pub(crate) cost: Vec<f64>,
    pub(crate) months: Vec<f64>,
    pub(crate) paid: Vec<bool>,
    /// For each credential, the programs that award it, in dataset order.
    pub(crate) awarded_by: Vec<Vec<ProgramIx>>,
    /// The credentials each program awards that a step, an occupation or a
    /// program requires. No other credential can change a route, so plans
    /// are weighed on these alone.
    useful_awards: Vec<Vec<CredentialIx>>,
    /// Programs alike in everything a route depends on but their months,
    /// cost and pay: the same prerequisites and the same useful awards.
    /// Groups of two or more, each in dataset order.
    twins: Vec<Vec<ProgramIx>>,
    /// Every program's months and cost are finite and not negative, so a
    /// plan takes at least as long and costs at least as much as any of its
    /// programs.
    figures_bounded: bool,
}

impl ProgramTable {
    /// The table for `graph`, whose steps' requirements `relevance` has resolved.
    pub(crate) fn new(graph: &PathwayGraph, relevance: &crate::relevance::Relevance) -> Self {
        let ixs = |ids: &[pathway_model::ids::CredentialId]| -> Vec<CredentialIx> {
            ids.iter().filter_map(|c| graph.credential_ix(c)).collect()
        };
        let programs = &graph.dataset().programs;
        let awards: Vec<Vec<CredentialIx>> = programs.iter().map(|p| ixs(&p.awards)).collect();
        let mut awarded_by = vec![Vec::new(); graph.dataset().credentials.len()];
        for (i, credentials) in awards.iter().enumerate() {
            for c in credentials {
                awarded_by[c.index()].push(ProgramIx(i as u32));
            }
        }
        let cost: Vec<f64> = programs.iter().map(Program::cost_to_learner).collect();
        let months: Vec<f64> = programs.iter().map(|p| p.months).collect();
        let figures_bounded = cost.iter().chain(&months).all(|x| x.is_finite() && *x >= 0.0);
        let requires: Vec<Vec<CredentialIx>> = programs.iter().map(|p| ixs(&p.requires)).collect();
        // A step's requirements include its occupation's, so these are all
        // the credentials anything requires.
        let mut useful = vec![false; graph.dataset().credentials.len()];
        for required in relevance.steps.iter().flatten().map(|(_, required)| required).chain(&requires) {
            for c in required {
                useful[c.index()] = true;
            }
        }
        let useful_awards: Vec<Vec<CredentialIx>> = awards
            .iter()
            .map(|a| CredSet::from_unsorted(a.iter().copied().filter(|c| useful[c.index()]).collect()).0)
            .collect();
        // Twins award the same useful credentials, so each program's are
        // looked for among the programs awarding its first one.
        let same_set =
            |a: &[CredentialIx], b: &[CredentialIx]| a.iter().all(|c| b.contains(c)) && b.iter().all(|c| a.contains(c));
        let mut twins: Vec<Vec<ProgramIx>> = Vec::new();
        let mut grouped = vec![false; programs.len()];
        for (i, useful) in useful_awards.iter().enumerate() {
            let Some(first) = useful.first() else {
                continue;
            };
            if grouped[i] {
                continue;
            }
            let mut group = Vec::new();
            for &q in &awarded_by[first.index()] {
                if q.index() >= i && useful_awards[q.index()] == *useful && same_set(&requires[i], &requires[q.index()])
                {
                    grouped[q.index()] = true;
                    group.push(q);
                }
            }
            if group.len() > 1 {
                twins.push(group);
            }
        }
        Self {
            requires,
            awards,
            cost,
            months,
            paid: programs.iter().map(|p| p.paid).collect(),
            awarded_by,
            useful_awards,
            twins,
            figures_bounded,
        }
    }

    /// Months of a program that do not pay the learner.
    fn unpaid(&self, p: ProgramIx) -> f64 {
        if self.paid[p.index()] {
            0.0
        } else {
            self.months[p.index()]
        }
    }

    /// True when program `a` serves as well as its twin `b` and is chosen
    /// over it: no more months, cost or unpaid months, and less of one, or
    /// the same figures and earlier in the data.
    fn outdoes(&self, a: ProgramIx, b: ProgramIx) -> bool {
        let (months, cost, unpaid) = (self.months[a.index()], self.cost[a.index()], self.unpaid(a));
        let (other_months, other_cost, other_unpaid) = (self.months[b.index()], self.cost[b.index()], self.unpaid(b));
        months <= other_months
            && cost <= other_cost
            && unpaid <= other_unpaid
            && (months < other_months || cost < other_cost || unpaid < other_unpaid || a < b)
    }
}

/// The programs a query may use: the graph's table and, by position, whether
/// the query's limits and region allow each program.
pub(crate) struct Allowed<'a> {
    pub(crate) table: &'a ProgramTable,
    pub(crate) allowed: Vec<bool>,
}

impl<'a> Allowed<'a> {
    /// The programs `allowed` marks, less each one an allowed twin outdoes
    /// ([`ProgramTable::outdoes`]). Any plan with the outdone program is
    /// no better than the same plan with its twin instead, which takes the
    /// same programs before it and earns the same useful credentials, so
    /// leaving it out changes no answer; with several GED or ESL programs
    /// to choose from before each program for a credential, it spares the
    /// plan search most of its candidates.
    pub(crate) fn new(table: &'a ProgramTable, allowed: Vec<bool>) -> Self {
        let mut usable = allowed.clone();
        for group in &table.twins {
            for &b in group {
                if group.iter().any(|&a| a != b && allowed[a.index()] && table.outdoes(a, b)) {
                    usable[b.index()] = false;
                }
            }
        }
        Self { table, allowed: usable }
    }
}

impl Allowed<'_> {
    /// The fewest months and the lowest cost a plan earning `missing` from
    /// `held` can have, before its plans are made; `None` when some
    /// program's figures are negative or not finite, since then no such
    /// bound holds. A plan takes, for each missing credential, a program
    /// that awards it, and before that program a chain of others for its
    /// prerequisites ([`Allowed::least_earning`]); each chain is a lower
    /// bound on the whole plan.
    pub(crate) fn least_for(
        &self,
        missing: &[CredentialIx],
        held: &CredSet,
        memo: &mut LeastMemo,
    ) -> Option<(f64, f64)> {
        if !self.table.figures_bounded {
            return None;
        }
        let mut least = (0.0f64, 0.0f64);
        for &c in missing {
            let bound = self.least_earning(c, held, MAX_PLAN_PROGRAMS, memo);
            least = (least.0.max(bound.0), least.1.max(bound.1));
        }
        for c in memo.touched.drain(..) {
            memo.least[c] = None;
        }
        Some(least)
    }

    /// A lower bound on the months and cost of the programs a plan takes to
    /// earn `c`: none when it is held, else the cheapest allowed program
    /// awarding it plus the costliest of its prerequisites' bounds. The
    /// programs along one such chain are all different (each is taken
    /// before the one needing it), so their sum never exceeds the plan's.
    /// A credential met again while its own bound is being worked out, or
    /// below `depth` links, counts as free, which keeps the bound a bound.
    fn least_earning(&self, c: CredentialIx, held: &CredSet, depth: usize, memo: &mut LeastMemo) -> (f64, f64) {
        if depth == 0 || held.contains(c) {
            return (0.0, 0.0);
        }
        if memo.least.len() <= c.index() {
            memo.least.resize(self.table.awarded_by.len(), None);
        }
        if let Some(known) = memo.least[c.index()] {
            return known;
        }
        memo.least[c.index()] = Some((0.0, 0.0));
        memo.touched.push(c.index());
        let table = self.table;
        let mut cheapest = (f64::INFINITY, f64::INFINITY);
        for p in &table.awarded_by[c.index()] {
            if !self.allowed[p.index()] {
                continue;
            }
            let mut before = (0.0f64, 0.0f64);
            for &r in &table.requires[p.index()] {
                let bound = self.least_earning(r, held, depth - 1, memo);
                before = (before.0.max(bound.0), before.1.max(bound.1));
            }
            cheapest =
                (cheapest.0.min(table.months[p.index()] + before.0), cheapest.1.min(table.cost[p.index()] + before.1));
        }
        memo.least[c.index()] = Some(cheapest);
        cheapest
    }
}

/// What [`Allowed::least_for`] has worked out for each credential while it
/// runs, cleared after each call.
#[derive(Default)]
pub(crate) struct LeastMemo {
    least: Vec<Option<(f64, f64)>>,
    touched: Vec<usize>,
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
}

/// The plans for one rung, with every plan's programs and awarded
/// credentials stored back to back: a query makes tens of thousands of
/// plans, and two small lists each would be as many allocations.
#[derive(Clone, Debug, Default)]
pub(crate) struct Plans {
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

    /// The plan's programs, prerequisites first.
    pub(crate) fn programs(&self, plan: &Plan) -> &[PlannedProgram] {
        &self.programs[plan.programs.0..plan.programs.1]
    }

    /// Every credential the plan's programs award.
    pub(crate) fn awarded(&self, plan: &Plan) -> &[CredentialIx] {
        &self.awarded[plan.awarded.0..plan.awarded.1]
    }

    /// The plans at the positions `kept` lists, in that order.
    fn retain(self, kept: impl Iterator<Item = usize>) -> Plans {
        let mut out = Plans::default();
        for plan in kept.map(|i| &self.plans[i]) {
            let (programs, awarded) = (out.programs.len(), out.awarded.len());
            out.programs.extend_from_slice(self.programs(plan));
            out.awarded.extend_from_slice(self.awarded(plan));
            out.plans.push(Plan {
                programs: (programs, out.programs.len()),
                awarded: (awarded, out.awarded.len()),
                ..*plan
            });
        }
        out
    }

    /// Adds the plan taking `set[i]` for each position `i` of `order`, in
    /// that order; `for_step` marks the positions of programs that earn one
    /// of the rung's missing credentials.
    fn push(&mut self, table: &ProgramTable, set: &[ProgramIx], order: &[usize], for_step: u32) {
        let (programs_start, awarded_start) = (self.programs.len(), self.awarded.len());
        let (mut months, mut cost, mut paid_months) = (0.0, 0.0, 0.0);
        for &at in order {
            let p = set[at];
            let i = p.index();
            for &c in &table.awards[i] {
                self.awarded.push(c);
            }
            months += table.months[i];
            cost += table.cost[i];
            if table.paid[i] {
                paid_months += table.months[i];
            }
            self.programs.push(PlannedProgram {
                program: p,
                for_prerequisite: for_step & 1 << at == 0,
                cost: table.cost[i],
            });
        }
        self.plans.push(Plan {
            programs: (programs_start, self.programs.len()),
            awarded: (awarded_start, self.awarded.len()),
            months,
            cost,
            paid_months,
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
}

/// The depth-first walk over candidate sets ([`explore`]): its stack, the
/// credentials still to earn, the programs chosen so far and, beside each,
/// the weight of the programs chosen up to it, so a finished candidate is
/// weighed without summing it again.
#[derive(Default)]
struct Walk {
    stack: Vec<Frame>,
    need: Vec<CredentialIx>,
    chosen: Vec<ProgramIx>,
    weights: Vec<Weight>,
    award_bits: AwardBits,
}

/// The useful credentials the programs of one rung award, each given a bit
/// of a `u64` when first met, so a plan's awards are one word and comparing two
/// plans' awards is one test. Only the first 64 get a bit; a plan awarding
/// any other is never judged outdone ([`Weight::covers`]).
#[derive(Default)]
struct AwardBits {
    /// For each credential, one more than its bit, or zero when it has none yet.
    bit: Vec<u8>,
    /// The credentials given a bit, to clear `bit` after the rung.
    assigned: Vec<CredentialIx>,
}

impl AwardBits {
    /// The bits of the credentials program `p` awards, and whether it awards one with no bit.
    fn of(&mut self, table: &ProgramTable, p: ProgramIx) -> (u64, bool) {
        if self.bit.len() < table.awarded_by.len() {
            self.bit.resize(table.awarded_by.len(), 0);
        }
        let (mut bits, mut unmapped) = (0u64, false);
        for &c in &table.useful_awards[p.index()] {
            let mut at = self.bit[c.index()];
            if at == 0 && self.assigned.len() < 64 {
                self.assigned.push(c);
                at = self.assigned.len() as u8;
                self.bit[c.index()] = at;
            }
            match at {
                0 => unmapped = true,
                at => bits |= 1 << (at - 1),
            }
        }
        (bits, unmapped)
    }

    /// Forgets every bit, for the next rung.
    fn clear(&mut self) {
        for c in self.assigned.drain(..) {
            self.bit[c.index()] = 0;
        }
    }
}

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
    let PlanScratch { walk, needs, order, kept, .. } = scratch;
    let mut plans = Plans::default();
    kept.clear();
    let mut consider = |chosen: &[ProgramIx], weight: Weight| {
        if kept.iter().any(|(w, _)| w.covers(&weight)) {
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
        kept.retain(|(w, _)| weight.same_as(w) || !weight.covers(w));
        kept.push((weight, plans.len()));
        plans.push(table, set, order, needs.for_step);
    };
    explore(programs, missing, &held_bits, walk, &mut consider);
    for c in held.as_slice() {
        bits[c.index() / 64] = 0;
    }
    scratch.held = bits;
    if scratch.kept.len() == plans.len() {
        plans
    } else {
        plans.retain(scratch.kept.iter().map(|&(_, i)| i))
    }
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
    awards: u64,
    /// Some credential awarded has no bit in `awards`.
    unmapped: bool,
}

impl Weight {
    /// The weight of no programs.
    const NONE: Self = Self { months: 0.0, cost: 0.0, programs: 0, unpaid: 0.0, awards: 0, unmapped: false };

    /// This weight with program `p` added.
    fn with(&self, table: &ProgramTable, p: ProgramIx, award_bits: &mut AwardBits) -> Self {
        let i = p.index();
        let (awards, unmapped) = award_bits.of(table, p);
        Self {
            months: self.months + table.months[i],
            cost: self.cost + table.cost[i],
            programs: self.programs + 1,
            unpaid: self.unpaid + table.unpaid(p),
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
    }

    /// True when a plan of this weight is at least as good as one of weight
    /// `other`: no more months, cost, programs or unpaid months, and every
    /// useful credential the other awards.
    #[inline(always)]
    fn covers(&self, other: &Weight) -> bool {
        self.months <= other.months
            && self.cost <= other.cost
            && self.programs <= other.programs
            && self.unpaid <= other.unpaid
            && !other.unmapped
            && other.awards & !self.awards == 0
    }
}

/// A candidate set of programs for one rung, sorted, held inline: a set
/// never has more than [`MAX_PLAN_PROGRAMS`] programs.
#[derive(Clone, Copy, Debug)]
struct ProgramSet {
    len: usize,
    programs: [ProgramIx; MAX_PLAN_PROGRAMS],
}

impl ProgramSet {
    fn sorted(chosen: &[ProgramIx]) -> Self {
        let mut programs = [ProgramIx(0); MAX_PLAN_PROGRAMS];
        let mut len = 0;
        for (slot, &p) in programs.iter_mut().zip(chosen) {
            *slot = p;
            len += 1;
        }
        pathway_model::sorting::sort_unstable(&mut programs[..len]);
        Self { len, programs }
    }

    fn as_slice(&self) -> &[ProgramIx] {
        &self.programs[..self.len]
    }
}

/// One credential of the plan search's list of credentials to earn, as
/// the search left it when it went deeper.
#[derive(Clone, Copy, Debug)]
struct Frame {
    /// The credential's position in the list.
    next: usize,
    /// The position, among the programs awarding it, of the next to try.
    at: usize,
    /// The length of the list before this credential's program added its
    /// prerequisites, so the program can be taken back.
    need_len: usize,
    /// Whether the credential was looked at yet (held, or already awarded
    /// by a chosen program).
    started: bool,
    /// Whether a program for this credential is on the chosen list now.
    pushed: bool,
}

impl Frame {
    fn new(next: usize) -> Self {
        Self { next, at: 0, need_len: 0, started: false, pushed: false }
    }
}

/// Hands each candidate set for `missing` to `visit`, up to
/// [`MAX_CANDIDATES`] of them, working through the credentials to earn
/// depth first. A credential not held from
/// the start is either left to a program already chosen that awards it, or
/// earned by one more program; both branches are tried, because a program
/// chosen for a later rung of the chain may only be takeable after the one
/// needing it. Orderability and minimality are checked on the finished sets.
/// The search keeps its own stack: a hand-edited bundle can chain
/// prerequisites deeper than the call stack should go.
fn explore(
    programs: &Allowed<'_>,
    missing: &[CredentialIx],
    held: &HeldBits<'_>,
    walk: &mut Walk,
    mut visit: impl FnMut(&[ProgramIx], Weight),
) {
    let table = programs.table;
    let Walk { stack, need, chosen, weights, award_bits } = walk;
    stack.clear();
    weights.clear();
    award_bits.clear();
    need.clear();
    need.extend_from_slice(missing);
    chosen.clear();
    stack.push(Frame::new(0));
    let mut candidates = 0;
    while candidates < MAX_CANDIDATES {
        let Some(frame) = stack.last_mut() else { break };
        if frame.pushed {
            frame.pushed = false;
            chosen.pop();
            weights.pop();
            need.truncate(frame.need_len);
        }
        if !frame.started {
            frame.started = true;
            let Some(&credential) = need.get(frame.next) else {
                candidates += 1;
                visit(chosen, weights.last().copied().unwrap_or(Weight::NONE));
                stack.pop();
                continue;
            };
            frame.need_len = need.len();
            if held.contains(credential) {
                *frame = Frame::new(frame.next + 1);
                continue;
            }
            if chosen.iter().any(|p| table.awards[p.index()].contains(&credential)) {
                let next = frame.next + 1;
                stack.push(Frame::new(next));
                continue;
            }
        }
        if chosen.len() >= MAX_PLAN_PROGRAMS {
            stack.pop();
            continue;
        }
        let awarding = &table.awarded_by[need[frame.next].index()];
        let Some(offset) = awarding[frame.at..].iter().position(|p| programs.allowed[p.index()] && !chosen.contains(p))
        else {
            stack.pop();
            continue;
        };
        let p = awarding[frame.at + offset];
        frame.at += offset + 1;
        frame.pushed = true;
        let next = frame.next + 1;
        for &r in &table.requires[p.index()] {
            if !need.contains(&r) {
                need.push(r);
            }
        }
        let weight = weights.last().unwrap_or(&Weight::NONE).with(table, p, award_bits);
        weights.push(weight);
        chosen.push(p);
        stack.push(Frame::new(next));
    }
}

/// What the programs of one candidate set need from each other, as bit
/// masks of positions in the set: for each program, one mask per
/// prerequisite not held (the programs of the set that award it), and one
/// mask per missing credential not held. Sets are small (at most
/// [`MAX_PLAN_PROGRAMS`]), and checking orderability and minimality tries
/// every subset with one program left out, so working on masks beats
/// looking credentials up again for each subset.
#[derive(Default)]
struct SetNeeds {
    len: usize,
    /// Provider masks of every program's unmet prerequisites, program after program.
    prerequisites: Vec<u32>,
    /// Where each program's masks start in `prerequisites`, and one past the last.
    starts: [usize; MAX_PLAN_PROGRAMS + 1],
    /// Provider masks of the missing credentials not held.
    missing: Vec<u32>,
    /// The positions of the programs that award a missing credential.
    for_step: u32,
    /// Every credential a program of the set awards, with the positions of
    /// the programs that award it: looked up for each prerequisite instead
    /// of searching every program's awards again.
    providers: Vec<(CredentialIx, u32)>,
}

impl SetNeeds {
    fn fill(&mut self, table: &ProgramTable, set: &[ProgramIx], missing: &[CredentialIx], held: &HeldBits<'_>) {
        self.providers.clear();
        for (i, p) in set.iter().enumerate() {
            for &c in &table.awards[p.index()] {
                match self.providers.iter_mut().find(|(d, _)| *d == c) {
                    Some((_, mask)) => *mask |= 1 << i,
                    None => self.providers.push((c, 1 << i)),
                }
            }
        }
        let providers = &self.providers;
        let providers = |c: CredentialIx| providers.iter().find(|(d, _)| *d == c).map_or(0, |&(_, mask)| mask);
        self.len = set.len();
        self.prerequisites.clear();
        for (i, p) in set.iter().enumerate() {
            self.starts[i] = self.prerequisites.len();
            for &r in &table.requires[p.index()] {
                if !held.contains(r) {
                    self.prerequisites.push(providers(r));
                }
            }
        }
        self.starts[set.len()] = self.prerequisites.len();
        self.missing.clear();
        self.for_step = 0;
        for &c in missing {
            let mask = providers(c);
            self.for_step |= mask;
            if !held.contains(c) {
                self.missing.push(mask);
            }
        }
    }

    /// Takes the programs at the positions marked in `members`, each once
    /// its prerequisites are held, the earliest ready program first so the
    /// order is stable; false when some program never becomes ready.
    /// `order`, when given, receives the positions in the order taken.
    fn take_in_order(&self, members: u32, mut order: Option<&mut Vec<usize>>) -> bool {
        // Plain slices and loops: the size-optimised WebAssembly build calls
        // out for every vector index and iterator step it cannot inline.
        let (prerequisites, starts) = (self.prerequisites.as_slice(), &self.starts);
        let mut taken = 0u32;
        while taken != members {
            let mut ready = None;
            let mut i = 0;
            while i < self.len {
                if (members & !taken) & 1 << i != 0 {
                    let mut k = starts[i];
                    while k < starts[i + 1] && prerequisites[k] & taken != 0 {
                        k += 1;
                    }
                    if k == starts[i + 1] {
                        ready = Some(i);
                        break;
                    }
                }
                i += 1;
            }
            let Some(i) = ready else { return false };
            taken |= 1 << i;
            if let Some(order) = order.as_deref_mut() {
                order.push(i);
            }
        }
        true
    }

    /// The programs at the positions marked in `members` earn every missing credential.
    fn covers(&self, members: u32) -> bool {
        self.missing.iter().all(|&m| m & members != 0)
    }

    /// No program can be left out: each one is needed for the rung or for another's prerequisite.
    /// A program that alone earns a missing credential, or alone earns a
    /// prerequisite of another program of the set, is needed for certain;
    /// only the others are tried without.
    fn is_minimal(&self) -> bool {
        let sole = |m: u32| m & m.wrapping_sub(1) == 0;
        let mut needed = self.missing.iter().fold(0, |needed, &m| if sole(m) { needed | m } else { needed });
        for i in 0..self.len {
            for &m in &self.prerequisites[self.starts[i]..self.starts[i + 1]] {
                if sole(m) && m != 1 << i {
                    needed |= m;
                }
            }
        }
        let all: u32 = (1 << self.len) - 1;
        (0..self.len).filter(|&skip| needed & 1 << skip == 0).all(|skip| {
            let rest = all & !(1 << skip);
            !(self.covers(rest) && self.take_in_order(rest, None))
        })
    }
}
