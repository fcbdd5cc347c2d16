//! Building the author page into `site/dist/author/`, beside the site it
//! previews. Trunk empties its output folder first, so this runs after the
//! site's own build.

use crate::page_files::{linked_file, read_bytes, read_text, with_link_integrity, write_file};
use crate::site_build::{dist_dir, wasm_rustflags};
use crate::wasm_rewrite::wasm_without_custom_sections;
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
        .env_remove("CARGO_TARGET_DIR"))?;
    drop_link_sections()
}

/// The site's build links with `--emit-relocs` so xtask can split it, and
/// the author page shares its flags (and so its compiled dependencies); its
/// module, which trunk leaves unoptimized, would carry the relocations,
/// linking data and function names that linking so keeps (1.4 MB) to every
/// author. They are dropped here.
fn drop_link_sections() -> Result<(), String> {
    let folder = dist_dir().join(AUTHOR_FOLDER);
    let index = folder.join("index.html");
    let html = read_text(&index)?;
    let name = linked_file(&html, "application/wasm")?;
    let path = folder.join(&name);
    let linking = |section: &str| {
        section == "linking" || section == "name" || section.starts_with("reloc.") || section == "__wasm_split_unstable"
    };
    let kept = wasm_without_custom_sections(&read_bytes(&path)?, linking)
        .ok_or_else(|| format!("{name} is not a module xtask can read"))?;
    write_file(&path, &kept)?;
    write_file(&index, with_link_integrity(&html, "application/wasm", &kept)?)
}
