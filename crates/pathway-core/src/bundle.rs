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
    Credential, CredentialKind, Dataset, Funding, FundingKind, Occupation, Partner, Percentiles, Program, ProgramKind,
    Region, Schedule, Source, Step, SupportService, Wage,
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
        let mut r = Fields::default();
        let regions = r.list(&root, "regions", |r, v| IndexRegion { id: RegionId(r.text(v, "id")), name: r.text(v, "name") });
        r.done(regions)
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
        let mut r = Fields::default();
        let dataset = Dataset {
            regions: r.list(d, "regions", read_region),
            occupations: r.list(d, "occupations", read_occupation),
            credentials: r.list(d, "credentials", read_credential),
            programs: r.list(d, "programs", read_program),
            steps: r.list(d, "steps", read_step),
            partners: r.list(d, "partners", read_partner),
            wages: r.list(d, "wages", read_wage),
        };
        PathwayGraph::build(r.done(dataset)?).map_err(BundleError::Inconsistent)
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

/// Reads the fields of the bundle's entries. A field that is missing or of
/// the wrong kind reads as empty and the first such problem is kept, to be
/// returned once the whole entry is read, rather than returning at once:
/// every early return from a reader of many fields would drop what it had
/// read so far, and that cleanup code was a large share of the wasm's
/// bundle reader.
#[derive(Default)]
struct Fields {
    problem: Option<BundleError>,
}

impl Fields {
    /// The value read, or the first problem met while reading it.
    fn done<T>(self, value: T) -> Result<T, BundleError> {
        match self.problem {
            None => Ok(value),
            Some(problem) => Err(problem),
        }
    }

    fn fail(&mut self, problem: BundleError) {
        if self.problem.is_none() {
            self.problem = Some(problem);
        }
    }

    fn opt_text(&mut self, v: &Value, field: &str) -> Option<String> {
        match v.get(field) {
            None | Some(Value::Null) => None,
            Some(Value::Str(s)) => Some(s.clone()),
            Some(_) => {
                self.fail(missing(field));
                None
            }
        }
    }

    fn text(&mut self, v: &Value, field: &str) -> String {
        self.opt_text(v, field).unwrap_or_else(|| {
            self.fail(missing(field));
            String::new()
        })
    }

    fn opt_number(&mut self, v: &Value, field: &str) -> Option<f64> {
        match v.get(field) {
            None | Some(Value::Null) => None,
            Some(&Value::Num(n)) => Some(n),
            Some(_) => {
                self.fail(missing(field));
                None
            }
        }
    }

    fn number(&mut self, v: &Value, field: &str) -> f64 {
        self.opt_number(v, field).unwrap_or_else(|| {
            self.fail(missing(field));
            0.0
        })
    }

    fn flag(&mut self, v: &Value, field: &str) -> bool {
        match v.get(field) {
            None | Some(Value::Null) => false,
            Some(&Value::Bool(b)) => b,
            Some(_) => {
                self.fail(missing(field));
                false
            }
        }
    }

    /// A list field; an absent one is empty, as the writer leaves empty lists out.
    fn list<T>(&mut self, v: &Value, field: &str, mut read: impl FnMut(&mut Self, &Value) -> T) -> Vec<T> {
        match v.get(field) {
            None | Some(Value::Null) => Vec::new(),
            // A plain loop rather than `collect`: the adapter that collect
            // builds for every item type costs the wasm more code.
            Some(Value::List(items)) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    out.push(read(self, item));
                }
                out
            }
            Some(_) => {
                self.fail(missing(field));
                Vec::new()
            }
        }
    }

    fn texts(&mut self, v: &Value, field: &str) -> Vec<String> {
        self.list(v, field, |r, item| match item {
            Value::Str(s) => s.clone(),
            _ => {
                r.fail(missing(field));
                String::new()
            }
        })
    }

    fn ids<T>(&mut self, v: &Value, field: &str, make: fn(String) -> T) -> Vec<T> {
        let texts = self.texts(v, field);
        let mut out = Vec::with_capacity(texts.len());
        for text in texts {
            out.push(make(text));
        }
        out
    }

    /// An enum written in kebab-case, looked up in its table of names (the
    /// names the model's serde attributes give; a test checks they agree).
    /// An unknown name reads as the table's first value, with the problem kept.
    fn kind<T: Copy>(&mut self, item: &Value, field: &str, names: &[(&str, T)]) -> T {
        let Value::Str(s) = item else {
            self.fail(missing(field));
            return names[0].1;
        };
        match names.iter().find(|(name, _)| name == s) {
            Some(&(_, value)) => value,
            None => {
                self.fail(BundleError::Unexpected(format!("`{field}` has the unknown value `{s}`")));
                names[0].1
            }
        }
    }

    fn kind_of<T: Copy>(&mut self, v: &Value, field: &str, names: &[(&str, T)]) -> T {
        match v.get(field) {
            Some(item) => self.kind(item, field, names),
            None => {
                self.fail(missing(field));
                names[0].1
            }
        }
    }

    fn kinds<T: Copy>(&mut self, v: &Value, field: &str, names: &[(&str, T)]) -> Vec<T> {
        self.list(v, field, |r, item| r.kind(item, field, names))
    }

    fn region_of(&mut self, v: &Value) -> Option<RegionId> {
        self.opt_text(v, "region").map(RegionId)
    }
}

