//! The compiled data the site loads: a small index naming the regions, and
//! one bundle per region with that region's checked dataset, each as compact
//! JSON with a format version. The site fetches the index and the one region
//! its view shows, never parses YAML, and tells a file written for another
//! version apart from a damaged one.
//!
//! Bundles carry only the fields the site reads (see [`for_site`]), and the
//! site reads them with the small reader in [`crate::wire`] rather than serde,
//! which keeps its WebAssembly small.

use crate::graph::{GraphError, PathwayGraph};
use crate::ids::{CredentialId, OccupationId, PartnerId, ProgramId, RegionId};
use crate::model::{
    Credential, Dataset, Funding, Occupation, Partner, Percentiles, Program, Region, Source, Step, Wage,
};
use crate::wire::{self, Value};
use serde::Serialize;
use std::fmt;

/// The format this build writes and reads. Raise it whenever the index or a
/// region bundle changes shape. Format 1 was one bundle with every region.
pub const BUNDLE_FORMAT: u32 = 2;

/// The index's file name; region bundles sit beside it (see [`region_file`]).
pub const INDEX_FILE: &str = "pathways.json";

/// The file name of a region's bundle, beside the index.
pub fn region_file(region: &RegionId) -> String {
    format!("pathways-{region}.json")
}

/// The index as written to disk: the regions, each with a bundle of its own.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BundleIndex {
    /// The format version, [`BUNDLE_FORMAT`] when written by this build.
    pub format: u32,
    /// The regions, in data order; the first is shown when a view names none.
    pub regions: Vec<IndexRegion>,
}

/// A region as the index lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndexRegion {
    /// The region's id, which names its bundle.
    pub id: RegionId,
    /// The name people know.
    pub name: String,
}

/// One region's bundle as written to disk.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bundle {
    /// The format version, [`BUNDLE_FORMAT`] when written by this build.
    pub format: u32,
    /// The region the bundle covers.
    pub region: RegionId,
    /// The region's part of the checked dataset, with the fields the site reads.
    pub dataset: Dataset,
}

/// Why a data file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// The bytes are not JSON (truncated, an HTML error page).
    Malformed {
        /// The 1-based line of the problem.
        line: usize,
        /// The 1-based column of the problem.
        column: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// The file is JSON but an entry lacks a field or has one of the wrong kind.
    Unexpected(String),
    /// The file was written for another format version.
    WrongFormat {
        /// The version in the file.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// The bundle reads but its entries do not fit together.
    Inconsistent(GraphError),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed { line, column, message } => {
                write!(f, "the data file is damaged or incomplete (line {line}, column {column}: {message})")
            }
            Self::Unexpected(what) => write!(f, "the data file is damaged or incomplete ({what})"),
            Self::WrongFormat { found, expected } if found < expected => write!(
                f,
                "the data file is from an older version (format {found}; this site reads format {expected}): rebuild it with `pathways build`"
            ),
            Self::WrongFormat { found, expected } => write!(
                f,
                "the data file is from a newer version (format {found}; this site reads format {expected}): publish the site and its data from the same build"
            ),
            Self::Inconsistent(e) => write!(f, "the data file does not fit together: {e}"),
        }
    }
}

impl std::error::Error for BundleError {}

/// The dataset with only the fields the site shows or the route engine uses,
/// so a region's bundle stays small. Figures and names are never dropped.
pub fn for_site(mut dataset: Dataset) -> Dataset {
    for r in &mut dataset.regions {
        r.oews_area = None;
        r.description = None;
    }
    for o in &mut dataset.occupations {
        o.onet = None;
    }
    for c in &mut dataset.credentials {
        c.issuer = None;
        c.description = None;
    }
    for p in &mut dataset.programs {
        p.hours = None;
        p.college_credits = None;
        p.source.url = None;
        for f in &mut p.funding {
            f.eligibility = None;
        }
    }
    for p in &mut dataset.partners {
        p.roles.clear();
        p.description = None;
    }
    for w in &mut dataset.wages {
        let keep = |p: &Percentiles| Percentiles { median: p.median, ..Percentiles::default() };
        w.hourly = keep(&w.hourly);
        w.annual = keep(&w.annual);
        w.title = None;
        w.employment = None;
        w.area = None;
    }
    dataset
}

