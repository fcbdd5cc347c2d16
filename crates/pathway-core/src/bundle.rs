//! The compiled data bundle the site loads: a checked dataset as compact JSON
//! with a format version, so the site never parses YAML and can tell a bundle
//! written for another version apart from a damaged one.

use crate::graph::{GraphError, PathwayGraph};
use crate::model::Dataset;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The bundle format this build writes and reads. Raise it whenever the
/// serialized [`Dataset`] changes shape.
pub const BUNDLE_FORMAT: u32 = 1;

/// The bundle as written to disk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// The format version, [`BUNDLE_FORMAT`] when written by this build.
    pub format: u32,
    /// The checked dataset.
    pub dataset: Dataset,
}

/// Why a bundle could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// The bytes are not the JSON of a bundle (truncated, not JSON, an HTML error page).
    Malformed {
        /// The 1-based line of the problem.
        line: usize,
        /// The 1-based column of the problem.
        column: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// The bundle was written for another format version.
    WrongFormat {
        /// The version in the bundle.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// The bundle parses but its entries do not fit together.
    Inconsistent(GraphError),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed { line, column, message } => {
                write!(f, "the data file is damaged or incomplete (line {line}, column {column}: {message})")
            }
            Self::WrongFormat { found, expected } if found < expected => write!(
                f,
                "the data file is from an older version (format {found}; this site reads format {expected}): rebuild it with `pathways build`"
            ),
            Self::WrongFormat { found, expected } => write!(
                f,
                "the data file is from a newer version (format {found}; this site reads format {expected}): publish the site and its data from the same build"
            ),
            Self::Inconsistent(e) => write!(f, "the data file does not fit together: {e}"),
        }
    }
}

impl std::error::Error for BundleError {}

/// Only the version, read first so a bundle of another format is named as such
/// rather than reported as a field-by-field mismatch.
#[derive(Deserialize)]
struct FormatProbe {
    format: u32,
}

fn malformed(e: &serde_json::Error) -> BundleError {
    BundleError::Malformed { line: e.line(), column: e.column(), message: e.to_string() }
}

impl Bundle {
    /// Wraps a checked dataset.
    pub fn new(dataset: Dataset) -> Self {
        Self { format: BUNDLE_FORMAT, dataset }
    }

    /// The bundle as compact JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a dataset always serializes")
    }

    /// Reads a bundle and builds its graph.
    pub fn parse(text: &str) -> Result<PathwayGraph, BundleError> {
        let probe: FormatProbe = serde_json::from_str(text).map_err(|e| malformed(&e))?;
        if probe.format != BUNDLE_FORMAT {
            return Err(BundleError::WrongFormat { found: probe.format, expected: BUNDLE_FORMAT });
        }
        let bundle: Bundle = serde_json::from_str(text).map_err(|e| malformed(&e))?;
        PathwayGraph::build(bundle.dataset).map_err(BundleError::Inconsistent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_an_empty_dataset() {
        let text = Bundle::new(Dataset::default()).to_json();
        let graph = Bundle::parse(&text).expect("parses");
        assert_eq!(graph.dataset(), &Dataset::default());
    }

    #[test]
    fn names_truncation_and_old_formats() {
        let text = Bundle::new(Dataset::default()).to_json();
        let cut = Bundle::parse(&text[..text.len() / 2]).unwrap_err();
        assert!(matches!(cut, BundleError::Malformed { .. }), "{cut}");
        let old = Bundle::parse(r#"{"format":0,"dataset":{}}"#).unwrap_err();
        assert_eq!(old, BundleError::WrongFormat { found: 0, expected: BUNDLE_FORMAT });
        assert!(old.to_string().contains("rebuild"));
        let html = Bundle::parse("<!doctype html><p>Not found</p>").unwrap_err();
        assert!(html.to_string().contains("damaged"));
    }

    #[test]
    fn broken_references_are_errors() {
        let text = r#"{"format":1,"dataset":{"regions":[],"occupations":[],"credentials":[],"programs":[],
            "steps":[{"to":"nowhere"}],"partners":[],"wages":[]}}"#;
        let err = Bundle::parse(text).unwrap_err();
        assert!(err.to_string().contains("unknown occupation `nowhere`"), "{err}");
    }
}
