//! The pathway domain as written in the pathway files and carried in the bundle:
//! regions, occupations with their wages, credentials, programs, advancement
//! steps and partners. These are plain data; [`crate::graph`] links them.

use crate::eligibility::{Eligibility, Person, Unmet};
use crate::ids::{CredentialId, OccupationId, PartnerId, ProgramId, RegionId};
use crate::pay::{PayRate, WageSchedule};
pub use crate::provenance::Source;
pub use crate::text::Text;
use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// One pathway file. Every section is optional, so a dataset can be split into
/// files however its authors like (one per partner, one per ladder, ...).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PathwayFile {
    /// The region that the occupations, programs, partners and wages in this file belong to,
    /// unless an entry names its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionId>,
    /// Regions (metropolitan areas) whose wages and programs the data describes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<Region>,
    /// Occupations: the rungs of the ladders.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occupations: Vec<Occupation>,
    /// Credentials: diplomas, certificates, certifications, licenses, degrees, English levels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credentials: Vec<Credential>,
    /// Bridge, training and work-based learning programs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programs: Vec<Program>,
    /// Advancement steps from one occupation to another.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    /// Partner organisations and the support services they offer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    /// Wage figures by occupation code, usually written by `pathways wages import`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wages: Vec<Wage>,
}

/// A whole dataset: every file merged, each entry's region filled in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Regions, in file order.
    pub regions: Vec<Region>,
    /// Occupations, in file order.
    pub occupations: Vec<Occupation>,
    /// Credentials, in file order.
    pub credentials: Vec<Credential>,
    /// Programs, in file order.
    pub programs: Vec<Program>,
    /// Advancement steps, in file order.
    pub steps: Vec<Step>,
    /// Partners, in file order.
    pub partners: Vec<Partner>,
    /// Wage figures, in file order.
    pub wages: Vec<Wage>,
}

/// A region, usually a metropolitan area as BLS defines it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Short id, lowercase with hyphens, such as `baltimore`.
    pub id: RegionId,
    /// The name people know, such as "Baltimore metro area".
    pub name: Text,
    /// The languages the region's text is written in, the default first, such
    /// as `[en, es]`; English alone when absent. `pathways check` warns where
    /// a text lacks one of them, and the site offers the region in each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// The BLS OEWS area code whose wages apply, such as `0012580`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oews_area: Option<String>,
    /// The partnership or context this region's data describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

impl Region {
    /// The region's default language: the first it declares, or English.
    pub fn default_language(&self) -> &str {
        self.languages.first().map_or(crate::text::DEFAULT_LANGUAGE, String::as_str)
    }
}

/// An occupation: a job a person can hold, and a rung on a ladder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Occupation {
    /// Short id, lowercase with hyphens, such as `nursing-assistant`.
    pub id: OccupationId,
    /// The SOC 2018 code BLS publishes wages under, such as `31-1131`.
    pub soc: String,
    /// The O*NET-SOC code when it is more specific than the SOC code, such as `29-2099.08`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onet: Option<String>,
    /// The job title people use.
    pub title: Text,
    /// What the job is, in plain language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Everyday words people search with, such as "housekeeping" for an environmental services aide.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// The region whose wages apply; taken from the file's `region` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionId>,
    /// True for a role a person can start in without any credential.
    #[serde(default, skip_serializing_if = "is_false")]
    pub entry: bool,
    /// Credentials a person must hold to work in this occupation at all (a license, say).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<CredentialId>,
    /// What the partnership's employers pay in this occupation, from a pay
    /// scale or a union contract; routes use it in place of the BLS wage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<PayRate>,
    /// True when the entry is a typical example rather than a fact from a
    /// published source, so readers are told to check it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
}

/// What kind of credential a credential is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum CredentialKind {
    /// A high-school diploma or its equivalent (GED, HiSET).
    Diploma,
    /// A certificate of completion from a program.
    Certificate,
    /// An industry certification from an exam or registry.
    Certification,
    /// A state license to practice.
    License,
    /// A completed registered apprenticeship (journeyworker certificate).
    Apprenticeship,
    /// An associate degree.
    Associate,
    /// A bachelor's degree.
    Bachelor,
    /// A level of English, as shown by a placement test such as CASAS.
    EnglishLevel,
}

/// A credential a rung or a program can require.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Credential {
    /// Short id, lowercase with hyphens, such as `ged`.
    pub id: CredentialId,
    /// The name people use.
    pub name: Text,
    /// What kind of credential this is.
    pub kind: CredentialKind,
    /// Who issues it, such as a state board of nursing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Text>,
    /// What it shows, in plain language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// True for a credential people bring from outside the partnership's
    /// programs (a driver's license, a diploma from school), so that
    /// `pathways check` does not ask for a program that awards it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub external: bool,
    /// The rule behind a license or certification: its regulation or the
    /// issuing body's page, so a counselor can check it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// True when the entry is a typical example rather than a fact from a
    /// published source, so readers are told to check it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
}

