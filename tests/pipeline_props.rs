//! Property tests of the whole pipeline, check → graph → routes, on hostile
//! input. Two kinds of input:
//!
//! - a real dataset (Baltimore's hospital ladders) or the hostile but valid
//!   one (`tests/corpus/hostile-valid`) with bytes flipped, files cut short
//!   and pieces of one file spliced into another, so most cases fail to parse
//!   or validate somewhere, and those that still check clean go on to the
//!   route engine;
//! - datasets generated valid by construction, with markup, right-to-left and
//!   combining text in every free-text field, which must check clean and then
//!   answer random queries under random limits.
//!
//! Every case runs on a worker thread and fails if it has not finished within
//! [`HANG_BOUND`] (a hang detector, not a speed test) or if it panics. Every
//! case runs twice and must give identical diagnostics and identical routes;
//! a generated dataset must also give the same routes with its files in
//! another order and its list entries shuffled.

use pathway_authoring::check_files;
use pathway_authoring::load::RawFile;
use pathway_model::eligibility::{Eligibility, Person};
use pathway_model::model::{
    Credential, CredentialKind, Dataset, Funding, FundingKind, Occupation, Partner, PartnerRole, Percentiles, Program,
    ProgramKind, Region, Schedule, Source, Step, SupportService, Wage,
};
use pathway_model::pay::{PayRate, WageSchedule};
use pathway_model::{CredentialId, OccupationId, PartnerId, PathwayGraph, ProgramId, RegionId};
use pathway_routes::{report, Constraints, RouteEngine, RouteQuery, RouteSet, StudyTimes};
use pathways_integration_tests::{read_yaml_dir, repo_root};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use std::sync::{mpsc, OnceLock};
use std::time::Duration;

/// How long one case may run before it counts as a hang. Cases take
/// milliseconds; this is generous so a loaded machine never trips it.
const HANG_BOUND: Duration = Duration::from_secs(10);

/// Runs `work` on a worker thread; a panic or a run past [`HANG_BOUND`] fails the case.
fn bounded<T: Send + 'static>(what: &str, work: impl FnOnce() -> T + Send + 'static) -> Result<T, TestCaseError> {
    bounded_by(HANG_BOUND, what, work)
}

fn bounded_by<T: Send + 'static>(
    limit: Duration,
    what: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, TestCaseError> {
    let (send, receive) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        // The receiver is gone only when the case already failed as a hang.
        let _ = send.send(work());
    });
    match receive.recv_timeout(limit) {
        Ok(value) => Ok(value),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            Err(TestCaseError::fail(format!("{what} did not finish within {limit:?}: a hang")))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let panic = worker.join().err().map(|p| {
                p.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_default()
            });
            Err(TestCaseError::fail(format!("{what} panicked: {}", panic.unwrap_or_default())))
        }
    }
}

/// The detector itself: a slow case and a panicking case both fail, with words that say which.
#[test]
fn the_hang_and_panic_detector_reports_both() {
    let slow = bounded_by(Duration::from_millis(50), "a sleeper", || std::thread::sleep(Duration::from_secs(1)));
    assert!(slow.is_err_and(|e| e.to_string().contains("a sleeper did not finish within 50ms: a hang")));
    let panicking = bounded("a panicker", || -> u8 { panic!("on purpose") });
    assert!(panicking.is_err_and(|e| e.to_string().contains("a panicker panicked: on purpose")));
    assert_eq!(bounded("a quick one", || 7).ok(), Some(7));
}

// ---------------------------------------------------------------- one run of the pipeline

/// A query written as positions into whatever the checked dataset holds, so
/// the same spec works for mutated data whose ids are not known in advance.
#[derive(Clone, Debug)]
struct QuerySpec {
    /// `None` for no job yet (in the first region).
    start: Option<Index>,
    holds: Vec<Index>,
    target: Option<Index>,
    experience_months: f64,
    evenings: bool,
    keep_earning: bool,
    no_car: bool,
    max_months: Option<f64>,
    max_cost: Option<f64>,
}

