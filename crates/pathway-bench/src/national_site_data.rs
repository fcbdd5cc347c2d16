//! Writes the data files of the synthetic national region (1,016
//! occupations, 5,080 programs: `pathway_synth::national_dataset`) into a
//! folder, as `pathways build` writes a partnership's: the index
//! `pathways.json` and the region's bundle. `cargo xtask` serves the site
//! over them under `/national/`, for the browser tests and benchmarks of the
//! site at a state's scale.
//!
//! It also writes `bench-entry.txt`, the id of the entry role the route
//! benchmarks start from (`pathway_synth::bench_entry_role`), for the
//! site's benchmarks at this scale.
//!
//! Usage: `national-site-data DIR`.

use pathway_authoring::publish::{published_files, split};
use pathway_model::PathwayGraph;
use pathway_routes::RouteEngine;
use pathway_synth::{bench_entry_role, national_dataset, SynthConfig};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: national-site-data DIR");
        return ExitCode::FAILURE;
    };
    let dataset = national_dataset(&SynthConfig::default());
    let (index, bundles) = split(&dataset);
    let entry = PathwayGraph::build(dataset)
        .ok()
        .and_then(|graph| bench_entry_role(&RouteEngine::new(graph)))
        .map(|pick| pick.occupation.to_string())
        .unwrap_or_default();
    let write = |name: &str, text: String| {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{}: {e}", dir.join(name).display()))
    };
    let written = std::fs::create_dir_all(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))
        .and_then(|()| published_files(&index, &bundles).into_iter().try_for_each(|(name, text)| write(&name, text)))
        .and_then(|()| write("bench-entry.txt", entry));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("national-site-data: {message}");
            ExitCode::FAILURE
        }
    }
}
