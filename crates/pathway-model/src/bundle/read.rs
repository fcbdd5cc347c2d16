//! The bundle reader: JSON text through [`crate::wire`] to the model's
//! entries, with the first missing or mistyped field of an entry named.

use super::{Bundle, BundleError, BundleIndex, IndexRegion, Job, JobList, BUNDLE_FORMAT, OLDEST_READABLE_FORMAT};
use crate::eligibility::Eligibility;
use crate::graph::PathwayGraph;
use crate::ids::{CredentialId, OccupationId, PartnerId, ProgramId, RegionId};
use crate::model::{
    Credential, CredentialKind, Dataset, Funding, FundingKind, Occupation, Partner, PartnerRole, Percentiles, Program,
    ProgramKind, Region, Schedule, Source, Step, SupportService, Wage,
};
use crate::pay::{PayRate, WageSchedule};
use crate::text::Text;
use crate::wire::{self, Value};

impl BundleIndex {
    /// Reads an index: the regions, in order, as (id, name).
    pub fn parse(text: &str) -> Result<Vec<IndexRegion>, BundleError> {
        versioned_list(text, "regions", |r, v| IndexRegion {
            id: RegionId(r.text(v, "id")),
            name: r.words(v, "name"),
            languages: r.texts(v, "languages"),
            jobs: r.flag(v, "jobs"),
        })
    }
}

impl JobList {
    /// Reads a region's job list.
    pub fn parse(text: &str) -> Result<Vec<Job>, BundleError> {
        versioned_list(text, "jobs", |r, v| Job {
            id: OccupationId(r.text(v, "id")),
            title: r.text(v, "title"),
            soc: r.text(v, "soc"),
            entry: r.flag(v, "entry"),
            wage: r.opt_number(v, "wage"),
            words: r.opt_text(v, "words").unwrap_or_default(),
        })
    }
}

impl Bundle {
    /// Reads a region's bundle and builds its graph.
    pub fn parse(text: &str) -> Result<PathwayGraph, BundleError> {
        Self::graph_of_dataset(Self::dataset_of(&Self::json(text)?)?)
    }

    /// The first of [`Bundle::parse`]'s three parts: the bundle's JSON, its
    /// format checked. A page reading a large bundle takes the parts in
    /// tasks of their own, so it can paint and answer input between them.
    pub fn json(text: &str) -> Result<Value<'_>, BundleError> {
        versioned(text)
    }

    /// The second of [`Bundle::parse`]'s parts: the dataset a bundle's JSON holds.
    pub fn dataset_of(root: &Value) -> Result<Dataset, BundleError> {
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
        r.done(dataset)
    }

    /// The third of [`Bundle::parse`]'s parts: the graph of a bundle's
    /// dataset, its references checked.
    pub fn graph_of_dataset(dataset: Dataset) -> Result<PathwayGraph, BundleError> {
        PathwayGraph::build(dataset).map_err(BundleError::Inconsistent)
    }
}

/// Reads the JSON and checks its format number before anything else, so a
/// file of another version is named as such rather than as a field mismatch.
fn versioned(text: &str) -> Result<Value<'_>, BundleError> {
    let root = wire::parse(text).map_err(|e| BundleError::Malformed {
        line: e.line,
        column: e.column,
        message: e.message.to_owned(),
    })?;
    match root.get("format") {
        Some(&Value::Num(n)) if (f64::from(OLDEST_READABLE_FORMAT)..=f64::from(BUNDLE_FORMAT)).contains(&n) => Ok(root),
        Some(&Value::Num(n)) if n >= 0.0 && n.fract() == 0.0 => {
            Err(BundleError::WrongFormat { found: n.min(f64::from(u32::MAX)) as u32, expected: BUNDLE_FORMAT })
        }
        _ => Err(missing("format")),
    }
}