fn query_spec() -> impl Strategy<Value = QuerySpec> {
    (
        prop::option::weighted(0.7, any::<Index>()),
        prop::collection::vec(any::<Index>(), 0..3),
        prop::option::weighted(0.4, any::<Index>()),
        prop::sample::select(vec![0.0, 3.0, 12.0]),
        (any::<bool>(), prop::bool::weighted(0.3), prop::bool::weighted(0.3)),
        prop::option::weighted(0.3, prop::sample::select(vec![0.0, 3.0, 12.0, 60.0])),
        prop::option::weighted(0.3, prop::sample::select(vec![0.0, 500.0, 5_000.0])),
    )
        .prop_map(
            |(start, holds, target, experience_months, (evenings, keep_earning, no_car), max_months, max_cost)| {
                QuerySpec {
                    start,
                    holds,
                    target,
                    experience_months,
                    evenings,
                    keep_earning,
                    no_car,
                    max_months,
                    max_cost,
                }
            },
        )
}

impl QuerySpec {
    /// The query on `d`, with ids picked by position.
    fn on(&self, d: &Dataset) -> RouteQuery {
        let occupation = |i: &Index| d.occupations[i.index(d.occupations.len())].id.clone();
        RouteQuery {
            start: self.start.as_ref().filter(|_| !d.occupations.is_empty()).map(occupation),
            region: d.regions.first().map(|r| r.id.clone()),
            holds: if d.credentials.is_empty() {
                Vec::new()
            } else {
                self.holds.iter().map(|i| d.credentials[i.index(d.credentials.len())].id.clone()).collect()
            },
            experience_months: self.experience_months,
            target: self.target.as_ref().filter(|_| !d.occupations.is_empty()).map(occupation),
            person: Person { income_eligible: self.evenings, ..Person::default() },
            constraints: Constraints {
                study_times: if self.evenings { StudyTimes::OutsideWorkHours } else { StudyTimes::Any },
                max_months: self.max_months,
                max_cost: self.max_cost,
                keep_earning: self.keep_earning,
                no_car: self.no_car,
            },
        }
    }
}

/// What one run of the pipeline gives.
#[derive(Debug, PartialEq)]
struct Outcome {
    /// Every diagnostic, rendered as the CLI prints it.
    diagnostics: Vec<String>,
    /// The checked dataset, when it has no errors.
    dataset: Option<Dataset>,
    /// For each query, the answer or why there is none; empty when the data has errors.
    answers: Vec<Result<RouteSet, String>>,
}

/// Checks `files`, and when they are clean builds the graph and answers `queries`.
fn run(files: &[RawFile], queries: &[QuerySpec]) -> Outcome {
    let report = check_files(files);
    let diagnostics = report.diagnostics.iter().map(ToString::to_string).collect();
    let mut answers = Vec::new();
    if let Some(dataset) = &report.dataset {
        // Checked data always links up; a failure here is a checker bug and fails the case.
        let engine = RouteEngine::new(
            PathwayGraph::build(dataset.clone()).unwrap_or_else(|e| panic!("checked data does not link up: {e}")),
        );
        for q in queries {
            answers.push(engine.find_routes(&q.on(dataset)).map_err(|e| e.to_string()));
        }
    }
    Outcome { diagnostics, dataset: report.dataset, answers }
}

/// Runs the pipeline twice on worker threads and asserts both runs agree.
fn run_twice(files: Vec<RawFile>, queries: Vec<QuerySpec>) -> Result<Outcome, TestCaseError> {
    let (files_again, queries_again) = (files.clone(), queries.clone());
    let first = bounded("the pipeline", move || run(&files, &queries))?;
    let second = bounded("the pipeline, run again", move || run(&files_again, &queries_again))?;
    prop_assert_eq!(&first, &second, "the same input gave different diagnostics or routes");
    for answer in first.answers.iter().flatten() {
        assert_well_formed(answer)?;
    }
    Ok(first)
}

