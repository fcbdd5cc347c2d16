//! The bundle reader's tests: damaged, old and mistyped files are named.

use super::read::*;
use super::*;
use crate::model::*;
use serde::Serialize;

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
    check(&PARTNER_ROLES);
    let count = |k: PartnerRole| match k {
        PartnerRole::Intermediary
        | PartnerRole::Employer
        | PartnerRole::EducationProvider
        | PartnerRole::UnionFund
        | PartnerRole::CommunityOrganization
        | PartnerRole::WorkforceBoard
        | PartnerRole::Funder => 7,
    };
    assert_eq!(PARTNER_ROLES.len(), count(PartnerRole::Funder));
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
    let err =
        Bundle::parse(r#"{"format":2,"dataset":{"occupations":[{"id":"a","soc":"1","title":"A","keywords":"x"}]}}"#)
            .unwrap_err();
    assert!(err.to_string().contains("`keywords`"), "{err}");
}

#[test]
fn broken_references_are_errors() {
    let text = r#"{"format":2,"region":"x","dataset":{"steps":[{"to":"nowhere"}]}}"#;
    let err = Bundle::parse(text).unwrap_err();
    assert!(err.to_string().contains("unknown occupation `nowhere`"), "{err}");
}
