//! The route engine against brute force on small generated graphs: every
//! route it returns is on its destination's Pareto front, and every front
//! vector that exhaustive enumeration finds is returned.

use pathway_model::eligibility::{Eligibility, Person};
use pathway_model::model::{
    Credential, CredentialKind, Dataset, Funding, FundingKind, Occupation, Partner, PartnerRole, Percentiles, Program,
    ProgramKind, Region, Schedule, Source, Step, Wage,
};
use pathway_model::{CredentialId, OccupationId, PartnerId, PathwayGraph, ProgramId, RegionId};
use pathway_routes::{Constraints, RouteEngine, RouteQuery, StudyTimes};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// One generated world: a dataset and a query on it.
#[derive(Clone, Debug)]
struct World {
    dataset: Dataset,
    query: RouteQuery,
    programs: Vec<ProgramSpec>,
    who: Who,
}

fn cred(i: usize) -> CredentialId {
    CredentialId(format!("c{i}"))
}

fn occ(i: usize) -> OccupationId {
    OccupationId(format!("o{i}"))
}

#[derive(Clone, Debug)]
struct ProgramSpec {
    awards: Vec<usize>,
    requires: Option<usize>,
    months: u8,
    cost: u16,
    paid: bool,
    schedule: Vec<Schedule>,
    /// A funding source: the dollars it covers and who it pays for.
    funding: Option<(u16, Cond)>,
    /// Who may enroll, when not everyone.
    eligible: Option<Cond>,
}

/// A condition of funding or enrollment, as the generator writes it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Cond {
    /// Everyone who enrolls (`eligible: {}`).
    Everyone,
    /// Only in words (`eligibility:` text), so never assumed.
    Words,
    /// Eligible for public workforce funds.
    Income,
    /// High-school students.
    HighSchool,
    /// Aged 18 or older.
    Adult,
    /// Employees of the one partner, after this many months.
    Employee(u8),
    /// People who state the lived experience the program asks for.
    Peer,
}

impl Cond {
    fn eligibility(self) -> Option<Eligibility> {
        let employer = vec![PartnerId("p".into())];
        Some(match self {
            Cond::Everyone => Eligibility::default(),
            Cond::Words => return None,
            Cond::Income => Eligibility { income_eligible: true, ..Eligibility::default() },
            Cond::HighSchool => Eligibility { in_high_school: true, ..Eligibility::default() },
            Cond::Adult => Eligibility { min_age: Some(18), ..Eligibility::default() },
            Cond::Peer => Eligibility { lived_experience: true, ..Eligibility::default() },
            Cond::Employee(after) => Eligibility {
                employees_of: employer,
                after_months: (after > 0).then_some(f64::from(after)),
                ..Eligibility::default()
            },
        })
    }

    /// Whether the person meets the condition, decided here without the
    /// model's own check.
    fn met_by(self, who: &Who, months_in_job: f64) -> bool {
        match self {
            Cond::Everyone => true,
            Cond::Words => false,
            Cond::Income => who.income_eligible,
            Cond::HighSchool => who.in_high_school,
            Cond::Adult => who.age.is_some_and(|a| a >= 18),
            Cond::Peer => who.lived_experience,
            Cond::Employee(after) => who.employee && months_in_job >= f64::from(after),
        }
    }
}

/// What the generated person says of themselves.
#[derive(Clone, Debug, Default)]
struct Who {
    income_eligible: bool,
    in_high_school: bool,
    age: Option<u32>,
    employee: bool,
    lived_experience: bool,
}

fn cond() -> impl Strategy<Value = Cond> {
    prop::sample::select(vec![
        Cond::Everyone,
        Cond::Words,
        Cond::Income,
        Cond::HighSchool,
        Cond::Adult,
        Cond::Employee(0),
        Cond::Employee(6),
        Cond::Peer,
    ])
}