/// What every answer must hold whatever the data: picks and dominance marks
/// point at routes that exist, picks are never dominated, figures are finite.
fn assert_well_formed(set: &RouteSet) -> Result<(), TestCaseError> {
    let n = set.routes.len();
    for (i, r) in set.routes.iter().enumerate() {
        prop_assert!(!r.rungs.is_empty(), "route {} has no rungs", i);
        prop_assert!(
            r.months.is_finite() && r.cost.is_finite() && r.months >= 0.0 && r.cost >= 0.0,
            "route {}: {:?}",
            i,
            r
        );
        if let Some(j) = r.dominated_by {
            prop_assert!(j < n && j != i && set.routes[j].dominates(r), "route {} is marked beaten by {}", i, j);
        }
    }
    let p = &set.picks;
    for pick in [p.fastest, p.cheapest, p.highest_wage, p.most_paid].into_iter().flatten() {
        prop_assert!(pick < n && set.routes[pick].dominated_by.is_none(), "pick {} is out of range or beaten", pick);
    }
    Ok(())
}

// ---------------------------------------------------------------- mutated real data

/// Baltimore's hospital ladders and the shared credentials, as read from disk.
fn real_files() -> &'static [RawFile] {
    static FILES: OnceLock<Vec<RawFile>> = OnceLock::new();
    FILES.get_or_init(|| {
        let pathways = repo_root().join("pathways");
        let mut files = read_yaml_dir(&pathways.join("common"));
        files.extend(read_yaml_dir(&pathways.join("baltimore-hospitals")));
        files
    })
}

/// The hostile but valid dataset, as read from disk.
fn hostile_files() -> &'static [RawFile] {
    static FILES: OnceLock<Vec<RawFile>> = OnceLock::new();
    FILES.get_or_init(|| read_yaml_dir(&repo_root().join("tests/corpus/hostile-valid")))
}

/// One change to a set of files.
#[derive(Clone, Debug)]
enum Mutation {
    /// Sets one byte.
    Flip { file: Index, at: Index, byte: u8 },
    /// Cuts a file short.
    Truncate { file: Index, at: Index },
    /// Copies a run of one file's bytes into another file (or the same one).
    Splice { from: Index, start: Index, len: usize, into: Index, at: Index },
    /// Repeats one line of a file right after itself.
    RepeatLine { file: Index, line: Index },
    /// Leaves a file out.
    Drop { file: Index },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let i = || any::<Index>();
    prop_oneof![
        3 => (i(), i(), prop_oneof![any::<u8>(), prop::sample::select(b":-[]{}#&*!|>'\"\n\t ".to_vec())])
            .prop_map(|(file, at, byte)| Mutation::Flip { file, at, byte }),
        1 => (i(), i()).prop_map(|(file, at)| Mutation::Truncate { file, at }),
        2 => (i(), i(), 1usize..400, i(), i()).prop_map(|(from, start, len, into, at)| Mutation::Splice { from, start, len, into, at }),
        2 => (i(), i()).prop_map(|(file, line)| Mutation::RepeatLine { file, line }),
        1 => i().prop_map(|file| Mutation::Drop { file }),
    ]
}

