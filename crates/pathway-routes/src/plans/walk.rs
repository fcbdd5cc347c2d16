//! The depth-first walk over candidate sets of programs for one rung, and
//! the bit-mask checks that a finished set can be taken in order and has no
//! program to spare.

use super::table::{Allowed, ProgramTable};
use super::Weight;
use crate::credset::HeldBits;
use pathway_model::graph::{CredentialIx, ProgramIx};
use pathway_model::limits::MAX_PLAN_PROGRAMS;

// Program sets are handled as bit masks of positions in a `u32`.
const _: () = assert!(MAX_PLAN_PROGRAMS < 32);
/// The most candidate sets of programs looked at for one rung.
const MAX_CANDIDATES: usize = 256;

/// The depth-first walk over candidate sets ([`explore`]): its stack, the
/// credentials still to earn, the programs chosen so far and, beside each,
/// the weight of the programs chosen up to it, so a finished candidate is
/// weighed without summing it again.
#[derive(Default)]
pub(super) struct Walk {
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
pub(super) struct AwardBits {
    /// For each credential, one more than its bit, or zero when it has none yet.
    bit: Vec<u8>,
    /// The credentials given a bit, to clear `bit` after the rung.
    assigned: Vec<CredentialIx>,
}

impl AwardBits {
    /// The bits of the credentials program `p` awards, and whether it awards one with no bit.
    pub(super) fn of(&mut self, table: &ProgramTable, p: ProgramIx) -> (u64, bool) {
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
    pub(super) fn clear(&mut self) {
        for c in self.assigned.drain(..) {
            self.bit[c.index()] = 0;
        }
    }
}

/// A candidate set of programs for one rung, sorted, held inline: a set
/// never has more than [`MAX_PLAN_PROGRAMS`] programs.
#[derive(Clone, Copy, Debug)]
pub(super) struct ProgramSet {
    len: usize,
    programs: [ProgramIx; MAX_PLAN_PROGRAMS],
}

impl ProgramSet {
    pub(super) fn sorted(chosen: &[ProgramIx]) -> Self {
        let mut programs = [ProgramIx(0); MAX_PLAN_PROGRAMS];
        let mut len = 0;
        for (slot, &p) in programs.iter_mut().zip(chosen) {
            *slot = p;
            len += 1;
        }
        pathway_model::sorting::sort_unstable(&mut programs[..len]);
        Self { len, programs }
    }

    pub(super) fn as_slice(&self) -> &[ProgramIx] {
        &self.programs[..self.len]
    }
}

/// One credential of the plan search's list of credentials to earn, as
/// the search left it when it went deeper.
#[derive(Clone, Copy, Debug)]
pub(super) struct Frame {
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
    pub(super) fn new(next: usize) -> Self {
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
pub(super) fn explore(
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
        let weight = weights.last().unwrap_or(&Weight::NONE).with(programs, p, award_bits);
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
pub(super) struct SetNeeds {
    len: usize,
    /// Provider masks of every program's unmet prerequisites, program after program.
    prerequisites: Vec<u32>,
    /// Where each program's masks start in `prerequisites`, and one past the last.
    starts: [usize; MAX_PLAN_PROGRAMS + 1],
    /// Provider masks of the missing credentials not held.
    missing: Vec<u32>,
    /// The positions of the programs that award a missing credential.
    pub(super) for_step: u32,
    /// The positions of the programs that leave the learner working.
    pub(super) keeps_working: u32,
    /// Every credential a program of the set awards, with the positions of
    /// the programs that award it: looked up for each prerequisite instead
    /// of searching every program's awards again.
    providers: Vec<(CredentialIx, u32)>,
}

impl SetNeeds {
    pub(super) fn fill(
        &mut self,
        table: &ProgramTable,
        set: &[ProgramIx],
        missing: &[CredentialIx],
        held: &HeldBits<'_>,
    ) {
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
        self.keeps_working = 0;
        for (i, p) in set.iter().enumerate() {
            if table.keeps_working[p.index()] {
                self.keeps_working |= 1 << i;
            }
        }
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
    /// its prerequisites are held, the earliest ready program that leaves
    /// the learner working first, else the earliest ready one, so the order
    /// is stable and as many programs as can run during months of required
    /// experience come first; false when some program never becomes ready.
    /// `order`, when given, receives the positions in the order taken.
    pub(super) fn take_in_order(&self, members: u32, mut order: Option<&mut Vec<usize>>) -> bool {
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
                        let working = self.keeps_working & 1 << i != 0;
                        if ready.is_none() || working {
                            ready = Some(i);
                        }
                        if working {
                            break;
                        }
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
    pub(super) fn covers(&self, members: u32) -> bool {
        self.missing.iter().all(|&m| m & members != 0)
    }

    /// No program can be left out: each one is needed for the rung or for another's prerequisite.
    /// A program that alone earns a missing credential, or alone earns a
    /// prerequisite of another program of the set, is needed for certain;
    /// only the others are tried without.
    pub(super) fn is_minimal(&self) -> bool {
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