fn program_spec(creds: usize) -> impl Strategy<Value = ProgramSpec> {
    (
        prop::collection::btree_set(0..creds, 1..=2),
        prop::option::of(0..creds),
        prop::sample::select(vec![1u8, 2, 3, 6]),
        prop::sample::select(vec![0u16, 100, 500]),
        any::<bool>(),
        prop::sample::subsequence(vec![Schedule::Day, Schedule::Evening, Schedule::Online], 1..=2),
        prop::option::weighted(0.4, (prop::sample::select(vec![100u16, 500]), cond())),
        // Enrollment conditions are always data: a program has no free-text form of them.
        prop::option::weighted(0.2, cond().prop_filter("not words", |c| *c != Cond::Words)),
    )
        .prop_map(|(awards, requires, months, cost, paid, schedule, funding, eligible)| {
            let awards: Vec<usize> = awards.into_iter().collect();
            let requires = requires.filter(|r| !awards.contains(r));
            ProgramSpec { awards, requires, months, cost, paid, schedule, funding, eligible }
        })
}

fn world() -> impl Strategy<Value = World> {
    (3usize..=5, 1usize..=4).prop_flat_map(|(occupations, creds)| {
        (
            prop::collection::vec(program_spec(creds), 1..=6),
            prop::collection::vec(
                (
                    prop::option::weighted(0.8, 0..occupations),
                    0..occupations,
                    prop::collection::btree_set(0..creds, 0..=1),
                    prop::sample::select(vec![0u8, 3]),
                ),
                3..=10,
            ),
            prop::collection::vec(
                (
                    any::<bool>(),
                    prop::option::of(0..creds),
                    prop::option::of(prop::sample::select(vec![30_000u32, 40_000, 55_000, 70_000])),
                ),
                occupations,
            ),
            prop::option::weighted(0.6, 0..occupations),
            prop::collection::btree_set(0..creds, 0..=1),
            prop::option::weighted(0.3, 0..occupations),
            (
                prop::bool::weighted(0.25),
                prop::bool::weighted(0.25),
                prop::option::weighted(0.25, prop::sample::select(vec![3.0f64, 6.0, 12.0])),
            ),
            (
                any::<bool>(),
                any::<bool>(),
                prop::option::of(prop::sample::select(vec![16u32, 30])),
                any::<bool>(),
                prop::sample::select(vec![0.0f64, 6.0]),
                any::<bool>(),
            ),
        )
            .prop_map(
                move |(
                    programs,
                    steps,
                    occ_specs,
                    start,
                    holds,
                    target,
                    (evenings, keep_earning, max_months),
                    (income_eligible, in_high_school, age, employee, months_in_job, lived_experience),
                )| {
                    let who = Who { income_eligible, in_high_school, age, employee, lived_experience };
                    let mut world = build_world(
                        occupations,
                        creds,
                        programs,
                        steps,
                        occ_specs,
                        start,
                        holds,
                        target,
                        evenings,
                        keep_earning,
                        max_months,
                    );
                    world.query.experience_months = months_in_job;
                    world.query.person = Person {
                        employer: employee.then(|| PartnerId("p".into())),
                        months_with_employer: months_in_job,
                        member_of: Vec::new(),
                        lived_experience,
                        income_eligible,
                        age,
                        in_high_school,
                    };
                    world.who = who;
                    world
                },
            )
    })
}

