//! Which credentials can still matter after reaching an occupation: those that
//! some occupation or step reachable from it requires, and the prerequisites
//! of the programs that award them. Two routes that reach an occupation and
//! differ only in credentials nothing ahead needs are equally placed, which
//! is what lets the search prune routes arriving by different ladders. The
//! loops of steps (occupations one can climb from back to themselves) come
//! out of the same pass: only there can a job a route has left be ahead of it.
//! Computed once per graph.

use crate::credset::{has, set, span, Bits, Span};
use pathway_model::graph::{OccupationIx, PathwayGraph};
use petgraph::algo::kosaraju_scc;
use petgraph::graph::{DiGraph, NodeIndex};

/// For each occupation (and for "no job yet"), the credentials a continuation can need.
#[derive(Clone, Debug)]
pub struct Relevance {
    words: usize,
    /// For each credential, itself and everything needed to earn it.
    needs: Vec<Bits>,
    /// For each step, the occupation it reaches and every credential it requires
    /// (its own and its occupation's), sorted, so the search never looks ids up.
    pub(crate) steps: Vec<Option<(OccupationIx, Vec<pathway_model::graph::CredentialIx>)>>,
    ahead: Vec<Bits>,
    ahead_of_no_job: Bits,
    /// For each occupation on a loop of steps, the loop's number: its
    /// strongly connected component of two or more occupations.
    loops: Vec<Option<u32>>,
}

/// `into |= from`, returning whether anything was added.
fn union(into: &mut Bits, from: &Bits) -> bool {
    let mut grew = false;
    for (a, b) in into.iter_mut().zip(from) {
        let before = *a;
        *a |= *b;
        grew |= *a != before;
    }
    grew
}

/// The least sets `out` with `out[v] ⊇ sets[v]` and `out[v] ⊇ out[w]` for every
/// `w` in `next[v]`. Each strongly connected component is settled once, after
/// every component it leads to, so a ladder or a prerequisite chain thousands
/// of links long costs one pass; repeating passes until nothing changed took
/// one pass per link, which on a 10,000-rung ladder did not finish. Also
/// returns, for each `v` in a component of two or more, that loop's number.
fn close_over(mut sets: Vec<Bits>, next: &[Vec<usize>], words: usize) -> (Vec<Bits>, Vec<Option<u32>>) {
    let mut graph = DiGraph::<(), ()>::with_capacity(sets.len(), 0);
    let nodes: Vec<NodeIndex> = (0..sets.len()).map(|_| graph.add_node(())).collect();
    for (v, ws) in next.iter().enumerate() {
        for &w in ws {
            graph.add_edge(nodes[v], nodes[w], ());
        }
    }
    // petgraph gives the components in reverse topological order, so every
    // component outside this one that a member leads to is already settled.
    let mut loops = vec![None; sets.len()];
    let mut count = 0;
    for component in kosaraju_scc(&graph) {
        if component.len() > 1 {
            for v in &component {
                loops[v.index()] = Some(count);
            }
            count += 1;
        }
        let mut bits = vec![0; words];
        for v in component.iter().map(|v| v.index()) {
            union(&mut bits, &sets[v]);
            for &w in &next[v] {
                union(&mut bits, &sets[w]);
            }
        }
        for v in &component {
            sets[v.index()].clone_from(&bits);
        }
    }
    (sets, loops)
}

