//! The terms the CTDL export writes and the import reads: CTDL's classes and
//! properties, the extension terms for what CTDL cannot say, the `@context`
//! that declares both, and the mappings between the pathway model's kinds and
//! CTDL's classes.

use pathway_model::model::{CredentialKind, ProgramKind};
use serde_json::{json, Value};

/// CTDL's JSON-LD context, which defines the `ceterms:` and `ceasn:` prefixes.
pub const CTDL_CONTEXT: &str = "https://credreg.net/ctdl/schema/context/json";

/// The prefix of the extension terms.
pub const EXTENSION_PREFIX: &str = "pathways";

/// The IRI the extension prefix stands for. A URN, since the terms are
/// defined by this project's documentation rather than by a web page it owns.
pub const EXTENSION_IRI: &str = "urn:career-pathways:ctdl:";

/// `ceterms:Pathway`: one per region.
pub const PATHWAY: &str = "ceterms:Pathway";
/// `ceterms:JobComponent`: an occupation.
pub const JOB: &str = "ceterms:JobComponent";
/// `ceterms:CredentialComponent`: a credential.
pub const CREDENTIAL: &str = "ceterms:CredentialComponent";
/// `ceterms:CourseComponent`: a training program.
pub const COURSE: &str = "ceterms:CourseComponent";
/// `ceterms:BasicComponent`: a bridge program.
pub const BASIC: &str = "ceterms:BasicComponent";
/// `ceterms:WorkExperienceComponent`: work-based learning.
pub const WORK_EXPERIENCE: &str = "ceterms:WorkExperienceComponent";
/// `ceterms:ComponentCondition`: what completing a component takes.
pub const CONDITION: &str = "ceterms:ComponentCondition";
/// `ceterms:CredentialAlignmentObject`: an occupation code in a classification.
pub const ALIGNMENT: &str = "ceterms:CredentialAlignmentObject";

/// The forms of "lower in the hierarchy" the import accepts: CTDL-ASN's, which
/// the CTDL terms use for pathway components, and the `ceterms:` spelling some
/// publishers write.
pub const HAS_CHILD: [&str; 2] = ["ceasn:hasChild", "ceterms:hasChild"];
/// The forms of "higher in the hierarchy", the inverse of [`HAS_CHILD`].
pub const IS_CHILD_OF: [&str; 2] = ["ceasn:isChildOf", "ceterms:isChildOf"];
/// The forms of "part of a pathway" the import accepts on a component.
pub const IS_PART_OF: [&str; 2] = ["ceterms:isPartOf", "ceasn:isPartOf"];
/// The forms of "has this component" the import accepts on a pathway.
pub const HAS_PART: [&str; 2] = ["ceterms:hasPart", "ceasn:hasPart"];
/// The forms of "destination of" the import accepts on a component.
pub const IS_DESTINATION_OF: [&str; 2] = ["ceterms:isDestinationComponentOf", "ceasn:isDestinationComponentOf"];
/// The forms of "destination" the import accepts on a pathway.
pub const HAS_DESTINATION: [&str; 2] = ["ceterms:hasDestinationComponent", "ceasn:hasDestinationComponent"];

/// The Standard Occupational Classification, whose codes BLS publishes wages under.
pub const SOC_FRAMEWORK: &str = "https://www.bls.gov/soc/2018/";
/// The SOC framework's name.
pub const SOC_FRAMEWORK_NAME: &str = "Standard Occupational Classification (SOC) 2018";
/// The O*NET-SOC taxonomy, which splits some SOC codes more finely.
pub const ONET_FRAMEWORK: &str = "https://www.onetcenter.org/taxonomy/2019/list.html";
/// The O*NET-SOC framework's name.
pub const ONET_FRAMEWORK_NAME: &str = "O*NET-SOC 2019 Taxonomy";
/// An O*NET-SOC occupation's page on O*NET OnLine.
pub const ONET_SUMMARY: &str = "https://www.onetonline.org/link/summary/";

/// An extension term, such as `pathways:months`.
pub fn ext(term: &str) -> String {
    format!("{EXTENSION_PREFIX}:{term}")
}