/// Splits a checked dataset into the index and one bundle per region. Each
/// bundle keeps the region's occupations, programs, partners and wages, the
/// steps between its occupations, and the credentials they name.
pub fn split(dataset: &Dataset) -> (BundleIndex, Vec<Bundle>) {
    let index = BundleIndex {
        format: BUNDLE_FORMAT,
        regions: dataset.regions.iter().map(|r| IndexRegion { id: r.id.clone(), name: r.name.clone() }).collect(),
    };
    let bundles = dataset
        .regions
        .iter()
        .map(|region| {
            let here = |r: &Option<RegionId>| r.as_ref().is_none_or(|r| *r == region.id);
            let occupations: Vec<Occupation> = dataset.occupations.iter().filter(|o| here(&o.region)).cloned().collect();
            let kept = |id: &OccupationId| occupations.iter().any(|o| o.id == *id);
            let steps: Vec<Step> = dataset
                .steps
                .iter()
                .filter(|s| kept(&s.to) && s.from.as_ref().is_none_or(kept))
                .cloned()
                .collect();
            let programs: Vec<Program> = dataset.programs.iter().filter(|p| here(&p.region)).cloned().collect();
            let named: Vec<&CredentialId> = occupations
                .iter()
                .flat_map(|o| &o.requires)
                .chain(steps.iter().flat_map(|s| &s.requires))
                .chain(programs.iter().flat_map(|p| p.requires.iter().chain(&p.awards)))
                .collect();
            let partner_named = |id: &PartnerId| {
                programs.iter().any(|p| p.provider == *id || p.support_from.contains(id) || p.funding.iter().any(|f| f.by == *id))
            };
            let subset = Dataset {
                regions: vec![region.clone()],
                credentials: dataset.credentials.iter().filter(|c| named.contains(&&c.id)).cloned().collect(),
                partners: dataset
                    .partners
                    .iter()
                    .filter(|p| here(&p.region) || partner_named(&p.id))
                    .cloned()
                    .collect(),
                wages: dataset.wages.iter().filter(|w| here(&w.region)).cloned().collect(),
                occupations,
                programs,
                steps,
            };
            Bundle { format: BUNDLE_FORMAT, region: region.id.clone(), dataset: for_site(subset) }
        })
        .collect();
    (index, bundles)
}

impl BundleIndex {
    /// The index as compact JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("an index always serializes")
    }

    /// Reads an index: the regions, in order, as (id, name).
    pub fn parse(text: &str) -> Result<Vec<IndexRegion>, BundleError> {
        let root = versioned(text)?;
        list(&root, "regions", |r| Ok(IndexRegion { id: RegionId(text_of(r, "id")?), name: text_of(r, "name")? }))
    }
}

impl Bundle {
    /// The bundle as compact JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a dataset always serializes")
    }

    /// Reads a region's bundle and builds its graph.
    pub fn parse(text: &str) -> Result<PathwayGraph, BundleError> {
        let root = versioned(text)?;
        let d = root.get("dataset").ok_or_else(|| missing("dataset"))?;
        let dataset = Dataset {
            regions: list(d, "regions", read_region)?,
            occupations: list(d, "occupations", read_occupation)?,
            credentials: list(d, "credentials", read_credential)?,
            programs: list(d, "programs", read_program)?,
            steps: list(d, "steps", read_step)?,
            partners: list(d, "partners", read_partner)?,
            wages: list(d, "wages", read_wage)?,
        };
        PathwayGraph::build(dataset).map_err(BundleError::Inconsistent)
    }
}

/// Reads the JSON and checks its format number before anything else, so a
/// file of another version is named as such rather than as a field mismatch.
fn versioned(text: &str) -> Result<Value, BundleError> {
    let root = wire::parse(text).map_err(|e| BundleError::Malformed {
        line: e.line,
        column: e.column,
        message: e.message.to_owned(),
    })?;
    match root.get("format") {
        Some(&Value::Num(n)) if n == f64::from(BUNDLE_FORMAT) => Ok(root),
        Some(&Value::Num(n)) if n >= 0.0 && n.fract() == 0.0 => {
            Err(BundleError::WrongFormat { found: n.min(f64::from(u32::MAX)) as u32, expected: BUNDLE_FORMAT })
        }
        _ => Err(missing("format")),
    }
}

fn missing(field: &str) -> BundleError {
    BundleError::Unexpected(format!("`{field}` is missing or not what it should be"))
}

