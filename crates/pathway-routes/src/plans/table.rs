//! What the plan search knows of the programs: the per-graph table of every
//! program's figures and credentials, the programs one query allows, and
//! the lower bound on the plans for a set of missing credentials.

use crate::credset::CredSet;
use pathway_model::graph::{CredentialIx, PathwayGraph, ProgramIx};
use pathway_model::limits::MAX_PLAN_PROGRAMS;

/// What the plan search needs of every program, by position, built once per
/// graph: the limits of a query only say which programs are allowed.
#[derive(Clone, Debug)]
pub(crate) struct ProgramTable {
    pub(crate) requires: Vec<Vec<CredentialIx>>,
    pub(crate) awards: Vec<Vec<CredentialIx>>,
    pub(crate) months: Vec<f64>,
    pub(crate) paid: Vec<bool>,
    /// Whether each program leaves the learner working (it pays them, or
    /// meets evenings, weekends or online), so it can run during months of
    /// required experience.
    pub(crate) keeps_working: Vec<bool>,
    /// For each credential, the programs that award it, in dataset order.
    pub(crate) awarded_by: Vec<Vec<ProgramIx>>,
    /// The credentials each program awards that a step, an occupation or a
    /// program requires. No other credential can change a route, so plans
    /// are weighed on these alone.
    pub(crate) useful_awards: Vec<Vec<CredentialIx>>,
    /// Programs alike in everything a route depends on but their months,
    /// cost and pay: the same prerequisites and the same useful awards.
    /// Groups of two or more, each in dataset order.
    pub(crate) twins: Vec<Vec<ProgramIx>>,
    /// Every program's months and cost are finite and not negative, so a
    /// plan takes at least as long and costs at least as much as any of its
    /// programs.
    pub(crate) figures_bounded: bool,
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
        let months: Vec<f64> = programs.iter().map(|p| p.months).collect();
        // What a person pays is never more than the full cost, nor below zero.
        let figures_bounded =
            programs.iter().map(|p| p.cost).chain(months.iter().copied()).all(|x| x.is_finite() && x >= 0.0);
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
            months,
            paid: programs.iter().map(|p| p.paid).collect(),
            keeps_working: programs.iter().map(|p| p.paid || crate::constraints::part_time(&p.schedule)).collect(),
            awarded_by,
            useful_awards,
            twins,
            figures_bounded,
        }
    }

    /// Months of a program that do not pay the learner.
    pub(crate) fn unpaid(&self, p: ProgramIx) -> f64 {
        if self.paid[p.index()] {
            0.0
        } else {
            self.months[p.index()]
        }
    }
}

/// The programs a query may use: the graph's table and, by position, whether
/// the query's limits, region and the person's eligibility allow each
/// program, and what each costs this person after the funding they
/// qualify for.
pub(crate) struct Allowed<'a> {
    pub(crate) table: &'a ProgramTable,
    pub(crate) allowed: Vec<bool>,
    pub(crate) cost: Vec<f64>,
    /// Employer funding the person does not yet qualify for starts to pay
    /// later on the route, so taking longer can make a later rung cheaper:
    /// fewer months alone never makes one program or plan better than another.
    pub(crate) timed_funding: bool,
}

impl<'a> Allowed<'a> {
    /// The programs `allowed` marks, less each one an allowed twin outdoes
    /// ([`Allowed::outdoes`]). Any plan with the outdone program is
    /// no better than the same plan with its twin instead, which takes the
    /// same programs before it and earns the same useful credentials, so
    /// leaving it out changes no answer; with several GED or ESL programs
    /// to choose from before each program for a credential, it spares the
    /// plan search most of its candidates.
    pub(crate) fn new(table: &'a ProgramTable, allowed: Vec<bool>, cost: Vec<f64>, timed_funding: bool) -> Self {
        let mut programs = Self { table, allowed: allowed.clone(), cost, timed_funding };
        let mut usable = allowed.clone();
        for group in &table.twins {
            for &b in group {
                if group.iter().any(|&a| a != b && allowed[a.index()] && programs.outdoes(a, b)) {
                    usable[b.index()] = false;
                }
            }
        }
        programs.allowed = usable;
        programs
    }
}

impl Allowed<'_> {
    /// True when program `a` serves as well as its twin `b` and is chosen
    /// over it: no more months, cost or unpaid months, leaving the learner
    /// working whenever `b` does (so it overlaps required experience as
    /// well), and less of one, or the same figures and earlier in the data.
    pub(crate) fn outdoes(&self, a: ProgramIx, b: ProgramIx) -> bool {
        let table = self.table;
        let (months, cost, unpaid) = (table.months[a.index()], self.cost[a.index()], table.unpaid(a));
        let (other_months, other_cost, other_unpaid) = (table.months[b.index()], self.cost[b.index()], table.unpaid(b));
        let (working, other_working) = (table.keeps_working[a.index()], table.keeps_working[b.index()]);
        months <= other_months
            && (months == other_months || !self.timed_funding)
            && cost <= other_cost
            && unpaid <= other_unpaid
            && (working || !other_working)
            && (months < other_months
                || cost < other_cost
                || unpaid < other_unpaid
                || (working && !other_working)
                || a < b)
    }

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
    pub(crate) fn least_earning(
        &self,
        c: CredentialIx,
        held: &CredSet,
        depth: usize,
        memo: &mut LeastMemo,
    ) -> (f64, f64) {
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
                (cheapest.0.min(table.months[p.index()] + before.0), cheapest.1.min(self.cost[p.index()] + before.1));
        }
        memo.least[c.index()] = Some(cheapest);
        cheapest
    }
}

/// What [`Allowed::least_for`] has worked out for each credential while it
/// runs, cleared after each call.
#[derive(Default)]
pub(crate) struct LeastMemo {
    pub(crate) least: Vec<Option<(f64, f64)>>,
    pub(crate) touched: Vec<usize>,
}
