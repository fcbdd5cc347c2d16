//! Programs for the rung credentials and licenses: one licensure exam review
//! per license, and the program budget left after the bridges and reviews
//! spread over the rung credentials as alternatives (day, evening, online,
//! work-based, employer-sponsored, workforce-funded), with the schedules, pay,
//! length, cost, funding and prerequisites those kinds usually have.

use super::ladders::{Ladder, Rung, TRADES};
use super::levels::LEVELS;
use super::records::program;
use super::units::{dollars, months};
use super::{COLLEGE_READY, DIPLOMA, ENGLISH};
use crate::rng::SplitMix64;
use pathway_model::eligibility::Eligibility;
use pathway_model::ids::{CredentialId, PartnerId};
use pathway_model::model::{Funding, FundingKind, Program, ProgramKind, Schedule};

/// One licensure exam review per licensed rung, at one of its ladder's
/// colleges, for people who hold the rung's credential.
pub(super) fn license_reviews(rng: &mut SplitMix64, rungs: &[Rung], ladders: &[Ladder]) -> Vec<Program> {
    let mut out = Vec::new();
    for r in rungs.iter().filter(|r| r.license.is_some()) {
        let l = &ladders[r.ladder];
        let lic = r.license.clone().expect("filtered");
        let mut p = program(
            format!("{}-lic-review", r.id),
            format!("{}: licensure exam review", r.title),
            ProgramKind::College,
            rng.pick(&l.colleges),
            months(rng.between(1.0, 3.0)),
            dollars(rng.between(200.0, 1_200.0)),
            vec![Schedule::Evening, Schedule::Online],
            false,
            vec![lic],
        );
        p.requires.push(r.credential.clone().expect("a licensed rung has a credential"));
        out.push(p);
    }
    out
}

/// About `budget` alternative programs spread evenly over the rung
/// credentials, at least one each. When the budget does not divide evenly,
/// the extra programs go to a run of credentials that starts at a random one,
/// so that no part of the list is always favoured.
pub(super) fn credential_programs(
    rng: &mut SplitMix64,
    rungs: &[Rung],
    ladders: &[Ladder],
    boards: &[PartnerId],
    budget: usize,
) -> Vec<Program> {
    let with_credential: Vec<usize> = (0..rungs.len()).filter(|&i| rungs[i].credential.is_some()).collect();
    let m = with_credential.len();
    let offset = if m > 0 { rng.below(m) } else { 0 };
    let mut out = Vec::new();
    for (pos, &i) in with_credential.iter().enumerate() {
        let extra = usize::from(m > 0 && (pos + m - offset) % m < budget % m.max(1));
        let count = (budget / m.max(1) + extra).max(1);
        for j in 0..count {
            out.push(rung_program(rng, rungs, ladders, boards, i, j));
        }
    }
    out
}

/// Typical months of a rung's training, by level (level 0 has none).
const BASE_MONTHS: [f64; LEVELS] = [0.0, 3.0, 9.0, 22.0, 44.0];
/// Typical cost of a rung's training in dollars, by level.
const BASE_COST: [f64; LEVELS] = [0.0, 1_800.0, 5_000.0, 9_500.0, 42_000.0];

