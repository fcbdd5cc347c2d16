//! The career pathway core: the domain model, its validation, the pathway
//! graph and the queries people ask of it.
//!
//! The core does no IO. It parses what it is handed (YAML file bytes with the
//! `yaml` feature, a compiled bundle always) and answers queries, so the CLI,
//! the tests and the site's WebAssembly run exactly the same code.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod bundle;
pub mod diagnostics;
pub mod export;
pub mod figures;
pub mod graph;
pub mod ids;
#[cfg(feature = "yaml")]
pub mod load;
pub mod model;
pub mod origins;
pub mod routes;
pub mod sorting;
#[cfg(feature = "schema")]
pub mod schema;
pub mod validate;
pub mod wire;
#[cfg(all(test, feature = "yaml"))] mod validate_tests;

pub use diagnostics::{Diagnostic, Diagnostics, Location, Severity};
pub use graph::PathwayGraph;
pub use ids::{CredentialId, OccupationId, PartnerId, ProgramId, RegionId};
pub use model::Dataset;

/// The outcome of checking a set of pathway files.
#[cfg(feature = "yaml")]
#[derive(Debug)]
pub struct CheckReport {
    /// The dataset, when it has no errors (warnings allowed).
    pub dataset: Option<Dataset>,
    /// Every problem found, sorted by place.
    pub diagnostics: Diagnostics,
}

/// Parses and validates pathway files, collecting every problem in one run.
#[cfg(feature = "yaml")]
pub fn check_files(files: &[load::RawFile]) -> CheckReport {
    let loaded = load::load_files(files);
    let mut diagnostics = loaded.diagnostics;
    if files.is_empty() {
        diagnostics.push(Diagnostic::error(
            Location { file: ".".into(), line: None, column: None },
            "no pathway files (*.yaml) were found",
        ));
    }
    diagnostics.0.extend(validate::validate(&loaded.dataset, &loaded.origins).0);
    diagnostics.sort();
    let dataset = (!diagnostics.has_errors()).then_some(loaded.dataset);
    CheckReport { dataset, diagnostics }
}
