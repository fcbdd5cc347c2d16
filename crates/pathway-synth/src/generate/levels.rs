//! Synthetic levels: where each SOC code sits on its ladder, from 0 (an entry
//! role) to 4 (the top). Codes are ranked within their SOC major group by
//! their real national median wage, or by their title when they have none, and
//! the ranks are cut so that about a quarter of each group are entry roles.

use crate::onet::{self, OnetOccupation, MAJOR_GROUPS};
use crate::rng::SplitMix64;
use std::collections::{HashMap, HashSet};

/// Synthetic levels: 0 is an entry role, 4 the top of a ladder.
pub(super) const LEVELS: usize = 5;

/// The synthetic level of every SOC code: its rank within its major group by
/// the real national median wage (OEWS May 2025), cut into five levels, over
/// the whole list so that a subset or a copy keeps the same levels. A code
/// without a published median ranks at its group's median wage, moved up or
/// down by its title ("Helpers" low, "Managers" high) and a seeded jitter.
pub(super) fn soc_levels(list: &[OnetOccupation], seed: u64) -> HashMap<&'static str, usize> {
    let real = onet::national_medians();
    let mut by_group: Vec<Vec<(f64, &'static str, &'static str)>> = vec![Vec::new(); MAJOR_GROUPS.len()];
    let mut seen = HashSet::new();
    for o in list {
        if seen.insert(o.soc()) {
            let g = onet::group_index(o.major_group()).expect("known group");
            by_group[g].push((real.get(o.soc()).map_or(f64::NAN, |w| w.ln()), o.soc(), o.title));
        }
    }
    let mut levels = HashMap::new();
    for mut group in by_group {
        let mut known: Vec<f64> = group.iter().map(|x| x.0).filter(|x| x.is_finite()).collect();
        known.sort_by(f64::total_cmp);
        let middle = known.get(known.len() / 2).copied().unwrap_or(0.0);
        for (score, soc, title) in &mut group {
            if !score.is_finite() {
                *score = middle + 0.5 * title_nudge(title) + 0.2 * (SplitMix64::derived(seed, soc).next_f64() - 0.5);
            }
        }
        group.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(b.1)));
        let n = group.len() as f64;
        for (i, (_, soc, _)) in group.into_iter().enumerate() {
            let q = (i as f64 + 0.5) / n;
            let level = match q {
                q if q < 0.25 => 0,
                q if q < 0.50 => 1,
                q if q < 0.70 => 2,
                q if q < 0.86 => 3,
                _ => 4,
            };
            levels.insert(soc, level);
        }
    }
    levels
}

/// How a title moves an occupation down or up its ladder.
fn title_nudge(title: &str) -> f64 {
    const LOW: [&str; 24] = [
        "Helpers",
        "Aides",
        "Attendants",
        "Laborers",
        "Cleaners",
        "Dishwashers",
        "Cashiers",
        "Clerks",
        "Packers",
        "Sorters",
        "Hosts",
        "Ushers",
        "Porters",
        "Bussers",
        "Fast Food",
        "Counter",
        "Food Preparation Workers",
        "Farmworkers",
        "Graders",
        "Messengers",
        "Couriers",
        "Stockers",
        "Sales Workers",
        "Childcare",
    ];
    const HIGH: [&str; 23] = [
        "Chief",
        "Managers",
        "Directors",
        "Engineers",
        "Scientists",
        "Physicians",
        "Surgeons",
        "Postsecondary",
        "Lawyers",
        "Judges",
        "Architects",
        "Pharmacists",
        "Dentists",
        "Economists",
        "Actuaries",
        "Statisticians",
        "Administrators",
        "Psychologists",
        "Veterinarians",
        "Optometrists",
        "Nurse Practitioners",
        "Anesthetists",
        "Pilots",
    ];
    const MID: [&str; 6] =
        ["Supervisors", "Technologists", "Specialists", "Analysts", "Inspectors", "Registered Nurses"];
    const SKILLED: [&str; 5] = ["Technicians", "Mechanics", "Installers", "Repairers", "Operators"];
    if HIGH.iter().any(|w| title.contains(w)) {
        0.6
    } else if MID.iter().any(|w| title.contains(w)) {
        0.25
    } else if LOW.iter().any(|w| title.contains(w)) {
        -0.6
    } else if SKILLED.iter().any(|w| title.contains(w)) {
        0.1
    } else {
        0.0
    }
}