const CREDENTIAL_KINDS: [(&str, CredentialKind); 8] = [
    ("diploma", CredentialKind::Diploma),
    ("certificate", CredentialKind::Certificate),
    ("certification", CredentialKind::Certification),
    ("license", CredentialKind::License),
    ("apprenticeship", CredentialKind::Apprenticeship),
    ("associate", CredentialKind::Associate),
    ("bachelor", CredentialKind::Bachelor),
    ("english-level", CredentialKind::EnglishLevel),
];

const PROGRAM_KINDS: [(&str, ProgramKind); 12] = [
    ("ged-preparation", ProgramKind::GedPreparation),
    ("esl", ProgramKind::Esl),
    ("workplace-literacy", ProgramKind::WorkplaceLiteracy),
    ("developmental", ProgramKind::Developmental),
    ("pre-apprenticeship", ProgramKind::PreApprenticeship),
    ("college", ProgramKind::College),
    ("apprenticeship", ProgramKind::Apprenticeship),
    ("internship", ProgramKind::Internship),
    ("on-the-job", ProgramKind::OnTheJob),
    ("paid-work-experience", ProgramKind::PaidWorkExperience),
    ("employer", ProgramKind::Employer),
    ("union-fund", ProgramKind::UnionFund),
];

const SCHEDULES: [(&str, Schedule); 4] =
    [("day", Schedule::Day), ("evening", Schedule::Evening), ("weekend", Schedule::Weekend), ("online", Schedule::Online)];

const FUNDING_KINDS: [(&str, FundingKind); 4] = [
    ("employer-tuition", FundingKind::EmployerTuition),
    ("union-fund", FundingKind::UnionFund),
    ("public-workforce", FundingKind::PublicWorkforce),
    ("grant", FundingKind::Grant),
];

const SUPPORT_SERVICES: [(&str, SupportService); 6] = [
    ("child-care", SupportService::ChildCare),
    ("transportation", SupportService::Transportation),
    ("tools-and-uniforms", SupportService::ToolsAndUniforms),
    ("case-management", SupportService::CaseManagement),
    ("tutoring", SupportService::Tutoring),
    ("coaching", SupportService::Coaching),
];

fn read_region(r: &mut Fields, v: &Value) -> Region {
    Region { id: RegionId(r.text(v, "id")), name: r.text(v, "name"), oews_area: None, description: None }
}

fn read_occupation(r: &mut Fields, v: &Value) -> Occupation {
    Occupation {
        id: OccupationId(r.text(v, "id")),
        soc: r.text(v, "soc"),
        onet: None,
        title: r.text(v, "title"),
        description: r.opt_text(v, "description"),
        keywords: r.texts(v, "keywords"),
        region: r.region_of(v),
        entry: r.flag(v, "entry"),
        requires: r.ids(v, "requires", CredentialId),
    }
}

fn read_credential(r: &mut Fields, v: &Value) -> Credential {
    Credential {
        id: CredentialId(r.text(v, "id")),
        name: r.text(v, "name"),
        kind: r.kind_of(v, "kind", &CREDENTIAL_KINDS),
        issuer: None,
        description: None,
    }
}

fn read_program(r: &mut Fields, v: &Value) -> Program {
    let source = v.get("source").unwrap_or_else(|| {
        r.fail(missing("source"));
        &Value::Null
    });
    Program {
        id: ProgramId(r.text(v, "id")),
        name: r.text(v, "name"),
        kind: r.kind_of(v, "kind", &PROGRAM_KINDS),
        provider: PartnerId(r.text(v, "provider")),
        region: r.region_of(v),
        months: r.number(v, "months"),
        hours: None,
        cost: r.number(v, "cost"),
        funding: r.list(v, "funding", |r, f| Funding {
            by: PartnerId(r.text(f, "by")),
            kind: r.kind_of(f, "kind", &FUNDING_KINDS),
            covers: r.opt_number(f, "covers"),
            eligibility: None,
        }),
        schedule: r.kinds(v, "schedule", &SCHEDULES),
        paid: r.flag(v, "paid"),
        requires: r.ids(v, "requires", CredentialId),
        awards: r.ids(v, "awards", CredentialId),
        college_credits: None,
        support_from: r.ids(v, "support_from", PartnerId),
        source: Source { citation: r.text(source, "citation"), date: r.text(source, "date"), url: None },
        illustrative: r.flag(v, "illustrative"),
    }
}

