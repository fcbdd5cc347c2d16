//! Partner records. Each ladder has community colleges, a state university,
//! employer consortia, a training fund and a community organization; the
//! whole country shares adult education providers, which run the bridge
//! programs, and workforce boards, which fund and support programs.

use super::ladders::{Ladder, TRADES};
use super::records::partner;
use pathway_model::ids::PartnerId;
use pathway_model::model::{Partner, PartnerRole, SupportService};

/// The national partners, one adult education provider per 250 occupations
/// and one workforce board per 150, with at least two of each.
pub(super) struct NationalPartners {
    /// The adult education providers.
    pub(super) adult_ed: Vec<PartnerId>,
    /// The workforce boards.
    pub(super) boards: Vec<PartnerId>,
}

impl NationalPartners {
    /// The national partners of a dataset of `n` occupations.
    pub(super) fn new(n: usize) -> Self {
        let adult_ed = (0..(n / 250).max(2)).map(|k| PartnerId(format!("adult-education-{}", k + 1))).collect();
        let boards = (0..(n / 150).max(2)).map(|k| PartnerId(format!("workforce-board-{}", k + 1))).collect();
        Self { adult_ed, boards }
    }
}

/// Every partner record: each ladder's partners in ladder order, then the
/// adult education providers, then the workforce boards.
pub(super) fn partners(ladders: &[Ladder], national: &NationalPartners) -> Vec<Partner> {
    let mut out = Vec::new();
    for l in ladders {
        ladder_partners(l, &mut out);
    }
    national_partners(national, &mut out);
    out
}

/// The partners of one ladder: colleges, university, employers, training fund
/// and community organization.
fn ladder_partners(l: &Ladder, out: &mut Vec<Partner>) {
    let name = &l.name;
    for (k, id) in l.colleges.iter().enumerate() {
        out.push(partner(
            id,
            format!("Community college {} ({name})", k + 1),
            vec![PartnerRole::EducationProvider],
            vec![SupportService::Tutoring],
        ));
    }
    out.push(partner(
        &l.university,
        format!("State university ({name})"),
        vec![PartnerRole::EducationProvider],
        Vec::new(),
    ));
    for (k, id) in l.employers.iter().enumerate() {
        out.push(partner(
            id,
            format!("{name} employers, consortium {}", k + 1),
            vec![PartnerRole::Employer],
            Vec::new(),
        ));
    }
    let trades = TRADES.contains(&l.group);
    let fund_role = if trades { PartnerRole::UnionFund } else { PartnerRole::Funder };
    let fund_name = if trades {
        format!("{name} labor/management training fund")
    } else {
        format!("{name} industry training fund")
    };
    out.push(partner(&l.fund, fund_name, vec![fund_role], vec![SupportService::ToolsAndUniforms]));
    out.push(partner(
        &l.community,
        format!("Community organization ({name})"),
        vec![PartnerRole::CommunityOrganization],
        vec![SupportService::ChildCare, SupportService::Transportation, SupportService::CaseManagement],
    ));
}

/// The national partners' records: every other adult education provider also
/// offers child care, and every other workforce board transportation.
fn national_partners(national: &NationalPartners, out: &mut Vec<Partner>) {
    for (k, id) in national.adult_ed.iter().enumerate() {
        let mut services = vec![SupportService::Tutoring, SupportService::CaseManagement];
        if k % 2 == 0 {
            services.push(SupportService::ChildCare);
        }
        out.push(partner(
            id,
            format!("Adult education provider {}", k + 1),
            vec![PartnerRole::EducationProvider, PartnerRole::CommunityOrganization],
            services,
        ));
    }
    for (k, id) in national.boards.iter().enumerate() {
        let mut services = vec![SupportService::Coaching, SupportService::CaseManagement];
        if k % 2 == 1 {
            services.push(SupportService::Transportation);
        }
        out.push(partner(
            id,
            format!("Workforce board {}", k + 1),
            vec![PartnerRole::WorkforceBoard, PartnerRole::Funder],
            services,
        ));
    }
}
