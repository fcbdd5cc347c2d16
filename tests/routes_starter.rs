//! Golden tests of the route engine on the committed Baltimore starter data:
//! the named picks from an entry role, bridge insertion, and what blocks a target.

use pathway_authoring::check_files;
use pathway_model::eligibility::{Eligibility, Person};
use pathway_model::model::Source;
use pathway_model::pay::PayRate;
use pathway_model::{CredentialId, OccupationId, PartnerId, PathwayGraph, ProgramId, RegionId};
use pathway_routes::{
    report, BlockerKind, Constraints, Exclusion, RouteEngine, RouteQuery, RouteSet, StudyTimes, WageSource,
};
use pathways_integration_tests::{read_yaml_dir, repo_root};

fn engine() -> RouteEngine {
    let report = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    RouteEngine::new(PathwayGraph::build(report.dataset.expect("starter data checks clean")).expect("links up"))
}

fn query(from: &str, holds: &[&str]) -> RouteQuery {
    RouteQuery {
        start: Some(OccupationId(from.into())),
        holds: holds.iter().map(|h| CredentialId((*h).into())).collect(),
        ..RouteQuery::default()
    }
}

const DIPLOMA_AND_ENGLISH: &[&str] = &["hs-diploma-or-ged", "english-intermediate"];

fn destination(g: &PathwayGraph, set: &RouteSet, pick: Option<usize>) -> String {
    let route = &set.routes[pick.expect("the pick exists")];
    g.occupation(route.destination()).id.to_string()
}

#[test]
fn named_picks_from_environmental_services() {
    let engine = engine();
    let g = engine.graph();
    let set = engine.find_routes(&query("evs-aide", DIPLOMA_AND_ENGLISH)).expect("valid query");
    // Physical therapy aide is a starting job that pays a little more: a move
    // a person can make at once, with no program.
    assert_eq!(destination(g, &set, set.picks.fastest), "pt-aide");
    assert_eq!(set.routes[set.picks.fastest.unwrap()].months, 0.0);
    assert_eq!(destination(g, &set, set.picks.highest_wage), "nurse-manager");
    let highest = &set.routes[set.picks.highest_wage.unwrap()];
    assert_eq!(
        highest.final_wage,
        Some(124_990.0),
        "medical and health services managers' annual median, OEWS May 2025, Baltimore"
    );
    // The environmental services supervisor apprenticeship is paid and costs the person nothing.
    assert_eq!(destination(g, &set, set.picks.cheapest), "evs-supervisor");
    assert_eq!(set.routes[set.picks.cheapest.unwrap()].cost, 0.0);
    // Every rung of every route climbs from the rung before it.
    for route in &set.routes {
        assert!(!route.rungs.is_empty());
        assert_eq!(route.months, route.rungs.iter().map(|r| r.months).sum::<f64>());
    }
}

#[test]
fn a_missing_diploma_inserts_ged_preparation_before_the_lpn_program() {
    let engine = engine();
    let g = engine.graph();
    let mut q = query("nursing-assistant", &["english-intermediate", "cna"]);
    q.target = Some(OccupationId("lpn".into()));
    q.experience_months = 12.0;
    let set = engine.find_routes(&q).expect("valid query");
    let reports = report(g, &set);
    let first = &reports[0];
    let programs: Vec<&str> = first.rungs[0].programs.iter().map(|p| p.id.as_str()).collect();
    let ged = programs.iter().position(|p| *p == "ged-prep").expect("GED preparation is inserted");
    let lpn = programs.iter().position(|p| *p == "lpn-program").expect("the LPN program is taken");
    assert!(ged < lpn, "the bridge comes first: {programs:?}");
    assert!(first.rungs[0].programs[ged].for_prerequisite);

    // With a diploma, no bridge.
    let mut q = query("nursing-assistant", &["english-intermediate", "cna", "hs-diploma-or-ged"]);
    q.target = Some(OccupationId("lpn".into()));
    let set = engine.find_routes(&q).expect("valid query");
    assert!(report(g, &set).iter().all(|r| r.rungs.iter().all(|g| g.programs.iter().all(|p| !p.for_prerequisite))));
}

