//! Advancement steps between occupations: first one step up into every rung
//! above entry, then random steps up, lateral and across ladders, each with
//! the months of experience it asks for and the credential the rung it leads
//! to needs. A step never leads to a lower level, nor within a level to a
//! lower-paid occupation, so the steps form no cycle.

use super::ladders::{Ladder, Rung};
use super::levels::LEVELS;
use super::units::round_to;
use crate::rng::SplitMix64;
use pathway_model::model::Step;
use std::collections::HashSet;

/// Advancement steps: one step up into every rung above entry, then random
/// steps up, lateral and across ladders until there are `total`. A step never
/// leads to a lower level, nor within a level to a lower wage (`pay`), so the
/// steps form no cycle: they are advancement, and a person moving sideways
/// does it for better pay.
pub(super) fn steps(rng: &mut SplitMix64, rungs: &[Rung], ladders: &[Ladder], pay: &[f64], total: usize) -> Vec<Step> {
    let mut out: Vec<Step> = Vec::with_capacity(total);
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let by_level_anywhere: Vec<Vec<usize>> =
        (0..LEVELS).map(|lv| (0..rungs.len()).filter(|&i| rungs[i].level == lv).collect()).collect();
    let key = |i: usize| (rungs[i].level, pay[i], i);
    let advances = |from: usize, to: usize| {
        let (a, b) = (key(from), key(to));
        (a.0, a.1) < (b.0, b.1) || ((a.0, a.1) == (b.0, b.1) && a.2 < b.2)
    };
    let make = |rng: &mut SplitMix64, from: usize, to: usize, experience: f64| -> Step {
        let target = &rungs[to];
        // A licensed rung asks for its license through the occupation itself;
        // other rungs above entry ask for their credential on the step, except
        // for some internal promotions into the first rung.
        let requires = match (&target.credential, &target.license) {
            (Some(c), None) if target.level >= 2 || rng.chance(0.85) => vec![c.clone()],
            _ => Vec::new(),
        };
        Step {
            from: Some(rungs[from].id.clone()),
            to: target.id.clone(),
            requires,
            experience_months: experience,
            note: None,
            pay: None,
            illustrative: false,
            no_wage_change: false,
        }
    };
    // Every rung above entry is reached from the level below, in its ladder when it can be.
    for (to, r) in rungs.iter().enumerate() {
        if r.level == 0 || out.len() >= total {
            continue;
        }
        let l = &ladders[r.ladder];
        let from = (0..r.level)
            .rev()
            .map(|lv| &l.by_level[lv])
            .find(|c| !c.is_empty())
            .or_else(|| Some(&by_level_anywhere[r.level - 1]).filter(|c| !c.is_empty()));
        if let Some(candidates) = from {
            let from = *rng.pick(candidates);
            if seen.insert((from, to)) {
                let exp = round_to(rng.between(6.0, 24.0), 6.0);
                out.push(make(rng, from, to, exp));
            }
        }
    }
    // Then random steps.
    let mut attempts = 0usize;
    let mut candidates = Vec::new();
    while out.len() < total && attempts < total * 20 && !rungs.is_empty() {
        attempts += 1;
        let from = rng.below(rungs.len());
        let r = &rungs[from];
        let l = &ladders[r.ladder];
        let roll = rng.next_f64();
        candidates.clear();
        let experience = if roll < 0.55 {
            if r.level + 1 < LEVELS {
                candidates.extend(&l.by_level[r.level + 1]);
            }
            round_to(rng.between(6.0, 24.0), 6.0)
        } else if roll < 0.85 {
            candidates.extend(l.by_level[r.level].iter().filter(|&&to| advances(from, to)));
            round_to(rng.between(0.0, 6.0), 3.0)
        } else {
            let lv = (r.level + rng.below(2)).min(LEVELS - 1);
            candidates
                .extend(by_level_anywhere[lv].iter().filter(|&&to| rungs[to].ladder != r.ladder && advances(from, to)));
            round_to(rng.between(12.0, 24.0), 6.0)
        };
        if candidates.is_empty() {
            continue;
        }
        let to = *rng.pick(&candidates);
        if !seen.insert((from, to)) {
            continue;
        }
        out.push(make(rng, from, to, experience));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{national_dataset, SynthConfig};
    use std::collections::{HashMap, HashSet};

    #[test]
    fn every_level_above_entry_is_reached_by_a_step() {
        let dataset = national_dataset(&SynthConfig::default());
        let reached: HashSet<&str> = dataset.steps.iter().map(|s| s.to.as_str()).collect();
        assert!(dataset.occupations.iter().all(|o| o.entry || reached.contains(o.id.as_str())));
    }

    #[test]
    fn steps_form_no_cycle() {
        let dataset = national_dataset(&SynthConfig::default());
        let index: HashMap<&str, usize> =
            dataset.occupations.iter().enumerate().map(|(i, o)| (o.id.as_str(), i)).collect();
        let mut indegree = vec![0usize; dataset.occupations.len()];
        let mut out = vec![Vec::new(); dataset.occupations.len()];
        for s in &dataset.steps {
            let (a, b) = (index[s.from.as_ref().expect("every step has a from").as_str()], index[s.to.as_str()]);
            out[a].push(b);
            indegree[b] += 1;
        }
        let mut ready: Vec<usize> = (0..indegree.len()).filter(|&i| indegree[i] == 0).collect();
        let mut done = 0;
        while let Some(a) = ready.pop() {
            done += 1;
            for &b in &out[a] {
                indegree[b] -= 1;
                if indegree[b] == 0 {
                    ready.push(b);
                }
            }
        }
        assert_eq!(done, dataset.occupations.len(), "a cycle of steps");
    }
}
