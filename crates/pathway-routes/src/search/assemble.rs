//! Routes as the answer gives them, assembled from the search's labels:
//! each rung's programs, months, cost and wages.

use super::{rung_months, Search};
use crate::answer::{Route, Rung};
use crate::search::MAX_RUNGS;
use crate::shared::SharedSlice;
use crate::wages::{rung_wage, same_bls_code};

impl Search<'_> {
    /// The last rung of label `i`, with its programs and wages filled in.
    fn rung(&self, i: usize) -> Rung {
        let l = &self.labels[i];
        let (wage, wage_source) = rung_wage(self.graph, l.via.map(|v| v.step), l.occupation);
        let Some(via) = l.via else {
            return Rung {
                occupation: l.occupation,
                step: None,
                gained: SharedSlice::default(),
                programs: SharedSlice::default(),
                experience_months: 0.0,
                months: 0.0,
                study_months: 0.0,
                cost: 0.0,
                paid_months: 0.0,
                wage,
                wage_source,
                wage_step: None,
                same_bls_code: false,
            };
        };
        // The rung before: the parent label's, or the job the person holds.
        let before = match l.parent {
            Some(p) => Some((self.labels[p].occupation, self.labels[p].via.map(|v| v.step))),
            None => self.resolved.start.map(|s| (s, None)),
        };
        let before = before.map(|(o, step)| (o, rung_wage(self.graph, step, o)));
        let same_bls =
            before.is_some_and(|(o, (_, source))| same_bls_code(self.graph, (o, source), (l.occupation, wage_source)));
        let wage_step = match (before.and_then(|(_, (w, _))| w), wage) {
            (Some(a), Some(b)) if !same_bls => Some(b - a),
            _ => None,
        };
        let set = &self.plan_sets[via.plan_set];
        let plan = set.plans.plan(via.plan);
        Rung {
            occupation: l.occupation,
            step: Some(via.step),
            gained: set.missing.clone(),
            programs: set.plans.programs(plan),
            experience_months: l.experience_months,
            months: rung_months(l.experience_months, plan),
            study_months: plan.months,
            cost: plan.cost,
            paid_months: plan.paid_months,
            wage,
            wage_source,
            wage_step,
            same_bls_code: same_bls,
        }
    }

    /// Unpaid months of study along the route ending at label `last`, summed
    /// rung by rung from the first as [`Route::unpaid_months`] sums them, so
    /// the two agree to the last bit.
    pub(super) fn unpaid_along(&self, last: usize) -> f64 {
        // A route has at most MAX_RUNGS rungs, so its labels fit on the stack.
        let mut chain = [0; MAX_RUNGS];
        let mut len = 0;
        let mut at = Some(last);
        while let Some(i) = at {
            chain[len] = i;
            len += 1;
            at = self.labels[i].parent;
        }
        chain[..len]
            .iter()
            .rev()
            .map(|&i| match self.labels[i].via {
                Some(via) => {
                    let plan = self.plan_sets[via.plan_set].plans.plan(via.plan);
                    plan.months - plan.paid_months
                }
                None => 0.0,
            })
            .sum()
    }

    pub(super) fn route(&self, last: usize) -> Route {
        let mut rungs = Vec::with_capacity(self.labels[last].rungs);
        let mut at = Some(last);
        while let Some(i) = at {
            rungs.push(self.rung(i));
            at = self.labels[i].parent;
        }
        rungs.reverse();
        let l = &self.labels[last].figures;
        Route {
            final_wage: rungs.last().and_then(|r| r.wage),
            rungs,
            months: l.months,
            cost: l.cost,
            paid_months: l.paid_months,
            programs: l.programs,
            dominated_by: None,
        }
    }
}