/// What kind of program a program is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ProgramKind {
    /// Bridge: preparation for the GED or another high-school equivalency test.
    GedPreparation,
    /// Bridge: English as a Second Language.
    Esl,
    /// Bridge: reading, writing and math at work.
    WorkplaceLiteracy,
    /// Bridge: college developmental (remedial) courses.
    Developmental,
    /// Bridge: pre-apprenticeship preparing for a registered apprenticeship.
    PreApprenticeship,
    /// A community or technical college program.
    College,
    /// A registered apprenticeship.
    Apprenticeship,
    /// An internship.
    Internship,
    /// On-the-job training.
    OnTheJob,
    /// Paid work experience.
    PaidWorkExperience,
    /// Training run by an employer.
    Employer,
    /// Training run by a union or labor/management training fund.
    UnionFund,
}

impl ProgramKind {
    /// Bridge programs give adults the basic skills to enter further training.
    pub fn is_bridge(self) -> bool {
        matches!(
            self,
            Self::GedPreparation | Self::Esl | Self::WorkplaceLiteracy | Self::Developmental | Self::PreApprenticeship
        )
    }

    /// Work-based learning happens on a job.
    pub fn is_work_based(self) -> bool {
        matches!(self, Self::Apprenticeship | Self::Internship | Self::OnTheJob | Self::PaidWorkExperience)
    }
}

/// When a program meets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Schedule {
    /// Weekday daytime.
    Day,
    /// Weekday evenings.
    Evening,
    /// Weekends.
    Weekend,
    /// Online, at the learner's own times or live.
    Online,
}

/// Who pays part or all of a program's cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FundingKind {
    /// An employer's tuition assistance or tuition remission.
    EmployerTuition,
    /// A union or labor/management training fund.
    UnionFund,
    /// Public workforce funds such as WIOA individual training accounts.
    PublicWorkforce,
    /// A grant such as a Pell grant or a foundation grant.
    Grant,
}

/// One source of funding for a program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// The partner that pays.
    pub by: PartnerId,
    /// What kind of funding it is.
    pub kind: FundingKind,
    /// Dollars it covers; the whole cost when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers: Option<f64>,
    /// Who qualifies, as conditions the route engine checks against what a
    /// person says of themselves; `{}` for everyone who enrolls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible: Option<Eligibility>,
    /// Who qualifies, in words, such as "employees after 90 days". Without
    /// `eligible`, the funding is never assumed to apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<Text>,
}

impl Funding {
    /// Why the funding does not pay for `person`, or `None` when it does.
    /// Funding with no conditions at all pays for everyone; funding whose
    /// conditions are only words is never assumed to.
    pub fn unmet(&self, person: &Person) -> Option<Unmet> {
        match (&self.eligible, &self.eligibility) {
            (Some(conditions), _) => conditions.unmet(person),
            (None, Some(_)) => Some(Unmet::Unstated),
            (None, None) => None,
        }
    }
}

/// A bridge, training or work-based learning program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Program {
    /// Short id, lowercase with hyphens.
    pub id: ProgramId,
    /// The program's name.
    pub name: Text,
    /// What kind of program it is; the first five kinds are bridge programs.
    pub kind: ProgramKind,
    /// The partner that runs it.
    pub provider: PartnerId,
    /// The region it is offered in; taken from the file's `region` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionId>,
    /// How long it takes, in months.
    pub months: f64,
    /// Instruction hours, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
    /// Tuition, fees, books and exam costs in dollars, before any funding.
    pub cost: f64,
    /// Who pays part or all of the cost.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funding: Vec<Funding>,
    /// When it meets.
    pub schedule: Vec<Schedule>,
    /// True when the learner is paid while learning (apprenticeships, paid work experience, paid release time).
    #[serde(default, skip_serializing_if = "is_false")]
    pub paid: bool,
    /// Credentials a learner must hold to enroll.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<CredentialId>,
    /// Credentials the program awards.
    pub awards: Vec<CredentialId>,
    /// College credits that carry forward into a degree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub college_credits: Option<f64>,
    /// Other partners whose support services are open to this program's learners.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub support_from: Vec<PartnerId>,
    /// Who may enroll, when the program takes only some people (high-school
    /// students, a company's employees, a union's members).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible: Option<Eligibility>,
    /// For a paid apprenticeship: what the learner earns while learning, as a
    /// share of the wage of the rung it leads to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wage_schedule: Option<WageSchedule>,
    /// Where the program's facts come from.
    pub source: Source,
    /// True when the details are a typical example rather than one institution's published offering.
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
}

impl Program {
    /// The cost left to a learner after the funding with no conditions,
    /// which pays for everyone who enrolls.
    pub fn cost_to_learner(&self) -> f64 {
        self.cost_after(|f| {
            f.eligible.as_ref().is_some_and(|e| *e == Eligibility::default())
                || (f.eligible.is_none() && f.eligibility.is_none())
        })
    }

