//! The bad corpus: every case in `tests/corpus/bad` is checked on its own, the
//! way `pathways check` would check a folder holding only that case, and must
//! report what `tests/corpus/bad/expected.txt` says, at the place it says,
//! without panicking. A few cases also go through the real `pathways` binary.

use pathway_authoring::load::RawFile;
use pathway_authoring::{check_files, CheckReport, Diagnostic};
use pathways_integration_tests::{pathways_binary, read_yaml_dir, repo_root, text_values};
use std::collections::{BTreeMap, BTreeSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The corpus folder, relative to the repository root (and so in every path shown).
const BAD: &str = "tests/corpus/bad";

/// One line of `expected.txt`.
#[derive(Debug)]
struct Expected {
    /// The line of `expected.txt`, for messages.
    at: usize,
    case: String,
    generated: bool,
    /// The file the problem is in, relative to the repository root; empty for a clean case.
    file: String,
    line: Option<usize>,
    message: String,
    help: Option<String>,
}

impl Expected {
    fn is_clean(&self) -> bool {
        self.message == "clean"
    }

    fn matches(&self, d: &Diagnostic) -> bool {
        d.is_error()
            && d.message.contains(&self.message)
            && d.location.file == self.file
            && d.location.line == self.line
            && self.help.as_ref().is_none_or(|h| d.help.as_deref().unwrap_or("").contains(h.as_str()))
    }
}

fn manifest() -> Vec<Expected> {
    let path = repo_root().join(BAD).join("expected.txt");
    let text = std::fs::read_to_string(&path).expect("tests/corpus/bad/expected.txt is readable");
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split(" | ").map(str::trim).collect();
        assert!((3..=4).contains(&fields.len()), "expected.txt:{}: want CASE | LOCATION | MESSAGE [| HELP]", n + 1);
        let (case, generated) = match fields[0].strip_suffix("(generated)") {
            Some(case) => (case.trim().to_owned(), true),
            None => (fields[0].to_owned(), false),
        };
        let (file, line_no) = match fields[1] {
            "-" => (String::new(), None),
            location => match location.rsplit_once(':') {
                Some((file, l)) => {
                    let l =
                        l.parse().unwrap_or_else(|_| panic!("expected.txt:{}: bad line number in {location}", n + 1));
                    (format!("{BAD}/{file}"), Some(l))
                }
                None => (format!("{BAD}/{location}"), None),
            },
        };
        out.push(Expected {
            at: n + 1,
            case,
            generated,
            file,
            line: line_no,
            message: fields[2].to_owned(),
            help: fields.get(3).map(|h| (*h).to_owned()),
        });
    }
    out
}