#[test]
fn limits_prune_routes_and_say_what_blocked_the_target() {
    let engine = engine();
    let g = engine.graph();
    let open = engine.find_routes(&query("evs-aide", DIPLOMA_AND_ENGLISH)).expect("valid query");
    let mut q = query("evs-aide", DIPLOMA_AND_ENGLISH);
    q.constraints = Constraints { max_months: Some(12.0), ..Constraints::default() };
    let limited = engine.find_routes(&q).expect("valid query");
    assert!(limited.routes.len() < open.routes.len());
    assert!(limited.routes.iter().all(|r| r.months <= 12.0));

    q.target = Some(OccupationId("lpn".into()));
    q.constraints =
        Constraints { keep_earning: true, study_times: StudyTimes::OutsideWorkHours, ..Constraints::default() };
    let blocked = engine.find_routes(&q).expect("valid query");
    assert!(blocked.routes.is_empty());
    // Neither limit alone is to blame (the practical nursing program is
    // unpaid and meets in the day, so each limit rules it out), and the
    // answer names that program and why.
    let together = blocked
        .blockers
        .iter()
        .find(|b| b.kind == BlockerKind::LimitsTogether)
        .unwrap_or_else(|| panic!("the limits together are named: {:?}", blocked.blockers));
    assert!(
        together
            .programs
            .iter()
            .any(|&(p, why)| g.program(p).name.contains("Practical nursing certificate")
                && why == Exclusion::DaytimeOnly),
        "{together:?}"
    );
}

#[test]
fn reachability_within_a_budget_of_time_and_money() {
    let engine = engine();
    let g = engine.graph();
    // An environmental services aide who has worked at an area hospital for
    // six months, so the hospital's paid CNA training is open to them.
    let mut q = query("evs-aide", DIPLOMA_AND_ENGLISH);
    q.experience_months = 6.0;
    q.person = Person { employer: Some(PartnerId("area-hospitals".into())), ..Person::default() };
    q.constraints = Constraints { max_cost: Some(500.0), max_months: Some(12.0), ..Constraints::default() };
    let set = engine.find_routes(&q).expect("valid query");
    let mut reached: Vec<String> = set.routes.iter().map(|r| g.occupation(r.destination()).id.to_string()).collect();
    reached.sort();
    reached.dedup();
    assert!(reached.contains(&"nursing-assistant".to_owned()), "{reached:?}");
    assert!(!reached.contains(&"rn".to_owned()), "{reached:?}");
    assert!(set.routes.iter().all(|r| r.cost <= 500.0 && r.months <= 12.0));
}

#[test]
fn no_job_yet_starts_from_entry_roles_and_first_jobs() {
    let engine = engine();
    let g = engine.graph();
    let q = RouteQuery {
        holds: DIPLOMA_AND_ENGLISH.iter().map(|h| CredentialId((*h).into())).collect(),
        ..RouteQuery::default()
    };
    let set = engine.find_routes(&q).expect("valid query");
    assert!(set.routes.iter().any(|r| r.rungs.len() >= 2), "a ladder of two rungs or more exists");
    assert!(set.routes.iter().any(|r| g.occupation(r.rungs[0].occupation).entry && r.rungs[0].programs.is_empty()));
}

/// The programs a route takes, by id, on every rung.
fn program_ids(g: &PathwayGraph, route: &pathway_routes::Route) -> Vec<String> {
    route.rungs.iter().flat_map(|r| r.programs.iter().map(|p| g.program(p.program).id.to_string())).collect()
}

#[test]
fn a_working_nursing_assistant_is_never_sent_back_to_cna_training() {
    let engine = engine();
    let g = engine.graph();
    for occupation in g.occupations() {
        let o = g.occupation(occupation);
        let q = RouteQuery { start: Some(o.id.clone()), ..RouteQuery::default() };
        let set = engine.find_routes(&q).expect("valid query");
        for route in &set.routes {
            for rung in &route.rungs {
                for p in &rung.programs {
                    let program = g.program(p.program);
                    assert!(
                        !program.awards.iter().all(|a| o.requires.contains(a)),
                        "from {} a route takes {}, which only awards what the job requires",
                        o.id,
                        program.id
                    );
                }
            }
        }
    }
    let mut q = query("nursing-assistant", &[]);
    q.target = Some(OccupationId("patient-care-technician".into()));
    let set = engine.find_routes(&q).expect("valid query");
    assert!(!set.routes.is_empty());
    for route in &set.routes {
        let ids = program_ids(g, route);
        assert!(ids.iter().all(|p| !p.contains("cna")), "{ids:?}");
    }
}

#[test]
fn a_licensed_practical_nurse_holds_what_the_license_required() {
    let engine = engine();
    let g = engine.graph();
    let mut q = query("lpn", &[]);
    q.target = Some(OccupationId("rn".into()));
    let set = engine.find_routes(&q).expect("valid query");
    assert!(!set.routes.is_empty());
    for route in &set.routes {
        let ids = program_ids(g, route);
        assert!(!ids.iter().any(|p| p == "ged-prep" || p == "esl" || p == "lpn-program"), "{ids:?}");
    }
}