/// Extension terms whose values are JSON kept as written (`"@type": "@json"`):
/// the model's own shapes, documented with the pathway files' schema.
pub const JSON_TERMS: [&str; 7] = ["pay", "wages", "partners", "funding", "eligible", "wageSchedule", "source"];

/// Extension terms whose values are ordered lists of plain values.
pub const LIST_TERMS: [&str; 4] = ["keywords", "schedule", "supportFrom", "languages"];

/// Extension terms whose values are texts by language, like `ceterms:name`.
pub const LANGUAGE_TERMS: [&str; 1] = ["issuer"];

/// The document's `@context`: CTDL's, then the extension prefix with the
/// terms whose values are not plain literals.
pub fn context() -> Value {
    let mut ours = serde_json::Map::new();
    ours.insert("@version".into(), json!(1.1));
    ours.insert(EXTENSION_PREFIX.into(), json!(EXTENSION_IRI));
    for term in JSON_TERMS {
        ours.insert(ext(term), json!({ "@type": "@json" }));
    }
    for term in LIST_TERMS {
        ours.insert(ext(term), json!({ "@container": "@list" }));
    }
    for term in LANGUAGE_TERMS {
        ours.insert(ext(term), json!({ "@container": "@language" }));
    }
    json!([CTDL_CONTEXT, Value::Object(ours)])
}

/// The kinds of node the export names, each with its own `@id` form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// A region's pathway.
    Region,
    /// An occupation.
    Occupation,
    /// A credential.
    Credential,
    /// A program.
    Program,
}

impl NodeKind {
    fn word(self) -> &'static str {
        match self {
            Self::Region => "region",
            Self::Occupation => "occupation",
            Self::Credential => "credential",
            Self::Program => "program",
        }
    }
}

/// A node's `@id`: a blank node label that keeps the entry's id readable,
/// such as `_:occupation:rn`. Blank nodes, because the export is a document
/// of its own: the registry assigns its own IRIs when a graph is published.
pub fn node_id(kind: NodeKind, id: &str) -> String {
    format!("_:{}:{id}", kind.word())
}

/// The entry id in a node id written by [`node_id`] for `kind`, if it is one.
pub fn entry_id(kind: NodeKind, node: &str) -> Option<&str> {
    node.strip_prefix("_:")?.strip_prefix(kind.word())?.strip_prefix(':')
}

/// A Credential Transparency Identifier for a node: `ce-` and a UUID in
/// version 4 form, derived from the node's id so that exporting the same data
/// again gives the same identifiers (the registry treats a CTID as the
/// identity of a resource across updates).
pub fn ctid(node: &str) -> String {
    let a = fnv1a(node.as_bytes(), 0xcbf2_9ce4_8422_2325);
    let b = fnv1a(node.as_bytes(), 0x6c62_272e_07bb_0142);
    let hex = format!("{a:016x}{b:016x}");
    let mut digits: Vec<char> = hex.chars().collect();
    // The version nibble says 4 and the variant nibble is one of 8, 9, a, b,
    // as RFC 9562 lays out a random UUID.
    digits[12] = '4';
    let variant = digits[16].to_digit(16).unwrap_or(0) & 3;
    digits[16] = ['8', '9', 'a', 'b'][variant as usize];
    let d: String = digits.into_iter().collect();
    format!("ce-{}-{}-{}-{}-{}", &d[0..8], &d[8..12], &d[12..16], &d[16..20], &d[20..32])
}

