//! Building the release site with trunk and writing the data bundle beside it.

use crate::{repo_root, run, tools};
use std::path::PathBuf;
use std::process::Command;

/// Where the built site is written.
pub fn dist_dir() -> PathBuf {
    repo_root().join("site/dist")
}

/// The Content-Security-Policy placeholder in `site/index.html` that the build
/// replaces with the hash of trunk's inline loader script.
const LOADER_HASH_PLACEHOLDER: &str = "'unsafe-inline'";

/// Pins the inline loader script trunk writes into index.html by its SHA-256
/// hash, so the policy allows that one script and no other inline code.
fn pin_loader_script(dist: &std::path::Path) -> Result<(), String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let path = dist.join("index.html");
    let html = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let open = "<script type=\"module\">";
    let start = html.find(open).ok_or("index.html has no inline module script")? + open.len();
    let end = start + html[start..].find("</script>").ok_or("the inline script is not closed")?;
    let digest = sha2::Sha256::digest(html[start..end].as_bytes());
    let hash = format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest));
    if !html.contains(LOADER_HASH_PLACEHOLDER) {
        return Err("the Content-Security-Policy in index.html has no placeholder for the loader hash".into());
    }
    std::fs::write(&path, html.replacen(LOADER_HASH_PLACEHOLDER, &hash, 1)).map_err(|e| format!("{}: {e}", path.display()))
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
    pin_loader_script(&dist_dir())?;
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