#[allow(clippy::too_many_arguments, clippy::type_complexity)]
fn build_world(
    occupations: usize,
    creds: usize,
    programs: Vec<ProgramSpec>,
    steps: Vec<(Option<usize>, usize, BTreeSet<usize>, u8)>,
    occ_specs: Vec<(bool, Option<usize>, Option<u32>)>,
    start: Option<usize>,
    holds: BTreeSet<usize>,
    target: Option<usize>,
    evenings: bool,
    keep_earning: bool,
    max_months: Option<f64>,
) -> World {
    let region = RegionId("r".into());
    let source = Source { citation: "generated".into(), date: "2025".into(), url: None };
    let mut dataset = Dataset {
        regions: vec![Region {
            id: region.clone(),
            name: "R".into(),
            languages: Vec::new(),
            oews_area: None,
            description: None,
        }],
        partners: vec![Partner {
            id: PartnerId("p".into()),
            name: "P".into(),
            roles: vec![PartnerRole::EducationProvider],
            services: Vec::new(),
            region: Some(region.clone()),
            description: None,
            illustrative: true,
        }],
        ..Dataset::default()
    };
    for c in 0..creds {
        dataset.credentials.push(Credential {
            id: cred(c),
            name: format!("C{c}").into(),
            kind: CredentialKind::Certificate,
            issuer: None,
            description: None,
            external: false,
            source: None,
            illustrative: false,
        });
    }
    for (i, (entry, requires, wage)) in occ_specs.iter().enumerate() {
        let soc = format!("11-{:04}", 1000 + i);
        let requires: Vec<CredentialId> = if *entry { Vec::new() } else { requires.iter().map(|&c| cred(c)).collect() };
        dataset.occupations.push(Occupation {
            id: occ(i),
            soc: soc.clone(),
            onet: None,
            title: format!("O{i}").into(),
            description: None,
            keywords: Vec::new(),
            region: Some(region.clone()),
            entry: *entry,
            requires,
            pay: None,
            illustrative: false,
        });
        if let Some(w) = wage {
            dataset.wages.push(Wage {
                soc,
                region: Some(region.clone()),
                title: None,
                hourly: Percentiles::default(),
                annual: Percentiles { median: Some(f64::from(*w)), ..Percentiles::default() },
                employment: None,
                source: Some("generated".into()),
                year: Some(2025),
                area: None,
                national_fallback: false,
            });
        }
    }
    for (i, spec) in programs.iter().enumerate() {
        dataset.programs.push(Program {
            id: ProgramId(format!("g{i}")),
            name: format!("G{i}").into(),
            kind: ProgramKind::College,
            provider: PartnerId("p".into()),
            region: Some(region.clone()),
            months: f64::from(spec.months),
            hours: None,
            cost: f64::from(spec.cost),
            funding: spec
                .funding
                .iter()
                .map(|&(covers, cond)| Funding {
                    by: PartnerId("p".into()),
                    kind: FundingKind::Grant,
                    covers: Some(f64::from(covers)),
                    eligible: cond.eligibility(),
                    eligibility: (cond == Cond::Words).then(|| "Some people".into()),
                })
                .collect(),
            schedule: spec.schedule.clone(),
            paid: spec.paid,
            requires: spec.requires.iter().map(|&c| cred(c)).collect(),
            awards: spec.awards.iter().map(|&c| cred(c)).collect(),
            college_credits: None,
            support_from: Vec::new(),
            eligible: spec.eligible.and_then(Cond::eligibility),
            wage_schedule: None,
            source: source.clone(),
            illustrative: true,
        });
    }
    let mut seen = BTreeSet::new();
    for (from, to, requires, experience) in steps {
        if from == Some(to) || !seen.insert((from, to)) {
            continue;
        }
        dataset.steps.push(Step {
            from: from.map(occ),
            to: occ(to),
            requires: requires.iter().map(|&c| cred(c)).collect(),
            experience_months: f64::from(experience),
            note: None,
            pay: None,
            illustrative: false,
            no_wage_change: false,
        });
    }
    let _ = occupations;
    let query = RouteQuery {
        start: start.map(occ),
        region: Some(region),
        holds: holds.iter().map(|&c| cred(c)).collect(),
        experience_months: 0.0,
        target: target.map(occ),
        person: Person::default(),
        constraints: Constraints {
            study_times: if evenings { StudyTimes::OutsideWorkHours } else { StudyTimes::Any },
            max_months,
            max_cost: None,
            keep_earning,
            no_car: false,
        },
    };
    World { dataset, query, programs, who: Who::default() }
}

/// (months, cost, programs, unpaid study months) of one route, in whole units.
type Vector = (i64, i64, usize, i64);

