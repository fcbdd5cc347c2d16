//! What a person asks, and the same question with every id resolved against
//! the graph.

use crate::constraints::Constraints;
use crate::credset::CredSet;
use pathway_model::graph::OccupationIx;
use pathway_model::ids::{CredentialId, OccupationId, RegionId};
use pathway_model::PathwayGraph;

/// What a person asks: where they start, what they hold, where they want to go.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RouteQuery {
    /// The occupation they hold now; `None` for no job yet.
    pub start: Option<OccupationId>,
    /// The region, for a person with no job yet; otherwise the start's region.
    pub region: Option<RegionId>,
    /// Credentials they already hold, including a diploma or GED and an English level.
    pub holds: Vec<CredentialId>,
    /// Months of experience they already have in their current occupation.
    pub experience_months: f64,
    /// Where they want to go; `None` for every occupation they can climb to.
    pub target: Option<OccupationId>,
    /// What limits them.
    pub constraints: Constraints,
}

/// Why a query could not be answered at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueryError {
    /// The start occupation is not in the data.
    UnknownOccupation(String),
    /// A credential the person holds is not in the data.
    UnknownCredential(String),
    /// The region is not in the data.
    UnknownRegion(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownOccupation(id) => write!(f, "no occupation has the id `{id}`"),
            Self::UnknownCredential(id) => write!(f, "no credential has the id `{id}`"),
            Self::UnknownRegion(id) => write!(f, "no region has the id `{id}`"),
        }
    }
}

impl std::error::Error for QueryError {}

/// A query with every id resolved against the graph.
#[derive(Clone, Debug)]
pub(crate) struct Resolved {
    pub(crate) start: Option<OccupationIx>,
    pub(crate) region: Option<RegionId>,
    pub(crate) held: CredSet,
    pub(crate) experience_months: f64,
    pub(crate) target: Option<OccupationIx>,
}

pub(crate) fn resolve(graph: &PathwayGraph, query: &RouteQuery) -> Result<Resolved, QueryError> {
    let start = match &query.start {
        Some(id) => Some(graph.occupation_ix(id).ok_or_else(|| QueryError::UnknownOccupation(id.to_string()))?),
        None => None,
    };
    let target = match &query.target {
        Some(id) => Some(graph.occupation_ix(id).ok_or_else(|| QueryError::UnknownOccupation(id.to_string()))?),
        None => None,
    };
    let held = query
        .holds
        .iter()
        .map(|id| graph.credential_ix(id).ok_or_else(|| QueryError::UnknownCredential(id.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(region) = &query.region {
        if !graph.regions().iter().any(|r| &r.id == region) {
            return Err(QueryError::UnknownRegion(region.to_string()));
        }
    }
    let region = start.and_then(|s| graph.occupation(s).region.clone()).or_else(|| query.region.clone());
    let experience_months = if query.experience_months.is_finite() { query.experience_months.max(0.0) } else { 0.0 };
    Ok(Resolved { start, region, held: CredSet::from_unsorted(held), experience_months, target })
}
