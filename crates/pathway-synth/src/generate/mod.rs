//! The generator itself: real O*NET occupations arranged into synthetic
//! ladders, with credentials, programs, partners, advancement steps and wages
//! invented to look like a national pathway dataset.
//!
//! The shape:
//!
//! - **Ladders.** Occupations are grouped by SOC major group (a copy of a group
//!   is its own ladder when the list is reused to reach a larger size). Each
//!   SOC code gets a synthetic level from 0 (entry role) to 4 by the rank of
//!   its real national median wage within its group (codes without one are
//!   placed by their title), so about a quarter of each group are entry roles.
//! - **Credentials.** Every rung above entry has its own credential (a
//!   certificate or certification low on the ladder, an apprenticeship,
//!   associate or bachelor's degree higher up); about half the rungs from level
//!   2 up are licensed, with a license earned after the credential. A diploma,
//!   an English level, a college-ready placement and one pre-apprenticeship
//!   certificate per ladder are the prerequisites bridge programs award.
//! - **Programs.** About `programs_per_occupation` per occupation in all: a
//!   few national bridge programs, one license review per license, and the
//!   rest spread over the rung credentials as alternatives (day, evening,
//!   online, work-based, employer-sponsored, workforce-funded), with the
//!   schedules, pay, length, cost and funding those kinds usually have.
//! - **Steps.** `steps_per_occupation` per occupation: first one step up into
//!   every rung above entry, then random steps up (about 55%), lateral (30%)
//!   and across ladders (15%), with months of experience. Steps are
//!   advancement: none leads to a lower level, and a lateral or cross-ladder
//!   step at the same level leads to a better-paid occupation, so the steps
//!   form no cycle.
//! - **Wages.** A synthetic annual median per SOC code that rises with level
//!   (each level about 30% above the one below) and differs by group, marked
//!   with the source "synthetic benchmark data" and the year 2025.
//!
//! [`national_dataset`] puts the parts together; each part is made in a
//! module of its own: `levels`, `ladders`, `partners`, `credentials`,
//! `bridges`, `rung_programs`, `steps` and `wages`, with the record
//! constructors they share in `records` and the rounding in `units`.

use crate::onet::{self, ONET_ATTRIBUTION};
use crate::rng::SplitMix64;
use crate::SynthConfig;
use pathway_model::ids::RegionId;
use pathway_model::model::Region;
use pathway_model::Dataset;

mod bridges;
mod credentials;
mod ladders;
mod levels;
mod partners;
mod records;
mod rung_programs;
mod steps;
mod units;
mod wages;

/// The one region of the synthetic national dataset.
pub const REGION: &str = "united-states";
/// The source every synthetic wage carries.
pub const WAGE_SOURCE: &str = "synthetic benchmark data";
/// The reference year every synthetic wage carries.
pub const WAGE_YEAR: u16 = 2025;
/// The high-school diploma or equivalent that GED programs award.
pub const DIPLOMA: &str = "hs-diploma-or-ged";
/// The English level that ESL and workplace literacy programs award.
pub const ENGLISH: &str = "english-intermediate";
/// The college-ready placement that developmental education awards.
pub const COLLEGE_READY: &str = "college-ready";

/// Builds the dataset for `config`. The same config always gives the same dataset.
pub fn national_dataset(config: &SynthConfig) -> Dataset {
    let seed = config.seed;
    let n = config.occupations;
    // The programs and steps share one generator, so a seed gives the same
    // dataset only while its draws keep their order: bridge programs, license
    // reviews, rung programs, then steps. Levels, rung credentials and wages
    // draw from generators of their own, so where they are made does not
    // change them.
    let mut rng = SplitMix64::derived(seed, "main");
    let list = onet::occupations();
    let levels = levels::soc_levels(&list, seed);
    let (ladders, mut rungs) = ladders::ladders_and_rungs(&list, &levels, n);
    let national = partners::NationalPartners::new(n);
    let partners = partners::partners(&ladders, &national);

    let mut credentials = credentials::prerequisites(&ladders);
    credentials.extend(credentials::award_rung_credentials(seed, &mut rungs));
    let occupations = ladders::occupations(&rungs);

    let mut programs = bridges::bridge_programs(&mut rng, &ladders, &national, n);
    programs.extend(rung_programs::license_reviews(&mut rng, &rungs, &ladders));
    // The rung credentials share whatever the program budget leaves after the bridges and reviews.
    let budget = (n * config.programs_per_occupation).saturating_sub(programs.len());
    programs.extend(rung_programs::credential_programs(&mut rng, &rungs, &ladders, &national.boards, budget));

    let pay = wages::rung_pay(seed, &rungs);
    let steps = steps::steps(&mut rng, &rungs, &ladders, &pay, n * config.steps_per_occupation);
    let wages = wages::wages(seed, &list, &levels, &rungs);

    Dataset { regions: vec![region()], occupations, credentials, programs, steps, partners, wages }
}

/// The one region, which says the data is synthetic and where the titles come from.
fn region() -> Region {
    Region {
        id: RegionId::from(REGION),
        name: "United States (synthetic national benchmark)".to_owned().into(),
        languages: Vec::new(),
        oews_area: None,
        description: Some(format!(
            "Synthetic benchmark data: real O*NET titles ({ONET_ATTRIBUTION}) on generated ladders, programs and wages. Not advice for learners."
        ).into()),
    }
}