fn text_of(v: &Value, field: &str) -> Result<String, BundleError> {
    opt_text(v, field)?.ok_or_else(|| missing(field))
}

fn opt_text(v: &Value, field: &str) -> Result<Option<String>, BundleError> {
    match v.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        Some(_) => Err(missing(field)),
    }
}

fn opt_number(v: &Value, field: &str) -> Result<Option<f64>, BundleError> {
    match v.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(&Value::Num(n)) => Ok(Some(n)),
        Some(_) => Err(missing(field)),
    }
}

fn number(v: &Value, field: &str) -> Result<f64, BundleError> {
    opt_number(v, field)?.ok_or_else(|| missing(field))
}

fn flag(v: &Value, field: &str) -> Result<bool, BundleError> {
    match v.get(field) {
        None | Some(Value::Null) => Ok(false),
        Some(&Value::Bool(b)) => Ok(b),
        Some(_) => Err(missing(field)),
    }
}

/// A list field; an absent one is empty, as the writer leaves empty lists out.
fn list<T>(v: &Value, field: &str, read: impl Fn(&Value) -> Result<T, BundleError>) -> Result<Vec<T>, BundleError> {
    match v.get(field) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::List(items)) => {
            // A plain loop rather than `collect` into a `Result`: the adapter
            // that collect builds for every item type costs the wasm more code.
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(read(item)?);
            }
            Ok(out)
        }
        Some(_) => Err(missing(field)),
    }
}

fn ids<T>(v: &Value, field: &str, make: fn(String) -> T) -> Result<Vec<T>, BundleError> {
    list(v, field, |item| match item {
        Value::Str(s) => Ok(make(s.clone())),
        _ => Err(missing(field)),
    })
}

/// An enum written in kebab-case, read with serde's plain string reader so the
/// names stay those the model's serde attributes give.
fn kind<T: serde::de::DeserializeOwned>(item: &Value, field: &str) -> Result<T, BundleError> {
    use serde::de::IntoDeserializer as _;
    let Value::Str(s) = item else { return Err(missing(field)) };
    let reader: serde::de::value::StrDeserializer<'_, serde::de::value::Error> = s.as_str().into_deserializer();
    T::deserialize(reader).map_err(|_| BundleError::Unexpected(format!("`{field}` has the unknown value `{s}`")))
}

fn kind_of<T: serde::de::DeserializeOwned>(v: &Value, field: &str) -> Result<T, BundleError> {
    kind(v.get(field).ok_or_else(|| missing(field))?, field)
}

fn kinds<T: serde::de::DeserializeOwned>(v: &Value, field: &str) -> Result<Vec<T>, BundleError> {
    list(v, field, |item| kind(item, field))
}

fn region_of(v: &Value) -> Result<Option<RegionId>, BundleError> {
    Ok(opt_text(v, "region")?.map(RegionId))
}

fn read_region(v: &Value) -> Result<Region, BundleError> {
    Ok(Region { id: RegionId(text_of(v, "id")?), name: text_of(v, "name")?, oews_area: None, description: None })
}

fn read_occupation(v: &Value) -> Result<Occupation, BundleError> {
    Ok(Occupation {
        id: OccupationId(text_of(v, "id")?),
        soc: text_of(v, "soc")?,
        onet: None,
        title: text_of(v, "title")?,
        description: opt_text(v, "description")?,
        keywords: list(v, "keywords", |k| match k {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(missing("keywords")),
        })?,
        region: region_of(v)?,
        entry: flag(v, "entry")?,
        requires: ids(v, "requires", CredentialId)?,
    })
}

fn read_credential(v: &Value) -> Result<Credential, BundleError> {
    Ok(Credential {
        id: CredentialId(text_of(v, "id")?),
        name: text_of(v, "name")?,
        kind: kind_of(v, "kind")?,
        issuer: None,
        description: None,
    })
}

fn read_program(v: &Value) -> Result<Program, BundleError> {
    let source = v.get("source").ok_or_else(|| missing("source"))?;
    Ok(Program {
        id: ProgramId(text_of(v, "id")?),
        name: text_of(v, "name")?,
        kind: kind_of(v, "kind")?,
        provider: PartnerId(text_of(v, "provider")?),
        region: region_of(v)?,
        months: number(v, "months")?,
        hours: None,
        cost: number(v, "cost")?,
        funding: list(v, "funding", |f| {
            Ok(Funding {
                by: PartnerId(text_of(f, "by")?),
                kind: kind_of(f, "kind")?,
                covers: opt_number(f, "covers")?,
                eligibility: None,
            })
        })?,
        schedule: kinds(v, "schedule")?,
        paid: flag(v, "paid")?,
        requires: ids(v, "requires", CredentialId)?,
        awards: ids(v, "awards", CredentialId)?,
        college_credits: None,
        support_from: ids(v, "support_from", PartnerId)?,
        source: Source { citation: text_of(source, "citation")?, date: text_of(source, "date")?, url: None },
        illustrative: flag(v, "illustrative")?,
    })
}

