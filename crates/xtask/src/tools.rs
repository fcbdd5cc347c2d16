//! Installs what a fresh machine lacks, each tool only when it is missing or
//! the wrong version, so a second run costs seconds.

use crate::{repo_root, run};
use std::path::Path;
use std::process::Command;

/// The trunk release known to work with this toolchain.
pub const TRUNK_VERSION: &str = "0.21.14";
/// Where Debian's Chromium lives.
pub const CHROMIUM: &str = "/usr/bin/chromium";

fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The wasm-bindgen version in Cargo.lock, which the CLI must equal exactly.
pub fn locked_wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(repo_root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".to_owned())
}

/// Installs every missing tool.
pub fn ensure_all() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()?;
    ensure_node_tools()?;
    ensure_chromium()?;
    run(Command::new(env!("CARGO")).current_dir(repo_root()).args(["fetch", "--quiet"]))
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = output_of("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn ensure_trunk() -> Result<(), String> {
    let wanted = format!("trunk {TRUNK_VERSION}");
    if output_of("trunk", &["--version"]).is_some_and(|v| v.trim() == wanted) {
        return Ok(());
    }
    // trunk's own release profile uses fat LTO, which takes about 19 minutes on two
    // cores; thin builds take about 7 and the tool runs just as well.
    run(Command::new(env!("CARGO"))
        .args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"])
        .env("CARGO_PROFILE_RELEASE_LTO", "off")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16"))
}

fn ensure_wasm_bindgen() -> Result<(), String> {
    let version = locked_wasm_bindgen_version()?;
    let wanted = format!("wasm-bindgen {version}");
    if output_of("wasm-bindgen", &["--version"]).is_some_and(|v| v.trim() == wanted) {
        return Ok(());
    }
    // No --locked: the CLI's own lockfile pins a crate the registry no longer serves.
    run(Command::new(env!("CARGO")).args(["install", "wasm-bindgen-cli", "--version", &version, "--force"]))
}

fn ensure_node_tools() -> Result<(), String> {
    let dir = repo_root().join("tests/browser");
    let bin = dir.join("node_modules/.bin");
    let installed = ["binaryen", "@playwright/test", "@axe-core/playwright", "lighthouse", "terser"]
        .iter()
        .all(|package| dir.join("node_modules").join(package).join("package.json").exists());
    if installed && bin.join("wasm-opt").exists() {
        return Ok(());
    }
    // Playwright must not download its own browser: the tests use Debian's Chromium.
    run(Command::new("npm")
        .current_dir(&dir)
        .args(["ci", "--no-audit", "--no-fund"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}

fn ensure_chromium() -> Result<(), String> {
    if Path::new(CHROMIUM).exists() {
        return Ok(());
    }
    run(Command::new("apt-get").args(["update", "-q"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-q", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// The node tools' folder, put first on PATH so trunk finds wasm-opt from npm's
/// binaryen (Debian's older binaryen writes modules that fail in the browser).
pub fn node_bin() -> std::path::PathBuf {
    repo_root().join("tests/browser/node_modules/.bin")
}
