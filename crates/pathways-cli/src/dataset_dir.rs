//! Reading a pathway folder from disk: the one place the CLI touches the data files.

use pathway_authoring::load::RawFile;
use std::path::{Path, PathBuf};

/// Reads every `.yaml` and `.yml` file under `dir`, recursively and sorted by
/// path, skipping hidden folders.
pub fn read_pathway_dir(dir: &Path) -> Result<Vec<RawFile>, String> {
    if !dir.is_dir() {
        return Err(format!("`{}` is not a folder of pathway files", dir.display()));
    }
    let mut paths = Vec::new();
    collect(dir, &mut paths)?;
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
            Ok(RawFile { path: path.display().to_string(), bytes })
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read folder `{}`: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read folder `{}`: {e}", dir.display()))?.path();
        let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
    Ok(())
}