fn read_step(v: &Value) -> Result<Step, BundleError> {
    Ok(Step {
        from: opt_text(v, "from")?.map(OccupationId),
        to: OccupationId(text_of(v, "to")?),
        requires: ids(v, "requires", CredentialId)?,
        experience_months: opt_number(v, "experience_months")?.unwrap_or(0.0),
        note: opt_text(v, "note")?,
    })
}

fn read_partner(v: &Value) -> Result<Partner, BundleError> {
    Ok(Partner {
        id: PartnerId(text_of(v, "id")?),
        name: text_of(v, "name")?,
        roles: Vec::new(),
        services: kinds(v, "services")?,
        region: region_of(v)?,
        description: None,
        illustrative: flag(v, "illustrative")?,
    })
}

fn read_wage(v: &Value) -> Result<Wage, BundleError> {
    let median = |field: &str| match v.get(field) {
        None | Some(Value::Null) => Ok(Percentiles::default()),
        Some(p) => Ok(Percentiles { median: opt_number(p, "median")?, ..Percentiles::default() }),
    };
    Ok(Wage {
        soc: text_of(v, "soc")?,
        region: region_of(v)?,
        title: None,
        hourly: median("hourly")?,
        annual: median("annual")?,
        employment: None,
        source: opt_text(v, "source")?,
        year: opt_number(v, "year")?.filter(|y| (0.0..=f64::from(u16::MAX)).contains(y)).map(|y| y as u16),
        area: None,
        national_fallback: flag(v, "national_fallback")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_region() -> Dataset {
        Dataset {
            regions: vec![Region { id: "here".into(), name: "Here".into(), oews_area: None, description: None }],
            ..Dataset::default()
        }
    }

    #[test]
    fn round_trips_a_small_dataset() {
        let (index, bundles) = split(&one_region());
        assert_eq!(BundleIndex::parse(&index.to_json()).unwrap(), index.regions);
        assert_eq!(bundles.len(), 1);
        assert_eq!(region_file(&bundles[0].region), "pathways-here.json");
        let graph = Bundle::parse(&bundles[0].to_json()).expect("parses");
        assert_eq!(graph.dataset(), &one_region());
    }

    #[test]
    fn names_truncation_and_old_formats() {
        let text = split(&one_region()).1[0].to_json();
        let cut = Bundle::parse(&text[..text.len() / 2]).unwrap_err();
        assert!(matches!(cut, BundleError::Malformed { .. }), "{cut}");
        let old = Bundle::parse(r#"{"format":1,"dataset":{}}"#).unwrap_err();
        assert_eq!(old, BundleError::WrongFormat { found: 1, expected: BUNDLE_FORMAT });
        assert!(old.to_string().contains("rebuild"));
        let newer = BundleIndex::parse(r#"{"format":9,"regions":[]}"#).unwrap_err();
        assert!(newer.to_string().contains("newer"), "{newer}");
        let html = Bundle::parse("<!doctype html><p>Not found</p>").unwrap_err();
        assert!(html.to_string().contains("damaged"));
        let shape = Bundle::parse(r#"{"format":2,"dataset":{"occupations":[{"id":"a"}]}}"#).unwrap_err();
        assert!(shape.to_string().contains("`soc`"), "{shape}");
        let unknown = Bundle::parse(r#"{"format":2,"dataset":{"credentials":[{"id":"a","name":"A","kind":"wizard"}]}}"#);
        assert!(unknown.unwrap_err().to_string().contains("wizard"));
    }

    #[test]
    fn broken_references_are_errors() {
        let text = r#"{"format":2,"region":"x","dataset":{"steps":[{"to":"nowhere"}]}}"#;
        let err = Bundle::parse(text).unwrap_err();
        assert!(err.to_string().contains("unknown occupation `nowhere`"), "{err}");
    }
}