impl Relevance {
    pub(crate) fn new(graph: &PathwayGraph) -> Self {
        let d = graph.dataset();
        let credentials = d.credentials.len();
        let words = credentials.div_ceil(64).max(1);
        let ix = |c: &pathway_model::ids::CredentialId| graph.credential_ix(c).map(|c| c.index());

        // What it takes to earn each credential: itself and, transitively, the
        // prerequisites of every program that awards it.
        let needs: Vec<Bits> = (0..credentials)
            .map(|c| {
                let mut b = vec![0; words];
                set(&mut b, c);
                b
            })
            .collect();
        // The prerequisites of the programs awarding each credential, gathered
        // in one pass over the programs.
        let mut direct: Vec<Vec<usize>> = vec![Vec::new(); credentials];
        for p in &d.programs {
            let requires: Vec<usize> = p.requires.iter().filter_map(ix).collect();
            for a in p.awards.iter().filter_map(ix) {
                direct[a].extend(&requires);
            }
        }
        let (needs, _) = close_over(needs, &direct, words);
        let closure = |ids: &mut dyn Iterator<Item = &pathway_model::ids::CredentialId>| -> Bits {
            let mut b = vec![0; words];
            for c in ids.filter_map(ix) {
                union(&mut b, &needs[c]);
            }
            b
        };

        // What a step into an occupation needs, then everything reachable from each occupation.
        let step_needs: Vec<(Option<usize>, usize, Bits)> = d
            .steps
            .iter()
            .filter_map(|s| {
                let to = graph.occupation_ix(&s.to)?;
                let from = s.from.as_ref().and_then(|f| graph.occupation_ix(f)).map(OccupationIx::index);
                let needs = closure(&mut s.requires.iter().chain(graph.occupation(to).requires.iter()));
                Some((from, to.index(), needs))
            })
            .collect();
        let mut ahead: Vec<Bits> = vec![vec![0; words]; d.occupations.len()];
        let mut next: Vec<Vec<usize>> = vec![Vec::new(); d.occupations.len()];
        for (from, to, needs) in &step_needs {
            if let Some(from) = *from {
                union(&mut ahead[from], needs);
                next[from].push(*to);
            }
        }
        let (ahead, loops) = close_over(ahead, &next, words);
        let mut ahead_of_no_job = vec![0; words];
        for (from, to, needs) in &step_needs {
            if from.is_none() {
                union(&mut ahead_of_no_job, needs);
                let next = ahead[*to].clone();
                union(&mut ahead_of_no_job, &next);
            }
        }
        for o in graph.occupations() {
            if graph.occupation(o).entry {
                let next = ahead[o.index()].clone();
                union(&mut ahead_of_no_job, &next);
            }
        }
        let steps = d
            .steps
            .iter()
            .map(|s| {
                let to = graph.occupation_ix(&s.to)?;
                let mut required: Vec<pathway_model::graph::CredentialIx> = graph
                    .occupation(to)
                    .requires
                    .iter()
                    .chain(s.requires.iter())
                    .filter_map(|c| graph.credential_ix(c))
                    .collect();
                pathway_model::sorting::sort_unstable(&mut required);
                required.dedup();
                Some((to, required))
            })
            .collect();
        Self { words, needs, steps, ahead, ahead_of_no_job, loops }
    }

    /// The length of every set of credentials as bits ([`Bits`]) it makes, in words.
    pub(crate) fn words(&self) -> usize {
        self.words
    }

    /// The loop of steps `occupation` is on, if any.
    pub(crate) fn loop_of(&self, occupation: OccupationIx) -> Option<u32> {
        self.loops[occupation.index()]
    }

    /// Writes into `out` the credentials among `held` that earning `missing`
    /// can involve: the only ones a rung's plans depend on.
    pub(crate) fn for_earning(
        &self,
        missing: &[pathway_model::graph::CredentialIx],
        held: &[pathway_model::graph::CredentialIx],
        out: &mut Vec<pathway_model::graph::CredentialIx>,
    ) {
        out.clear();
        out.extend(held.iter().copied().filter(|c| {
            let i = c.index();
            missing.iter().any(|m| has(&self.needs[m.index()], i))
        }));
    }

    /// Writes into `out` the credentials among `held` that a continuation
    /// from `at` can still need, and returns the [`Span`] of what it wrote;
    /// `out` is reused so the search's hot path allocates nothing.
    pub(crate) fn mask_into<'a>(
        &self,
        at: Option<OccupationIx>,
        held: impl Iterator<Item = &'a pathway_model::graph::CredentialIx>,
        out: &mut Bits,
    ) -> Span {
        let ahead = at.map_or(&self.ahead_of_no_job, |o| &self.ahead[o.index()]);
        out.clear();
        out.resize(self.words, 0);
        for c in held {
            if has(ahead, c.index()) {
                set(out, c.index());
            }
        }
        span(out)
    }

    /// Adds to `out` the credentials among `earned` that a continuation from
    /// `at` can still need, widening `span` ([`span`]) to cover them.
    pub(crate) fn add_into(
        &self,
        at: OccupationIx,
        earned: &[pathway_model::graph::CredentialIx],
        out: &mut Bits,
        span: &mut Span,
    ) {
        let (ahead, out) = (self.ahead[at.index()].as_slice(), out.as_mut_slice());
        for c in earned {
            let i = c.index();
            if has(ahead, i) {
                set(out, i);
                span.0 = span.0.min(i / 64);
                span.1 = span.1.max(i / 64 + 1);
            }
        }
    }

    /// True when every credential among `earned` that a continuation from
    /// `at` can still need is in `bits`: what [`Relevance::add_into`] would
    /// add, tested without writing it.
    pub(crate) fn within(&self, at: OccupationIx, earned: &[pathway_model::graph::CredentialIx], bits: &[u64]) -> bool {
        let ahead = self.ahead[at.index()].as_slice();
        earned.iter().all(|c| !has(ahead, c.index()) || has(bits, c.index()))
    }
}