/// The `j`th alternative program for rung `i`'s credential.
fn rung_program(
    rng: &mut SplitMix64,
    rungs: &[Rung],
    ladders: &[Ladder],
    boards: &[PartnerId],
    i: usize,
    j: usize,
) -> Program {
    let r = &rungs[i];
    let l = &ladders[r.ladder];
    let level = r.level;
    let cred = r.credential.clone().expect("a rung above entry has a credential");
    let trades = TRADES.contains(&l.group);
    let base_months = BASE_MONTHS[level];
    let base_cost = BASE_COST[level];
    let college = if level == 4 { l.university.clone() } else { rng.pick(&l.colleges).clone() };
    let id = format!("{}-p{}", r.id, j + 1);
    let delivery = draw_delivery(rng);
    let mut p = match delivery {
        Delivery::Day => {
            let mut p = program(
                id,
                format!("{}: day program", r.title),
                ProgramKind::College,
                &college,
                months(base_months * rng.between(0.8, 1.1)),
                dollars(base_cost * rng.between(0.8, 1.2)),
                vec![Schedule::Day],
                false,
                vec![cred],
            );
            if rng.chance(0.4) {
                p.funding.push(Funding {
                    by: rng.pick(boards).clone(),
                    kind: FundingKind::Grant,
                    covers: Some(dollars(p.cost.min(3_500.0))),
                    eligible: Some(Eligibility { income_eligible: true, ..Eligibility::default() }),
                    eligibility: Some("Pell-eligible students".to_owned().into()),
                });
            }
            p
        }
        Delivery::Evening => {
            let schedule =
                if rng.chance(0.5) { vec![Schedule::Evening] } else { vec![Schedule::Evening, Schedule::Weekend] };
            let mut p = program(
                id,
                format!("{}: evening program", r.title),
                ProgramKind::College,
                &college,
                months(base_months * rng.between(1.2, 1.5)),
                dollars(base_cost * rng.between(0.9, 1.2)),
                schedule,
                false,
                vec![cred],
            );
            if rng.chance(0.3) {
                p.funding.push(Funding {
                    by: rng.pick(boards).clone(),
                    kind: FundingKind::Grant,
                    covers: Some(dollars(p.cost.min(3_500.0))),
                    eligible: Some(Eligibility { income_eligible: true, ..Eligibility::default() }),
                    eligibility: Some("Pell-eligible students".to_owned().into()),
                });
            }
            p
        }
        Delivery::Online => program(
            id,
            format!("{}: online program", r.title),
            ProgramKind::College,
            &college,
            months(base_months * rng.between(1.0, 1.3)),
            dollars(base_cost * rng.between(0.6, 0.9)),
            vec![Schedule::Online],
            false,
            vec![cred],
        ),
        Delivery::WorkBased if trades || (level >= 2 && rng.chance(0.5)) => {
            let mut p = program(
                id,
                format!("{}: registered apprenticeship", r.title),
                ProgramKind::Apprenticeship,
                rng.pick(&l.employers),
                months((base_months * rng.between(1.5, 2.0)).clamp(12.0, 60.0)),
                dollars(rng.between(0.0, 1_500.0)),
                vec![Schedule::Day],
                true,
                vec![cred],
            );
            if p.cost > 0.0 && rng.chance(0.7) {
                p.funding.push(Funding {
                    by: l.fund.clone(),
                    kind: FundingKind::UnionFund,
                    covers: None,
                    eligible: Some(Eligibility::default()),
                    eligibility: Some("registered apprentices".to_owned().into()),
                });
            }
            if rng.chance(0.5) {
                p.requires.push(l.pre_apprenticeship.clone());
            }
            p
        }
        Delivery::WorkBased => {
            let kind = *rng.pick(&[ProgramKind::OnTheJob, ProgramKind::PaidWorkExperience, ProgramKind::Internship]);
            program(
                id,
                format!("{}: work-based training", r.title),
                kind,
                rng.pick(&l.employers),
                months(base_months * rng.between(1.0, 1.5)),
                dollars(rng.between(0.0, 300.0)),
                vec![Schedule::Day],
                true,
                vec![cred],
            )
        }
        Delivery::EmployerSponsored if level <= 2 => program(
            id,
            format!("{}: employer training, paid release time", r.title),
            ProgramKind::Employer,
            rng.pick(&l.employers),
            months(base_months * rng.between(1.1, 1.4)),
            dollars(base_cost * rng.between(0.9, 1.1)),
            vec![Schedule::Evening, Schedule::Online],
            true,
            vec![cred],
        ),
        Delivery::EmployerSponsored => {
            let mut p = program(
                id,
                format!("{}: employer-sponsored part-time program", r.title),
                ProgramKind::College,
                &college,
                months(base_months * rng.between(1.1, 1.4)),
                dollars(base_cost * rng.between(0.9, 1.1)),
                vec![Schedule::Evening, Schedule::Online],
                false,
                vec![cred],
            );
            let employer = rng.pick(&l.employers).clone();
            p.funding.push(Funding {
                by: employer.clone(),
                kind: FundingKind::EmployerTuition,
                covers: Some(5_250.0),
                eligible: Some(Eligibility {
                    employees_of: vec![employer],
                    after_months: Some(3.0),
                    ..Eligibility::default()
                }),
                eligibility: Some("employees after 90 days".to_owned().into()),
            });
            p
        }
        Delivery::WorkforceFunded => {
            let schedule = if rng.chance(0.5) { vec![Schedule::Day] } else { vec![Schedule::Day, Schedule::Evening] };
            let mut p = program(
                id,
                format!("{}: accelerated workforce program", r.title),
                ProgramKind::College,
                &college,
                months(base_months * rng.between(0.7, 1.0)),
                dollars(base_cost * rng.between(1.0, 1.3)),
                schedule,
                false,
                vec![cred],
            );
            let board = rng.pick(boards).clone();
            p.funding.push(Funding {
                by: board.clone(),
                kind: FundingKind::PublicWorkforce,
                covers: Some(dollars(rng.between(4_000.0, 8_000.0))),
                eligible: Some(Eligibility { income_eligible: true, ..Eligibility::default() }),
                eligibility: Some("WIOA-eligible adults and dislocated workers".to_owned().into()),
            });
            p.support_from.push(board);
            p
        }
    };
    add_prerequisites(rng, &mut p, rungs, l, level);
    p
}

