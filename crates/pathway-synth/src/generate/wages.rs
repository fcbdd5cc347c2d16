//! Synthetic wages. Each SOC code gets an annual median that rises with its
//! level (each level about 30% above the one below) and differs by SOC major
//! group, with percentiles and an employment count around it, marked with the
//! source "synthetic benchmark data" and the year 2025. The median also tells
//! the steps which of two occupations at one level pays better.

use super::ladders::Rung;
use super::levels::LEVELS;
use super::units::round_to;
use super::{REGION, WAGE_SOURCE, WAGE_YEAR};
use crate::onet::OnetOccupation;
use crate::rng::{hash_str, mix, SplitMix64};
use pathway_model::ids::RegionId;
use pathway_model::model::{Percentiles, Wage};
use std::collections::{HashMap, HashSet};

/// The synthetic annual median wage of each rung, in rung order.
pub(super) fn rung_pay(seed: u64, rungs: &[Rung]) -> Vec<f64> {
    rungs.iter().map(|r| wage_median(seed, r.base.soc(), r.level)).collect()
}

/// One wage per SOC code in use, in the order of the rungs that first use it,
/// titled with the first title the O*NET list gives the code. Each code draws
/// its employment from a generator of its own, so its wage does not depend on
/// the rest of the dataset.
pub(super) fn wages(
    seed: u64,
    list: &[OnetOccupation],
    levels: &HashMap<&'static str, usize>,
    rungs: &[Rung],
) -> Vec<Wage> {
    let soc_titles: HashMap<&str, &str> = list.iter().rev().map(|o| (o.soc(), o.title)).collect();
    let mut wages = Vec::new();
    let mut done = HashSet::new();
    for r in rungs {
        let soc = r.base.soc();
        if !done.insert(soc) {
            continue;
        }
        let median = wage_median(seed, soc, levels[soc]);
        let mut w = SplitMix64::new(mix(seed ^ hash_str(soc) ^ 0x454D_504C));
        let annual = |f: f64| Some(round_to(median * f, 10.0));
        let hourly = |f: f64| Some(round_to(median * f / 2080.0, 0.01));
        let spread = [0.7, 0.84, 1.0, 1.2, 1.45];
        wages.push(Wage {
            soc: soc.to_owned(),
            region: Some(RegionId::from(REGION)),
            title: Some(soc_titles[soc].to_owned()),
            hourly: Percentiles {
                p10: hourly(spread[0]),
                p25: hourly(spread[1]),
                median: hourly(spread[2]),
                p75: hourly(spread[3]),
                p90: hourly(spread[4]),
            },
            annual: Percentiles {
                p10: annual(spread[0]),
                p25: annual(spread[1]),
                median: annual(spread[2]),
                p75: annual(spread[3]),
                p90: annual(spread[4]),
            },
            employment: Some(round_to(w.between(2_000.0, 400_000.0), 10.0)),
            source: Some(WAGE_SOURCE.to_owned()),
            year: Some(WAGE_YEAR),
            area: None,
            national_fallback: false,
        });
    }
    wages
}

/// Typical annual median wage by level, before the group's factor.
const BASE_WAGE: [f64; LEVELS] = [31_000.0, 40_000.0, 52_000.0, 68_000.0, 92_000.0];

/// The synthetic annual median wage of a SOC code at `level`.
fn wage_median(seed: u64, soc: &str, level: usize) -> f64 {
    let mut w = SplitMix64::new(mix(seed ^ hash_str(soc) ^ 0x5741_4745));
    round_to(BASE_WAGE[level] * group_wage_factor(&soc[..2]) * w.between(0.9, 1.1), 10.0)
}

/// How wages in a SOC major group compare with the average.
fn group_wage_factor(group: &str) -> f64 {
    match group {
        "11" => 1.45,
        "15" => 1.3,
        "17" | "23" => 1.25,
        "13" | "29" => 1.2,
        "19" => 1.1,
        "47" => 1.05,
        "31" | "37" | "39" | "45" => 0.85,
        "35" => 0.8,
        "41" | "43" | "53" => 0.9,
        "21" | "25" | "27" | "51" => 0.95,
        _ => 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::super::levels::soc_levels;
    use crate::{national_dataset, onet, SynthConfig};
    use std::collections::HashMap;

    #[test]
    fn wages_rise_with_level_within_each_group() {
        let dataset = national_dataset(&SynthConfig::default());
        let levels = soc_levels(&onet::occupations(), SynthConfig::default().seed);
        let median: HashMap<&str, f64> =
            dataset.wages.iter().map(|w| (w.soc.as_str(), w.annual.median.expect("a median"))).collect();
        for (a, wa) in &median {
            for (b, wb) in &median {
                if a[..2] == b[..2] && levels[a] < levels[b] {
                    assert!(wa < wb, "{a} (level {}) earns {wa}, {b} (level {}) {wb}", levels[a], levels[b]);
                }
            }
        }
    }
}
