//! The compiled data the site loads: a small index naming the regions, and
//! one bundle per region with that region's checked dataset, each as compact
//! JSON with a format version. The site fetches the index and the one region
//! its view shows, never parses YAML, and tells a file written for another
//! version apart from a damaged one.
//!
//! Bundles carry only the fields the site reads (the authoring crate's
//! `publish` writes them), and the site reads them with the small reader in
//! [`crate::wire`] rather than serde, which keeps its WebAssembly small.

use crate::graph::GraphError;
use crate::ids::RegionId;
use crate::model::Dataset;
use crate::text::Text;
use serde::Serialize;
use std::fmt;

/// The format this build writes and reads. Raise it whenever the index or a
/// region bundle changes shape. Format 1 was one bundle with every region.
/// Format 2 had no languages; format 3 adds them to the index and names a
/// bundle per language (see [`region_file_in`]).
pub const BUNDLE_FORMAT: u32 = 3;

/// The oldest format this build still reads: format 2 files are format 3
/// files in one language.
pub const OLDEST_READABLE_FORMAT: u32 = 2;

/// The index's file name; region bundles sit beside it (see [`region_file`]).
pub const INDEX_FILE: &str = "pathways.json";

/// The file name of a region's bundle in its default language, beside the index.
pub fn region_file(region: &RegionId) -> String {
    format!("pathways-{region}.json")
}

/// The file name of a region's bundle in `lang`: the default language's
/// bundle is [`region_file`], every other language's carries its code.
pub fn region_file_in(region: &RegionId, lang: &str, default_lang: &str) -> String {
    if lang == default_lang {
        region_file(region)
    } else {
        format!("pathways-{region}.{lang}.json")
    }
}

/// The file name of a region's job list in `lang` (see [`JobList`]): its
/// bundle's name with `.jobs` before `.json`.
pub fn jobs_file_in(region: &RegionId, lang: &str, default_lang: &str) -> String {
    let bundle = region_file_in(region, lang, default_lang);
    format!("{}.jobs.json", bundle.trim_end_matches(".json"))
}

/// The index as written to disk: the regions, each with a bundle of its own.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BundleIndex {
    /// The format version, [`BUNDLE_FORMAT`] when written by this build.
    pub format: u32,
    /// The regions, in data order; the first is shown when a view names none.
    pub regions: Vec<IndexRegion>,
}

/// A region as the index lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndexRegion {
    /// The region's id, which names its bundle.
    pub id: RegionId,
    /// The name people know, in each language the region is written in.
    pub name: Text,
    /// The languages the region's bundles are published in, the default
    /// first; empty for a region in English alone.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Whether the region's job lists are published beside its bundles (see
    /// [`JobList`]). An index written before job lists existed has none, and
    /// the site reads the jobs from the bundle instead.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub jobs: bool,
}

impl IndexRegion {
    /// The region's default language.
    pub fn default_language(&self) -> &str {
        self.languages.first().map_or(crate::text::DEFAULT_LANGUAGE, String::as_str)
    }

    /// The language the region's data is shown in for a page in `lang`:
    /// `lang` when the region is published in it, else its default.
    pub fn language_for<'a>(&'a self, lang: &'a str) -> &'a str {
        if self.languages.iter().any(|l| l == lang) {
            lang
        } else {
            self.default_language()
        }
    }

    /// The file of the region's bundle for a page in `lang`.
    pub fn file_for(&self, lang: &str) -> String {
        region_file_in(&self.id, self.language_for(lang), self.default_language())
    }

    /// The file of the region's job list for a page in `lang`, when it has one.
    pub fn jobs_file_for(&self, lang: &str) -> Option<String> {
        self.jobs.then(|| jobs_file_in(&self.id, self.language_for(lang), self.default_language()))
    }

    /// The region's name for a page in `lang`.
    pub fn name_in(&self, lang: &str) -> &str {
        self.name.get(lang, self.default_language()).unwrap_or(self.name.as_str())
    }
}

/// One region's bundle as written to disk.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bundle {
    /// The format version, [`BUNDLE_FORMAT`] when written by this build.
    pub format: u32,
    /// The region the bundle covers.
    pub region: RegionId,
    /// The region's part of the checked dataset, with the fields the site reads.
    pub dataset: Dataset,
}

/// A region's jobs as a person picks where they start: a small file
/// published beside the region's bundle, so a region of a thousand jobs
/// shows its first view without waiting for the whole bundle, which the
/// site fetches once a job is picked.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JobList {
    /// The format version, [`BUNDLE_FORMAT`] when written by this build.
    pub format: u32,
    /// The region the jobs are in.
    pub region: RegionId,
    /// The jobs, in the bundle's order.
    pub jobs: Vec<Job>,
}

/// A job as the start picker shows and finds it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Job {
    /// The occupation's id.
    pub id: crate::ids::OccupationId,
    /// Its title, in the list's language.
    pub title: String,
    /// Its SOC code, whose major group is the job's family.
    pub soc: String,
    /// A role people start in without experience.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub entry: bool,
    /// The median annual wage, when published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wage: Option<f64>,
    /// The other words a person may search by: keywords and description.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub words: String,
}

impl Job {
    /// Every job of `graph`, in its order, as the start picker needs them.
    pub fn all_of(graph: &crate::graph::PathwayGraph) -> Vec<Job> {
        let mut out = Vec::new();
        for ix in graph.occupations() {
            let o = graph.occupation(ix);
            let mut words = o.keywords.join(" ");
            if let Some(description) = &o.description {
                if !words.is_empty() {
                    words.push(' ');
                }
                words.push_str(description.as_str());
            }
            out.push(Job {
                id: o.id.clone(),
                title: o.title.to_string(),
                soc: o.soc.clone(),
                entry: o.entry,
                wage: graph.wage(ix).and_then(|w| w.annual.median),
                words,
            });
        }
        out
    }
}

/// Why a data file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// The bytes are not JSON (truncated, an HTML error page).
    Malformed {
        /// The 1-based line of the problem.
        line: usize,
        /// The 1-based column of the problem.
        column: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// The file is JSON but an entry lacks a field or has one of the wrong kind.
    Unexpected(String),
    /// The file was written for another format version.
    WrongFormat {
        /// The version in the file.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// The bundle reads but its entries do not fit together.
    Inconsistent(GraphError),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed { line, column, message } => {
                write!(f, "the data file is damaged or incomplete (line {line}, column {column}: {message})")
            }
            Self::Unexpected(what) => write!(f, "the data file is damaged or incomplete ({what})"),
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

mod read;
#[cfg(test)]
mod tests;
