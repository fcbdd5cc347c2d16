//! What a person asks, and the same question with every id resolved against
//! the graph.

use crate::constraints::Constraints;
use crate::credset::CredSet;
use pathway_model::eligibility::Person;
use pathway_model::graph::{CredentialIx, OccupationIx};
use pathway_model::ids::{CredentialId, OccupationId, RegionId};
use pathway_model::PathwayGraph;

/// What a person asks: where they start, what they hold, where they want to go.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RouteQuery {
    /// The occupation they hold now; `None` for no job yet.
    pub start: Option<OccupationId>,
    /// The region, for a person with no job yet; otherwise the start's region.
    pub region: Option<RegionId>,
    /// Credentials they already hold, including a diploma or GED and an
    /// English level. Those their current occupation requires count as held
    /// whether listed or not.
    pub holds: Vec<CredentialId>,
    /// Months they have worked in their current occupation: required
    /// experience already served is not waited again.
    pub experience_months: f64,
    /// Where they want to go; `None` for every occupation they can climb to.
    pub target: Option<OccupationId>,
    /// What limits them.
    pub constraints: Constraints,
    /// What they have said about themselves that funding and enrollment
    /// conditions ask about. Their months with their employer are
    /// `experience_months`.
    pub person: Person,
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
    /// The employer or union the person names is not a partner in the data.
    UnknownPartner(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownOccupation(id) => write!(f, "no occupation has the id `{id}`"),
            Self::UnknownCredential(id) => write!(f, "no credential has the id `{id}`"),
            Self::UnknownRegion(id) => write!(f, "no region has the id `{id}`"),
            Self::UnknownPartner(id) => write!(f, "no partner has the id `{id}`"),
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
    pub(crate) person: Person,
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
    let mut held = query
        .holds
        .iter()
        .map(|id| graph.credential_ix(id).ok_or_else(|| QueryError::UnknownCredential(id.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    // Working in an occupation means holding what it requires: a nursing
    // assistant holds the CNA, and is never sent back to earn it.
    if let Some(s) = start {
        held.extend(graph.occupation(s).requires.iter().filter_map(|id| graph.credential_ix(id)));
    }
    add_implied(graph, &mut held);
    if let Some(region) = &query.region {
        if !graph.regions().iter().any(|r| &r.id == region) {
            return Err(QueryError::UnknownRegion(region.to_string()));
        }
    }
    let region = start.and_then(|s| graph.occupation(s).region.clone()).or_else(|| query.region.clone());
    let experience_months = if query.experience_months.is_finite() { query.experience_months.max(0.0) } else { 0.0 };
    for id in query.person.employer.iter().chain(&query.person.member_of) {
        if graph.partner_ix(id).is_none() {
            return Err(QueryError::UnknownPartner(id.to_string()));
        }
    }
    let person = Person { months_with_employer: experience_months, ..query.person.clone() };
    Ok(Resolved { start, region, held: CredSet::from_unsorted(held), experience_months, target, person })
}

/// Adds to `held` what every way of earning a held credential requires: an
/// LPN license is earned only through programs that need a diploma or GED,
/// so a licensed practical nurse holds one and is never sent to GED
/// preparation. A credential no program awards implies nothing.
fn add_implied(graph: &PathwayGraph, held: &mut Vec<CredentialIx>) {
    let mut i = 0;
    while let Some(&c) = held.get(i) {
        let id = &graph.credential(c).id;
        let earning = || graph.programs().map(|p| graph.program(p)).filter(|p| p.awards.contains(id));
        // What every way requires is among what the first way requires, so
        // only those are checked against the others; no list is built.
        if let Some(first) = earning().next() {
            for r in &first.requires {
                if earning().all(|p| p.requires.contains(r)) {
                    if let Some(r) = graph.credential_ix(r).filter(|r| !held.contains(r)) {
                        held.push(r);
                    }
                }
            }
        }
        i += 1;
    }
}