fn apply(files: &mut Vec<RawFile>, m: &Mutation) {
    if files.is_empty() {
        return;
    }
    let n = files.len();
    match m {
        Mutation::Flip { file, at, byte } => {
            let bytes = &mut files[file.index(n)].bytes;
            if !bytes.is_empty() {
                let i = at.index(bytes.len());
                bytes[i] = *byte;
            }
        }
        Mutation::Truncate { file, at } => {
            let bytes = &mut files[file.index(n)].bytes;
            let keep = at.index(bytes.len() + 1);
            bytes.truncate(keep);
        }
        Mutation::Splice { from, start, len, into, at } => {
            let source = &files[from.index(n)].bytes;
            let s = start.index(source.len() + 1);
            let piece: Vec<u8> = source[s..(s + len).min(source.len())].to_vec();
            let target = &mut files[into.index(n)].bytes;
            let a = at.index(target.len() + 1);
            target.splice(a..a, piece);
        }
        Mutation::RepeatLine { file, line } => {
            let bytes = &mut files[file.index(n)].bytes;
            let starts: Vec<usize> = std::iter::once(0)
                .chain(bytes.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1))
                .collect();
            let k = line.index(starts.len());
            let end = starts.get(k + 1).copied().unwrap_or(bytes.len());
            let copy: Vec<u8> = bytes[starts[k]..end].to_vec();
            bytes.splice(end..end, copy);
        }
        Mutation::Drop { file } => {
            files.remove(file.index(n));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn mutated_real_data_never_panics_hangs_or_wavers(
        hostile in prop::bool::weighted(0.25),
        mutations in prop::collection::vec(mutation(), 1..4),
        queries in prop::collection::vec(query_spec(), 1..3),
    ) {
        let mut files = if hostile { hostile_files() } else { real_files() }.to_vec();
        for m in &mutations {
            apply(&mut files, m);
        }
        let outcome = run_twice(files.clone(), queries)?;
        for d in &outcome.diagnostics {
            let named = files.iter().any(|f| d.starts_with(&format!("{}:", f.path)));
            prop_assert!(named, "a diagnostic names no file it was given: {}", d);
        }
    }
}

/// The mutations are not all fatal: over a fixed run some mutated datasets
/// still check clean and reach the route engine, and some fail to.
#[test]
fn mutated_real_data_sometimes_reaches_the_route_engine() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = prop::collection::vec(mutation(), 1..3);
    let (mut clean, mut failing) = (0, 0);
    for _ in 0..60 {
        let mut files = real_files().to_vec();
        for m in strategy.new_tree(&mut runner).expect("mutations").current() {
            apply(&mut files, &m);
        }
        match check_files(&files).dataset {
            Some(_) => clean += 1,
            None => failing += 1,
        }
    }
    assert!(clean >= 5 && failing >= 5, "{clean} mutated datasets checked clean and {failing} did not");
}

// ---------------------------------------------------------------- generated valid data

/// Free text meant to trip up whatever shows it, all of it valid.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<script>alert(1)</script>".to_owned()),
        Just("<img src=x onerror=alert(1)> & \"quotes\" 'too'".to_owned()),
        Just("ممرض مساعد — שלום עולם".to_owned()),
        Just("e\u{301}\u{302}\u{303}\u{304} Z\u{351}\u{35b}\u{346}algo".to_owned()),
        Just("👩\u{200d}⚕️ care \u{200f}mark".to_owned()),
        Just("${x} {{y}} %s %n \\ # : - [ ] { }".to_owned()),
        "[A-Za-z][A-Za-z <>&;'\"/]{0,40}",
        (1usize..300).prop_map(|n| "long ".repeat(n)),
    ]
}

/// The shape of a generated dataset; `build` turns it into entries.
#[derive(Clone, Debug)]
struct Shape {
    occupations: Vec<OccupationShape>,
    credentials: usize,
    programs: Vec<ProgramShape>,
    /// (from, to, extra credential, experience months); `from: None` is a first job.
    steps: Vec<(Option<usize>, usize, Option<usize>, u8)>,
    texts: Vec<String>,
}

#[derive(Clone, Debug)]
struct OccupationShape {
    entry: bool,
    requires: Option<usize>,
    wage: Option<u32>,
}

#[derive(Clone, Debug)]
struct ProgramShape {
    awards: usize,
    /// Always a credential with a lower number than `awards`, so prerequisites never cycle.
    requires: Option<usize>,
    months: u8,
    cost: u16,
    paid: bool,
    schedule: Vec<Schedule>,
    covered: Option<u16>,
}

