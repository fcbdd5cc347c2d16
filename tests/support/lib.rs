//! Helpers the integration tests share: where the repository's folders are,
//! how to read a pathway folder from disk the way the CLI does, the
//! `pathways` binary, and the free text of a dataset.

use pathway_authoring::load::RawFile;
use pathway_model::Dataset;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.yaml` file under `dir`, recursively, sorted by path, with paths
/// shown relative to the repository root.
pub fn read_yaml_dir(dir: &Path) -> Vec<RawFile> {
    let mut paths = Vec::new();
    collect(dir, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let shown = p.strip_prefix(repo_root()).unwrap_or(&p).display().to_string();
            RawFile { path: shown, bytes: std::fs::read(&p).expect("readable test file") }
        })
        .collect()
}

/// `target/debug/pathways`, built first so it is never older than the sources.
pub fn pathways_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| repo_root().join("target"), PathBuf::from);
        let target = if target.is_absolute() { target } else { repo_root().join(target) };
        let binary = target.join("debug").join(format!("pathways{}", std::env::consts::EXE_SUFFIX));
        // Building is a no-op when the binary is up to date, and builds it when missing.
        let status = Command::new(env!("CARGO"))
            .args(["build", "-q", "-p", "pathways-cli"])
            .current_dir(repo_root())
            .status()
            .expect("cargo runs");
        assert!(status.success(), "cargo build -p pathways-cli failed");
        assert!(binary.is_file(), "no binary at {}", binary.display());
        binary
    })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

/// Fields whose strings are ids, references, codes, dates or fixed choices
/// rather than free text.
const NOT_TEXT: [&str; 17] = [
    "id",
    "region",
    "requires",
    "awards",
    "provider",
    "by",
    "support_from",
    "from",
    "to",
    "kind",
    "schedule",
    "roles",
    "services",
    "soc",
    "date",
    "employees_of",
    "members_of",
];

/// Every free-text value of `dataset` with the name of its field, in order.
/// It walks the serialized dataset, so a text field added to the model later
/// is included without being listed here.
pub fn text_values(dataset: &Dataset) -> Vec<(String, String)> {
    fn walk(field: &str, value: &Value, out: &mut Vec<(String, String)>) {
        match value {
            Value::String(s) if !NOT_TEXT.contains(&field) => out.push((field.to_owned(), s.clone())),
            Value::Array(items) => items.iter().for_each(|v| walk(field, v, out)),
            Value::Object(map) => map.iter().for_each(|(k, v)| walk(k, v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk("", &serde_json::to_value(dataset).expect("a dataset serializes"), &mut out);
    out
}
