//! Every committed wage equals the BLS OEWS extract it claims to come from:
//! the same area (the dataset's own, or the nation where the local figure was
//! suppressed and the entry says so), the same percentiles, the same employment.
//! The rows compared against are committed in `tests/data/oews-may2025-extract.csv`,
//! cut from the full extract in ../shared/data as `tests/data/README.md` shows,
//! so the tests need nothing outside the repository.

use pathway_authoring::check_files;
use pathway_model::model::{Percentiles, Wage};
use pathway_model::Dataset;
use pathways_integration_tests::{read_yaml_dir, repo_root};
use std::collections::{HashMap, HashSet};

const NATIONAL: &str = "0000000";

/// The committed cut of the OEWS May 2025 extract, relative to the repository root.
const EXTRACT: &str = "tests/data/oews-may2025-extract.csv";

type Row = HashMap<String, String>;

/// Every row of the committed extract, in file order.
fn extract_rows() -> Vec<Row> {
    let path = repo_root().join(EXTRACT);
    let mut reader = csv::Reader::from_path(&path)
        .unwrap_or_else(|e| panic!("the OEWS extract is needed at {}: {e}", path.display()));
    let headers = reader.headers().expect("a header row").clone();
    reader
        .records()
        .map(|record| {
            let record = record.expect("a readable row");
            headers.iter().zip(record.iter()).map(|(h, v)| (h.to_owned(), v.to_owned())).collect()
        })
        .collect()
}

/// The extract's rows for the given areas, by (area, SOC).
fn extract(areas: &[&str]) -> HashMap<(String, String), Row> {
    extract_rows()
        .into_iter()
        .filter(|row| areas.contains(&row["area_code"].as_str()))
        .map(|row| ((row["area_code"].clone(), row["soc_code"].clone()), row))
        .collect()
}

/// The committed data, which must check clean.
fn committed() -> Dataset {
    check_files(&read_yaml_dir(&repo_root().join("pathways"))).dataset.expect("the committed data checks clean")
}

/// Each region's OEWS area, by region id.
fn region_areas(data: &Dataset) -> HashMap<&str, &str> {
    data.regions.iter().filter_map(|r| r.oews_area.as_deref().map(|a| (r.id.as_str(), a))).collect()
}

fn figure(row: &Row, column: &str) -> Option<f64> {
    row[column].trim().parse().ok()
}

fn same(label: &str, committed: &Percentiles, row: &Row, prefix: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, value) in committed.named() {
        let column = format!("{prefix}_{name}");
        let published = figure(row, &column);
        if value != published {
            problems.push(format!("{label}: {column} is {value:?}, OEWS has {published:?}"));
        }
    }
    problems
}

#[test]
fn every_committed_wage_matches_the_oews_extract() {
    let data = committed();
    let areas = region_areas(&data);
    let mut wanted: Vec<&str> = areas.values().copied().collect();
    wanted.push(NATIONAL);
    let rows = extract(&wanted);
    let mut problems = Vec::new();
    for wage in &data.wages {
        let Wage { soc, region, area, national_fallback, .. } = wage;
        let region = region.as_ref().map(|r| r.as_str()).unwrap_or_default();
        let label = format!("{region} {soc}");
        let Some(home) = areas.get(region) else {
            problems.push(format!("{label}: region has no oews_area"));
            continue;
        };
        let expected_area = if *national_fallback { NATIONAL } else { home };
        if area.as_deref() != Some(expected_area) {
            problems.push(format!("{label}: area is {area:?}, expected {expected_area}"));
            continue;
        }
        if *national_fallback {
            let local = rows.get(&(home.to_string(), soc.clone()));
            if local.is_some_and(|r| figure(r, "hourly_median").is_some() || figure(r, "annual_median").is_some()) {
                problems.push(format!("{label}: marked national fallback, but the area publishes a median"));
            }
        }
        let Some(row) = rows.get(&(expected_area.to_owned(), soc.clone())) else {
            problems.push(format!("{label}: OEWS has no row for area {expected_area}"));
            continue;
        };
        problems.extend(same(&label, &wage.hourly, row, "hourly"));
        problems.extend(same(&label, &wage.annual, row, "annual"));
        if wage.employment != figure(row, "employment") {
            problems.push(format!("{label}: employment {:?} differs from OEWS", wage.employment));
        }
        if wage.year != Some(2025) || !wage.source.as_deref().unwrap_or_default().contains("OEWS") {
            problems.push(format!("{label}: source and year must name OEWS May 2025"));
        }
    }
    assert!(!data.wages.is_empty());
    assert!(problems.is_empty(), "{} wage problems:\n{}", problems.len(), problems.join("\n"));
}

/// The committed extract holds a row for every (area, SOC) a committed wage is
/// compared against, and nothing the cut in `tests/data/README.md` would not
/// take (a region's area or the nation, for a SOC code that region has a wage
/// for), one row per pair, sorted by area then SOC. Change the wages, recut the
/// extract.
#[test]
fn the_committed_extract_holds_every_row_the_wages_need() {
    let data = committed();
    let areas = region_areas(&data);
    let mut needed = HashSet::new();
    let mut allowed = HashSet::new();
    let mut problems = Vec::new();
    for wage in &data.wages {
        let region = wage.region.as_ref().map(|r| r.as_str()).unwrap_or_default();
        let Some(&home) = areas.get(region) else {
            problems.push(format!("{region} {}: region has no oews_area", wage.soc));
            continue;
        };
        let compared = if wage.national_fallback { NATIONAL } else { home };
        needed.insert((compared.to_owned(), wage.soc.clone()));
        allowed.insert((home.to_owned(), wage.soc.clone()));
        allowed.insert((NATIONAL.to_owned(), wage.soc.clone()));
    }
    let keys: Vec<(String, String)> =
        extract_rows().into_iter().map(|row| (row["area_code"].clone(), row["soc_code"].clone())).collect();
    let held: HashSet<_> = keys.iter().cloned().collect();
    let mut missing: Vec<_> = needed.difference(&held).collect();
    missing.sort();
    problems.extend(missing.into_iter().map(|(area, soc)| format!("no row for area {area}, SOC {soc}")));
    let mut extra: Vec<_> = held.difference(&allowed).collect();
    extra.sort();
    problems.extend(extra.into_iter().map(|(area, soc)| format!("row for area {area}, SOC {soc} that no wage needs")));
    for pair in keys.windows(2) {
        if pair[0] >= pair[1] {
            problems.push(format!("rows out of order or repeated: {:?} then {:?}", pair[0], pair[1]));
        }
    }
    assert!(!data.wages.is_empty());
    assert!(
        problems.is_empty(),
        "{EXTRACT} and the committed wages disagree; recut it as tests/data/README.md shows:\n{}",
        problems.join("\n")
    );
}
