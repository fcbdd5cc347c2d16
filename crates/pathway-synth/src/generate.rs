//! The generator itself: real O*NET occupations arranged into synthetic
//! ladders, with credentials, programs, partners, advancement steps and wages
//! invented to look like a national pathway dataset.
//!
//! The shape:
//!
//! - **Ladders.** Occupations are grouped by SOC major group (a copy of a group
//!   is its own ladder when the list is reused to reach a larger size). Each
//!   SOC code gets a synthetic level from 0 (entry role) to 4 by the rank of
//!   its real national median wage within its group (codes without one are
//!   placed by their title), so about a quarter of each group are entry roles.
//! - **Credentials.** Every rung above entry has its own credential (a
//!   certificate or certification low on the ladder, an apprenticeship,
//!   associate or bachelor's degree higher up); about half the rungs from level
//!   2 up are licensed, with a license earned after the credential. A diploma,
//!   an English level, a college-ready placement and one pre-apprenticeship
//!   certificate per ladder are the prerequisites bridge programs award.
//! - **Programs.** About `programs_per_occupation` per occupation in all: a
//!   few national bridge programs, one license review per license, and the
//!   rest spread over the rung credentials as alternatives (day, evening,
//!   online, work-based, employer-sponsored, workforce-funded), with the
//!   schedules, pay, length, cost and funding those kinds usually have.
//! - **Steps.** `steps_per_occupation` per occupation: first one step up into
//!   every rung above entry, then random steps up (about 55%), lateral (30%)
//!   and across ladders (15%), with months of experience. Steps are
//!   advancement: none leads to a lower level, and a lateral or cross-ladder
//!   step at the same level leads to a better-paid occupation, so the steps
//!   form no cycle.
//! - **Wages.** A synthetic annual median per SOC code that rises with level
//!   (each level about 30% above the one below) and differs by group, marked
//!   with the source "synthetic benchmark data" and the year 2025.

use crate::onet::{self, OnetOccupation, MAJOR_GROUPS};
use crate::rng::{hash_str, mix, SplitMix64};
use crate::SynthConfig;
use pathway_model::ids::{CredentialId, OccupationId, PartnerId, ProgramId, RegionId};
use pathway_model::model::{
    Credential, CredentialKind, Funding, FundingKind, Occupation, Partner, PartnerRole, Percentiles, Program,
    ProgramKind, Region, Schedule, Source, Step, SupportService, Wage,
};
use pathway_model::Dataset;
use std::collections::{HashMap, HashSet};

/// The one region of the synthetic national dataset.
pub const REGION: &str = "united-states";
/// The source every synthetic wage carries.
pub const WAGE_SOURCE: &str = "synthetic benchmark data";
/// The reference year every synthetic wage carries.
pub const WAGE_YEAR: u16 = 2025;
/// The high-school diploma or equivalent that GED programs award.
pub const DIPLOMA: &str = "hs-diploma-or-ged";
/// The English level that ESL and workplace literacy programs award.
pub const ENGLISH: &str = "english-intermediate";
/// The college-ready placement that developmental education awards.
pub const COLLEGE_READY: &str = "college-ready";

/// Synthetic levels: 0 is an entry role, 4 the top of a ladder.
const LEVELS: usize = 5;
/// Typical months of a rung's training, by level (level 0 has none).
const BASE_MONTHS: [f64; LEVELS] = [0.0, 3.0, 9.0, 22.0, 44.0];
/// Typical cost of a rung's training in dollars, by level.
const BASE_COST: [f64; LEVELS] = [0.0, 1_800.0, 5_000.0, 9_500.0, 42_000.0];
/// Typical annual median wage by level, before the group's factor.
const BASE_WAGE: [f64; LEVELS] = [31_000.0, 40_000.0, 52_000.0, 68_000.0, 92_000.0];
/// Groups whose ladders lean on registered apprenticeships.
const TRADES: [&str; 5] = ["47", "49", "51", "53", "33"];

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