/// Every program on every route from `from` for `person`, with its cost to them and its full cost.
fn programs_taken(engine: &RouteEngine, from: &str, person: Person, months_in_job: f64) -> Vec<(String, f64, f64)> {
    let g = engine.graph();
    let q = RouteQuery {
        start: Some(OccupationId(from.into())),
        experience_months: months_in_job,
        person,
        ..RouteQuery::default()
    };
    let set = engine.find_routes(&q).expect("valid query");
    let mut out: Vec<(String, f64, f64)> = set
        .routes
        .iter()
        .flat_map(|r| r.rungs.iter().flat_map(|rung| rung.programs.iter()))
        .map(|p| (g.program(p.program).id.to_string(), p.cost, g.program(p.program).cost))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

#[test]
fn employer_tuition_pays_only_for_the_employers_own_staff() {
    let engine = engine();
    let stranger = programs_taken(&engine, "pdx-care-personal-care-aide", Person::default(), 0.0);
    let pn =
        stranger.iter().find(|p| p.0 == "pdx-care-pn-program").expect("the practical nursing program is on a route");
    assert_eq!(pn.1, pn.2, "no employer tuition for someone who does not work there: {pn:?}");
    let staff = Person { employer: Some(PartnerId("pdx-care-employers".into())), ..Person::default() };
    let employed = programs_taken(&engine, "pdx-care-personal-care-aide", staff, 12.0);
    let pn =
        employed.iter().find(|p| p.0 == "pdx-care-pn-program").expect("the practical nursing program is on a route");
    assert!(pn.1 < pn.2, "the employer's staff get its tuition help: {pn:?}");
}

#[test]
fn with_nothing_said_only_unconditional_funding_is_subtracted() {
    let engine = engine();
    let g = engine.graph();
    let mut checked = 0;
    for occupation in g.occupations() {
        let id = g.occupation(occupation).id.to_string();
        for (program, cost, _) in programs_taken(&engine, &id, Person::default(), 0.0) {
            let p = g.program(g.program_ix(&ProgramId(program)).expect("listed"));
            let open: f64 = p
                .funding
                .iter()
                .filter(|f| {
                    f.eligible.as_ref().is_some_and(|e| *e == Eligibility::default())
                        || (f.eligible.is_none() && f.eligibility.is_none())
                })
                .map(|f| f.covers.unwrap_or(p.cost))
                .sum();
            assert_eq!(cost, (p.cost - open).max(0.0), "{}", p.id);
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} programs checked");
}

#[test]
fn youth_apprenticeships_take_high_school_students_only() {
    let engine = engine();
    let youth = |person: Person| -> Vec<String> {
        let q = RouteQuery { region: Some(RegionId("denver".into())), person, ..RouteQuery::default() };
        let set = engine.find_routes(&q).expect("valid query");
        let g = engine.graph();
        set.routes
            .iter()
            .flat_map(|r| r.rungs.iter().flat_map(|rung| rung.programs.iter()))
            .map(|p| g.program(p.program).id.to_string())
            .filter(|id| id.contains("youth-apprenticeship"))
            .collect()
    };
    assert!(youth(Person { age: Some(30), ..Person::default() }).is_empty(), "a 30-year-old is offered none");
    assert!(!youth(Person { age: Some(17), in_high_school: true, ..Person::default() }).is_empty());
}

#[test]
fn evening_classes_run_during_the_months_of_experience_a_step_needs() {
    let engine = engine();
    let g = engine.graph();
    let mut q = query("nursing-assistant", &[]);
    q.target = Some(OccupationId("patient-care-technician".into()));
    let set = engine.find_routes(&q).expect("valid query");
    let route = set.routes.first().expect("a route");
    let rung = &route.rungs[0];
    assert_eq!(rung.experience_months, 6.0, "the step asks for six months as a nursing assistant");
    let programs: f64 = rung.programs.iter().map(|p| g.program(p.program).months).sum();
    // GED preparation (evening, 6 months) runs during the six months of
    // experience; the evening PCT program (4 months) comes after it.
    assert_eq!(programs, 10.0);
    assert_eq!(rung.months, 10.0, "not 16: the evening classes overlap the experience");
    let reports = report(g, &set);
    assert_eq!((reports[0].rungs[0].start_month, reports[0].rungs[0].end_month), (0.0, 10.0));
}

#[test]
fn a_step_bls_publishes_under_one_code_is_labelled_and_not_weighed_on_wages() {
    let engine = engine();
    let g = engine.graph();
    let set = engine.find_routes(&query("nursing-assistant", DIPLOMA_AND_ENGLISH)).expect("valid query");
    let flat: Vec<&pathway_routes::Route> =
        set.routes.iter().filter(|r| r.rungs.last().is_some_and(|rung| rung.same_bls_code)).collect();
    assert!(!flat.is_empty(), "nursing assistant to patient care technician is one BLS code");
    for route in flat {
        let last = route.rungs.last().expect("a rung");
        assert_eq!(last.wage_step, None, "{}", g.occupation(last.occupation).id);
        assert_eq!(route.dominated_by, None, "a step with no wage of its own is never beaten on wages");
    }
}

#[test]
fn a_pay_rate_the_partnership_gives_is_the_rungs_wage() {
    let checked = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let mut dataset = checked.dataset.expect("checks clean");
    let pct = dataset.occupations.iter_mut().find(|o| o.id.as_str() == "patient-care-technician").expect("PCT");
    pct.pay = Some(PayRate {
        hourly: Some(22.0),
        annual: None,
        source: Source { citation: "An example pay scale".into(), date: "2025".into(), url: None },
    });
    let engine = RouteEngine::new(PathwayGraph::build(dataset).expect("links up"));
    let mut q = query("nursing-assistant", DIPLOMA_AND_ENGLISH);
    q.target = Some(OccupationId("patient-care-technician".into()));
    let set = engine.find_routes(&q).expect("valid query");
    let rung = &set.routes[0].rungs[0];
    assert_eq!(rung.wage, Some(22.0 * 2080.0));
    assert_eq!(rung.wage_source, WageSource::OccupationPay);
    assert!(!rung.same_bls_code);
    assert_eq!(rung.wage_step, Some(22.0 * 2080.0 - set.start_wage.expect("the CNA wage")));
    let shown = &report(engine.graph(), &set)[0].rungs[0];
    assert_eq!(shown.wage_source.as_deref(), Some("An example pay scale"));
    assert!(shown.bls_wage.is_some(), "the BLS figure stays beside it");
}

#[test]
fn employer_funding_starts_to_pay_once_the_route_reaches_the_month() {
    let engine = engine();
    let g = engine.graph();
    // A nursing assistant at an area hospital for two months: its tuition
    // help (after six months) pays for programs of rungs starting in month 4.
    let mut q = query("nursing-assistant", DIPLOMA_AND_ENGLISH);
    q.experience_months = 2.0;
    q.person = Person { employer: Some(PartnerId("area-hospitals".into())), ..Person::default() };
    let set = engine.find_routes(&q).expect("valid query");
    let reports = report(g, &set);
    let mut judged = 0;
    for route in &reports {
        for rung in &route.rungs {
            for program in &rung.programs {
                for f in program.funding.iter().filter(|f| f.by == "area-hospitals") {
                    let eligible = g
                        .program(g.program_ix(&ProgramId(program.id.clone())).expect("listed"))
                        .funding
                        .iter()
                        .find(|x| x.by.as_str() == "area-hospitals")
                        .and_then(|x| x.eligible.clone())
                        .expect("conditions as data");
                    let after = eligible.after_months.unwrap_or(0.0);
                    assert_eq!(
                        f.applies,
                        2.0 + rung.start_month >= after,
                        "{} on a rung from month {}",
                        program.id,
                        rung.start_month
                    );
                    judged += 1;
                }
            }
        }
    }
    assert!(judged > 0, "some hospital funding was judged");
}

#[test]
fn an_apprenticeship_wage_schedule_gives_the_pay_while_learning() {
    let checked = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let mut dataset = checked.dataset.expect("checks clean");
    let apprenticeship = dataset
        .programs
        .iter_mut()
        .find(|p| p.paid && p.kind == pathway_model::model::ProgramKind::Apprenticeship)
        .expect("a paid apprenticeship");
    apprenticeship.wage_schedule = Some(pathway_model::pay::WageSchedule { start_percent: 60.0, end_percent: 90.0 });
    let id = apprenticeship.id.to_string();
    let engine = RouteEngine::new(PathwayGraph::build(dataset).expect("links up"));
    let g = engine.graph();
    let mut found = 0;
    for occupation in g.occupations() {
        let q = RouteQuery { start: Some(g.occupation(occupation).id.clone()), ..RouteQuery::default() };
        let set = engine.find_routes(&q).expect("valid query");
        for route in report(g, &set) {
            for rung in &route.rungs {
                for p in rung.programs.iter().filter(|p| p.id == id) {
                    let wage = rung.wage.expect("the rung's wage");
                    assert_eq!(p.pay_while_learning, Some((wage * 0.6, wage * 0.9)));
                    found += 1;
                }
            }
        }
    }
    assert!(found > 0, "some route takes {id}");
}