/// The 64-bit FNV-1a hash from a given starting value.
fn fnv1a(bytes: &[u8], start: u64) -> u64 {
    bytes.iter().fold(start, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// The CTDL credential class that says what kind of credential a credential
/// is, for `ceterms:credentialType`.
pub fn credential_type(kind: CredentialKind) -> &'static str {
    match kind {
        CredentialKind::Diploma => "ceterms:SecondarySchoolDiploma",
        CredentialKind::Certificate => "ceterms:Certificate",
        CredentialKind::Certification => "ceterms:Certification",
        CredentialKind::License => "ceterms:License",
        CredentialKind::Apprenticeship => "ceterms:ApprenticeshipCertificate",
        CredentialKind::Associate => "ceterms:AssociateDegree",
        CredentialKind::Bachelor => "ceterms:BachelorDegree",
        // CTDL's proficiency certificate is awarded on an assessment of skills
        // in one area, language among its examples: an English level shown
        // by a placement test is that.
        CredentialKind::EnglishLevel => "ceterms:ProficiencyCertificate",
    }
}

/// The credential kind a `ceterms:credentialType` value stands for, with the
/// neighbouring CTDL classes a publisher may use for the same kind.
pub fn credential_kind(credential_type: &str) -> Option<CredentialKind> {
    let class = credential_type.strip_prefix("ceterms:").unwrap_or(credential_type);
    Some(match class {
        "SecondarySchoolDiploma" | "GeneralEducationDevelopment" | "Diploma" => CredentialKind::Diploma,
        "Certificate" | "CertificateOfCompletion" | "AcademicCertificate" | "ProfessionalCertificate" => {
            CredentialKind::Certificate
        }
        "Certification" => CredentialKind::Certification,
        "License" => CredentialKind::License,
        "ApprenticeshipCertificate" | "JourneymanCertificate" => CredentialKind::Apprenticeship,
        "AssociateDegree"
        | "AssociateOfAppliedArtsDegree"
        | "AssociateOfAppliedScienceDegree"
        | "AssociateOfArtsDegree"
        | "AssociateOfScienceDegree" => CredentialKind::Associate,
        "BachelorDegree" | "BachelorOfArtsDegree" | "BachelorOfScienceDegree" => CredentialKind::Bachelor,
        "ProficiencyCertificate" => CredentialKind::EnglishLevel,
        _ => return None,
    })
}

/// The CTDL component class of a program: work-based learning, a bridge, or
/// a course.
pub fn program_class(kind: ProgramKind) -> &'static str {
    if kind.is_work_based() {
        WORK_EXPERIENCE
    } else if kind.is_bridge() {
        BASIC
    } else {
        COURSE
    }
}

/// An O*NET-SOC code: an SOC code, a point, two digits.
pub fn is_onet(code: &str) -> bool {
    code.len() == 10
        && is_soc(&code[..7])
        && code.as_bytes()[7] == b'.'
        && code[8..].bytes().all(|b| b.is_ascii_digit())
}

/// An SOC code: two digits, a hyphen, four digits.
pub fn is_soc(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 7 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctids_are_stable_and_have_the_registry_form() {
        let a = ctid("_:occupation:rn");
        assert_eq!(a, ctid("_:occupation:rn"));
        assert_ne!(a, ctid("_:occupation:lpn"));
        assert_eq!(a.len(), 39, "{a}");
        let parts: Vec<&str> = a.trim_start_matches("ce-").split('-').collect();
        assert_eq!(parts.iter().map(|p| p.len()).collect::<Vec<_>>(), [8, 4, 4, 4, 12]);
        assert!(parts[2].starts_with('4'), "{a}");
        assert!("89ab".contains(&parts[3][..1]), "{a}");
    }

    #[test]
    fn every_credential_kind_maps_back_to_itself() {
        for kind in [
            CredentialKind::Diploma,
            CredentialKind::Certificate,
            CredentialKind::Certification,
            CredentialKind::License,
            CredentialKind::Apprenticeship,
            CredentialKind::Associate,
            CredentialKind::Bachelor,
            CredentialKind::EnglishLevel,
        ] {
            assert_eq!(credential_kind(credential_type(kind)), Some(kind));
        }
        assert_eq!(credential_kind("ceterms:Badge"), None);
    }

    #[test]
    fn node_ids_give_back_their_entry_id() {
        let id = node_id(NodeKind::Program, "cna-course");
        assert_eq!(entry_id(NodeKind::Program, &id), Some("cna-course"));
        assert_eq!(entry_id(NodeKind::Credential, &id), None);
    }
}