/// The files of a case too big or too odd to commit, written at run time, with
/// paths relative to the repository root.
fn generated(case: &str) -> Vec<RawFile> {
    let file = |bytes: Vec<u8>| vec![RawFile { path: format!("{BAD}/{case}"), bytes }];
    match case {
        "14-five-megabytes.yaml" => {
            let size = 5 * 1024 * 1024;
            let mut text = String::from("# Generated: 5 MB of occupations, beyond the 2 MB a pathway file may have.\nregion: balt\noccupations:\n");
            let mut i = 0;
            while text.len() < size - 100 {
                text.push_str(&format!("  - {{id: occupation-{i}, soc: 31-1131, title: Occupation number {i}}}\n"));
                i += 1;
            }
            text.push_str(&"#".repeat(size - text.len() - 1));
            text.push('\n');
            assert_eq!(text.len(), size);
            file(text.into_bytes())
        }
        "15-deep-nesting.yaml" => {
            // 100,000 nested flow mappings; the YAML scanner is quadratic in this depth.
            let n = 100_000;
            file(
                format!(
                    "# Generated: {n} nested flow mappings.\nregion: balt\noccupations:\n  - {}1{}\n",
                    "{a: ".repeat(n),
                    "}".repeat(n)
                )
                .into_bytes(),
            )
        }
        "35-ladder-broken-at-rung-9999/" => ladder(case, LADDER_RUNGS, Some(Break::UnknownStepTarget)),
        "36-ladder-cycle-at-rung-9999/" => ladder(case, LADDER_RUNGS, Some(Break::PrerequisiteCycle)),
        "37-ladder-of-10000-rungs/" => ladder(case, LADDER_RUNGS, None),
        "48-enormous-string.yaml" => {
            // A pasted blob just under the 2 MB file limit, as one line of one field.
            let blob = "Lorem ipsum <b>dolor</b> sit amet. ".repeat(1_900_000 / 35);
            let text = format!(
                "# Generated: a description of {} characters on one line.\nregions:\n  - id: balt\n    name: Baltimore\nregion: balt\noccupations:\n  - id: aide\n    soc: 31-1131\n    title: Aide\n    description: {blob}\n    entry: true\n",
                blob.len()
            );
            file(text.into_bytes())
        }
        "49-deep-block-nesting.yaml" => {
            // Block nesting has no brackets to count; 100,000 levels of `- ` in a keyword.
            let n = 100_000;
            file(format!("# Generated: {n} nested block lists.\nregion: balt\noccupations:\n  - id: a\n    soc: 31-1131\n    title: A\n    keywords:\n      {}x\n", "- ".repeat(n)).into_bytes())
        }
        "50-twenty-thousand-credentials-in-one-list.yaml" => {
            // One program awarding, and one occupation requiring, 20,000 credentials:
            // the route engine's plan search overflowed its stack on this input.
            let n = 20_000;
            let all: Vec<String> = (0..n).map(|i| format!("c-{i}")).collect();
            let mut text = format!("# Generated: lists of {n} credentials.\nregions:\n  - {{id: balt, name: Baltimore}}\nregion: balt\npartners:\n  - {{id: p, name: P, roles: [education-provider]}}\ncredentials:\n");
            for c in &all {
                text.push_str(&format!("  - {{id: {c}, name: N, kind: certificate}}\n"));
            }
            let list = all.join(", ");
            text.push_str(&format!("occupations:\n  - {{id: aide, soc: 31-1131, title: Aide, entry: true}}\n  - {{id: top, soc: 31-1131, title: Top, requires: [{list}]}}\n"));
            text.push_str(&format!("programs:\n  - {{id: all-in-one, name: All, kind: college, provider: p, months: 1, cost: 0, schedule: [day], awards: [{list}], source: {{citation: C, date: '2025'}}}}\n"));
            text.push_str("steps:\n  - {to: aide}\n  - {from: aide, to: top}\nwages:\n  - {soc: 31-1131, annual: {median: 40000}, source: BLS, year: 2025}\n");
            file(text.into_bytes())
        }
        other => {
            panic!("expected.txt marks {other} as generated but the test has no generator for it")
        }
    }
}

/// How many occupations the generated ladders have.
const LADDER_RUNGS: usize = 10_000;

/// What is wrong at the far end of a generated ladder.
#[derive(Clone, Copy)]
enum Break {
    /// The step to the last rung names `0-9999` (zero for the letter o).
    UnknownStepTarget,
    /// The next-to-last program requires the last credential instead of the one before it.
    PrerequisiteCycle,
}

/// A ladder of `rungs` occupations `o-0` … `o-(rungs-1)`: each rung above the
/// first requires credential `c-i`, earned by program `g-i`, which requires
/// `c-(i-1)`. One entry per line, in files small enough to pass the 2 MB limit.
/// Credential `c-i` and program `g-i` are on line `3 + i` of their files, and
/// the step up to `o-i` on line `4 + i` (the first job `o-0` is on line 4).
fn ladder(case: &str, rungs: usize, broken: Option<Break>) -> Vec<RawFile> {
    let last = rungs - 1;
    let head = |what: &str| format!("# Generated: {what} of a ladder of {rungs} rungs.\nregion: r\n");
    let mut region = head("the region, provider and wage");
    region.push_str("regions:\n  - {id: r, name: Ladder town}\npartners:\n  - {id: p, name: Provider, roles: [education-provider]}\n");
    region.push_str("wages:\n  - {soc: 31-1131, annual: {median: 40000}, source: BLS OEWS May 2025, year: 2025}\n");
    let mut credentials = head("the credentials") + "credentials:\n";
    let mut occupations =
        head("the occupations") + "occupations:\n  - {id: o-0, soc: 31-1131, title: Rung 0, entry: true}\n";
    let mut programs = head("the programs") + "programs:\n";
    let mut steps = head("the steps") + "steps:\n  - {to: o-0}\n";
    for i in 1..rungs {
        credentials.push_str(&format!("  - {{id: c-{i}, name: Credential {i}, kind: certificate}}\n"));
        occupations.push_str(&format!("  - {{id: o-{i}, soc: 31-1131, title: Rung {i}, requires: [c-{i}]}}\n"));
        let requires = match (broken, i) {
            (Some(Break::PrerequisiteCycle), i) if i == last - 1 => {
                format!(", requires: [c-{last}]")
            }
            (_, 1) => String::new(),
            (_, i) => format!(", requires: [c-{}]", i - 1),
        };
        programs.push_str(&format!(
            "  - {{id: g-{i}, name: Program {i}, kind: college, provider: p, months: 1, cost: 10, schedule: [evening]{requires}, awards: [c-{i}], source: {{citation: Catalog, date: '2025'}}}}\n"
        ));
        let to = match broken {
            Some(Break::UnknownStepTarget) if i == last => format!("0-{last}"),
            _ => format!("o-{i}"),
        };
        steps.push_str(&format!("  - {{from: o-{}, to: {to}}}\n", i - 1));
    }
    [
        ("region.yaml", region),
        ("credentials.yaml", credentials),
        ("occupations.yaml", occupations),
        ("programs.yaml", programs),
        ("steps.yaml", steps),
    ]
    .into_iter()
    .map(|(name, text)| RawFile { path: format!("{BAD}/{case}{name}"), bytes: text.into_bytes() })
    .collect()
}