fn program_shape(credentials: usize) -> impl Strategy<Value = ProgramShape> {
    (
        0..credentials,
        any::<Index>(),
        prop::bool::weighted(0.4),
        prop::sample::select(vec![1u8, 2, 3, 6, 12]),
        prop::sample::select(vec![0u16, 100, 500, 2_000]),
        any::<bool>(),
        prop::sample::subsequence(vec![Schedule::Day, Schedule::Evening, Schedule::Weekend, Schedule::Online], 1..=2),
        prop::option::weighted(0.3, prop::sample::select(vec![50u16, 500, 5_000])),
    )
        .prop_map(|(awards, prerequisite, has_prerequisite, months, cost, paid, schedule, covered)| ProgramShape {
            awards,
            requires: (has_prerequisite && awards > 0).then(|| prerequisite.index(awards)),
            months,
            cost,
            paid,
            schedule,
            covered,
        })
}

fn shape() -> impl Strategy<Value = Shape> {
    (2usize..=6, 1usize..=4).prop_flat_map(|(occupations, credentials)| {
        (
            prop::collection::vec(
                (any::<bool>(), prop::option::of(0..credentials), prop::option::weighted(0.8, 25_000u32..90_000)),
                occupations,
            ),
            prop::collection::vec(program_shape(credentials), 1..=6),
            prop::collection::vec(
                (
                    prop::option::weighted(0.8, 0..occupations),
                    0..occupations,
                    prop::option::weighted(0.2, 0..credentials),
                    prop::sample::select(vec![0u8, 6]),
                ),
                1..=8,
            ),
            prop::collection::vec(hostile_text(), 8),
        )
            .prop_map(move |(occupations, programs, steps, texts)| Shape {
                occupations: occupations
                    .into_iter()
                    .map(|(entry, requires, wage)| OccupationShape {
                        entry,
                        requires: requires.filter(|_| !entry),
                        wage,
                    })
                    .collect(),
                credentials,
                programs,
                steps,
                texts,
            })
    })
}

fn text(shape: &Shape, k: usize) -> String {
    shape.texts[k % shape.texts.len()].clone()
}

