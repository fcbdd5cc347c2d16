//! Credential records. The prerequisites are a diploma, an English level, a
//! college-ready placement and one pre-apprenticeship certificate per ladder,
//! which bridge programs award. Every rung above entry has its own credential,
//! of a kind that suits its level, and about half the rungs from level 2 up
//! also need a license, earned after the credential.

use super::ladders::{Ladder, Rung, TRADES};
use super::records::credential;
use super::{COLLEGE_READY, DIPLOMA, ENGLISH};
use crate::rng::SplitMix64;
use pathway_model::ids::CredentialId;
use pathway_model::model::{Credential, CredentialKind};

/// The credentials bridge programs award: the diploma, the English level and
/// the college-ready placement, then each ladder's pre-apprenticeship
/// certificate in ladder order.
pub(super) fn prerequisites(ladders: &[Ladder]) -> Vec<Credential> {
    let mut out = vec![
        credential(&CredentialId::from(DIPLOMA), "High-school diploma or GED".to_owned(), CredentialKind::Diploma),
        credential(&CredentialId::from(ENGLISH), "Intermediate English".to_owned(), CredentialKind::EnglishLevel),
        credential(
            &CredentialId::from(COLLEGE_READY),
            "College-ready placement (developmental education completed)".to_owned(),
            CredentialKind::Certificate,
        ),
    ];
    for l in ladders {
        out.push(credential(
            &l.pre_apprenticeship,
            format!("Pre-apprenticeship certificate ({})", l.name),
            CredentialKind::Certificate,
        ));
    }
    out
}

/// Gives every rung above entry its credential, and some of those from level
/// 2 up a license, and returns their records, each license after its
/// credential. Each rung draws from a generator of its own, derived from the
/// seed and its id, so its credential does not depend on the other rungs.
pub(super) fn award_rung_credentials(seed: u64, rungs: &mut [Rung]) -> Vec<Credential> {
    let mut out = Vec::new();
    for rung in rungs.iter_mut().filter(|r| r.level > 0) {
        let mut own = SplitMix64::derived(seed, rung.id.as_str());
        let trades = TRADES.contains(&rung.base.major_group());
        let (kind, words) = match rung.level {
            1 if own.chance(0.5) => (CredentialKind::Certificate, "certificate"),
            1 => (CredentialKind::Certification, "certification"),
            2 if trades && own.chance(0.6) => (CredentialKind::Apprenticeship, "apprenticeship completion"),
            2 if own.chance(0.5) => (CredentialKind::Certification, "certification"),
            2 => (CredentialKind::Certificate, "advanced certificate"),
            3 if trades && own.chance(0.5) => (CredentialKind::Apprenticeship, "journeyworker certificate"),
            3 => (CredentialKind::Associate, "associate degree"),
            _ => (CredentialKind::Bachelor, "bachelor's degree"),
        };
        let id = CredentialId(format!("{}-cred", rung.id));
        out.push(credential(&id, format!("{}: {words}", rung.title), kind));
        rung.credential = Some(id);
        if rung.level >= 2 && own.chance(0.45) {
            let lic = CredentialId(format!("{}-lic", rung.id));
            out.push(credential(&lic, format!("{}: state license", rung.title), CredentialKind::License));
            rung.license = Some(lic);
        }
    }
    out
}
