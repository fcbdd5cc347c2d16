//! Building the release site with trunk and writing the data bundle beside it.

use crate::{repo_root, run, tools};
use crate::static_server::Mount;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the built site is written.
pub fn dist_dir() -> PathBuf {
    repo_root().join("site/dist")
}

/// The Content-Security-Policy placeholder in `site/index.html` that the build
/// replaces with the hash of trunk's inline loader script.
const LOADER_HASH_PLACEHOLDER: &str = "'unsafe-inline'";

/// Makes the WebAssembly fetch carry its subresource integrity. Trunk puts the
/// hash only on a `preload` link, which browsers ignore for fetch destinations,
/// so a changed module would otherwise run; with `integrity` on the fetch
/// itself, the browser refuses any bytes but the ones this build wrote.
fn require_wasm_integrity(dist: &std::path::Path, loader: &str) -> Result<String, String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let key = "module_or_path: '";
    let start = loader.find(key).ok_or("trunk's loader does not name its WebAssembly file")? + key.len();
    let end = start + loader[start..].find('\'').ok_or("trunk's loader names its WebAssembly file oddly")?;
    let url = &loader[start..end];
    let file = dist.join(url.trim_start_matches("./"));
    let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let integrity = format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(&bytes)));
    Ok(format!(
        "{}fetch('{url}', {{ integrity: '{integrity}' }}){}",
        &loader[..start - 1],
        &loader[end + 1..]
    ))
}

/// Secures trunk's inline loader script: its WebAssembly fetch gets an
/// integrity hash, and the policy pins the script by its SHA-256 hash, so the
/// page runs that one inline script and no other inline code.
fn secure_loader_script(dist: &std::path::Path) -> Result<(), String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let path = dist.join("index.html");
    let html = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    // Trunk's release minifier drops the quotes around `module`.
    let open = ["<script type=\"module\">", "<script type=module>"]
        .into_iter()
        .find(|open| html.contains(open))
        .ok_or("index.html has no inline module script")?;
    let start = html.find(open).ok_or("index.html has no inline module script")? + open.len();
    let end = start + html[start..].find("</script>").ok_or("the inline script is not closed")?;
    let loader = require_wasm_integrity(dist, &html[start..end])?;
    let digest = sha2::Sha256::digest(loader.as_bytes());
    let hash = format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest));
    if !html.contains(LOADER_HASH_PLACEHOLDER) {
        return Err("the Content-Security-Policy in index.html has no placeholder for the loader hash".into());
    }
    let html = format!("{}{loader}{}", &html[..start], &html[end..]).replacen(LOADER_HASH_PLACEHOLDER, &hash, 1);
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes this build's id and page files into the service worker, so a new
/// build's worker differs from the old one (the browser installs it and it
/// drops the old build's cache) and can keep the whole page for offline use.
/// The id is taken from index.html, which names every hashed file.
fn stamp_service_worker(dist: &Path) -> Result<(), String> {
    use sha2::Digest as _;
    let read = |name: &str| std::fs::read_to_string(dist.join(name)).map_err(|e| format!("{name} in {}: {e}", dist.display()));
    let index = read("index.html")?;
    let build: String = sha2::Sha256::digest(index.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect();
    let mut shell: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "sw.js" && name != "index.html" && !name.ends_with(".json"))
        .collect();
    shell.sort();
    let list = shell.iter().map(|name| format!("'{name}'")).collect::<Vec<_>>().join(", ");
    let worker = read("sw.js")?;
    let (build_line, shell_line) = ("const BUILD = 'unbuilt';", "const SHELL = [];");
    if !worker.contains(build_line) || !worker.contains(shell_line) {
        return Err(format!("sw.js no longer has the lines `{build_line}` and `{shell_line}` that the build fills in"));
    }
    let worker = worker
        .replacen(build_line, &format!("const BUILD = '{build}';"), 1)
        .replacen(shell_line, &format!("const SHELL = [{list}];"), 1);
    std::fs::write(dist.join("sw.js"), without_comment_lines(&worker)).map_err(|e| format!("sw.js: {e}"))
}

/// A script without its whole-line `//` comments and its indentation, which
/// are for whoever reads the source and only add to every visitor's first
/// load (`sw.js` 1,219 to about 680 bytes brotli, `boot.js` 569 to about
/// 355). Only whole lines and leading spaces go, so code is never changed;
/// neither script has a multi-line string.
fn without_comment_lines(script: &str) -> String {
    script
        .lines()
        .map(str::trim_start)
        .filter(|line| !line.starts_with("//"))
        .flat_map(|line| [line, "\n"])
        .collect()
}

