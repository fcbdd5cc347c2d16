//! The plan sets an engine keeps between questions. A rung's plans depend
//! only on which programs the question allows, what each costs the person
//! in each funding period, and the rung's missing and bearing credentials;
//! a person who ticks a box that changes none of the first two (a diploma
//! held, a credential held, a goal) asks for mostly the same plans again,
//! and making them is a third of a search on a large catalog.

use super::{PlanCache, PlanSet};
use std::sync::Mutex;

/// The most sets of allowed programs and costs kept at once, the latest
/// first: a person ticking a limit and unticking it finds both sets of
/// plans. On the 1,016-job national region a shelf holds about 900 plan
/// sets and 1.7 MB after one question.
const SHELVES: usize = 2;

/// The most plan sets one shelf keeps; a shelf that grows past it is
/// emptied, so memory stays bounded however many questions are asked.
const MOST_PLAN_SETS: usize = 5_000;

/// Plan sets made for earlier questions, by what those questions allowed.
#[derive(Default)]
pub(crate) struct PlanMemo {
    shelves: Mutex<Vec<Shelf>>,
}

impl std::fmt::Debug for PlanMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shelves = self.shelves.lock().map(|s| s.len()).unwrap_or_default();
        f.debug_struct("PlanMemo").field("shelves", &shelves).finish()
    }
}

/// Each engine made from another starts with no plans of its own: what it
/// keeps is a cache, never part of the answer.
impl Clone for PlanMemo {
    fn clone(&self) -> Self {
        Self::default()
    }
}

/// What the plans on a shelf were made under: the programs allowed (before
/// twins are weighed) and, per funding period, every program's cost to the
/// person, compared bit for bit.
#[derive(PartialEq)]
pub(super) struct Terms {
    allowed: Vec<bool>,
    costs: Vec<Vec<u64>>,
    timed: bool,
}

impl Terms {
    pub(super) fn new(allowed: &[bool], costs: &[Vec<f64>], timed: bool) -> Self {
        Self {
            allowed: allowed.to_vec(),
            costs: costs.iter().map(|c| c.iter().map(|x| x.to_bits()).collect()).collect(),
            timed,
        }
    }
}

struct Shelf {
    terms: Terms,
    plans: PlanCache,
    plan_sets: Vec<PlanSet>,
}

impl PlanMemo {
    /// Takes the plans made under `terms`, or none. While a search holds
    /// them, another search under the same terms makes its own.
    pub(super) fn take(&self, terms: &Terms) -> (PlanCache, Vec<PlanSet>) {
        let Ok(mut shelves) = self.shelves.lock() else {
            return Default::default();
        };
        match shelves.iter().position(|s| &s.terms == terms) {
            Some(at) => {
                let shelf = shelves.remove(at);
                (shelf.plans, shelf.plan_sets)
            }
            None => Default::default(),
        }
    }

    /// Forgets every plan kept.
    pub(crate) fn clear(&self) {
        if let Ok(mut shelves) = self.shelves.lock() {
            shelves.clear();
        }
    }

    /// Puts back the plans a search made or reused under `terms`, as the
    /// latest shelf.
    pub(super) fn put(&self, terms: Terms, plans: PlanCache, plan_sets: Vec<PlanSet>) {
        if plan_sets.len() > MOST_PLAN_SETS {
            return;
        }
        let Ok(mut shelves) = self.shelves.lock() else {
            return;
        };
        shelves.retain(|s| s.terms != terms);
        shelves.insert(0, Shelf { terms, plans, plan_sets });
        shelves.truncate(SHELVES);
    }
}
