//! The hostile but valid dataset in `tests/corpus/hostile-valid`: markup and
//! script in every free-text field, right-to-left, combining-mark and emoji
//! text, text at the longest a field may be, figures at the edges the checker
//! accepts, and a ladder of 200 rungs. It must check with no problem at all,
//! keep every text verbatim, and build into the bundle the site's tests load:
//!
//! ```sh
//! pathways build tests/corpus/hostile-valid -o site/dist/pathways.json
//! ```
//!
//! A person starts at the entry role `hostile-entry`.

use pathway_authoring::check_files;
use pathway_authoring::validate::{MAX_ANNUAL, MAX_COST, MAX_HOURLY, MAX_MONTHS, MAX_TEXT_CHARS};
use pathway_model::bundle::{region_file, Bundle, BundleIndex};
use pathway_model::{Dataset, OccupationId, PathwayGraph};
use pathway_routes::{BlockerKind, RouteEngine, RouteQuery, MAX_RUNGS};
use pathways_integration_tests::{pathways_binary, read_yaml_dir, repo_root, text_values};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

const DIR: &str = "tests/corpus/hostile-valid";

/// The entry role a person starts from, and the top of the long ladder.
const ENTRY: &str = "hostile-entry";
const LADDER_TOP: &str = "rung-200";

fn checked() -> Dataset {
    let report = check_files(&read_yaml_dir(&repo_root().join(DIR)));
    let problems: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{DIR} must check with no errors and no warnings:\n{}", problems.join("\n"));
    report.dataset.expect("clean data")
}

#[test]
fn every_text_field_holds_markup_and_keeps_it() {
    let dataset = checked();
    let values = text_values(&dataset);
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
    for field in every {
        let scripted = values.iter().any(|(f, v)| f == field && (v.contains("<script>") || v.contains("javascript:")));
        let marked = values.iter().any(|(f, v)| f == field && v.contains('<'));
        assert!(scripted || marked, "no `{field}` holds markup");
    }
    let fields: BTreeSet<&str> = values.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(fields, BTreeSet::from(every), "a kind of text field is missing from {DIR}");
    let entry = dataset.occupations.iter().find(|o| o.id.as_str() == ENTRY).expect("the entry role");
    assert!(entry.title.starts_with("Entry role <script>alert('entry title')</script> ممرض"), "{}", entry.title);
}

#[test]
fn it_has_long_right_to_left_and_combining_text() {
    let values = text_values(&checked());
    let longest = values.iter().map(|(_, v)| v.chars().count()).max().unwrap_or(0);
    assert!(longest > MAX_TEXT_CHARS - 200 && longest <= MAX_TEXT_CHARS, "the longest text has {longest} characters");
    let has = |test: fn(char) -> bool| values.iter().any(|(_, v)| v.chars().any(test));
    assert!(has(|c| ('\u{0590}'..='\u{05FF}').contains(&c)), "no Hebrew");
    assert!(has(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "no Arabic");
    assert!(has(|c| ('\u{0300}'..='\u{036F}').contains(&c)), "no combining marks");
    assert!(has(|c| c == '\u{200D}'), "no zero-width joiner sequences");
}

#[test]
fn figures_sit_at_the_edges_the_checker_accepts() {
    let d = checked();
    let hourly: Vec<f64> = d.wages.iter().flat_map(|w| w.hourly.named()).filter_map(|(_, x)| x).collect();
    let annual: Vec<f64> = d.wages.iter().flat_map(|w| w.annual.named()).filter_map(|(_, x)| x).collect();
    assert!(hourly.contains(&MAX_HOURLY) && hourly.contains(&0.01), "{hourly:?}");
    assert!(annual.contains(&MAX_ANNUAL) && annual.contains(&0.01), "{annual:?}");
    let costs: Vec<f64> = d.programs.iter().map(|p| p.cost).collect();
    assert!(costs.contains(&MAX_COST) && costs.contains(&0.0), "{costs:?}");
    assert!(d.programs.iter().any(|p| p.months == MAX_MONTHS) && d.programs.iter().any(|p| p.months == 0.01));
    assert!(d.steps.iter().any(|s| s.experience_months == MAX_MONTHS));
}

/// The 200-rung ladder is climbed as far as [`MAX_RUNGS`]; the answer says it
/// goes higher, and asked for the top it names the ladder's length.
#[test]
fn the_long_ladder_is_climbed_to_the_rung_limit() {
    let engine = RouteEngine::new(PathwayGraph::build(checked()).expect("links up"));
    let graph = engine.graph();
    let everywhere = RouteQuery { start: Some(OccupationId(ENTRY.into())), ..RouteQuery::default() };
    let set = engine.find_routes(&everywhere).expect("the ids exist");
    assert!(set.beyond_rung_limit);
    let reached: BTreeSet<String> =
        set.routes.iter().map(|r| graph.occupation(r.destination()).id.to_string()).collect();
    for rung in 1..=MAX_RUNGS {
        assert!(reached.contains(&format!("rung-{rung}")), "rung-{rung} is reached");
    }
    assert!(!reached.contains(&format!("rung-{}", MAX_RUNGS + 1)));
    assert!(set.routes.iter().all(|r| r.rungs.len() <= MAX_RUNGS));

    let top = RouteQuery { target: Some(OccupationId(LADDER_TOP.into())), ..everywhere };
    let set = engine.find_routes(&top).expect("the ids exist");
    assert!(set.routes.is_empty());
    assert!(
        set.blockers.iter().any(|b| b.kind == BlockerKind::LadderLength { max_rungs: MAX_RUNGS }),
        "{:?}",
        set.blockers
    );
}

/// `pathways build` writes the files the site loads (the index and the
/// region's bundle), and the site's reading of them routes as the data does.
#[test]
fn pathways_build_writes_the_bundle() {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-valid");
    let _ = std::fs::remove_dir_all(&folder);
    let out = folder.join("pathways.json");
    let run = Command::new(pathways_binary())
        .args(["build", DIR, "-o"])
        .arg(&out)
        .current_dir(repo_root())
        .output()
        .expect("pathways runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("ok: 0 errors, 0 warnings in 4 files"), "{stderr}");
    let index = BundleIndex::parse(&std::fs::read_to_string(&out).expect("the index is written"))
        .expect("the site can read the index");
    assert_eq!(index.len(), 1, "one region");
    assert!(index[0].name.contains("<script>alert('region name')</script>"), "the index keeps markup as text");
    let text = std::fs::read_to_string(folder.join(region_file(&index[0].id))).expect("the region's bundle is written");
    assert!(text.contains("<script>alert('entry title')</script>"), "the bundle keeps markup as text");
    let site = Bundle::parse(&text).expect("the site can read the bundle");
    let data = PathwayGraph::build(checked()).expect("the dataset builds");
    assert_eq!(site.dataset().occupations.len(), data.dataset().occupations.len());
    let query = RouteQuery { start: Some(OccupationId("hostile-entry".into())), ..RouteQuery::default() };
    let routes = |g: &PathwayGraph| -> Vec<(String, usize, u64, u64)> {
        let set = RouteEngine::new(g.clone()).find_routes(&query).expect("the ids exist");
        set.routes
            .iter()
            .map(|r| {
                (g.occupation(r.destination()).id.to_string(), r.rungs.len(), r.months.to_bits(), r.cost.to_bits())
            })
            .collect()
    };
    assert_eq!(routes(&site), routes(&data), "the site's copy routes as the data does");
}
