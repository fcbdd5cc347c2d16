//! The career pathway model: what a partnership's data says and the graph
//! built from it.
//!
//! Every other crate starts here: `pathway-routes` answers questions about
//! the graph, `pathway-authoring` reads and checks the YAML files that become
//! a [`Dataset`], and the site reads the region bundles of [`bundle`]. The
//! model does no IO and has no web dependency.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod bundle;
pub mod eligibility;
pub mod figures;
pub mod graph;
pub mod ids;
pub mod limits;
pub mod model;
pub mod pay;
pub mod provenance;
pub mod sorting;
pub mod text;
pub mod wire;

pub use graph::PathwayGraph;
pub use ids::{CredentialId, OccupationId, PartnerId, ProgramId, RegionId};
pub use model::Dataset;
