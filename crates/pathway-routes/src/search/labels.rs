//! The search's labels: a partial route's figures, the step and plan it
//! took, and each occupation's front of labels no other label covers.

use super::EPSILON;
use crate::credset::Span;
use crate::search::MAX_ROUTES_PER_OCCUPATION;
use pathway_model::graph::{OccupationIx, StepIx};
use std::cmp::Ordering;

/// The sums a label carries along its route.
#[derive(Clone, Copy, Debug)]
pub(super) struct Figures {
    pub(super) months: f64,
    pub(super) cost: f64,
    pub(super) paid_months: f64,
    pub(super) study_months: f64,
    pub(super) programs: usize,
    /// Months plus cost with a month counted as $1,000: a full occupation
    /// drops the label that scores worst on it. Worked out once, because
    /// every offer to a full occupation compares it.
    pub(super) burden: f64,
}

impl Figures {
    pub(super) fn new(months: f64, cost: f64, paid_months: f64, study_months: f64, programs: usize) -> Self {
        Self { months, cost, paid_months, study_months, programs, burden: months + cost / 1000.0 }
    }

    pub(super) fn unpaid(&self) -> f64 {
        self.study_months - self.paid_months
    }
}

/// No more months, cost, programs or unpaid study months than `b`. A label
/// covers another (is at least as good for every continuation) when it is
/// no worse and holds every credential the other holds that anything ahead
/// can need.
#[inline(always)]
pub(super) fn no_worse(a: &Figures, b: &Figures) -> bool {
    a.months <= b.months + EPSILON
        && a.cost <= b.cost + EPSILON
        && a.programs <= b.programs
        && a.unpaid() <= b.unpaid() + EPSILON
}

/// How a label's last rung was climbed: the step, and which plan of which
/// memoised plan set earned its credentials. The rung itself is built from
/// this only for the routes returned, so a label that is offered and
/// dropped costs no allocation.
#[derive(Clone, Copy, Debug)]
pub(super) struct Via {
    pub(super) step: StepIx,
    pub(super) plan_set: usize,
    pub(super) plan: usize,
}

/// The labels an occupation keeps, in the order they were stored, with a
/// copy of each one's figures beside it: nearly every offer is compared
/// with all of them, and reading them here saves a trip to the label arena
/// for each.
#[derive(Clone, Copy, Debug)]
pub(super) struct Front {
    pub(super) len: usize,
    pub(super) labels: [usize; MAX_ROUTES_PER_OCCUPATION],
    pub(super) figures: [Figures; MAX_ROUTES_PER_OCCUPATION],
    /// When the front is full, the position of the label it drops first
    /// ([`Front::worst_of`]); kept up to date as the front changes, because
    /// nearly every offer to a full front is measured against it and most
    /// are turned away without changing it.
    pub(super) worst: usize,
    /// When the front is full, the most months and the most cost (each plus
    /// the tolerance) of its labels: an offer above either is no worse than
    /// none of them, which settles most offers without scanning the front.
    pub(super) ceiling: (f64, f64),
}

impl Front {
    pub(super) const EMPTY: Self = Self {
        len: 0,
        labels: [0; MAX_ROUTES_PER_OCCUPATION],
        figures: [Figures { months: 0.0, cost: 0.0, paid_months: 0.0, study_months: 0.0, programs: 0, burden: 0.0 };
            MAX_ROUTES_PER_OCCUPATION],
        worst: 0,
        ceiling: (f64::INFINITY, f64::INFINITY),
    };

    pub(super) fn is_full(&self) -> bool {
        self.len >= MAX_ROUTES_PER_OCCUPATION
    }

    /// The positions of its labels in the arena, oldest first.
    pub(super) fn labels(&self) -> &[usize] {
        &self.labels[..self.len]
    }

    /// The burden of the label a full front drops first.
    pub(super) fn worst_burden(&self) -> f64 {
        self.figures[self.worst].burden
    }

    /// True when a full front, offered a new label of `burden`, would drop
    /// the new one: it has the highest burden, since a new label loses
    /// every tie.
    pub(super) fn drops(&self, burden: f64) -> bool {
        burden.total_cmp(&self.worst_burden()) != Ordering::Less
    }