/// The synthetic annual median wage of a SOC code at `level`.
fn wage_median(seed: u64, soc: &str, level: usize) -> f64 {
    let mut w = SplitMix64::new(mix(seed ^ hash_str(soc) ^ 0x5741_4745));
    round_to(BASE_WAGE[level] * group_wage_factor(&soc[..2]) * w.between(0.9, 1.1), 10.0)
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

/// The synthetic level of every SOC code: its rank within its major group by
/// the real national median wage (OEWS May 2025), cut into five levels, over
/// the whole list so that a subset or a copy keeps the same levels. A code
/// without a published median ranks at its group's median wage, moved up or
/// down by its title ("Helpers" low, "Managers" high) and a seeded jitter.
fn soc_levels(list: &[OnetOccupation], seed: u64) -> HashMap<&'static str, usize> {
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

fn round_to(x: f64, step: f64) -> f64 {
    (x / step).round() * step
}

/// Months rounded to a half, at least half a month and at most the validator's maximum.
fn months(x: f64) -> f64 {
    round_to(x, 0.5).clamp(0.5, 120.0)
}

/// Dollars rounded to ten.
fn dollars(x: f64) -> f64 {
    round_to(x, 10.0).max(0.0)
}

/// One ladder: a SOC major group, or one copy of it.
struct Ladder {
    group: &'static str,
    name: String,
    slug: String,
    by_level: [Vec<usize>; LEVELS],
    colleges: Vec<PartnerId>,
    university: PartnerId,
    employers: Vec<PartnerId>,
    fund: PartnerId,
    community: PartnerId,
    pre_apprenticeship: CredentialId,
}

/// One chosen occupation and what the generator decided about it.
struct Rung {
    base: OnetOccupation,
    ladder: usize,
    level: usize,
    id: OccupationId,
    title: String,
    /// The rung's own credential, for levels above entry.
    credential: Option<CredentialId>,
    /// The license a licensed rung requires, earned after its credential.
    license: Option<CredentialId>,
}

fn partner(id: &PartnerId, name: String, roles: Vec<PartnerRole>, services: Vec<SupportService>) -> Partner {
    Partner {
        id: id.clone(),
        name,
        roles,
        services,
        region: Some(RegionId::from(REGION)),
        description: None,
        illustrative: true,
    }
}

fn credential(id: &CredentialId, name: String, kind: CredentialKind) -> Credential {
    Credential { id: id.clone(), name, kind, issuer: None, description: None }
}

/// A program with the fields every synthetic program shares.
#[allow(clippy::too_many_arguments)]
fn program(
    id: String,
    name: String,
    kind: ProgramKind,
    provider: &PartnerId,
    months: f64,
    cost: f64,
    schedule: Vec<Schedule>,
    paid: bool,
    awards: Vec<CredentialId>,
) -> Program {
    Program {
        id: ProgramId(id),
        name,
        kind,
        provider: provider.clone(),
        region: Some(RegionId::from(REGION)),
        months,
        hours: None,
        cost,
        funding: Vec::new(),
        schedule,
        paid,
        requires: Vec::new(),
        awards,
        college_credits: None,
        support_from: Vec::new(),
        source: Source {
            citation: "Synthetic benchmark data generated by pathway-synth".to_owned(),
            date: "2025".to_owned(),
            url: None,
        },
        illustrative: true,
    }
}

/// The ways a rung credential can be earned, drawn with these weights (in percent).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Delivery {
    Day,
    Evening,
    Online,
    WorkBased,
    EmployerSponsored,
    WorkforceFunded,
}

const DELIVERIES: [(Delivery, u32); 6] = [
    (Delivery::Day, 25),
    (Delivery::Evening, 20),
    (Delivery::Online, 15),
    (Delivery::WorkBased, 15),
    (Delivery::EmployerSponsored, 12),
    (Delivery::WorkforceFunded, 13),
];

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

