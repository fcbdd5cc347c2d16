//! Building the author page into `site/dist/author/`, beside the site it
//! previews. Trunk empties its output folder first, so this runs after the
//! site's own build.

use crate::site_build::{dist_dir, wasm_rustflags};
use crate::{repo_root, run, tools};
use std::process::Command;

/// The author page's folder inside the built site.
pub const AUTHOR_FOLDER: &str = "author";

/// Builds the author page in release mode into the built site's `author/`.
pub fn build_author_page() -> Result<(), String> {
    let path = std::env::var("PATH").unwrap_or_default();
    // The same flags as the site's build, so the two share their compiled
    // dependencies instead of building Leptos twice.
    run(Command::new("trunk")
        .current_dir(repo_root().join("crates/pathway-author-page"))
        .args(["build", "--release", "--offline", "--dist"])
        .arg(dist_dir().join(AUTHOR_FOLDER))
        .env("PATH", format!("{}:{path}", tools::node_bin().display()))
        .env("RUSTFLAGS", wasm_rustflags())
        .env_remove("CARGO_TARGET_DIR"))
}
