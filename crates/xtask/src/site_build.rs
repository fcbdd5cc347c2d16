//! Building the release site with trunk and writing the data bundle beside it.

use crate::page_files::{linked_file, read_bytes, read_text, sha384_integrity, with_link_integrity, write_file};
use crate::static_server::Mount;
use crate::wasm_rewrite::{wasm_with_short_imports, wasm_without_exports, BINDGEN_MODULE};
use crate::{repo_root, run, tools};
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
    let key = "module_or_path: '";
    let start = loader.find(key).ok_or("trunk's loader does not name its WebAssembly file")? + key.len();
    let end = start + loader[start..].find('\'').ok_or("trunk's loader names its WebAssembly file oddly")?;
    let url = &loader[start..end];
    let file = dist.join(url.trim_start_matches("./"));
    let integrity = sha384_integrity(&read_bytes(&file)?);
    Ok(format!("{}fetch('{url}', {{ integrity: '{integrity}' }}){}", &loader[..start - 1], &loader[end + 1..]))
}

/// Secures trunk's inline loader script: its WebAssembly fetch gets an
/// integrity hash, and the policy pins the script by its SHA-256 hash, so the
/// page runs that one inline script and no other inline code.
fn secure_loader_script(dist: &std::path::Path) -> Result<(), String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let path = dist.join("index.html");
    let html = read_text(&path)?;
    // Trunk's release minifier drops the quotes around `module`.
    let start = ["<script type=\"module\">", "<script type=module>"]
        .into_iter()
        .find_map(|open| html.find(open).map(|at| at + open.len()))
        .ok_or("index.html has no inline module script")?;
    let end = start + html[start..].find("</script>").ok_or("the inline script is not closed")?;
    let loader = require_wasm_integrity(dist, &html[start..end])?;
    let digest = sha2::Sha256::digest(loader.as_bytes());
    let hash = format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest));
    if !html.contains(LOADER_HASH_PLACEHOLDER) {
        return Err("the Content-Security-Policy in index.html has no placeholder for the loader hash".into());
    }
    let html = format!("{}{loader}{}", &html[..start], &html[end..]).replacen(LOADER_HASH_PLACEHOLDER, &hash, 1);
    write_file(&path, html)
}

/// The names of the built page's own files in `dist`, sorted: everything but
/// the pathway data (`pathways.json` and its region files), which a
/// partnership builds from its own folder and which changes without a new
/// page build.
fn page_files(dist: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .filter(|entry| entry.path().is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| !(name.starts_with("pathways") && name.ends_with(".json")))
        .collect();
    names.sort();
    Ok(names)
}

/// Writes this build's id and page files into the service worker, so a new
/// build's worker differs from the old one (the browser installs it and it
/// drops the old build's cache) and can keep the whole page for offline use.
/// The id is the hash of every file of the page, so a change to any of
/// them (a split module keeps its name when only its code changes) makes a
/// new worker.
fn stamp_service_worker(dist: &Path) -> Result<(), String> {
    use sha2::Digest as _;
    let shell: Vec<String> =
        page_files(dist)?.into_iter().filter(|name| name != "sw.js" && name != "index.html").collect();
    let mut hasher = sha2::Sha256::new();
    for name in std::iter::once("index.html").chain(shell.iter().map(String::as_str)) {
        hasher.update(name.as_bytes());
        hasher.update(read_bytes(&dist.join(name))?);
    }
    let build: String = hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect();
    let list = shell.iter().map(|name| format!("'{name}'")).collect::<Vec<_>>().join(", ");
    let worker = read_text(&dist.join("sw.js"))?;
    let (build_line, shell_line) = ("const BUILD = 'unbuilt';", "const SHELL = [];");
    if !worker.contains(build_line) || !worker.contains(shell_line) {
        return Err(format!("sw.js no longer has the lines `{build_line}` and `{shell_line}` that the build fills in"));
    }
    let worker = worker.replacen(build_line, &format!("const BUILD = '{build}';"), 1).replacen(
        shell_line,
        &format!("const SHELL = [{list}];"),
        1,
    );
    write_file(&dist.join("sw.js"), minified(&worker, ScriptKind::Classic)?)
}

/// Whether a script is an ES module (whose top-level names stay private to
/// it) or a classic script.
#[derive(Clone, Copy)]
enum ScriptKind {
    Module,
    Classic,
}

