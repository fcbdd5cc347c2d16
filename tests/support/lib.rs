//! Helpers the integration tests share: where the repository's folders are and
//! how to read a pathway folder from disk the way the CLI does.

use pathway_core::load::RawFile;
use std::path::{Path, PathBuf};

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