/// Reads a file whose format is checked first and whose entries are the
/// list under `field`, each read by `read`.
fn versioned_list<T>(
    text: &str,
    field: &str,
    read: impl FnMut(&mut Fields, &Value) -> T,
) -> Result<Vec<T>, BundleError> {
    let root = versioned(text)?;
    let mut r = Fields::default();
    let list = r.list(&root, field, read);
    r.done(list)
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
            Some(Value::Str(s)) => Some(s.to_string()),
            Some(_) => {
                self.fail(missing(field));
                None
            }
        }
    }

    /// A text given as a string, or as a map from language code to string.
    fn words(&mut self, v: &Value, field: &str) -> Text {
        match v.get(field) {
            Some(Value::Obj(entries)) if !entries.is_empty() => entries
                .iter()
                .map(|(lang, text)| match text {
                    Value::Str(s) => (lang.to_string(), s.to_string()),
                    _ => {
                        self.fail(missing(field));
                        (lang.to_string(), String::new())
                    }
                })
                .collect(),
            _ => self.text(v, field).into(),
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

    /// The `pay` rate of an occupation or a step, when given.
    fn pay(&mut self, v: &Value) -> Option<PayRate> {
        let p = v.get("pay").filter(|p| !matches!(p, Value::Null))?;
        let source = p.get("source").unwrap_or(&Value::Null);
        Some(PayRate {
            hourly: self.opt_number(p, "hourly"),
            annual: self.opt_number(p, "annual"),
            source: Source {
                citation: self.text(source, "citation").into(),
                date: self.text(source, "date"),
                url: None,
            },
        })
    }

    /// The `eligible` conditions of a funding entry or a program, when given.
    fn eligible(&mut self, v: &Value) -> Option<Eligibility> {
        let e = v.get("eligible").filter(|e| !matches!(e, Value::Null))?;
        let age = |r: &mut Self, field| r.opt_number(e, field).map(|n| n.clamp(0.0, f64::from(u32::MAX)) as u32);
        Some(Eligibility {
            employees_of: self.ids(e, "employees_of", PartnerId),
            after_months: self.opt_number(e, "after_months"),
            members_of: self.ids(e, "members_of", PartnerId),
            income_eligible: self.flag(e, "income_eligible"),
            min_age: age(self, "min_age"),
            max_age: age(self, "max_age"),
            in_high_school: self.flag(e, "in_high_school"),
            lived_experience: self.flag(e, "lived_experience"),
        })
    }

    fn texts(&mut self, v: &Value, field: &str) -> Vec<String> {
        self.list(v, field, |r, item| match item {
            Value::Str(s) => s.to_string(),
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

pub(super) const CREDENTIAL_KINDS: [(&str, CredentialKind); 8] = [
    ("diploma", CredentialKind::Diploma),
    ("certificate", CredentialKind::Certificate),
    ("certification", CredentialKind::Certification),
    ("license", CredentialKind::License),
    ("apprenticeship", CredentialKind::Apprenticeship),
    ("associate", CredentialKind::Associate),
    ("bachelor", CredentialKind::Bachelor),
    ("english-level", CredentialKind::EnglishLevel),
];

pub(super) const PROGRAM_KINDS: [(&str, ProgramKind); 12] = [
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

pub(super) const SCHEDULES: [(&str, Schedule); 4] = [
    ("day", Schedule::Day),
    ("evening", Schedule::Evening),
    ("weekend", Schedule::Weekend),
    ("online", Schedule::Online),
];

pub(super) const FUNDING_KINDS: [(&str, FundingKind); 4] = [
    ("employer-tuition", FundingKind::EmployerTuition),
    ("union-fund", FundingKind::UnionFund),
    ("public-workforce", FundingKind::PublicWorkforce),
    ("grant", FundingKind::Grant),
];

pub(super) const SUPPORT_SERVICES: [(&str, SupportService); 6] = [
    ("child-care", SupportService::ChildCare),
    ("transportation", SupportService::Transportation),
    ("tools-and-uniforms", SupportService::ToolsAndUniforms),
    ("case-management", SupportService::CaseManagement),
    ("tutoring", SupportService::Tutoring),
    ("coaching", SupportService::Coaching),
];

pub(super) const PARTNER_ROLES: [(&str, PartnerRole); 7] = [
    ("intermediary", PartnerRole::Intermediary),
    ("employer", PartnerRole::Employer),
    ("education-provider", PartnerRole::EducationProvider),
    ("union-fund", PartnerRole::UnionFund),
    ("community-organization", PartnerRole::CommunityOrganization),
    ("workforce-board", PartnerRole::WorkforceBoard),
    ("funder", PartnerRole::Funder),
];

fn read_region(r: &mut Fields, v: &Value) -> Region {
    Region {
        id: RegionId(r.text(v, "id")),
        name: r.text(v, "name").into(),
        oews_area: None,
        languages: Vec::new(),
        description: None,
    }
}

fn read_occupation(r: &mut Fields, v: &Value) -> Occupation {
    Occupation {
        id: OccupationId(r.text(v, "id")),
        soc: r.text(v, "soc"),
        onet: None,
        title: r.text(v, "title").into(),
        description: r.opt_text(v, "description").map(Text::from),
        keywords: r.texts(v, "keywords"),
        region: r.region_of(v),
        entry: r.flag(v, "entry"),
        requires: r.ids(v, "requires", CredentialId),
        pay: r.pay(v),
        illustrative: r.flag(v, "illustrative"),
    }
}

fn read_credential(r: &mut Fields, v: &Value) -> Credential {
    Credential {
        id: CredentialId(r.text(v, "id")),
        name: r.text(v, "name").into(),
        kind: r.kind_of(v, "kind", &CREDENTIAL_KINDS),
        issuer: None,
        description: None,
        external: false,
        source: None,
        illustrative: r.flag(v, "illustrative"),
    }
}

fn read_program(r: &mut Fields, v: &Value) -> Program {
    let source = v.get("source").unwrap_or_else(|| {
        r.fail(missing("source"));
        &Value::Null
    });
    Program {
        id: ProgramId(r.text(v, "id")),
        name: r.text(v, "name").into(),
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
            eligible: r.eligible(f),
            eligibility: r.opt_text(f, "eligibility").map(Text::from),
        }),
        schedule: r.kinds(v, "schedule", &SCHEDULES),
        paid: r.flag(v, "paid"),
        requires: r.ids(v, "requires", CredentialId),
        awards: r.ids(v, "awards", CredentialId),
        college_credits: None,
        support_from: r.ids(v, "support_from", PartnerId),
        eligible: r.eligible(v),
        wage_schedule: v.get("wage_schedule").filter(|w| !matches!(w, Value::Null)).map(|w| WageSchedule {
            start_percent: r.number(w, "start_percent"),
            end_percent: r.number(w, "end_percent"),
        }),
        source: Source { citation: r.text(source, "citation").into(), date: r.text(source, "date"), url: None },
        illustrative: r.flag(v, "illustrative"),
    }
}

fn read_step(r: &mut Fields, v: &Value) -> Step {
    Step {
        from: r.opt_text(v, "from").map(OccupationId),
        to: OccupationId(r.text(v, "to")),
        requires: r.ids(v, "requires", CredentialId),
        experience_months: r.opt_number(v, "experience_months").unwrap_or(0.0),
        note: r.opt_text(v, "note").map(Text::from),
        pay: r.pay(v),
        illustrative: r.flag(v, "illustrative"),
        no_wage_change: r.flag(v, "no_wage_change"),
    }
}

fn read_partner(r: &mut Fields, v: &Value) -> Partner {
    Partner {
        id: PartnerId(r.text(v, "id")),
        name: r.text(v, "name").into(),
        roles: r.kinds(v, "roles", &PARTNER_ROLES),
        services: r.kinds(v, "services", &SUPPORT_SERVICES),
        region: r.region_of(v),
        description: None,
        illustrative: r.flag(v, "illustrative"),
    }
}

fn read_wage(r: &mut Fields, v: &Value) -> Wage {
    let (soc, region) = (r.text(v, "soc"), r.region_of(v));
    // The site shows the median, and the 10th to 90th percentile range of annual wages.
    let mut percentiles = |field: &str, range: bool| match v.get(field) {
        None | Some(Value::Null) => Percentiles::default(),
        Some(p) => Percentiles {
            median: r.opt_number(p, "median"),
            p10: if range { r.opt_number(p, "p10") } else { None },
            p90: if range { r.opt_number(p, "p90") } else { None },
            ..Percentiles::default()
        },
    };
    let (hourly, annual) = (percentiles("hourly", false), percentiles("annual", true));
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