/// The files of one case, with paths relative to the repository root.
fn case_files(case: &str, generated_case: bool) -> Vec<RawFile> {
    let path = repo_root().join(BAD).join(case);
    if generated_case {
        generated(case)
    } else if case.ends_with('/') {
        let files = read_yaml_dir(&path);
        assert!(!files.is_empty(), "{case} holds no .yaml files");
        files
    } else {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        vec![RawFile { path: format!("{BAD}/{case}"), bytes }]
    }
}

/// The cases in `expected.txt`, in order, with their expectations.
fn cases() -> BTreeMap<String, Vec<Expected>> {
    let mut cases: BTreeMap<String, Vec<Expected>> = BTreeMap::new();
    for e in manifest() {
        cases.entry(e.case.clone()).or_default().push(e);
    }
    cases
}

fn check(case: &str, generated_case: bool) -> Result<CheckReport, String> {
    let files = case_files(case, generated_case);
    catch_unwind(AssertUnwindSafe(|| check_files(&files))).map_err(|panic| {
        let text = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default();
        format!("{case}: check_files panicked: {text}")
    })
}

fn dump(report: &CheckReport) -> String {
    report.diagnostics.iter().map(|d| format!("    {d}\n")).collect()
}

#[test]
fn every_case_is_listed_and_every_listed_case_exists() {
    let cases = cases();
    assert!(cases.len() >= 40, "the corpus should have at least 40 cases, it has {}", cases.len());
    let on_disk: BTreeSet<String> = std::fs::read_dir(repo_root().join(BAD))
        .expect("the corpus folder is readable")
        .map(|e| e.expect("folder entry"))
        .filter(|e| e.file_name() != "expected.txt" && !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if e.path().is_dir() {
                format!("{name}/")
            } else {
                name
            }
        })
        .collect();
    let listed: BTreeSet<String> = cases.iter().filter(|(_, es)| !es[0].generated).map(|(c, _)| c.clone()).collect();
    let unlisted: Vec<&String> = on_disk.difference(&listed).collect();
    let missing: Vec<&String> = listed.difference(&on_disk).collect();
    assert!(unlisted.is_empty(), "cases with no line in expected.txt: {unlisted:?}");
    assert!(missing.is_empty(), "cases in expected.txt that are not in {BAD}: {missing:?}");
    for (case, es) in &cases {
        if es.iter().any(|e| e.generated) {
            assert!(!on_disk.contains(case), "{case} is generated at run time and must not be committed");
            assert!(es.iter().all(|e| e.generated), "{case}: mark every line (generated) or none");
        }
    }
}