fn read_step(r: &mut Fields, v: &Value) -> Step {
    Step {
        from: r.opt_text(v, "from").map(OccupationId),
        to: OccupationId(r.text(v, "to")),
        requires: r.ids(v, "requires", CredentialId),
        experience_months: r.opt_number(v, "experience_months").unwrap_or(0.0),
        note: r.opt_text(v, "note"),
    }
}

fn read_partner(r: &mut Fields, v: &Value) -> Partner {
    Partner {
        id: PartnerId(r.text(v, "id")),
        name: r.text(v, "name"),
        roles: Vec::new(),
        services: r.kinds(v, "services", &SUPPORT_SERVICES),
        region: r.region_of(v),
        description: None,
        illustrative: r.flag(v, "illustrative"),
    }
}

fn read_wage(r: &mut Fields, v: &Value) -> Wage {
    let (soc, region) = (r.text(v, "soc"), r.region_of(v));
    let mut median = |field: &str| match v.get(field) {
        None | Some(Value::Null) => Percentiles::default(),
        Some(p) => Percentiles { median: r.opt_number(p, "median"), ..Percentiles::default() },
    };
    let (hourly, annual) = (median("hourly"), median("annual"));
    Wage {
        soc,
        region,
        title: None,
        hourly,
        annual,
        employment: None,
        source: r.opt_text(v, "source"),
        year: r.opt_number(v, "year").filter(|y| (0.0..=f64::from(u16::MAX)).contains(y)).map(|y| y as u16),
        area: None,
        national_fallback: r.flag(v, "national_fallback"),
    }
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

    /// The name tables the reader looks kinds up in agree with serde's names
    /// and list every variant (the matches stop compiling when one is added).
    #[test]
    fn kind_tables_match_serde_and_cover_every_variant() {
        fn check<T: Serialize>(table: &[(&str, T)]) {
            for (name, value) in table {
                assert_eq!(serde_json::to_string(value).unwrap(), format!("\"{name}\""));
            }
        }
        check(&CREDENTIAL_KINDS);
        check(&PROGRAM_KINDS);
        check(&SCHEDULES);
        check(&FUNDING_KINDS);
        check(&SUPPORT_SERVICES);
        let count = |k: CredentialKind| match k {
            CredentialKind::Diploma
            | CredentialKind::Certificate
            | CredentialKind::Certification
            | CredentialKind::License
            | CredentialKind::Apprenticeship
            | CredentialKind::Associate
            | CredentialKind::Bachelor
            | CredentialKind::EnglishLevel => 8,
        };
        assert_eq!(CREDENTIAL_KINDS.len(), count(CredentialKind::Diploma));
        let count = |k: ProgramKind| match k {
            ProgramKind::GedPreparation
            | ProgramKind::Esl
            | ProgramKind::WorkplaceLiteracy
            | ProgramKind::Developmental
            | ProgramKind::PreApprenticeship
            | ProgramKind::College
            | ProgramKind::Apprenticeship
            | ProgramKind::Internship
            | ProgramKind::OnTheJob
            | ProgramKind::PaidWorkExperience
            | ProgramKind::Employer
            | ProgramKind::UnionFund => 12,
        };
        assert_eq!(PROGRAM_KINDS.len(), count(ProgramKind::Esl));
        let count = |k: Schedule| match k {
            Schedule::Day | Schedule::Evening | Schedule::Weekend | Schedule::Online => 4,
        };
        assert_eq!(SCHEDULES.len(), count(Schedule::Day));
        let count = |k: FundingKind| match k {
            FundingKind::EmployerTuition | FundingKind::UnionFund | FundingKind::PublicWorkforce | FundingKind::Grant => 4,
        };
        assert_eq!(FUNDING_KINDS.len(), count(FundingKind::Grant));
        let count = |k: SupportService| match k {
            SupportService::ChildCare
            | SupportService::Transportation
            | SupportService::ToolsAndUniforms
            | SupportService::CaseManagement
            | SupportService::Tutoring
            | SupportService::Coaching => 6,
        };
        assert_eq!(SUPPORT_SERVICES.len(), count(SupportService::Tutoring));
    }

    #[test]
    fn the_first_problem_in_an_entry_is_the_one_named() {
        let err = Bundle::parse(r#"{"format":2,"dataset":{"programs":[{"id":"p","name":3}]}}"#).unwrap_err();
        assert!(err.to_string().contains("`source`"), "{err}");
        let err = Bundle::parse(r#"{"format":2,"dataset":{"occupations":[{"id":"a","soc":"1","title":"A","keywords":"x"}]}}"#)
            .unwrap_err();
        assert!(err.to_string().contains("`keywords`"), "{err}");
    }

    #[test]
    fn broken_references_are_errors() {
        let text = r#"{"format":2,"region":"x","dataset":{"steps":[{"to":"nowhere"}]}}"#;
        let err = Bundle::parse(text).unwrap_err();
        assert!(err.to_string().contains("unknown occupation `nowhere`"), "{err}");
    }
}