/// The dataset a shape describes; valid by construction.
fn build(shape: &Shape) -> Dataset {
    let region = RegionId("gen".into());
    let mut d = Dataset {
        regions: vec![Region {
            languages: Vec::new(),
            id: region.clone(),
            name: text(shape, 0).into(),
            oews_area: Some(text(shape, 1)),
            description: Some(text(shape, 2).into()),
        }],
        ..Dataset::default()
    };
    for (i, (name, roles, services)) in [
        ("provider", vec![PartnerRole::EducationProvider], vec![SupportService::Tutoring]),
        ("funder", vec![PartnerRole::Funder, PartnerRole::Employer], vec![SupportService::Transportation]),
    ]
    .into_iter()
    .enumerate()
    {
        d.partners.push(Partner {
            id: PartnerId(name.into()),
            name: text(shape, 3 + i).into(),
            roles,
            services,
            region: Some(region.clone()),
            description: Some(text(shape, 5 + i).into()),
            illustrative: true,
        });
    }
    for c in 0..shape.credentials {
        d.credentials.push(Credential {
            id: CredentialId(format!("cred-{c}")),
            name: text(shape, c).into(),
            kind: CredentialKind::Certificate,
            issuer: Some(text(shape, c + 1).into()),
            description: Some(text(shape, c + 2).into()),
            external: false,
            source: None,
            // Some entries are marked as examples, so the flag goes through the whole pipeline.
            illustrative: c % 2 == 1,
        });
    }
    for (i, o) in shape.occupations.iter().enumerate() {
        let soc = format!("31-{:04}", 1000 + i);
        d.occupations.push(Occupation {
            id: OccupationId(format!("job-{i}")),
            soc: soc.clone(),
            onet: None,
            title: text(shape, i + 3).into(),
            description: Some(text(shape, i + 4).into()),
            keywords: vec![text(shape, i + 5), text(shape, i + 6)],
            region: Some(region.clone()),
            entry: o.entry,
            requires: o.requires.iter().map(|c| CredentialId(format!("cred-{c}"))).collect(),
            // Every third occupation gives a pay scale's rate, so authored
            // pay goes through the whole pipeline too.
            pay: (i % 3 == 2).then(|| PayRate {
                hourly: Some(18.0 + i as f64),
                annual: None,
                source: Source { citation: text(shape, i + 8).into(), date: "2025".into(), url: None },
            }),
            illustrative: i % 2 == 0,
        });
        if let Some(annual) = o.wage {
            d.wages.push(Wage {
                soc,
                region: Some(region.clone()),
                title: Some(text(shape, i + 7)),
                hourly: Percentiles::default(),
                annual: Percentiles { median: Some(f64::from(annual)), ..Percentiles::default() },
                employment: None,
                source: Some(text(shape, i)),
                year: Some(2025),
                // The region's own area, as `pathways wages import` writes it.
                area: Some(text(shape, 1)),
                national_fallback: false,
            });
        }
    }
    for (i, p) in shape.programs.iter().enumerate() {
        d.programs.push(Program {
            id: ProgramId(format!("prog-{i}")),
            name: text(shape, i).into(),
            kind: ProgramKind::College,
            provider: PartnerId("provider".into()),
            region: Some(region.clone()),
            months: f64::from(p.months),
            hours: None,
            cost: f64::from(p.cost),
            funding: p
                .covered
                .iter()
                .map(|&c| Funding {
                    by: PartnerId("funder".into()),
                    kind: FundingKind::Grant,
                    covers: Some(f64::from(c)),
                    // Every other source states its conditions as data, so both kinds are exercised.
                    eligible: (c % 2 == 0)
                        .then(|| Eligibility { income_eligible: c % 4 == 0, ..Eligibility::default() }),
                    eligibility: Some(text(shape, i + 2).into()),
                })
                .collect(),
            schedule: p.schedule.clone(),
            paid: p.paid,
            requires: p.requires.iter().map(|c| CredentialId(format!("cred-{c}"))).collect(),
            awards: vec![CredentialId(format!("cred-{}", p.awards))],
            college_credits: None,
            support_from: vec![PartnerId("funder".into())],
            eligible: None,
            // Paid programs pay a share of the rung's wage while learning.
            wage_schedule: p.paid.then(|| WageSchedule { start_percent: 60.0, end_percent: 90.0 }),
            source: Source {
                citation: text(shape, i + 1).into(),
                date: "2025-05".into(),
                url: Some("https://example.org/<b>".into()),
            },
            illustrative: true,
        });
    }
    let mut seen = std::collections::BTreeSet::new();
    for (k, &(from, to, extra, experience)) in shape.steps.iter().enumerate() {
        // Steps lead up the list of occupations, as a career map's do, so they never go round in a circle.
        if from.is_some_and(|f| f >= to) || !seen.insert((from, to)) {
            continue;
        }
        d.steps.push(Step {
            from: from.map(|f| OccupationId(format!("job-{f}"))),
            to: OccupationId(format!("job-{to}")),
            requires: extra.iter().map(|c| CredentialId(format!("cred-{c}"))).collect(),
            experience_months: if from.is_some() { f64::from(experience) } else { 0.0 },
            note: Some(text(shape, k).into()),
            pay: None,
            illustrative: k % 2 == 0,
            no_wage_change: k % 3 == 0,
        });
    }
    d
}

// ---------------------------------------------------------------- writing generated data as YAML files

/// A YAML scalar: strings double-quoted with JSON escapes, which YAML reads alike.
fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => serde_json::to_string(s).expect("a string serializes"),
        Value::Array(a) if a.is_empty() => "[]".into(),
        Value::Object(o) if o.is_empty() => "{}".into(),
        other => other.to_string(),
    }
}