#[test]
fn every_bad_case_reports_its_expected_problem() {
    let mut failures = Vec::new();
    for (case, expected) in cases() {
        let started = std::time::Instant::now();
        let report = match check(&case, expected[0].generated) {
            Ok(report) => report,
            Err(panic) => {
                failures.push(panic);
                continue;
            }
        };
        // The largest cases (the 3 MB ladders) take about 4 s in a debug build;
        // the bound catches work that grows faster than the input, not a busy machine.
        if started.elapsed().as_secs() >= 60 {
            failures.push(format!("{case}: checking took {:?}", started.elapsed()));
        }
        for e in &expected {
            if e.is_clean() {
                if report.diagnostics.has_errors() || report.dataset.is_none() {
                    failures.push(format!("{case} (expected.txt:{}): must check clean, got:\n{}", e.at, dump(&report)));
                }
                continue;
            }
            if !report.diagnostics.has_errors() || report.dataset.is_some() {
                failures.push(format!("{case}: no error at all, got:\n{}", dump(&report)));
            }
            if !report.diagnostics.iter().any(|d| e.matches(d)) {
                let place = match e.line {
                    Some(line) => format!("{}:{line}", e.file),
                    None => format!("{} (no line)", e.file),
                };
                failures.push(format!(
                    "{case} (expected.txt:{}): no error containing {:?}{} at {place}; got:\n{}",
                    e.at,
                    e.message,
                    e.help.as_ref().map(|h| format!(" with help containing {h:?}")).unwrap_or_default(),
                    dump(&report)
                ));
            }
        }
        // Every diagnostic points into the case's own files and renders without panicking.
        for d in report.diagnostics.iter() {
            if !d.location.file.starts_with(&format!("{BAD}/")) {
                failures.push(format!("{case}: diagnostic outside the case: {d}"));
            }
            let _ = d.to_string();
        }
    }
    assert!(failures.is_empty(), "{} problem(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn html_and_script_in_text_fields_are_kept_verbatim() {
    let report = check("25-html-in-text.yaml", false).expect("no panic");
    assert!(!report.diagnostics.has_errors(), "{}", dump(&report));
    let dataset = report.dataset.expect("clean data");
    let aide = dataset.occupations.iter().find(|o| o.id.as_str() == "dietary-aide").expect("dietary-aide");
    assert_eq!(aide.title, "Dietary aide <b>(nights)</b>");
    assert_eq!(
        aide.description.as_deref(),
        Some("<script>alert('x')</script> Prepares & serves meals; see <a href=\"javascript:alert(1)\">menu</a>")
    );
    assert_eq!(aide.keywords, ["<img src=x onerror=alert(1)>", "dietary & nutrition"]);

    // Every kind of free-text field holds markup in 38, and keeps it.
    let report = check("38-html-in-every-text-field.yaml", false).expect("no panic");
    let dataset = report.dataset.expect("clean data");
    let values = text_values(&dataset);
    let fields: BTreeSet<&str> = values.iter().map(|(field, _)| field.as_str()).collect();
    let every = [
        "area",
        "citation",
        "description",
        "eligibility",
        "issuer",
        "keywords",
        "name",
        "note",
        "oews_area",
        "onet",
        "source",
        "title",
        "url",
    ];
    assert_eq!(fields, BTreeSet::from(every), "the case misses a kind of text field");
    for (field, value) in &values {
        let plain = ["Nursing assistant", "BLS OEWS May 2024"].contains(&value.as_str());
        assert!(plain || value.contains('<') || value.contains("${"), "{field}: {value:?} lost its markup");
    }
    let note = dataset.steps[0].note.as_deref();
    assert_eq!(note, Some("<script>alert('first-job note')</script>"));
}

#[test]
fn checking_is_quick_even_for_the_pathological_cases() {
    for case in
        ["14-five-megabytes.yaml", "15-deep-nesting.yaml", "48-enormous-string.yaml", "49-deep-block-nesting.yaml"]
    {
        let started = std::time::Instant::now();
        check(case, true).expect("no panic");
        assert!(started.elapsed().as_secs() < 5, "{case} took {:?}", started.elapsed());
    }

    let started = std::time::Instant::now();
    check("18-alias-repetition.yaml", false).expect("no panic");
    assert!(started.elapsed().as_secs() < 5, "the alias case took {:?}", started.elapsed());
}

/// The route engine climbs the valid ladder as far as [`MAX_RUNGS`] and says
/// that it stopped there: every rung's route repeats the rungs below it, so
/// following all 9,999 would build some fifty million rungs. Asked for the
/// top, it names the ladder's length as what stands in the way. Before
/// relevance was settled one component at a time such a query ran for
/// minutes; the bound is a hang detector, not a speed target.
#[test]
fn the_ten_thousand_rung_ladder_is_followed_to_the_rung_limit() {
    use pathway_model::{OccupationId, PathwayGraph};
    use pathway_routes::{BlockerKind, RouteEngine, RouteQuery, MAX_RUNGS};
    let report = check("37-ladder-of-10000-rungs/", true).expect("no panic");
    let dataset = report.dataset.expect("the valid ladder checks clean");
    let started = std::time::Instant::now();
    let engine = RouteEngine::new(PathwayGraph::build(dataset).expect("the ladder links up"));
    let graph = engine.graph();
    let everywhere = RouteQuery { start: Some(OccupationId("o-0".into())), ..RouteQuery::default() };
    let set = engine.find_routes(&everywhere).expect("the ids exist");
    assert!(set.beyond_rung_limit, "the answer says the ladder goes higher");
    assert_eq!(set.routes.len(), MAX_RUNGS, "one route to each of the first {MAX_RUNGS} rungs");
    let longest = set.routes.iter().max_by_key(|r| r.rungs.len()).expect("routes");
    assert_eq!(longest.rungs.len(), MAX_RUNGS);
    assert_eq!(graph.occupation(longest.destination()).id.as_str(), format!("o-{MAX_RUNGS}"));

    let top = RouteQuery { target: Some(OccupationId(format!("o-{}", LADDER_RUNGS - 1))), ..everywhere };
    let set = engine.find_routes(&top).expect("the ids exist");
    assert!(set.routes.is_empty());
    assert!(
        set.blockers.iter().any(|b| b.kind == BlockerKind::LadderLength { max_rungs: MAX_RUNGS }),
        "the ladder's length is named: {:?}",
        set.blockers
    );
    assert!(started.elapsed().as_secs() < 60, "routing took {:?}", started.elapsed());
}

// ---------------------------------------------------------------- the real binary

/// Runs `pathways check DIR` from the repository root; returns the exit code and stderr.
fn run_check(dir: &Path) -> (Option<i32>, String) {
    let out =
        Command::new(pathways_binary()).arg("check").arg(dir).current_dir(repo_root()).output().expect("pathways runs");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A folder holding only `case`, as an author's folder would.
fn folder_with(case: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad-corpus-cli").join(case.trim_end_matches(".yaml"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary folder");
    std::fs::copy(repo_root().join(BAD).join(case), dir.join(case)).expect("copy the case");
    dir
}

/// Asserts `stderr` has `file:line:col: error: message` for the expected problem,
/// with the column the core reports.
#[track_caller]
fn assert_reported(stderr: &str, shown_file: &str, e: &Expected, report: &CheckReport) {
    let d = report.diagnostics.iter().find(|d| e.matches(d)).expect("the core reports it");
    let line = e.line.expect("a case with a line");
    let column = d.location.column.unwrap_or(1);
    let head = format!("{shown_file}:{line}:{column}: error: ");
    let found = stderr.lines().any(|l| l.starts_with(&head) && l.contains(&e.message));
    assert!(found, "stderr lacks `{head}…{}`:\n{stderr}", e.message);
}

#[test]
fn the_cli_prints_file_line_column_and_exits_1() {
    let cases = cases();
    for case in ["01-unclosed-bracket.yaml", "08-unknown-references.yaml", "13-binary-garbage.yaml"] {
        let dir = folder_with(case);
        let (code, stderr) = run_check(&dir);
        assert_eq!(code, Some(1), "{case}: exit code; stderr:\n{stderr}");
        let report = check(case, false).expect("no panic");
        let shown = dir.join(case).display().to_string();
        for e in &cases[case] {
            assert_reported(&stderr, &shown, e, &report);
        }
    }
    // A folder case, named relative to the repository root as an author would type it.
    let case = "09-duplicate-ids/";
    let (code, stderr) = run_check(Path::new(&format!("{BAD}/{case}")));
    assert_eq!(code, Some(1), "{case}: exit code; stderr:\n{stderr}");
    let report = check(case, false).expect("no panic");
    for e in &cases[case] {
        assert_reported(&stderr, &e.file, e, &report);
    }
    // Control and invisible characters from the data reach the terminal as code points.
    for case in ["39-invisible-and-full-width-ids.yaml", "40-direction-override-in-text.yaml"] {
        let (code, stderr) = run_check(&folder_with(case));
        assert_eq!(code, Some(1), "{case}: exit code; stderr:\n{stderr}");
        let raw: Vec<char> =
            stderr.chars().filter(|&c| pathway_authoring::diagnostics::is_hidden(c) && c != '\n').collect();
        assert!(raw.is_empty(), "{case}: the report prints {raw:?} as is:\n{stderr}");
        assert!(stderr.contains("<U+202E>"), "{case}: the override is not shown:\n{stderr}");
    }
    // And the valid case passes.
    let dir = folder_with("25-html-in-text.yaml");
    let (code, stderr) = run_check(&dir);
    assert_eq!(code, Some(0), "25-html-in-text.yaml must check clean; stderr:\n{stderr}");
}

/// A reader that stops early (`pathways export … | head`) ends the output
/// quietly: exit 0 and no panic message.
#[test]
fn a_reader_that_stops_early_is_not_a_panic() {
    use std::io::Read;
    let mut child = Command::new(pathways_binary())
        .args(["export", "pathways"])
        .current_dir(repo_root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("pathways runs");
    let mut first = [0u8; 16];
    child.stdout.take().expect("piped").read_exact(&mut first).expect("some output");
    let out = child.wait_with_output().expect("pathways ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}
