//! Every committed wage equals the BLS OEWS extract it claims to come from:
//! the same area (the dataset's own, or the nation where the local figure was
//! suppressed and the entry says so), the same percentiles, the same employment.
//! The extract lives in ../shared/data beside the repository.

use pathway_authoring::check_files;
use pathway_model::model::{Percentiles, Wage};
use pathways_integration_tests::{read_yaml_dir, repo_root};
use std::collections::HashMap;

const NATIONAL: &str = "0000000";

type Row = HashMap<String, String>;

/// The extract's rows for the given areas, by (area, SOC).
fn extract(areas: &[&str]) -> HashMap<(String, String), Row> {
    let path = repo_root().join("../shared/data/oews-may2025-cross-industry.csv.gz");
    let file =
        std::fs::File::open(&path).unwrap_or_else(|e| panic!("the OEWS extract is needed at {}: {e}", path.display()));
    let mut reader = csv::Reader::from_reader(flate2::read::GzDecoder::new(file));
    let headers = reader.headers().expect("a header row").clone();
    let mut rows = HashMap::new();
    for record in reader.records() {
        let record = record.expect("a readable row");
        if !areas.contains(&record.get(0).unwrap_or_default()) {
            continue;
        }
        let row: Row = headers.iter().zip(record.iter()).map(|(h, v)| (h.to_owned(), v.to_owned())).collect();
        rows.insert((row["area_code"].clone(), row["soc_code"].clone()), row);
    }
    rows
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
    let report = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let data = report.dataset.expect("the committed data checks clean");
    let areas: HashMap<&str, &str> =
        data.regions.iter().filter_map(|r| r.oews_area.as_deref().map(|a| (r.id.as_str(), a))).collect();
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
