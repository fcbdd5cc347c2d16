//! Reading a pathway folder from disk: the one place the CLI touches the data files.

use pathway_authoring::load::{is_pathway_file, RawFile};
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
        let Some(name) = path.file_name().map(|n| n.to_string_lossy()) else { continue };
        if path.is_dir() {
            // A hidden folder is not read at all.
            if !name.starts_with('.') {
                collect(&path, out)?;
            }
        } else if is_pathway_file(&name) {
            out.push(path);
        }
    }
    Ok(())
}
