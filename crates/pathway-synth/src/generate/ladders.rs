//! Ladders and their rungs. This module chooses which O*NET occupations the
//! dataset has, groups them into ladders (a SOC major group, or one copy of it
//! when the list is reused to reach a larger size), names each ladder's
//! partners and pre-apprenticeship certificate, and gives each chosen
//! occupation its id, title and level and, at the end, its occupation record.

use super::levels::LEVELS;
use super::REGION;
use crate::onet::{self, OnetOccupation, MAJOR_GROUPS};
use pathway_model::ids::{CredentialId, OccupationId, PartnerId, RegionId};
use pathway_model::model::Occupation;
use std::collections::HashMap;

/// Groups whose ladders lean on registered apprenticeships.
pub(super) const TRADES: [&str; 5] = ["47", "49", "51", "53", "33"];

/// One ladder: a SOC major group, or one copy of it.
pub(super) struct Ladder {
    /// The SOC major group, such as `29`.
    pub(super) group: &'static str,
    /// The group's name, with its track number on a copy.
    pub(super) name: String,
    /// The id fragment its partners' and pre-apprenticeship's ids start with.
    pub(super) slug: String,
    /// The rungs (indices into the rung list) at each level.
    pub(super) by_level: [Vec<usize>; LEVELS],
    /// Its community colleges, one per 15 rungs or so.
    pub(super) colleges: Vec<PartnerId>,
    /// Its state university, which runs the programs of the top level.
    pub(super) university: PartnerId,
    /// Its employer consortia, one per 20 rungs or so.
    pub(super) employers: Vec<PartnerId>,
    /// Its training fund: a labor/management fund in the trades, an industry fund elsewhere.
    pub(super) fund: PartnerId,
    /// Its community organization, which offers support services.
    pub(super) community: PartnerId,
    /// The certificate its pre-apprenticeship awards.
    pub(super) pre_apprenticeship: CredentialId,
}

/// One chosen occupation and what the generator decided about it.
pub(super) struct Rung {
    /// The O*NET occupation.
    pub(super) base: OnetOccupation,
    /// Its ladder, an index into the ladder list.
    pub(super) ladder: usize,
    /// Its synthetic level, from 0 (an entry role) to 4.
    pub(super) level: usize,
    /// Its occupation id, suffixed on a copy.
    pub(super) id: OccupationId,
    /// Its title, with the track number on a copy.
    pub(super) title: String,
    /// The rung's own credential, for levels above entry.
    pub(super) credential: Option<CredentialId>,
    /// The license a licensed rung requires, earned after its credential.
    pub(super) license: Option<CredentialId>,
}

/// The ladders and the `n` rungs on them. Up to the length of the O*NET list
/// the rungs are spread evenly over it; beyond, the list is reused, each copy
/// of a major group forming a ladder of its own. Ladders are listed in the
/// order their first rung is chosen, and the rungs get no credential yet.
pub(super) fn ladders_and_rungs(
    list: &[OnetOccupation],
    levels: &HashMap<&'static str, usize>,
    n: usize,
) -> (Vec<Ladder>, Vec<Rung>) {
    // Which O*NET occupations, and which copy of the list each belongs to.
    let picks: Vec<(OnetOccupation, usize)> = (0..n)
        .map(|i| if n <= list.len() { (list[i * list.len() / n], 0) } else { (list[i % list.len()], i / list.len()) })
        .collect();
    let mut ladder_sizes: HashMap<(&str, usize), usize> = HashMap::new();
    for (o, r) in &picks {
        *ladder_sizes.entry((o.major_group(), *r)).or_default() += 1;
    }
    let mut ladders: Vec<Ladder> = Vec::new();
    let mut ladder_of: HashMap<(&str, usize), usize> = HashMap::new();
    let mut rungs: Vec<Rung> = Vec::with_capacity(n);
    for (o, replica) in &picks {
        let key = (o.major_group(), *replica);
        let ladder = *ladder_of.entry(key).or_insert_with(|| {
            ladders.push(Ladder::new(o.major_group(), *replica, ladder_sizes[&key]));
            ladders.len() - 1
        });
        let level = levels[o.soc()];
        let suffix = if *replica == 0 { String::new() } else { format!("-t{}", replica + 1) };
        let id = OccupationId(format!("{}-{}{suffix}", slug(o.title, 32), o.code.replace('.', "-")));
        let title = if *replica == 0 { o.title.to_owned() } else { format!("{} (track {})", o.title, replica + 1) };
        ladders[ladder].by_level[level].push(rungs.len());
        rungs.push(Rung { base: *o, ladder, level, id, title, credential: None, license: None });
    }
    (ladders, rungs)
}

/// The occupation record of every rung; a licensed rung requires its license.
pub(super) fn occupations(rungs: &[Rung]) -> Vec<Occupation> {
    rungs
        .iter()
        .map(|r| Occupation {
            id: r.id.clone(),
            soc: r.base.soc().to_owned(),
            onet: Some(r.base.code.to_owned()),
            title: r.title.clone().into(),
            description: None,
            keywords: Vec::new(),
            region: Some(RegionId::from(REGION)),
            entry: r.level == 0,
            requires: r.license.iter().cloned().collect(),
            pay: None,
            illustrative: false,
        })
        .collect()
}

impl Ladder {
    /// The ladder of copy `replica` of major group `group`, with `size` rungs,
    /// and the ids of its partners and pre-apprenticeship certificate. The
    /// first copy keeps the group's own name; the others are numbered tracks.
    fn new(group: &'static str, replica: usize, size: usize) -> Self {
        let g = onet::group_index(group).expect("known group");
        let group_name = MAJOR_GROUPS[g].1;
        let (name, slug) = if replica == 0 {
            (group_name.to_owned(), format!("soc-{group}"))
        } else {
            (format!("{group_name} (track {})", replica + 1), format!("soc-{group}-t{}", replica + 1))
        };
        let colleges: Vec<PartnerId> =
            (0..(size / 15).max(1)).map(|k| PartnerId(format!("{slug}-college-{}", k + 1))).collect();
        let university = PartnerId(format!("{slug}-university"));
        let employers: Vec<PartnerId> =
            (0..(size / 20).max(1)).map(|k| PartnerId(format!("{slug}-employers-{}", k + 1))).collect();
        let fund = PartnerId(format!("{slug}-training-fund"));
        let community = PartnerId(format!("{slug}-community"));
        let pre_apprenticeship = CredentialId(format!("{slug}-pre-apprenticeship"));
        Ladder {
            group,
            name,
            slug,
            by_level: Default::default(),
            colleges,
            university,
            employers,
            fund,
            community,
            pre_apprenticeship,
        }
    }
}

/// A lowercase, hyphenated id fragment of at most `max` characters.
fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(max);
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use crate::{national_dataset, SynthConfig};

    #[test]
    fn copies_beyond_the_list_get_suffixed_titles_and_ids() {
        let dataset = national_dataset(&SynthConfig::with_occupations(2_100));
        assert!(dataset.occupations.iter().any(|o| o.title.ends_with("(track 3)") && o.id.as_str().ends_with("-t3")));
        assert!(dataset.occupations.iter().all(|o| o.id.as_str().len() <= 64));
    }
}