/// Adds what a rung program at `level` asks of its learners: more often a
/// diploma, English and (for college programs from level 3) college
/// readiness the higher the level, and sometimes the credential of a rung below. A
/// program with no support yet sometimes gets its ladder's community
/// organization.
fn add_prerequisites(rng: &mut SplitMix64, p: &mut Program, rungs: &[Rung], l: &Ladder, level: usize) {
    let diploma_p = [0.0, 0.3, 0.6, 0.85, 0.95][level];
    if rng.chance(diploma_p) {
        p.requires.push(CredentialId::from(DIPLOMA));
    }
    if rng.chance([0.0, 0.08, 0.12, 0.15, 0.2][level]) {
        p.requires.push(CredentialId::from(ENGLISH));
    }
    if level >= 3 && p.kind == ProgramKind::College && rng.chance(0.3) {
        p.requires.push(CredentialId::from(COLLEGE_READY));
    }
    if level >= 2 && rng.chance(0.12) {
        let below = &l.by_level[level - 1];
        if !below.is_empty() {
            let k = *rng.pick(below);
            p.requires.extend(rungs[k].credential.clone());
        }
    }
    if p.support_from.is_empty() && rng.chance(0.15) {
        p.support_from.push(l.community.clone());
    }
}

/// The ways a rung credential can be earned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Delivery {
    Day,
    Evening,
    Online,
    WorkBased,
    EmployerSponsored,
    WorkforceFunded,
}

/// How often each delivery is drawn, in percent.
const DELIVERIES: [(Delivery, u32); 6] = [
    (Delivery::Day, 25),
    (Delivery::Evening, 20),
    (Delivery::Online, 15),
    (Delivery::WorkBased, 15),
    (Delivery::EmployerSponsored, 12),
    (Delivery::WorkforceFunded, 13),
];

/// A delivery drawn with the weights of [`DELIVERIES`].
fn draw_delivery(rng: &mut SplitMix64) -> Delivery {
    let mut x = rng.below(100) as u32;
    for (d, w) in DELIVERIES {
        if x < w {
            return d;
        }
        x -= w;
    }
    Delivery::Day
}