    /// Takes out the label at position `k`, keeping the order of the rest.
    pub(super) fn remove(&mut self, k: usize) {
        self.labels.copy_within(k + 1..self.len, k);
        self.figures.copy_within(k + 1..self.len, k);
        self.len -= 1;
    }

    /// Adds a label, and when that fills the front works out its worst
    /// label and its ceiling.
    pub(super) fn push(&mut self, label: usize, figures: Figures) {
        self.labels[self.len] = label;
        self.figures[self.len] = figures;
        self.len += 1;
        if self.is_full() {
            self.worst = self.worst_of();
            self.ceiling = self.figures.iter().fold((f64::NEG_INFINITY, f64::NEG_INFINITY), |(m, c), f| {
                (m.max(f.months + EPSILON), c.max(f.cost + EPSILON))
            });
        }
    }

    /// The position of the label a full front drops first: the highest
    /// burden, and of equal burdens the latest made.
    pub(super) fn worst_of(&self) -> usize {
        let mut worst = 0;
        for k in 1..self.len {
            let (w, l) = (&self.figures[worst], &self.figures[k]);
            if l.burden.total_cmp(&w.burden).then(self.labels[k].cmp(&self.labels[worst])) == Ordering::Greater {
                worst = k;
            }
        }
        worst
    }
}

/// True when the route to `label` (or the start alone, for `None`) passes
/// through `occupation`, counting the job the person starts in.
pub(super) fn on_route(
    labels: &[Label],
    start: Option<OccupationIx>,
    mut label: Option<usize>,
    occupation: OccupationIx,
) -> bool {
    if start == Some(occupation) {
        return true;
    }
    while let Some(i) = label {
        if labels[i].occupation == occupation {
            return true;
        }
        label = labels[i].parent;
    }
    false
}

/// True when a label after `from` at `occupation` can climb wherever a
/// label after `to` there can. A route never climbs to an occupation it has
/// been in, so a job on the first route and not on the second closes a way
/// ahead when it can be reached again from `occupation`: when both are on
/// one loop of steps (`loop_of`). Off every loop, nothing behind a route is
/// ahead of it, and this holds at once.
pub(super) fn climbs_as_far(
    labels: &[Label],
    start: Option<OccupationIx>,
    loop_of: impl Fn(OccupationIx) -> Option<u32>,
    occupation: OccupationIx,
    mut from: Option<usize>,
    to: Option<usize>,
) -> bool {
    let Some(here) = loop_of(occupation) else { return true };
    while let Some(i) = from {
        let passed = labels[i].occupation;
        if loop_of(passed) == Some(here) && !on_route(labels, start, to, passed) {
            return false;
        }
        from = labels[i].parent;
    }
    true
}

pub(super) struct Label {
    pub(super) occupation: OccupationIx,
    pub(super) parent: Option<usize>,
    /// `None` for a person with no job hired into an entry role.
    pub(super) via: Option<Via>,
    /// Months of experience still needed before the step.
    pub(super) experience_months: f64,
    /// Where the credentials held after the rung sit in the search's
    /// `held_pool`, as the first position and one past the last.
    pub(super) held: (usize, usize),
    /// The words of its relevant credentials (the held ones that a
    /// continuation from here can still need, kept in the search's
    /// `relevant_pool`) that can be nonzero.
    pub(super) relevant_span: Span,
    pub(super) figures: Figures,
    /// Rungs climbed to reach this label, the first rung counting one.
    pub(super) rungs: usize,
    pub(super) alive: bool,
}

/// Expansion order: months, then cost, then creation order. The figures
/// are kept as integers that sort as [`f64::total_cmp`] sorts them (the
/// same mapping it uses), so the queue compares plain integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct QueueKey {
    pub(super) months: i64,
    pub(super) cost: i64,
    pub(super) index: usize,
}

impl QueueKey {
    pub(super) fn new(months: f64, cost: f64, index: usize) -> Self {
        let key = |x: f64| {
            let bits = x.to_bits() as i64;
            bits ^ (((bits >> 63) as u64) >> 1) as i64
        };
        Self { months: key(months), cost: key(cost), index }
    }
}