/// Block-style YAML of a JSON value, the way authors write pathway files.
fn block(v: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match v {
                    Value::Object(m) if !m.is_empty() => {
                        out.push_str(&format!("{pad}{k}:\n"));
                        block(v, indent + 2, out);
                    }
                    Value::Array(a) if !a.is_empty() => {
                        out.push_str(&format!("{pad}{k}:\n"));
                        block(v, indent + 2, out);
                    }
                    _ => out.push_str(&format!("{pad}{k}: {}\n", scalar(v))),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                match item {
                    Value::Object(m) if !m.is_empty() => {
                        // The first key goes on the dash's line, the rest below it.
                        let mut inner = String::new();
                        block(item, indent + 2, &mut inner);
                        out.push_str(&format!("{pad}- {}", &inner[indent + 2..]));
                    }
                    _ => out.push_str(&format!("{pad}- {}\n", scalar(item))),
                }
            }
        }
        other => out.push_str(&format!("{pad}{}\n", scalar(other))),
    }
}

/// The sections of a dataset, each as (key, entries).
fn sections(d: &Dataset) -> Vec<(&'static str, Vec<Value>)> {
    let list = |v: Value| match v {
        Value::Array(a) => a,
        _ => Vec::new(),
    };
    let all = serde_json::to_value(d).expect("a dataset serializes");
    ["regions", "occupations", "credentials", "programs", "steps", "partners", "wages"]
        .into_iter()
        .map(|key| (key, list(all[key].clone())))
        .collect()
}

/// The dataset as pathway files: each entry goes to the file `place` picks for
/// it, and files are written in the order given.
fn files_of(d: &Dataset, files: usize, place: &mut impl FnMut() -> usize) -> Vec<RawFile> {
    let mut texts = vec![String::from("# generated\n"); files];
    for (key, entries) in sections(d) {
        let mut per_file: Vec<Vec<Value>> = vec![Vec::new(); files];
        for e in entries {
            per_file[place() % files].push(e);
        }
        for (text, entries) in texts.iter_mut().zip(per_file) {
            if !entries.is_empty() {
                let mut section = serde_json::Map::new();
                section.insert(key.to_owned(), Value::Array(entries));
                block(&Value::Object(section), 0, text);
            }
        }
    }
    // A file left with no entries would be an empty file, which is an error of its own.
    texts
        .into_iter()
        .enumerate()
        .filter(|(_, t)| t.lines().count() > 1)
        .map(|(i, t)| RawFile { path: format!("gen/part-{i}.yaml"), bytes: t.into_bytes() })
        .collect()
}

/// The same dataset with every list's entries in another order.
fn shuffled(d: &Dataset, order: &[Index]) -> Dataset {
    fn shuffle<T: Clone>(items: &[T], order: &[Index], salt: usize) -> Vec<T> {
        let mut keyed: Vec<(usize, usize, T)> = items
            .iter()
            .enumerate()
            .map(|(i, x)| (order.get((i + salt) % order.len().max(1)).map_or(i, |o| o.index(1_000)), i, x.clone()))
            .collect();
        keyed.sort_by_key(|(key, i, _)| (*key, *i));
        keyed.into_iter().map(|(_, _, x)| x).collect()
    }
    Dataset {
        regions: shuffle(&d.regions, order, 0),
        occupations: shuffle(&d.occupations, order, 1),
        credentials: shuffle(&d.credentials, order, 2),
        programs: shuffle(&d.programs, order, 3),
        steps: shuffle(&d.steps, order, 4),
        partners: shuffle(&d.partners, order, 5),
        wages: shuffle(&d.wages, order, 6),
    }
}

/// A route reduced to what does not depend on list order: where it ends and
/// its figures. Two routes with equal figures can take different programs, and
/// which of them is kept depends on order, so paths are not compared.
type Summary = (String, i64, i64, usize, i64, i64);