/// A script minified by terser (from npm, installed with the other node
/// tools): comments and whitespace go and local names get shorter, which
/// takes about a quarter off each script after brotli. Exported and global
/// names, and property names, are kept, so nothing outside the script sees a
/// difference.
fn minified(script: &str, kind: ScriptKind) -> Result<String, String> {
    use std::io::Write as _;
    let mut command = Command::new(tools::node_bin().join("terser"));
    command.args(["--compress", "--mangle"]);
    if let ScriptKind::Module = kind {
        command.arg("--module");
    }
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("terser: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("terser: no input pipe")?;
    let input = script.to_owned();
    // Written from another thread so a long script cannot fill both pipes at once.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| format!("terser: {e}"))?;
    writer.join().map_err(|_| "terser: the input writer failed")?.map_err(|e| format!("terser: {e}"))?;
    if !output.status.success() {
        return Err(format!("terser failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    String::from_utf8(output.stdout).map_err(|_| "terser wrote text that is not UTF-8".to_owned())
}

/// Whether a name exported by the WebAssembly belongs to wasm-streams.
fn is_stream_export(name: &str) -> bool {
    name.starts_with("intounderlying") || name.starts_with("__wbg_intounderlying")
}

/// Leptos always depends on server_fn, which brings wasm-streams, whose
/// `#[wasm_bindgen]` classes (IntoUnderlyingSource, IntoUnderlyingSink,
/// IntoUnderlyingByteSource) are exported from the module though the site
/// never uses them, so neither the linker nor wasm-opt may drop their code.
/// This drops those exports and runs wasm-opt again to remove what only they
/// used (the module about 1,100 bytes brotli smaller); [`strip_bindgen_script`]
/// drops their JavaScript classes.
fn drop_stream_exports(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = read_text(&index)?;
    let name = linked_file(&html, "application/wasm")?;
    let path = dist.join(&name);
    let kept = wasm_without_exports(&read_bytes(&path)?, is_stream_export)
        .ok_or_else(|| format!("{name} is not a module xtask can read"))?;
    write_file(&path, kept)?;
    // The module's own target-features section tells wasm-opt what it may
    // use; it is stripped here, at the end, instead of by trunk's run.
    run(Command::new(tools::node_bin().join("wasm-opt"))
        .args(["-Oz", "--low-memory-unused", "--strip-producers", "--strip-target-features", "-o"])
        .arg(&path)
        .arg(&path))?;
    let html = with_link_integrity(&html, "application/wasm", &read_bytes(&path)?)?;
    write_file(&index, html)
}

/// The one place in `script` where `name` is followed by `:` as a property
/// name (not as the tail of a longer name), as its range.
fn property_key(script: &str, name: &str) -> Result<std::ops::Range<usize>, String> {
    let key = format!("{name}:");
    let mut found = script.match_indices(&key).map(|(at, _)| at).filter(|&at| {
        !script[..at].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
    });
    match (found.next(), found.next()) {
        (Some(at), None) => Ok(at..at + name.len()),
        _ => Err(format!("wasm-bindgen's script does not name the import `{name}` exactly once")),
    }
}

/// wasm-bindgen names each function the module imports from its script
/// after the JavaScript it calls and a 16-digit hash
/// (`__wbg_createElement_de4a31ed2fb252be`), and the script as a module by
/// its file (`./pathway-site_bg.js`); the module and the script each carry
/// every name once. This renames them all to one or two letters in both
/// (the module about 1,800 bytes brotli smaller, the script about 1,200);
/// nothing outside the two sees these names. The script is renamed
/// before [`strip_bindgen_script`] minifies it.
fn shorten_import_names(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = read_text(&index)?;
    let (wasm_name, script_name) = (linked_file(&html, "application/wasm")?, linked_file(&html, "modulepreload")?);
    let (module, renamed) = wasm_with_short_imports(&read_bytes(&dist.join(&wasm_name))?)
        .ok_or_else(|| format!("{wasm_name} is not a module xtask can read"))?;
    let mut script = read_text(&dist.join(&script_name))?;
    let mut modules: Vec<&str> = renamed.iter().map(|r| r.module.as_str()).collect();
    modules.sort_unstable();
    modules.dedup();
    let renamings = modules
        .iter()
        .map(|from| (format!("\"{from}\""), BINDGEN_MODULE))
        .chain(renamed.iter().map(|r| (r.name.clone(), r.short.as_str())));
    for (name, new) in renamings {
        let range = property_key(&script, &name)?;
        script.replace_range(range, new);
    }
    write_file(&dist.join(&wasm_name), &module)?;
    write_file(&dist.join(&script_name), script)?;
    write_file(&index, with_link_integrity(&html, "application/wasm", &module)?)
}

/// wasm-bindgen's script without the wasm-streams classes
/// [`drop_stream_exports`] took out of the module, then [`minified`] (6,021
/// to about 4,000 bytes brotli); the page's module preload is given the new
/// file's integrity hash. Trunk's minifier leaves this script alone. The
/// classes go by whole lines before terser sees the script: their `export
/// class` block (to its closing brace at the line's start), their
/// `Symbol.dispose` lines and their three-line finalization registries.
fn strip_bindgen_script(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = read_text(&index)?;
    let name = linked_file(&html, "modulepreload")?;
    let path = dist.join(&name);
    let script = read_text(&path)?;
    let mut out = String::with_capacity(script.len());
    let (mut in_class, mut registry_lines) = (false, 0);
    for line in script.lines() {
        if in_class {
            in_class = line != "}";
        } else if registry_lines > 0 {
            registry_lines -= 1;
        } else if line.starts_with("export class IntoUnderlying") {
            in_class = true;
        } else if line.starts_with("if (Symbol.dispose) IntoUnderlying") {
        } else if line.starts_with("const IntoUnderlying") && line.contains("Finalization = ") {
            registry_lines = 2;
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if in_class {
        return Err(format!("{name} has a class that is never closed"));
    }
    // Checked after minifying, which drops the comments that may name the classes.
    let out = minified(&out, ScriptKind::Module)?;
    if out.contains("IntoUnderlying") || out.contains("intounderlying") {
        return Err(format!("{name} still names a wasm-streams class after they were dropped"));
    }
    write_file(&path, &out)?;
    write_file(&index, with_link_integrity(&html, "modulepreload", out.as_bytes())?)
}

/// Minifies the copied `boot.js` (see [`minified`]).
fn strip_boot_script(dist: &Path) -> Result<(), String> {
    let path = dist.join("boot.js");
    write_file(&path, minified(&read_text(&path)?, ScriptKind::Classic)?)
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
        Mount { prefix: "/national/", dir: national_dir() },
    ]
}

/// Where the copy of the site over the synthetic national region is built.
pub fn national_dir() -> PathBuf {
    repo_root().join("target/national-site")
}

/// A copy of the built site whose data is the synthetic national region
/// (1,016 occupations, 5,080 programs), for testing and measuring the site
/// at the scale of a state's whole catalog.
pub fn build_national_site() -> Result<(), String> {
    let national = national_dir();
    copy_of_page(&national)?;
    run(Command::new(env!("CARGO"))
        .current_dir(repo_root())
        .args(["run", "--quiet", "--package", "pathway-bench", "--bin", "national-site-data", "--"])
        .arg(&national))
}

/// Makes `folder` a fresh copy of the built page's own files, for a copy of
/// the site over other data.
fn copy_of_page(folder: &Path) -> Result<(), String> {
    let dist = dist_dir();
    let _ = std::fs::remove_dir_all(folder);
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for name in page_files(&dist)? {
        std::fs::copy(dist.join(&name), folder.join(&name)).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
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
    let hostile = hostile_dir();
    copy_of_page(&hostile)?;
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
pub fn wasm_rustflags() -> String {
    let mut flags = std::env::var("RUSTFLAGS").unwrap_or_default();
    flags.push_str(" --cfg erase_components");
    // Relocations let xtask split the module at its `#[wasm_split]` points
    // (see `wasm_split`); wasm-bindgen and wasm-opt drop them afterwards.
    flags.push_str(" -C link-arg=--emit-relocs");
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
    // The site's own crates are named by relative paths in panic locations;
    // a short name for each folder saves their length once per source file.
    for (folder, short) in [("crates/pathway-model/src", "model"), ("crates/pathway-routes/src", "routes")] {
        flags.push_str(&format!(" --remap-path-prefix={folder}={short}"));
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
    crate::wasm_split::split_site_module(&dist_dir())?;
    drop_stream_exports(&dist_dir())?;
    shorten_import_names(&dist_dir())?;
    strip_bindgen_script(&dist_dir())?;
    secure_loader_script(&dist_dir())?;
    strip_boot_script(&dist_dir())?;
    stamp_service_worker(&dist_dir())?;
    build_data(&root.join("pathways"), &dist_dir())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wasm_rewrite::{short_name, Renamed};

    #[test]
    fn drops_only_the_named_exports_and_keeps_other_sections() {
        // Magic and version, a custom section "c" holding one byte, then an
        // export section with the functions "keep" (0) and "intounderlyingsink_close" (1).
        let mut module = b"\0asm\x01\0\0\0".to_vec();
        module.extend([0, 3, 1, b'c', 9]);
        let mut exports = vec![2];
        for (name, index) in [("keep", 0u8), ("intounderlyingsink_close", 1)] {
            exports.push(name.len() as u8);
            exports.extend(name.bytes());
            exports.extend([0, index]);
        }
        module.push(7);
        module.push(exports.len() as u8);
        module.extend(&exports);
        let kept = wasm_without_exports(&module, is_stream_export).unwrap();
        let mut expected = b"\0asm\x01\0\0\0".to_vec();
        expected.extend([0, 3, 1, b'c', 9, 7, 8, 1, 4]);
        expected.extend(b"keep");
        expected.extend([0, 0]);
        assert_eq!(kept, expected);
        assert_eq!(wasm_without_exports(&module[..module.len() - 1], is_stream_export), None);
    }

    #[test]
    fn renames_the_scripts_imports_in_the_module_and_the_script() {
        // Magic and version, then an import section of three imports given as
        // (module, name, descriptor): a function of type 0 from wasm-bindgen's
        // script, a memory from `env` (limits with a maximum, 1 to 2 pages)
        // and an immutable i32 global from the script.
        let module_of = |imports: &[(&str, &str, &[u8])]| {
            let mut section = vec![imports.len() as u8];
            for (from, name, descriptor) in imports {
                for text in [from, name] {
                    section.push(text.len() as u8);
                    section.extend(text.bytes());
                }
                section.extend(*descriptor);
            }
            let mut module = b"\0asm\x01\0\0\0".to_vec();
            module.extend([2, section.len() as u8]);
            module.extend(section);
            module
        };
        let (function, memory, global) = (&[0u8, 0][..], &[2u8, 1, 1, 2][..], &[3u8, 0x7f, 0][..]);
        let module = module_of(&[
            ("./site_bg.js", "__wbg_f_0123", function),
            ("env", "memory", memory),
            ("./site_bg.js", "__wbg_g_4567", global),
        ]);
        let (short, renamed) = wasm_with_short_imports(&module).unwrap();
        assert_eq!(short, module_of(&[("wbg", "a", function), ("env", "memory", memory), ("wbg", "b", global)]));
        let renaming = |name: &str, short: &str| Renamed {
            module: "./site_bg.js".to_owned(),
            name: name.to_owned(),
            short: short.to_owned(),
        };
        assert_eq!(renamed, [renaming("__wbg_f_0123", "a"), renaming("__wbg_g_4567", "b")]);
        assert_eq!(wasm_with_short_imports(&module[..module.len() - 1]), None);
        let script = "const import0 = { x__wbg_f_0123: 1, __wbg_f_0123: function() {} };";
        assert_eq!(property_key(script, "__wbg_f_0123").unwrap(), 36..48);
        assert!(property_key(script, "__wbg_g_4567").is_err());
        assert_eq!((short_name(0).as_str(), short_name(51).as_str(), short_name(52).as_str()), ("a", "Z", "ab"));
    }

    #[test]
    fn finds_and_replaces_a_link_integrity_quoted_or_not() {
        let html = r#"<link rel=preload href=./a_bg.wasm integrity=sha384-old type=application/wasm><link href="./a.js" integrity="sha384-old" rel="modulepreload">"#;
        assert_eq!(linked_file(html, "application/wasm").unwrap(), "a_bg.wasm");
        assert_eq!(linked_file(html, "modulepreload").unwrap(), "a.js");
        let changed = with_link_integrity(html, "modulepreload", b"x").unwrap();
        assert!(
            changed.contains(r#"integrity="sha384-"#) && !changed.contains(r#"integrity="sha384-old""#),
            "{changed}"
        );
        assert!(changed.contains("integrity=sha384-old type=application/wasm"));
    }
}
