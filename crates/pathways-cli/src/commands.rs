//! The data commands: check, build and export. Each returns `Ok(false)` when
//! the data has errors, so the process exits with 1.

use crate::dataset_dir::read_pathway_dir;
use crate::stdout::emit;
use pathway_authoring::check_files;
use pathway_authoring::export::{graphml, json_export};
use pathway_authoring::publish::{published_files, split};
use pathway_authoring::sources::{summary, unsourced};
use pathway_model::{Dataset, PathwayGraph};
use std::path::Path;

/// Checks the folder and prints every problem to stderr; returns the dataset when clean.
pub fn checked(dir: &Path, quiet_when_clean: bool) -> Result<Option<Dataset>, String> {
    let files = read_pathway_dir(dir)?;
    let report = check_files(&files);
    for diagnostic in report.diagnostics.iter() {
        eprintln!("{diagnostic}\n");
    }
    if report.diagnostics.has_errors() || !quiet_when_clean {
        eprintln!("{}", report.diagnostics.summary(files.len()));
    }
    Ok(report.dataset)
}

/// `pathways check DIR [--sources]`.
pub fn check(dir: &Path, sources: bool) -> Result<bool, String> {
    let clean = checked(dir, false)?.is_some();
    if sources {
        let facts = unsourced(&read_pathway_dir(dir)?);
        let mut text = String::new();
        for f in &facts {
            let line = f.location.line.map_or(String::new(), |l| format!(":{l}"));
            let example = if f.example { " (marked as example figures)" } else { "" };
            text.push_str(&format!("{}{line}: {}{example}\n", f.location.file, f.fact));
        }
        text.push_str(&summary(&facts));
        text.push('\n');
        emit(&text)?;
    }
    Ok(clean)
}

/// `pathways build DIR -o OUT`.
pub fn build(dir: &Path, output: &Path) -> Result<bool, String> {
    let Some(dataset) = checked(dir, false)? else {
        return Ok(false);
    };
    let (index, bundles) = split(&dataset);
    let folder = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(|e| format!("cannot create `{}`: {e}", folder.display()))?;
    let write = |path: &Path, text: String| {
        std::fs::write(path, &text).map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        eprintln!("wrote {} ({} bytes)", path.display(), text.len());
        Ok::<(), String>(())
    };
    // The index goes where `-o` says; the site finds each region's bundle
    // and job list by its name beside it.
    for (i, (name, text)) in published_files(&index, &bundles).into_iter().enumerate() {
        write(&if i == 0 { output.to_path_buf() } else { folder.join(name) }, text)?;
    }
    Ok(true)
}

/// `pathways export DIR --format json|graphml`.
pub fn export(dir: &Path, as_graphml: bool) -> Result<bool, String> {
    let Some(dataset) = checked(dir, true)? else {
        return Ok(false);
    };
    let graph = PathwayGraph::build(dataset).map_err(|e| e.to_string())?;
    if as_graphml {
        emit(&graphml(&graph))?;
    } else {
        let json = serde_json::to_string_pretty(&json_export(&graph)).map_err(|e| e.to_string())?;
        emit(&format!("{json}\n"))?;
    }
    Ok(true)
}
