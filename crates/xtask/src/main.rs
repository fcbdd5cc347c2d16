//! Project automation, run as `cargo xtask <command>`:
//!
//! - `setup`: install what this machine lacks to build and test the site;
//! - `build`: build the release site, its data bundle and the author page
//!   (`author/`) into `site/dist`;
//! - `serve`: set up, build, and serve the site on http://127.0.0.1:8080, as
//!   the browser tests see it (also under `/nested/explorer/`, and over the
//!   hostile test data under `/hostile-data/` and over the synthetic national
//!   region under `/national/`);
//! - `test`: set up, then run every test: core, CLI, data, site build, browser;
//! - `bench`: build the release site and print every budget: transfer sizes,
//!   click-to-routes time, Lighthouse scores, and the route engine's timings
//!   natively and as WebAssembly in headless Chromium.

mod author_build;
mod page_files;
mod site_build;
mod static_server;
mod tools;
mod wasm_rewrite;
mod wasm_split;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

/// The repository root, found from this crate's own location.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository root exists")
}

/// Runs a command, failing with its name when it does not succeed.
pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    eprintln!("xtask: running {shown}");
    let status = command.status().map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed with {status}"))
    }
}

/// Builds the release site, its data and, beside them, the author page.
/// One build at a time: trunk empties `site/dist` as it starts, so a second
/// build running beside the first would delete the files the first writes.
fn build_site() -> Result<(), String> {
    let path = repo_root().join("target/xtask-site-build.lock");
    let _ = std::fs::create_dir_all(repo_root().join("target"));
    let lock = std::fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    lock.lock().map_err(|e| format!("{}: {e}", path.display()))?;
    site_build::build_release_site()?;
    author_build::build_author_page()
}

const USAGE: &str = "usage: cargo xtask <setup|build|serve|test|bench> [--port N]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let port = args.iter().position(|a| a == "--port").and_then(|i| args.get(i + 1)).and_then(|p| p.parse().ok());
    let result = match args.first().map(String::as_str) {
        Some("setup") => tools::ensure_all(),
        Some("build") => tools::ensure_all().and_then(|()| build_site()),
        Some("serve") => tools::ensure_all()
            .and_then(|()| build_site())
            .and_then(|()| site_build::build_hostile_site())
            .and_then(|()| site_build::build_national_site())
            .and_then(|()| static_server::serve_forever(&site_build::test_mounts(), port.unwrap_or(8080))),
        Some("test") => tools::ensure_all().and_then(|()| test_everything()),
        Some("bench") => tools::ensure_all().and_then(|()| bench_everything()),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Runs a benchmark, echoing its output, and keeps the lines it marks as a
/// budget (`BUDGET | name | target | measured | met`) for the summary.
fn run_bench(command: &mut Command, budgets: &mut Vec<String>) -> Result<(), String> {
    use std::io::BufRead as _;
    let shown = format!("{command:?}");
    eprintln!("xtask: running {shown}");
    let mut child =
        command.stdout(std::process::Stdio::piped()).spawn().map_err(|e| format!("could not start {shown}: {e}"))?;
    if let Some(out) = child.stdout.take() {
        for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(budget) = line.strip_prefix("BUDGET | ") {
                budgets.push(budget.to_owned());
            }
        }
    }
    let status = child.wait().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed with {status}"))
    }
}

/// The budgets the benchmarks reported, as one table.
fn print_budget_summary(budgets: &[String]) {
    println!("\nBudgets (target, measured, met), the figures above in one place:");
    println!("| budget | target | measured | met |\n|:--|:--|:--|:--|");
    for budget in budgets {
        println!("| {budget} |");
    }
}

/// Every benchmark, printing figures; nothing here passes or fails on a number.
fn bench_everything() -> Result<(), String> {
    let mut budgets = Vec::new();
    let root = repo_root();
    build_site()?;
    let server = static_server::spawn(site_build::test_mounts())?;
    let browser_dir = root.join("tests/browser");
    run_bench(
        Command::new("node")
            .current_dir(&browser_dir)
            .arg("bench/site-budgets.mjs")
            .env("SITE_URL", format!("http://127.0.0.1:{}/", server.port))
            .env("SITE_DIR", site_build::dist_dir())
            .env("CHROMIUM_PATH", tools::CHROMIUM),
        &mut budgets,
    )?;
    // The same budgets at a state's scale: the synthetic national region,
    // from the entry role the route benchmarks use.
    site_build::build_national_site()?;
    let national = site_build::national_dir();
    let entry =
        std::fs::read_to_string(national.join("bench-entry.txt")).map_err(|e| format!("bench-entry.txt: {e}"))?;
    run_bench(
        Command::new("node")
            .current_dir(&browser_dir)
            .arg("bench/site-budgets.mjs")
            .env("SITE_URL", format!("http://127.0.0.1:{}/national/", server.port))
            .env("SITE_DIR", &national)
            .env("LABEL", "1,016-occupation national region")
            .env("FROM", entry.trim())
            .env("BUDGET_BYTES", "200000")
            .env("VIEW_SCORE", "95")
            .env("CHROMIUM_PATH", tools::CHROMIUM),
        &mut budgets,
    )?;
    run_bench(
        Command::new(env!("CARGO")).current_dir(&root).args([
            "run",
            "--quiet",
            "--profile",
            "bench",
            "-p",
            "pathway-bench",
        ]),
        &mut budgets,
    )?;
    run(Command::new(env!("CARGO")).current_dir(&root).args([
        "build",
        "--quiet",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "pathway-bench-wasm",
    ]))?;
    run(Command::new("wasm-bindgen").current_dir(&root).args([
        "--target",
        "web",
        "--out-dir",
        "target/bench-wasm",
        "target/wasm32-unknown-unknown/release/pathway_bench_wasm.wasm",
    ]))?;
    run_bench(Command::new("node").current_dir(&root).arg("tests/browser/bench/wasm-routes-bench.mjs"), &mut budgets)?;
    print_budget_summary(&budgets);
    Ok(())
}

/// Every test of the project, in the order that fails fastest.
fn test_everything() -> Result<(), String> {
    let root = repo_root();
    run(Command::new(env!("CARGO")).current_dir(&root).args([
        "test",
        "--workspace",
        "--exclude",
        "pathway-site",
        "--all-features",
    ]))?;
    // The site's own unit tests (view state, formatting, search) are plain Rust
    // and run natively; its features stay as they are so leptos builds for CSR.
    run(Command::new(env!("CARGO")).current_dir(&root).args(["test", "-p", "pathway-site"]))?;
    build_site()?;
    site_build::build_hostile_site()?;
    site_build::build_national_site()?;
    let server = static_server::spawn(site_build::test_mounts())?;
    let browser_dir = root.join("tests/browser");
    run(Command::new(browser_dir.join("node_modules/.bin/playwright"))
        .current_dir(&browser_dir)
        .arg("test")
        .env("SITE_URL", format!("http://127.0.0.1:{}", server.port))
        .env("CHROMIUM_PATH", tools::CHROMIUM))
}
