//! `pathways wages import`: writes a region's wage file from the BLS OEWS
//! extract, with the source, release and area on every figure.

use flate2::read::GzDecoder;
use pathway_model::model::{PathwayFile, Percentiles, Wage};
use pathway_model::RegionId;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// The OEWS area code of the national estimates.
const NATIONAL_AREA: &str = "0000000";

/// What to import.
pub struct ImportRequest {
    /// OEWS area code.
    pub area: String,
    /// Region id in the pathway data.
    pub region: String,
    /// SOC codes.
    pub soc: Vec<String>,
    /// Release name, such as "May 2025".
    pub release: String,
    /// Reference year.
    pub year: u16,
}

type Row = HashMap<String, String>;

fn open(path: &Path) -> Result<Box<dyn Read>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open `{}`: {e}", path.display()))?;
    if path.extension().is_some_and(|e| e == "gz") {
        Ok(Box::new(GzDecoder::new(file)))
    } else {
        Ok(Box::new(file))
    }
}

fn number(row: &Row, column: &str) -> Option<f64> {
    row.get(column).and_then(|v| v.trim().parse::<f64>().ok())
}

fn percentiles(row: &Row, prefix: &str) -> Percentiles {
    Percentiles {
        p10: number(row, &format!("{prefix}_p10")),
        p25: number(row, &format!("{prefix}_p25")),
        median: number(row, &format!("{prefix}_median")),
        p75: number(row, &format!("{prefix}_p75")),
        p90: number(row, &format!("{prefix}_p90")),
    }
}

/// The broad code BLS publishes in place of a detailed one it combines with
/// its neighbours: the last digit zeroed (31-1122 → 31-1120).
fn combined_code(soc: &str) -> Option<String> {
    let (head, last) = soc.split_at(soc.len().checked_sub(1)?);
    (last != "0" && soc.len() == 7).then(|| format!("{head}0"))
}

/// Runs the import; returns `Ok(false)`, writing nothing, when some SOC code
/// has no figures at all.
pub fn run(oews: &Path, request: &ImportRequest, output: Option<&Path>) -> Result<bool, String> {
    let mut reader = csv::Reader::from_reader(open(oews)?);
    let headers = reader.headers().map_err(|e| format!("`{}` is not an OEWS CSV: {e}", oews.display()))?.clone();
    let mut local: HashMap<String, Row> = HashMap::new();
    let mut national: HashMap<String, Row> = HashMap::new();
    let mut combined: HashMap<String, String> = HashMap::new();
    let mut area_name = None;
    for record in reader.records() {
        let record = record.map_err(|e| format!("`{}`: {e}", oews.display()))?;
        let row: Row = headers.iter().zip(record.iter()).map(|(h, v)| (h.to_owned(), v.to_owned())).collect();
        let (Some(area), Some(soc)) = (row.get("area_code"), row.get("soc_code")) else {
            continue;
        };
        if !request.soc.contains(soc) {
            // A detailed code BLS publishes only combined (31-1122 inside 31-1120)
            // is kept aside, so a failure can name the code to use instead.
            let wanted_combined = request.soc.iter().any(|w| combined_code(w).as_deref() == Some(soc.as_str()));
            if wanted_combined && (*area == request.area || area == NATIONAL_AREA) {
                combined.insert(soc.clone(), row.get("occupation_title").cloned().unwrap_or_default());
            }
            continue;
        }
        if *area == request.area {
            area_name = row.get("area_name").cloned();
            local.insert(soc.clone(), row);
        } else if area == NATIONAL_AREA {
            national.insert(soc.clone(), row);
        }
    }
    let area_name = area_name.unwrap_or_else(|| request.area.clone());
    let mut wages = Vec::new();
    let mut complete = true;
    for soc in &request.soc {
        let local_row =
            local.get(soc).filter(|r| number(r, "hourly_median").is_some() || number(r, "annual_median").is_some());
        let (row, area, fallback) = match (local_row, national.get(soc)) {
            (Some(row), _) => (row, request.area.clone(), false),
            (None, Some(row)) => (row, NATIONAL_AREA.to_owned(), true),
            (None, None) => {
                match combined_code(soc).and_then(|code| combined.get(&code).map(|title| (code, title))) {
                    Some((code, title)) => eprintln!(
                        "error: SOC {soc} is published only combined, as {code} ({title}): use {code} as the occupation's `soc`"
                    ),
                    None => eprintln!("error: SOC {soc} has no figures for area {} nor for the nation", request.area),
                }
                complete = false;
                continue;
            }
        };
        let where_ =
            if fallback { "national estimate; not published for the area".to_owned() } else { area_name.clone() };
        wages.push(Wage {
            soc: soc.clone(),
            region: None,
            title: row.get("occupation_title").cloned(),
            hourly: percentiles(row, "hourly"),
            annual: percentiles(row, "annual"),
            employment: number(row, "employment"),
            source: Some(format!(
                "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), {}, {where_}",
                request.release
            )),
            year: Some(request.year),
            area: Some(area),
            national_fallback: fallback,
        });
    }
    // A partial file would publish some rungs without wages: nothing is written.
    if !complete {
        eprintln!("nothing written: fix the codes above and run the import again");
        return Ok(false);
    }
    let file = PathwayFile { region: Some(RegionId(request.region.clone())), wages, ..PathwayFile::default() };
    let yaml = serde_yaml::to_string(&file).map_err(|e| e.to_string())?;
    let text = format!(
        "# yaml-language-server: $schema=../pathways.schema.json\n# Written by `pathways wages import` from the BLS OEWS {} extract for area {} ({area_name}). Do not edit by hand: rerun the import.\n{yaml}",
        request.release, request.area
    );
    match output {
        Some(path) => {
            std::fs::write(path, text).map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
            eprintln!("wrote {} wage figures to {}", file.wages.len(), path.display());
        }
        None => crate::stdout::emit(&text)?,
    }
    Ok(complete)
}
