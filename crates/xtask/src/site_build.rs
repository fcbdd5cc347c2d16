//! Building the release site with trunk and writing the data bundle beside it.

use crate::{repo_root, run, tools};
use std::path::PathBuf;
use std::process::Command;

/// Where the built site is written.
pub fn dist_dir() -> PathBuf {
    repo_root().join("site/dist")
}

/// Builds the wasm site in release mode, then the bundle from `pathways/`.
pub fn build_release_site() -> Result<(), String> {
    let root = repo_root();
    let path = std::env::var("PATH").unwrap_or_default();
    run(Command::new("trunk")
        .current_dir(root.join("site"))
        .args(["build", "--release", "--offline"])
        .env("PATH", format!("{}:{path}", tools::node_bin().display()))
        .env_remove("CARGO_TARGET_DIR"))?;
    run(Command::new(env!("CARGO")).current_dir(&root).args([
        "run",
        "--quiet",
        "--package",
        "pathways-cli",
        "--",
        "build",
        "pathways",
        "--output",
    ]).arg(dist_dir().join("pathways.json")))
}