/// Builds the dataset for `config`. The same config always gives the same dataset.
pub fn national_dataset(config: &SynthConfig) -> Dataset {
    let seed = config.seed;
    let mut rng = SplitMix64::derived(seed, "main");
    let list = onet::occupations();
    let levels = soc_levels(&list, seed);
    let soc_titles: HashMap<&str, &str> = list.iter().rev().map(|o| (o.soc(), o.title)).collect();
    let region = RegionId::from(REGION);
    let n = config.occupations;

    // Which O*NET occupations, and which copy of the list each belongs to.
    let picks: Vec<(OnetOccupation, usize)> = (0..n)
        .map(|i| if n <= list.len() { (list[i * list.len() / n], 0) } else { (list[i % list.len()], i / list.len()) })
        .collect();

    // Ladders and their partners.
    let mut ladders: Vec<Ladder> = Vec::new();
    let mut ladder_of: HashMap<(&str, usize), usize> = HashMap::new();
    let mut ladder_sizes: HashMap<(&str, usize), usize> = HashMap::new();
    for (o, r) in &picks {
        *ladder_sizes.entry((o.major_group(), *r)).or_default() += 1;
    }
    let mut partners: Vec<Partner> = Vec::new();
    let mut credentials: Vec<Credential> = vec![
        credential(&CredentialId::from(DIPLOMA), "High-school diploma or GED".to_owned(), CredentialKind::Diploma),
        credential(&CredentialId::from(ENGLISH), "Intermediate English".to_owned(), CredentialKind::EnglishLevel),
        credential(
            &CredentialId::from(COLLEGE_READY),
            "College-ready placement (developmental education completed)".to_owned(),
            CredentialKind::Certificate,
        ),
    ];
    let mut rungs: Vec<Rung> = Vec::with_capacity(n);
    for (o, replica) in &picks {
        let key = (o.major_group(), *replica);
        let ladder = *ladder_of.entry(key).or_insert_with(|| {
            let g = onet::group_index(o.major_group()).expect("known group");
            let group_name = MAJOR_GROUPS[g].1;
            let (name, slug) = if *replica == 0 {
                (group_name.to_owned(), format!("soc-{}", o.major_group()))
            } else {
                (format!("{group_name} (track {})", replica + 1), format!("soc-{}-t{}", o.major_group(), replica + 1))
            };
            let size = ladder_sizes[&key];
            let colleges: Vec<PartnerId> =
                (0..(size / 15).max(1)).map(|k| PartnerId(format!("{slug}-college-{}", k + 1))).collect();
            for (k, id) in colleges.iter().enumerate() {
                partners.push(partner(
                    id,
                    format!("Community college {} ({name})", k + 1),
                    vec![PartnerRole::EducationProvider],
                    vec![SupportService::Tutoring],
                ));
            }
            let university = PartnerId(format!("{slug}-university"));
            partners.push(partner(
                &university,
                format!("State university ({name})"),
                vec![PartnerRole::EducationProvider],
                Vec::new(),
            ));
            let employers: Vec<PartnerId> =
                (0..(size / 20).max(1)).map(|k| PartnerId(format!("{slug}-employers-{}", k + 1))).collect();
            for (k, id) in employers.iter().enumerate() {
                partners.push(partner(
                    id,
                    format!("{name} employers, consortium {}", k + 1),
                    vec![PartnerRole::Employer],
                    Vec::new(),
                ));
            }
            let trades = TRADES.contains(&o.major_group());
            let fund = PartnerId(format!("{slug}-training-fund"));
            let fund_role = if trades { PartnerRole::UnionFund } else { PartnerRole::Funder };
            let fund_name = if trades {
                format!("{name} labor/management training fund")
            } else {
                format!("{name} industry training fund")
            };
            partners.push(partner(&fund, fund_name, vec![fund_role], vec![SupportService::ToolsAndUniforms]));
            let community = PartnerId(format!("{slug}-community"));
            partners.push(partner(
                &community,
                format!("Community organization ({name})"),
                vec![PartnerRole::CommunityOrganization],
                vec![SupportService::ChildCare, SupportService::Transportation, SupportService::CaseManagement],
            ));
            let pre_apprenticeship = CredentialId(format!("{slug}-pre-apprenticeship"));
            credentials.push(credential(
                &pre_apprenticeship,
                format!("Pre-apprenticeship certificate ({name})"),
                CredentialKind::Certificate,
            ));
            ladders.push(Ladder {
                group: o.major_group(),
                name,
                slug,
                by_level: Default::default(),
                colleges,
                university,
                employers,
                fund,
                community,
                pre_apprenticeship,
            });
            ladders.len() - 1
        });
        let level = levels[o.soc()];
        let suffix = if *replica == 0 { String::new() } else { format!("-t{}", replica + 1) };
        let id = OccupationId(format!("{}-{}{suffix}", slug(o.title, 32), o.code.replace('.', "-")));
        let title = if *replica == 0 { o.title.to_owned() } else { format!("{} (track {})", o.title, replica + 1) };
        ladders[ladder].by_level[level].push(rungs.len());
        rungs.push(Rung { base: *o, ladder, level, id, title, credential: None, license: None });
    }

    // National partners: adult education and workforce boards.
    let adult_ed: Vec<PartnerId> =
        (0..(n / 250).max(2)).map(|k| PartnerId(format!("adult-education-{}", k + 1))).collect();
    for (k, id) in adult_ed.iter().enumerate() {
        let mut services = vec![SupportService::Tutoring, SupportService::CaseManagement];
        if k % 2 == 0 {
            services.push(SupportService::ChildCare);
        }
        partners.push(partner(
            id,
            format!("Adult education provider {}", k + 1),
            vec![PartnerRole::EducationProvider, PartnerRole::CommunityOrganization],
            services,
        ));
    }
    let boards: Vec<PartnerId> =
        (0..(n / 150).max(2)).map(|k| PartnerId(format!("workforce-board-{}", k + 1))).collect();
    for (k, id) in boards.iter().enumerate() {
        let mut services = vec![SupportService::Coaching, SupportService::CaseManagement];
        if k % 2 == 1 {
            services.push(SupportService::Transportation);
        }
        partners.push(partner(
            id,
            format!("Workforce board {}", k + 1),
            vec![PartnerRole::WorkforceBoard, PartnerRole::Funder],
            services,
        ));
    }

    // Rung credentials and licenses.
    for rung in rungs.iter_mut().filter(|r| r.level > 0) {
        let mut own = SplitMix64::derived(seed, rung.id.as_str());
        let trades = TRADES.contains(&rung.base.major_group());
        let (kind, words) = match rung.level {
            1 if own.chance(0.5) => (CredentialKind::Certificate, "certificate"),
            1 => (CredentialKind::Certification, "certification"),
            2 if trades && own.chance(0.6) => (CredentialKind::Apprenticeship, "apprenticeship completion"),
            2 if own.chance(0.5) => (CredentialKind::Certification, "certification"),
            2 => (CredentialKind::Certificate, "advanced certificate"),
            3 if trades && own.chance(0.5) => (CredentialKind::Apprenticeship, "journeyworker certificate"),
            3 => (CredentialKind::Associate, "associate degree"),
            _ => (CredentialKind::Bachelor, "bachelor's degree"),
        };
        let id = CredentialId(format!("{}-cred", rung.id));
        credentials.push(credential(&id, format!("{}: {words}", rung.title), kind));
        rung.credential = Some(id);
        if rung.level >= 2 && own.chance(0.45) {
            let lic = CredentialId(format!("{}-lic", rung.id));
            credentials.push(credential(&lic, format!("{}: state license", rung.title), CredentialKind::License));
            rung.license = Some(lic);
        }
    }

    let occupations: Vec<Occupation> = rungs
        .iter()
        .map(|r| Occupation {
            id: r.id.clone(),
            soc: r.base.soc().to_owned(),
            onet: Some(r.base.code.to_owned()),
            title: r.title.clone(),
            description: None,
            keywords: Vec::new(),
            region: Some(region.clone()),
            entry: r.level == 0,
            requires: r.license.iter().cloned().collect(),
        })
        .collect();

    // Programs: national bridges, license reviews, then rung credentials.
    let mut programs: Vec<Program> = Vec::new();
    let diploma = CredentialId::from(DIPLOMA);
    let english = CredentialId::from(ENGLISH);
    let college_ready = CredentialId::from(COLLEGE_READY);
    let bridge_schedules: [&[Schedule]; 4] = [
        &[Schedule::Evening, Schedule::Online],
        &[Schedule::Day],
        &[Schedule::Evening],
        &[Schedule::Weekend, Schedule::Online],
    ];
    let bridges = (n / 100).max(2);
    for k in 0..bridges {
        let mut awards = vec![diploma.clone()];
        let name = if k % 5 == 1 {
            awards.push(english.clone());
            format!("Integrated English and GED preparation {}", k + 1)
        } else {
            format!("GED preparation {}", k + 1)
        };
        let cost = if rng.chance(0.7) { 0.0 } else { dollars(rng.between(50.0, 300.0)) };
        let mut p = program(
            format!("ged-prep-{}", k + 1),
            name,
            ProgramKind::GedPreparation,
            &adult_ed[k % adult_ed.len()],
            months(rng.between(3.0, 9.0)),
            cost,
            bridge_schedules[k % 4].to_vec(),
            false,
            awards,
        );
        if rng.chance(0.3) {
            p.support_from.push(rng.pick(&boards).clone());
        }
        programs.push(p);
    }
    for k in 0..bridges {
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
            &adult_ed[(k + 1) % adult_ed.len()],
            months(rng.between(4.0, 12.0)),
            cost,
            bridge_schedules[(k + 1) % 4].to_vec(),
            false,
            vec![english.clone()],
        );
        if rng.chance(0.3) {
            p.support_from.push(rng.pick(&boards).clone());
        }
        programs.push(p);
    }
    for k in 0..(n / 200).max(1) {
        let provider = ladders[k % ladders.len().max(1)].colleges[0].clone();
        let mut p = program(
            format!("developmental-{}", k + 1),
            format!("Developmental reading, writing and math {}", k + 1),
            ProgramKind::Developmental,
            &provider,
            months(rng.between(3.0, 6.0)),
            dollars(rng.between(300.0, 1_200.0)),
            bridge_schedules[k % 4].to_vec(),
            false,
            vec![college_ready.clone()],
        );
        p.requires.push(diploma.clone());
        if rng.chance(0.5) {
            p.funding.push(Funding {
                by: rng.pick(&boards).clone(),
                kind: FundingKind::Grant,
                covers: None,
                eligibility: Some("income-eligible adults".to_owned()),
            });
        }
        programs.push(p);
    }
    for l in &ladders {
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
        programs.push(p);
    }
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
        programs.push(p);
    }
    let with_credential: Vec<usize> = (0..rungs.len()).filter(|&i| rungs[i].credential.is_some()).collect();
    let budget = (n * config.programs_per_occupation).saturating_sub(programs.len());
    let m = with_credential.len();
    let offset = if m > 0 { rng.below(m) } else { 0 };
    for (pos, &i) in with_credential.iter().enumerate() {
        let extra = usize::from(m > 0 && (pos + m - offset) % m < budget % m.max(1));
        let count = (budget / m.max(1) + extra).max(1);
        for j in 0..count {
            programs.push(rung_program(&mut rng, &rungs, &ladders, &boards, i, j));
        }
    }

    // Steps.
    let pay: Vec<f64> = rungs.iter().map(|r| wage_median(seed, r.base.soc(), r.level)).collect();
    let steps = steps(&mut rng, &rungs, &ladders, &pay, n * config.steps_per_occupation);

    // Wages: one per SOC code in use.
    let mut wages = Vec::new();
    let mut done = HashSet::new();
    for r in &rungs {
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
            region: Some(region.clone()),
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

    Dataset {
        regions: vec![Region {
            id: region,
            name: "United States (synthetic national benchmark)".to_owned(),
            oews_area: None,
            description: Some(format!(
                "Synthetic benchmark data: real O*NET titles ({}) on generated ladders, programs and wages. Not advice for learners.",
                onet::ONET_ATTRIBUTION
            )),
        }],
        occupations,
        credentials,
        programs,
        steps,
        partners,
        wages,
    }
}

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
                    eligibility: Some("Pell-eligible students".to_owned()),
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
                    eligibility: Some("Pell-eligible students".to_owned()),
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
                    eligibility: Some("registered apprentices".to_owned()),
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
            p.funding.push(Funding {
                by: rng.pick(&l.employers).clone(),
                kind: FundingKind::EmployerTuition,
                covers: Some(5_250.0),
                eligibility: Some("employees after 90 days".to_owned()),
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
                eligibility: Some("WIOA-eligible adults and dislocated workers".to_owned()),
            });
            p.support_from.push(board);
            p
        }
    };
    // Prerequisites: a diploma, English, college readiness, sometimes the rung below.
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
    p
}

/// Advancement steps: one step up into every rung above entry, then random
/// steps up, lateral and across ladders until there are `total`. A step never
/// leads to a lower level, nor within a level to a lower wage (`pay`), so the
/// steps form no cycle: they are advancement, and a person moving sideways
/// does it for better pay.
fn steps(rng: &mut SplitMix64, rungs: &[Rung], ladders: &[Ladder], pay: &[f64], total: usize) -> Vec<Step> {
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
    use super::*;

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

    #[test]
    fn copies_beyond_the_list_get_suffixed_titles_and_ids() {
        let dataset = national_dataset(&SynthConfig::with_occupations(2_100));
        assert!(dataset.occupations.iter().any(|o| o.title.ends_with("(track 3)") && o.id.as_str().ends_with("-t3")));
        assert!(dataset.occupations.iter().all(|o| o.id.as_str().len() <= 64));
    }
}