fn summaries(d: &Dataset, set: &RouteSet) -> Vec<Summary> {
    let engine = RouteEngine::new(PathwayGraph::build(d.clone()).expect("links up"));
    let graph = engine.graph();
    let cents = |x: f64| (x * 100.0).round() as i64;
    let mut out: Vec<Summary> = report(&graph, set)
        .iter()
        .zip(&set.routes)
        .map(|(r, route)| {
            let end = r.rungs.last().map(|g| g.occupation.clone()).unwrap_or_default();
            (
                end,
                cents(r.months),
                cents(r.cost),
                r.programs,
                cents(route.unpaid_months()),
                r.final_wage.map_or(-1, cents),
            )
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn generated_valid_data_checks_clean_and_routes_the_same_in_any_order(
        shape in shape(),
        queries in prop::collection::vec(query_spec(), 1..4),
        files in 1usize..4,
        placement in prop::collection::vec(any::<usize>(), 1..16),
        order in prop::collection::vec(any::<Index>(), 1..16),
    ) {
        let dataset = build(&shape);
        let mut k = 0;
        let mut place = || { k += 1; placement[k % placement.len()] };
        let written = files_of(&dataset, files, &mut place);
        let outcome = run_twice(written.clone(), queries.clone())?;
        prop_assert!(outcome.dataset.is_some(), "generated valid data has errors:\n{}", outcome.diagnostics.join("\n"));
        prop_assert_eq!(outcome.dataset.as_ref().map(|d| d.occupations.len()), Some(dataset.occupations.len()));

        // Another order: files reversed, entries placed differently and shuffled.
        let mut other = files_of(&shuffled(&dataset, &order), files + 1, &mut || { k += 3; placement[k % placement.len()] });
        other.reverse();
        let reordered = run_twice(other, queries.clone())?;
        let (Some(first), Some(second)) = (&outcome.dataset, &reordered.dataset) else {
            return Err(TestCaseError::fail(format!("reordered data has errors:\n{}", reordered.diagnostics.join("\n"))));
        };
        let messages = |o: &Outcome| {
            let mut m: Vec<String> = o.diagnostics.iter().map(|d| d.split_once(": ").map_or(d.clone(), |(_, rest)| rest.lines().next().unwrap_or("").to_owned())).collect();
            m.sort();
            m
        };
        prop_assert_eq!(messages(&outcome), messages(&reordered), "warnings differ with another order");
        for (q, a) in queries.iter().zip(&outcome.answers) {
            // Positions pick different ids in a shuffled list, so ask the
            // reordered data the query the first order asked, by id.
            let query = q.on(first);
            let b = bounded("routes on the reordered data", {
                let (second, query) = (second.clone(), query.clone());
                move || PathwayGraph::build(second).map(|g| RouteEngine::new(g).find_routes(&query).map_err(|e| e.to_string()))
            })?
            .map_err(|e| TestCaseError::fail(format!("reordered data does not link up: {e}")))?;
            match (a, &b) {
                (Ok(a), Ok(b)) => {
                    prop_assert_eq!(summaries(first, a), summaries(second, b), "routes differ with another order for {:?}", query);
                    prop_assert_eq!(a.blockers.len(), b.blockers.len(), "blockers differ with another order");
                }
                (Err(a), Err(b)) => prop_assert_eq!(a, b),
                _ => prop_assert!(false, "one order answered and the other refused: {:?} / {:?}", a, b),
            }
        }
    }
}

/// The generator does reach the route engine: over a fixed run, most
/// generated datasets give some route to a person with no job yet.
#[test]
fn generated_data_usually_has_routes() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = shape();
    let mut with_routes = 0;
    for _ in 0..40 {
        let dataset = build(&strategy.new_tree(&mut runner).expect("a shape").current());
        let engine = RouteEngine::new(PathwayGraph::build(dataset).expect("generated data links up"));
        let query = RouteQuery { region: Some(RegionId("gen".into())), ..RouteQuery::default() };
        if !engine.find_routes(&query).expect("the region exists").routes.is_empty() {
            with_routes += 1;
        }
    }
    assert!(with_routes >= 20, "only {with_routes} of 40 generated datasets have a route");
}