/// wasm-bindgen's script without its doc comments, whole-line comments,
/// blank lines and indentation (6,021 to 5,194 bytes brotli), and the page's
/// module preload given the new file's integrity hash. Trunk's minifier
/// leaves this script alone. Only whole lines and leading spaces go: a `/**`
/// line through the line that ends its `*/`, `//` lines and empty ones; the
/// script has no multi-line strings, so no string loses anything.
fn strip_bindgen_script(dist: &Path) -> Result<(), String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let tag_start = html
        .match_indices("<link")
        .map(|(at, _)| at)
        .find(|&at| html[at..].split('>').next().is_some_and(|tag| tag.contains("modulepreload")))
        .ok_or("index.html has no module preload for wasm-bindgen's script")?;
    let tag_end = tag_start + html[tag_start..].find('>').ok_or("index.html has an unclosed link")?;
    let tag = &html[tag_start..tag_end];
    let href_at = tag.find("href=").ok_or("the module preload names no file")? + "href=".len();
    let name: String = tag[href_at..].trim_start_matches('"').chars().take_while(|c| !matches!(c, '"' | ' ' | '>')).collect();
    let name = name.trim_start_matches("./").to_owned();
    let path = dist.join(&name);
    let script = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = String::with_capacity(script.len());
    let mut in_doc = false;
    for line in script.lines() {
        let trimmed = line.trim();
        if in_doc || trimmed.starts_with("/**") {
            in_doc = !trimmed.ends_with("*/");
        } else if !trimmed.is_empty() && !trimmed.starts_with("//") {
            out.push_str(line.trim_start());
            out.push('\n');
        }
    }
    if in_doc {
        return Err(format!("{name} has a doc comment that is never closed"));
    }
    std::fs::write(&path, &out).map_err(|e| format!("{}: {e}", path.display()))?;
    let hash = format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(out.as_bytes())));
    let key_at = tag.find("integrity=").ok_or("the module preload has no integrity")? + "integrity=".len();
    let old_start = tag_start + key_at + usize::from(tag[key_at..].starts_with('"'));
    let old_len = html[old_start..].find(|c: char| matches!(c, '"' | ' ' | '>')).ok_or("the module preload's integrity is not closed")?;
    let html = format!("{}{hash}{}", &html[..old_start], &html[old_start + old_len..]);
    std::fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))
}

/// Drops the comment lines from the copied `boot.js` (see [`without_comment_lines`]).
fn strip_boot_script(dist: &Path) -> Result<(), String> {
    let path = dist.join("boot.js");
    let script = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(&path, without_comment_lines(&script)).map_err(|e| format!("{}: {e}", path.display()))
}

/// Where the copy of the site over the hostile test data is written.
pub fn hostile_dir() -> PathBuf {
    repo_root().join("target/hostile-site")
}

/// Every folder the test server publishes: the site at the root and again in
/// a subfolder, and the site over hostile data under `/hostile-data/`.
pub fn test_mounts() -> Vec<Mount> {
    vec![
        Mount { prefix: "/", dir: dist_dir() },
        Mount { prefix: "/nested/explorer/", dir: dist_dir() },
        Mount { prefix: "/hostile-data/", dir: hostile_dir() },
    ]
}

/// Writes the data files the site loads from the pathway folder `dataset`
/// into `folder`, through the `pathways build` a partnership runs.
fn build_data(dataset: &Path, folder: &Path) -> Result<(), String> {
    run(Command::new(env!("CARGO"))
        .current_dir(repo_root())
        .args(["run", "--quiet", "--package", "pathways-cli", "--", "build"])
        .arg(dataset)
        .arg("--output")
        .arg(folder.join("pathways.json")))
}

/// A copy of the built site whose data comes from `tests/corpus/hostile-valid`:
/// markup in every text field, extreme figures and a very long ladder, all of
/// which pass the checker. The browser tests prove the site shows it as text
/// and stays usable.
pub fn build_hostile_site() -> Result<(), String> {
    let (dist, hostile) = (dist_dir(), hostile_dir());
    let _ = std::fs::remove_dir_all(&hostile);
    std::fs::create_dir_all(&hostile).map_err(|e| format!("{}: {e}", hostile.display()))?;
    let entries = std::fs::read_dir(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_data = name.starts_with("pathways") && name.ends_with(".json");
        if entry.path().is_file() && !is_data {
            std::fs::copy(entry.path(), hostile.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    build_data(&repo_root().join("tests/corpus/hostile-valid"), &hostile)
}

/// The compiler flags for the wasm build: any the caller set, Leptos's
/// `erase_components`, and a remapping of every crate registry folder to
/// nothing.
///
/// `erase_components` makes every component return a type-erased `AnyView`
/// instead of its own nested view type, so the view code is not generated
/// again for every distinct type: the module shrank from 168,699 to 151,975
/// bytes brotli. (It is set here rather than in `.cargo/config.toml`, whose
/// `rustflags` cargo ignores whenever `RUSTFLAGS` is set, as it is below.)
///
/// Panic locations name their source files, and without the remapping each
/// one carries a long path into the cargo home
/// (`/root/.cargo/registry/src/index.crates.io-…/tachys-0.2.19/…`) into the
/// wasm's data; with it they read `tachys-0.2.19/src/…`.
fn wasm_rustflags() -> String {
    let mut flags = std::env::var("RUSTFLAGS").unwrap_or_default();
    flags.push_str(" --cfg erase_components");
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")));
    let registries = cargo_home.and_then(|home| std::fs::read_dir(home.join("registry/src")).ok());
    for registry in registries.into_iter().flatten().flatten() {
        let dir = registry.path();
        // A folder whose path has a space or is not Unicode cannot be named in
        // RUSTFLAGS; its panic locations simply keep the long path.
        if let Some(dir) = dir.to_str().filter(|d| !d.contains(char::is_whitespace)) {
            flags.push_str(&format!(" --remap-path-prefix={dir}/="));
        }
    }
    flags.trim().to_owned()
}

/// Builds the wasm site in release mode, then the bundle from `pathways/`.
pub fn build_release_site() -> Result<(), String> {
    let root = repo_root();
    let path = std::env::var("PATH").unwrap_or_default();
    run(Command::new("trunk")
        .current_dir(root.join("site"))
        .args(["build", "--release", "--offline"])
        .env("PATH", format!("{}:{path}", tools::node_bin().display()))
        .env("RUSTFLAGS", wasm_rustflags())
        .env_remove("CARGO_TARGET_DIR"))?;
    strip_bindgen_script(&dist_dir())?;
    secure_loader_script(&dist_dir())?;
    strip_boot_script(&dist_dir())?;
    stamp_service_worker(&dist_dir())?;
    build_data(&root.join("pathways"), &dist_dir())
}