    /// The cost left to `person` after the funding they qualify for.
    pub fn cost_for(&self, person: &Person) -> f64 {
        self.cost_after(|f| f.unmet(person).is_none())
    }

    /// The cost left after the funding `applies` accepts.
    fn cost_after(&self, applies: impl Fn(&Funding) -> bool) -> f64 {
        let covered: f64 = self.funding.iter().filter(|f| applies(f)).map(|f| f.covers.unwrap_or(self.cost)).sum();
        (self.cost - covered).max(0.0)
    }

    /// Why `person` may not enroll, or `None` when they may.
    pub fn enrollment_unmet(&self, person: &Person) -> Option<Unmet> {
        self.eligible.as_ref().and_then(|e| e.unmet(person))
    }
}

/// An advancement step from one occupation to another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The occupation the step starts from; absent for a first job reached from no job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<OccupationId>,
    /// The occupation the step reaches.
    pub to: OccupationId,
    /// Credentials the step requires beyond those the occupation itself requires.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<CredentialId>,
    /// Months of experience in the `from` occupation the step requires.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub experience_months: f64,
    /// A note for the person climbing, such as "employer posts openings internally first".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// What the rung pays on this step when it differs from the occupation's
    /// (a promotion step of a pay scale); routes use it first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<PayRate>,
    /// True when the step's note is a typical example rather than a fact from a
    /// published source, so readers are told to check it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
    /// True when the data gives the step no wage change and the note says
    /// why: the two jobs share one BLS code and no public pay scale separates
    /// them, or the move brings no raise by design (steadier hours, the rung
    /// after it). A step to the same or lower pay is never left unexplained.
    #[serde(default, skip_serializing_if = "is_false")]
    pub no_wage_change: bool,
}

/// The roles a partner plays in a partnership.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PartnerRole {
    /// Convenes the partnership.
    Intermediary,
    /// Hires and promotes.
    Employer,
    /// A college, school or training provider.
    EducationProvider,
    /// A union or labor/management training fund.
    UnionFund,
    /// A community-based organisation.
    CommunityOrganization,
    /// A workforce board or American Job Center (One-Stop).
    WorkforceBoard,
    /// A funder.
    Funder,
}

/// Support services that help a person stay in training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SupportService {
    /// Help with child care.
    ChildCare,
    /// Bus passes, rides or gas cards.
    Transportation,
    /// Tools, uniforms, scrubs, boots.
    ToolsAndUniforms,
    /// A case manager.
    CaseManagement,
    /// Tutoring.
    Tutoring,
    /// Career coaching.
    Coaching,
}

/// A partner organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Short id, lowercase with hyphens.
    pub id: PartnerId,
    /// The partner's name, or a description such as "Area hospital employers" when illustrative.
    pub name: Text,
    /// The roles it plays.
    pub roles: Vec<PartnerRole>,
    /// The support services it offers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<SupportService>,
    /// The region it works in; taken from the file's `region` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionId>,
    /// What it does, in plain language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// True when the partner stands for a typical organisation rather than a named one.
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
}

/// Wage percentiles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Percentiles {
    /// 10th percentile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p10: Option<f64>,
    /// 25th percentile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p25: Option<f64>,
    /// Median.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<f64>,
    /// 75th percentile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p75: Option<f64>,
    /// 90th percentile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p90: Option<f64>,
}

impl Percentiles {
    /// The percentiles in order with their names, for checks and display.
    pub fn named(&self) -> [(&'static str, Option<f64>); 5] {
        [("p10", self.p10), ("p25", self.p25), ("median", self.median), ("p75", self.p75), ("p90", self.p90)]
    }
}

/// Wage figures for one occupation code in one region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Wage {
    /// The SOC 2018 code, such as `31-1131`.
    pub soc: String,
    /// The region; taken from the file's `region` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionId>,
    /// The occupation title as the source publishes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Hourly wages in dollars.
    #[serde(default)]
    pub hourly: Percentiles,
    /// Annual wages in dollars.
    #[serde(default)]
    pub annual: Percentiles,
    /// Employment estimate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<f64>,
    /// The source, such as "BLS Occupational Employment and Wage Statistics (OEWS), May 2025".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The reference year of the figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The source's area code the figures are for, such as `0012580`, or `0000000` for the nation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// True when the region's own figure was not published and the national figure stands in.
    #[serde(default, skip_serializing_if = "is_false")]
    pub national_fallback: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn funding_cannot_make_cost_negative() {
        let p: Program = serde_json::from_value(serde_json::json!({
            "id": "p", "name": "P", "kind": "college", "provider": "x", "months": 1.0, "cost": 100.0,
            "funding": [{"by": "x", "kind": "grant", "covers": 80.0}, {"by": "y", "kind": "grant", "covers": 80.0}],
            "schedule": ["day"], "awards": ["c"], "source": {"citation": "c", "date": "2025"}
        }))
        .unwrap();
        assert_eq!(p.cost_to_learner(), 0.0);
    }
}