/// Exhaustive enumeration of every route, written independently of the engine:
/// every simple path, and for each rung every subset of allowed programs that
/// can be taken in some order, earns what is missing, and has no program to spare.
fn brute_force(world: &World) -> BTreeMap<String, BTreeSet<Vector>> {
    let d = &world.dataset;
    let q = &world.query;
    let part_time =
        |p: &Program| p.schedule.iter().any(|s| matches!(s, Schedule::Evening | Schedule::Weekend | Schedule::Online));
    let allowed: Vec<usize> = (0..d.programs.len())
        .filter(|&i| {
            let p = &d.programs[i];
            let enrolls = world.programs[i].eligible.is_none_or(|c| c.met_by(&world.who, q.experience_months));
            enrolls
                && !(q.constraints.study_times == StudyTimes::OutsideWorkHours && !part_time(p))
                && !(q.constraints.keep_earning && !p.paid && !part_time(p))
        })
        .collect();
    // What a program costs this person on a rung starting at route month
    // `start`: its cost less the funding whose condition they meet by then
    // (months with the employer keep counting along the route), never below zero.
    let cost = |p: usize, start: i64| -> i64 {
        let spec = &world.programs[p];
        let worked = q.experience_months + start as f64;
        let covered =
            spec.funding.filter(|&(_, c)| c.met_by(&world.who, worked)).map_or(0, |(covers, _)| i64::from(covers));
        (i64::from(spec.cost) - covered).max(0)
    };
    let mut all: Vec<(String, Vector)> = Vec::new();
    let mut held: BTreeSet<CredentialId> = q.holds.iter().cloned().collect();
    let start = q.start.clone();
    // The current job's requirements are held, and so is whatever every
    // program awarding a held credential requires, until nothing changes.
    if let Some(s) = &start {
        held.extend(d.occupations.iter().filter(|o| &o.id == s).flat_map(|o| o.requires.iter().cloned()));
    }
    loop {
        let implied: BTreeSet<CredentialId> = held
            .iter()
            .flat_map(|c| {
                let awarding: Vec<&Program> = d.programs.iter().filter(|p| p.awards.contains(c)).collect();
                let first = awarding.first().map(|p| p.requires.clone()).unwrap_or_default();
                first.into_iter().filter(move |r| awarding.iter().all(|p| p.requires.contains(r)))
            })
            .collect();
        if implied.is_subset(&held) {
            break;
        }
        held.extend(implied);
    }
    let mut path = Vec::new();
    if let Some(s) = &start {
        path.push(s.clone());
    }
    walk(d, q, &allowed, &cost, start.as_ref(), held, (0, 0, 0, 0), &mut path, &mut all, true);
    let mut fronts: BTreeMap<String, BTreeSet<Vector>> = BTreeMap::new();
    for (dest, v) in &all {
        if q.target.as_ref().is_some_and(|t| t.as_str() != dest) {
            continue;
        }
        let beaten =
            all.iter().any(|(d2, w)| d2 == dest && w != v && w.0 <= v.0 && w.1 <= v.1 && w.2 <= v.2 && w.3 <= v.3);
        if !beaten {
            fronts.entry(dest.clone()).or_default().insert(*v);
        }
    }
    fronts
}

