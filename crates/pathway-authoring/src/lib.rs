//! Authoring pathway data: YAML files to a checked [`Dataset`], with every
//! problem located by file, line and column; the JSON Schema editors use; the
//! public JSON and GraphML export; and the bundles the site loads.
//!
//! It does no IO: it parses the bytes it is handed and returns values, so the
//! CLI and the tests run the same code. The site never depends on it.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod diagnostics;
pub mod export;
pub mod id_rules;
pub mod languages;
pub mod load;
pub mod origins;
pub mod publish;
pub mod schema;
pub mod sources;
pub mod validate;
#[cfg(test)]
mod validate_tests;

pub use diagnostics::{Diagnostic, Diagnostics, Location, Severity};
use pathway_model::Dataset;

/// The outcome of checking a set of pathway files.
#[derive(Debug)]
pub struct CheckReport {
    /// The dataset, when it has no errors (warnings allowed).
    pub dataset: Option<Dataset>,
    /// Every problem found, sorted by place.
    pub diagnostics: Diagnostics,
}

/// Parses and validates pathway files, collecting every problem in one run.
pub fn check_files(files: &[load::RawFile]) -> CheckReport {
    let loaded = load::load_files(files);
    let mut diagnostics = loaded.diagnostics;
    if files.is_empty() {
        diagnostics.push(Diagnostic::error(
            Location { file: ".".into(), line: None, column: None },
            "no pathway files (*.yaml) were found",
        ));
    }
    // A file that does not parse leaves the dataset without its entries, and
    // checking the rest would blame other files for what is missing; the
    // syntax comes first, and the rest is checked once every file reads.
    if !diagnostics.has_errors() {
        diagnostics.0.extend(validate::validate(&loaded.dataset, &loaded.origins).0);
    }
    diagnostics.sort();
    let dataset = (!diagnostics.has_errors()).then_some(loaded.dataset);
    CheckReport { dataset, diagnostics }
}
