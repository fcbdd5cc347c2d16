//! What a rung pays when the partnership knows better than the BLS
//! occupation average: an employer's pay scale, a union contract, an
//! apprenticeship's wage schedule.

use crate::provenance::Source;
use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A pay rate with its source. Give the hourly or the annual figure (or
/// both); an hourly rate counts 2,080 hours a year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayRate {
    /// Dollars an hour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly: Option<f64>,
    /// Dollars a year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual: Option<f64>,
    /// Where the rate comes from: the pay scale, contract or wage schedule.
    pub source: Source,
}

/// An apprenticeship's wage schedule: what the apprentice earns while
/// learning, as a share of the journeyworker rate (the wage of the rung the
/// apprenticeship leads to), from the first period to the last.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WageSchedule {
    /// Percent of the journeyworker rate at the start, such as 60.
    pub start_percent: f64,
    /// Percent of the journeyworker rate in the last period, such as 90.
    pub end_percent: f64,
}

/// Hours in a full-time working year, for turning an hourly rate into an annual one.
pub const HOURS_PER_YEAR: f64 = 2080.0;

impl PayRate {
    /// The rate as dollars a year, when it gives one.
    pub fn annual(&self) -> Option<f64> {
        self.annual.or_else(|| self.hourly.map(|h| h * HOURS_PER_YEAR))
    }
}