#[allow(clippy::too_many_arguments)]
fn walk(
    d: &Dataset,
    q: &RouteQuery,
    allowed: &[usize],
    cost_of: &dyn Fn(usize, i64) -> i64,
    at: Option<&OccupationId>,
    held: BTreeSet<CredentialId>,
    totals: Vector,
    path: &mut Vec<OccupationId>,
    out: &mut Vec<(String, Vector)>,
    first: bool,
) {
    let mut moves: Vec<(OccupationId, Vec<CredentialId>, i64)> = Vec::new();
    if at.is_none() {
        for o in d.occupations.iter().filter(|o| o.entry) {
            moves.push((o.id.clone(), Vec::new(), -1));
        }
    }
    for s in d.steps.iter().filter(|s| s.from.as_ref() == at) {
        let to = d.occupations.iter().find(|o| o.id == s.to).expect("generated step target exists");
        let mut req: Vec<CredentialId> = to.requires.iter().chain(s.requires.iter()).cloned().collect();
        req.sort();
        req.dedup();
        let experience = if first { s.experience_months - q.experience_months } else { s.experience_months };
        moves.push((s.to.clone(), req, experience.max(0.0) as i64));
    }
    for (to, required, experience) in moves {
        if path.contains(&to) {
            continue;
        }
        let missing: Vec<CredentialId> = required.iter().filter(|c| !held.contains(*c)).cloned().collect();
        let experience = experience.max(0);
        for subset in 0u32..(1 << allowed.len()) {
            let set: Vec<usize> = (0..allowed.len()).filter(|b| subset & (1 << b) != 0).map(|b| allowed[b]).collect();
            if !(earns(d, &set, &missing, &held) && orderable(d, &set, &held)) {
                continue;
            }
            let spare = (0..set.len()).any(|skip| {
                let rest: Vec<usize> = set.iter().enumerate().filter(|&(k, _)| k != skip).map(|(_, &p)| p).collect();
                earns(d, &rest, &missing, &held) && orderable(d, &rest, &held)
            });
            if spare {
                continue;
            }
            // Programs that leave the person working run during the
            // experience still required, as long as every program before
            // them does too; the rest come after it.
            let lead = working_lead(d, &set, &held);
            let months: i64 =
                set.iter().map(|&p| d.programs[p].months as i64).sum::<i64>() + (experience - lead).max(0);
            let cost: i64 = set.iter().map(|&p| cost_of(p, totals.0)).sum();
            let unpaid: i64 = set.iter().filter(|&&p| !d.programs[p].paid).map(|&p| d.programs[p].months as i64).sum();
            let next = (totals.0 + months, totals.1 + cost, totals.2 + set.len(), totals.3 + unpaid);
            if q.constraints.max_months.is_some_and(|m| next.0 as f64 > m) {
                continue;
            }
            let mut held_next = held.clone();
            for &p in &set {
                held_next.extend(d.programs[p].awards.iter().cloned());
            }
            out.push((to.to_string(), next));
            path.push(to.clone());
            walk(d, q, allowed, cost_of, Some(&to), held_next, next, path, out, false);
            path.pop();
        }
    }
}

fn earns(d: &Dataset, set: &[usize], missing: &[CredentialId], held: &BTreeSet<CredentialId>) -> bool {
    missing.iter().all(|c| held.contains(c) || set.iter().any(|&p| d.programs[p].awards.contains(c)))
}

