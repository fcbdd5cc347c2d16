//! Bridge programs, which award the prerequisites rung programs ask for: GED
//! preparation (some with integrated English), English for speakers of other
//! languages and workplace literacy, run by the national adult education
//! providers; developmental education at the ladders' colleges; and one
//! pre-apprenticeship per ladder, run by its training fund.

use super::ladders::Ladder;
use super::partners::NationalPartners;
use super::records::program;
use super::units::{dollars, months};
use super::{COLLEGE_READY, DIPLOMA, ENGLISH};
use crate::rng::SplitMix64;
use pathway_model::eligibility::Eligibility;
use pathway_model::ids::CredentialId;
use pathway_model::model::{Funding, FundingKind, Program, ProgramKind, Schedule};

/// Every bridge program of a dataset of `n` occupations: one GED and one
/// English program per 100 occupations (at least two of each), one
/// developmental program per 200 (at least one), and a pre-apprenticeship per
/// ladder, in that order, which is also the order of their draws from `rng`.
pub(super) fn bridge_programs(
    rng: &mut SplitMix64,
    ladders: &[Ladder],
    national: &NationalPartners,
    n: usize,
) -> Vec<Program> {
    let bridges = (n / 100).max(2);
    let mut out = Vec::new();
    ged_programs(rng, national, bridges, &mut out);
    english_programs(rng, national, bridges, &mut out);
    developmental_programs(rng, ladders, national, (n / 200).max(1), &mut out);
    pre_apprenticeships(rng, ladders, &mut out);
    out
}

/// The schedules bridge programs take in turn, so that each kind of bridge
/// is offered at several times of the week.
const BRIDGE_SCHEDULES: [&[Schedule]; 4] = [
    &[Schedule::Evening, Schedule::Online],
    &[Schedule::Day],
    &[Schedule::Evening],
    &[Schedule::Weekend, Schedule::Online],
];

/// GED preparation at the adult education providers, mostly free; every
/// fifth also awards the English level.
fn ged_programs(rng: &mut SplitMix64, national: &NationalPartners, count: usize, out: &mut Vec<Program>) {
    for k in 0..count {
        let mut awards = vec![CredentialId::from(DIPLOMA)];
        let name = if k % 5 == 1 {
            awards.push(CredentialId::from(ENGLISH));
            format!("Integrated English and GED preparation {}", k + 1)
        } else {
            format!("GED preparation {}", k + 1)
        };
        let cost = if rng.chance(0.7) { 0.0 } else { dollars(rng.between(50.0, 300.0)) };
        let mut p = program(
            format!("ged-prep-{}", k + 1),
            name,
            ProgramKind::GedPreparation,
            &national.adult_ed[k % national.adult_ed.len()],
            months(rng.between(3.0, 9.0)),
            cost,
            BRIDGE_SCHEDULES[k % 4].to_vec(),
            false,
            awards,
        );
        if rng.chance(0.3) {
            p.support_from.push(rng.pick(&national.boards).clone());
        }
        out.push(p);
    }
}

/// English for speakers of other languages, and every third workplace
/// literacy, at the adult education providers, mostly free.
fn english_programs(rng: &mut SplitMix64, national: &NationalPartners, count: usize, out: &mut Vec<Program>) {
    for k in 0..count {
        let (kind, name) = if k % 3 == 2 {
            (ProgramKind::WorkplaceLiteracy, format!("Workplace English and literacy {}", k + 1))
        } else {
            (ProgramKind::Esl, format!("English for speakers of other languages {}", k + 1))
        };
        let cost = if rng.chance(0.7) { 0.0 } else { dollars(rng.between(50.0, 300.0)) };
        let mut p = program(
            format!("esl-{}", k + 1),
            name,
            kind,
            &national.adult_ed[(k + 1) % national.adult_ed.len()],
            months(rng.between(4.0, 12.0)),
            cost,
            BRIDGE_SCHEDULES[(k + 1) % 4].to_vec(),
            false,
            vec![CredentialId::from(ENGLISH)],
        );
        if rng.chance(0.3) {
            p.support_from.push(rng.pick(&national.boards).clone());
        }
        out.push(p);
    }
}

/// Developmental reading, writing and math at the first college of each
/// ladder in turn; it needs the diploma and is sometimes grant-funded.
fn developmental_programs(
    rng: &mut SplitMix64,
    ladders: &[Ladder],
    national: &NationalPartners,
    count: usize,
    out: &mut Vec<Program>,
) {
    for k in 0..count {
        let provider = ladders[k % ladders.len().max(1)].colleges[0].clone();
        let mut p = program(
            format!("developmental-{}", k + 1),
            format!("Developmental reading, writing and math {}", k + 1),
            ProgramKind::Developmental,
            &provider,
            months(rng.between(3.0, 6.0)),
            dollars(rng.between(300.0, 1_200.0)),
            BRIDGE_SCHEDULES[k % 4].to_vec(),
            false,
            vec![CredentialId::from(COLLEGE_READY)],
        );
        p.requires.push(CredentialId::from(DIPLOMA));
        if rng.chance(0.5) {
            p.funding.push(Funding {
                by: rng.pick(&national.boards).clone(),
                kind: FundingKind::Grant,
                covers: None,
                eligible: Some(Eligibility { income_eligible: true, ..Eligibility::default() }),
                eligibility: Some("income-eligible adults".to_owned().into()),
            });
        }
        out.push(p);
    }
}

/// One free pre-apprenticeship per ladder, run by its training fund with
/// support from its community organization.
fn pre_apprenticeships(rng: &mut SplitMix64, ladders: &[Ladder], out: &mut Vec<Program>) {
    for l in ladders {
        let mut p = program(
            format!("{}-pre-apprenticeship", l.slug),
            format!("Pre-apprenticeship ({})", l.name),
            ProgramKind::PreApprenticeship,
            &l.fund,
            months(rng.between(2.0, 4.0)),
            0.0,
            vec![Schedule::Evening, Schedule::Weekend],
            false,
            vec![l.pre_apprenticeship.clone()],
        );
        p.support_from.push(l.community.clone());
        out.push(p);
    }
}