fn orderable(d: &Dataset, set: &[usize], held: &BTreeSet<CredentialId>) -> bool {
    let mut have = held.clone();
    let mut left: Vec<usize> = set.to_vec();
    while !left.is_empty() {
        let Some(k) = left.iter().position(|&p| d.programs[p].requires.iter().all(|c| have.contains(c))) else {
            return false;
        };
        let p = left.remove(k);
        have.extend(d.programs[p].awards.iter().cloned());
    }
    true
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn engine_matches_brute_force(world in world()) {
        let engine = RouteEngine::new(PathwayGraph::build(world.dataset.clone()).expect("generated data links up"));
        let graph = engine.graph();
        let set = engine.find_routes(&world.query).expect("query ids exist");
        let mut found: BTreeMap<String, BTreeSet<Vector>> = BTreeMap::new();
        for r in &set.routes {
            let dest = graph.occupation(r.destination()).id.to_string();
            let v = (r.months.round() as i64, r.cost.round() as i64, r.programs, r.unpaid_months().round() as i64);
            prop_assert!(found.entry(dest).or_default().insert(v), "a destination repeats a vector");
        }
        prop_assert_eq!(found, brute_force(&world));

        // Dominance marks agree with the definition, and picks are never dominated.
        for (i, r) in set.routes.iter().enumerate() {
            let beaten = set.routes.iter().any(|o| o.dominates(r));
            prop_assert_eq!(r.dominated_by.is_some(), beaten, "route {} marked wrongly", i);
            if let Some(j) = r.dominated_by {
                prop_assert!(set.routes[j].dominates(r));
            }
        }
        for pick in [set.picks.fastest, set.picks.cheapest, set.picks.highest_wage].into_iter().flatten() {
            prop_assert!(set.routes[pick].dominated_by.is_none());
        }

        // Deterministic: the same query gives the same answer.
        prop_assert_eq!(engine.find_routes(&world.query).expect("same"), set);
    }

    /// The engine keeps the plans it made between questions; a question
    /// asked after others (other credentials held, other limits, another
    /// goal) gets the answer a new engine gives it.
    #[test]
    fn earlier_questions_never_change_an_answer(world in world()) {
        let graph = PathwayGraph::build(world.dataset.clone()).expect("generated data links up");
        let fresh = RouteEngine::new(graph.clone()).find_routes(&world.query).expect("query ids exist");
        let engine = RouteEngine::new(graph);
        let q = &world.query;
        let earlier = [
            RouteQuery { holds: Vec::new(), ..q.clone() },
            RouteQuery { holds: vec![cred(0), cred(1)], ..q.clone() },
            RouteQuery { constraints: Constraints::default(), ..q.clone() },
            RouteQuery { target: None, experience_months: 0.0, ..q.clone() },
        ];
        for asked in &earlier {
            // Some variants name a credential the world lacks; those are refused, which is fine here.
            let _ = engine.find_routes(asked);
        }
        prop_assert_eq!(engine.find_routes(q).expect("query ids exist"), fresh);
    }

    /// A question answered a slice at a time, however small the slices,
    /// gets the answer it gets in one go.
    #[test]
    fn an_answer_in_slices_is_the_answer_in_one_go(world in world(), slice in 1usize..4) {
        let graph = PathwayGraph::build(world.dataset.clone()).expect("generated data links up");
        let whole = RouteEngine::new(graph.clone()).find_routes(&world.query).expect("query ids exist");
        let engine = RouteEngine::new(graph);
        let mut answering = engine.answering(&world.query).expect("query ids exist");
        let mut slices = 1;
        while !answering.advance(slice) {
            slices += 1;
        }
        let sliced = answering.finish();
        prop_assert_eq!(&sliced, &whole, "answered in {} slices of {}", slices, slice);
    }
}

/// The routes from an entry role to the one occupation a single step
/// reaches, when that step needs credential 0 and `programs` are the
/// programs in the data.
fn one_step_answer(programs: Vec<ProgramSpec>) -> (std::sync::Arc<PathwayGraph>, pathway_routes::RouteSet) {
    let world = build_world(
        2,
        1,
        programs,
        vec![(Some(0), 1, BTreeSet::from([0]), 0)],
        vec![(true, None, Some(30_000)), (false, None, Some(40_000))],
        Some(0),
        BTreeSet::new(),
        Some(1),
        false,
        false,
        None,
    );
    let engine = RouteEngine::new(PathwayGraph::build(world.dataset.clone()).expect("links up"));
    let graph = engine.graph();
    let set = engine.find_routes(&world.query).expect("valid query");
    (graph.clone(), set)
}

/// Twelve programs earn the one credential a step needs, each trading months
/// against cost so that none beats another: the engine keeps the routes with
/// the least months plus cost (a month counted as $1,000), at most its bound.
#[test]
fn a_crowded_front_keeps_the_least_burdensome_routes() {
    let specs: Vec<ProgramSpec> = (0..12u16)
        .map(|i| ProgramSpec {
            awards: vec![0],
            requires: None,
            months: (1 + i) as u8,
            cost: 1300 - 100 * i,
            paid: false,
            schedule: vec![Schedule::Day],
            funding: None,
            eligible: None,
        })
        .collect();
    let (_, set) = one_step_answer(specs);
    let bound = pathway_routes::MAX_ROUTES_PER_OCCUPATION;
    assert_eq!(set.routes.len(), bound);
    // Months i+1 and cost 1300-100i give a burden of 2.3 + 0.9i: the first `bound` programs.
    let mut months: Vec<i64> = set.routes.iter().map(|r| r.months as i64).collect();
    months.sort_unstable();
    assert_eq!(months, (1..=bound as i64).collect::<Vec<_>>());
}

/// Three programs earn the credential the first step needs: `g1` takes as
/// long and costs as much as `g0` but also awards the credential the second
/// occupation requires, and `g2` is `g0` at a higher price. Plans are
/// weighed against each other before the search, and that must not lose
/// `g1`: it is the better rung to the first occupation (same figures, and a
/// credential that matters further up) and makes the second a single rung
/// of study away. `g2` is never part of a route.
#[test]
fn equal_programs_awarding_more_survive_and_outdone_ones_never_show() {
    let spec = |awards: Vec<usize>, months: u8, cost: u16| ProgramSpec {
        awards,
        requires: None,
        months,
        cost,
        paid: false,
        schedule: vec![Schedule::Day],
        funding: None,
        eligible: None,
    };
    let world = build_world(
        3,
        2,
        vec![spec(vec![0], 6, 1000), spec(vec![0, 1], 6, 1000), spec(vec![0], 8, 2000)],
        vec![(Some(0), 1, BTreeSet::from([0]), 0), (Some(1), 2, BTreeSet::new(), 0)],
        vec![(true, None, Some(30_000)), (false, None, Some(40_000)), (false, Some(1), Some(55_000))],
        Some(0),
        BTreeSet::new(),
        None,
        false,
        false,
        None,
    );
    let engine = RouteEngine::new(PathwayGraph::build(world.dataset.clone()).expect("links up"));
    let graph = engine.graph();
    let set = engine.find_routes(&world.query).expect("valid query");
    let programs = |r: &pathway_routes::Route| -> Vec<String> {
        r.rungs.iter().flat_map(|g| g.programs.iter().map(|p| graph.program(p.program).id.to_string())).collect()
    };
    let to = |o: usize| -> Vec<Vec<String>> {
        set.routes.iter().filter(|r| graph.occupation(r.destination()).id == occ(o)).map(programs).collect()
    };
    assert_eq!(to(1), vec![vec!["g1".to_owned()]]);
    assert_eq!(to(2), vec![vec!["g1".to_owned()]]);
    assert!(set.routes.iter().all(|r| !programs(r).contains(&"g2".to_owned())));
    assert_eq!(set.routes.iter().find(|r| graph.occupation(r.destination()).id == occ(2)).map(|r| r.months), Some(6.0));
}

/// Three programs alike in what they require and award: `g1` takes longer
/// and costs more than `g0`, so no route takes it, while `g2`, quicker but
/// dearer, is a route of its own.
#[test]
fn an_outdone_twin_program_is_never_taken() {
    let spec = |months: u8, cost: u16| ProgramSpec {
        awards: vec![0],
        requires: None,
        months,
        cost,
        paid: false,
        schedule: vec![Schedule::Day],
        funding: None,
        eligible: None,
    };
    let (graph, set) = one_step_answer(vec![spec(6, 1000), spec(8, 2000), spec(3, 3000)]);
    let mut taken: Vec<String> = set
        .routes
        .iter()
        .flat_map(|r| r.rungs.iter().flat_map(|g| g.programs.iter().map(|p| graph.program(p.program).id.to_string())))
        .collect();
    taken.sort();
    assert_eq!(taken, ["g0", "g2"]);
}

/// The months of the programs of `set` that can be taken first, one after
/// another, while the person keeps working: at each turn a ready program
/// that pays or meets evenings, weekends or online, until none is ready.
fn working_lead(d: &Dataset, set: &[usize], held: &BTreeSet<CredentialId>) -> i64 {
    let keeps_working = |p: &Program| {
        p.paid || p.schedule.iter().any(|s| matches!(s, Schedule::Evening | Schedule::Weekend | Schedule::Online))
    };
    let mut held = held.clone();
    let mut left: Vec<usize> = set.to_vec();
    let mut lead = 0;
    while let Some(at) = left.iter().position(|&p| {
        let program = &d.programs[p];
        keeps_working(program) && program.requires.iter().all(|r| held.contains(r))
    }) {
        let p = left.remove(at);
        lead += d.programs[p].months as i64;
        held.extend(d.programs[p].awards.iter().cloned());
    }
    lead
}
