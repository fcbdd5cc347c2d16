//! Splitting the site's WebAssembly: the code behind the page's
//! `#[wasm_split]` functions (the explorer's journey, see
//! `site/src/components/journey.rs`) goes into modules of their own, which
//! the page fetches when a person first needs them, so the first view loads
//! only what it draws.
//!
//! Trunk has no such step: wasm-bindgen must see the module after it is
//! split, and trunk runs wasm-bindgen straight after cargo. So the build
//! lets trunk do everything else (the page, its hashes, the styles), then
//! splits cargo's module (linked with `--emit-relocs`, see
//! `site_build::wasm_rustflags`), runs wasm-bindgen and wasm-opt again on
//! the pieces and puts them in place of trunk's module and script, under the
//! same names.

use crate::page_files::{linked_file, read_bytes, read_text, sha384_integrity, write_file};
use crate::{repo_root, run, tools};
use std::path::Path;
use std::process::Command;

/// The wasm-opt passes of the page's trunk link (`data-wasm-opt-params`
/// in `site/index.html`, after `-Oz`), read from there so the page names
/// how its modules are optimized. Trunk's own wasm-opt run is off
/// (`data-wasm-opt="0"`): its output is the unsplit module, which the split
/// replaces.
fn wasm_opt_params(page: &str) -> Result<Vec<String>, String> {
    let key = "data-wasm-opt-params=\"";
    let start = page.find(key).ok_or("site/index.html has no data-wasm-opt-params")? + key.len();
    let end = start + page[start..].find('"').ok_or("site/index.html's data-wasm-opt-params is not closed")?;
    Ok(std::iter::once("-Oz").chain(page[start..end].split_whitespace()).map(str::to_owned).collect())
}

/// Replaces trunk's unsplit module and script in `dist` with the split
/// ones: the first module and its script (with the split modules' loader
/// inside) under trunk's names, and the split modules beside them named
/// after the script (`pathway-site-<hash>.split_journey.wasm`), each
/// fetched with its integrity hash.
pub fn split_site_module(dist: &Path) -> Result<(), String> {
    let root = repo_root();
    let html = read_text(&dist.join("index.html"))?;
    let (wasm_name, script_name) = (linked_file(&html, "application/wasm")?, linked_file(&html, "modulepreload")?);
    let stem = script_name.strip_suffix(".js").ok_or_else(|| format!("{script_name} is not a script"))?.to_owned();
    let input_path = root.join("target/wasm32-unknown-unknown/release/pathway-site.wasm");
    let input = read_bytes(&input_path)?;
    let work = root.join("target/wasm-split");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let main_path = work.join("main.wasm");
    let link_name = format!("./{stem}.split.js");
    let main_module = format!("./{script_name}");
    let split = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = &work;
        options.main_out_path = &main_path;
        options.link_name = &link_name;
        options.main_module = &main_module;
        options
    })
    .map_err(|e| format!("splitting {}: {e:#}", input_path.display()))?;
    if split.split_modules.is_empty() {
        return Err(format!(
            "{} has no split points; was it linked with --emit-relocs and built with the journey's #[wasm_split]?",
            input_path.display()
        ));
    }
    let bindgen = work.join("bindgen");
    run(Command::new("wasm-bindgen")
        .arg(&main_path)
        .args(["--target", "web", "--no-typescript", "--keep-lld-exports", "--out-name", &stem, "--out-dir"])
        .arg(&bindgen))?;
    if bindgen.join("snippets").exists() {
        return Err("wasm-bindgen wrote snippets, which the split build does not copy".to_owned());
    }
    let params = wasm_opt_params(&read_text(&root.join("site/index.html"))?)?;
    let wasm_opt = tools::node_bin().join("wasm-opt");
    run(Command::new(&wasm_opt)
        .args(&params)
        .arg(bindgen.join(format!("{stem}_bg.wasm")))
        .arg("-o")
        .arg(dist.join(&wasm_name)))?;
    let mut loader = read_text(&work.join(link_name.trim_start_matches("./")))?;
    for module in &split.split_modules {
        let file = module.file_name().and_then(|f| f.to_str()).ok_or("a split module has no file name")?;
        let named = format!("{stem}.{file}");
        run(Command::new(&wasm_opt)
            .args(&params)
            .args(["--strip-producers", "--strip-target-features"])
            .arg(module)
            .arg("-o")
            .arg(dist.join(&named)))?;
        let integrity = sha384_integrity(&read_bytes(&dist.join(&named))?);
        let fetch = format!("fetch(new URL(\"./{file}\", import.meta.url))");
        if loader.matches(&fetch).count() != 1 {
            return Err(format!("the split loader does not fetch {file} exactly once"));
        }
        let checked = format!("fetch(new URL(\"./{named}\", import.meta.url), {{ integrity: \"{integrity}\" }})");
        loader = loader.replace(&fetch, &checked);
    }
    let script = read_text(&bindgen.join(&script_name))?;
    write_file(&dist.join(&script_name), with_loader_inlined(&script, &loader, &link_name, &main_module)?)
}

/// wasm-bindgen's script with the split modules' loader written into it
/// instead of imported from a file of its own, so the page's one integrity
/// hash on the script covers the loader too (a module a script imports
/// cannot carry one), and the page makes one request fewer. The loader's
/// own import of the script goes, as its code now runs inside it, and its
/// exports become plain constants that the script hands the module.
fn with_loader_inlined(script: &str, loader: &str, link_name: &str, main_module: &str) -> Result<String, String> {
    let own_import = format!("import {{ initSync }} from \"{main_module}\";");
    if loader.matches(&own_import).count() != 1 {
        return Err(format!("the split loader does not import initSync from {main_module} once"));
    }
    let mut body = loader.replacen(&own_import, "", 1);
    let names: Vec<String> = body
        .match_indices("export const ")
        .filter_map(|(at, key)| {
            let rest = &body[at + key.len()..];
            rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).map(|end| rest[..end].to_owned())
        })
        .collect();
    if names.is_empty() {
        return Err("the split loader exports nothing".to_owned());
    }
    body = body.replace("export const ", "const ");
    let import_prefix = "import * as ";
    let import_suffix = format!(" from \"{link_name}\"");
    let line = script
        .lines()
        .find(|l| l.starts_with(import_prefix) && l.trim_end_matches(';').ends_with(&import_suffix))
        .ok_or_else(|| format!("wasm-bindgen's script does not import {link_name}"))?;
    let alias = line[import_prefix.len()..].trim_end_matches(';').trim_end_matches(&import_suffix);
    let use_site = format!("\"{link_name}\": {alias},");
    if script.matches(&use_site).count() != 1 {
        return Err(format!("wasm-bindgen's script does not hand {link_name} to the module once"));
    }
    let script = script.replacen(&format!("{line}\n"), "", 1).replacen(
        &use_site,
        &format!("\"{link_name}\": {{ {} }},", names.join(", ")),
        1,
    );
    Ok(format!("{script}\n{body}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inlines_the_loader_and_hands_its_exports_to_the_module() {
        let script = "import * as import1 from \"./s.split.js\"\nfunction initSync() {}\nconst imports = {\n    \"./s.split.js\": import1,\n};\n";
        let loader = "import { initSync } from \"./s.js\";\nfunction makeLoad() {}\nexport const __wasm_split_load_a = makeLoad();\nexport const __wasm_split_load_b = makeLoad();\n";
        let out = with_loader_inlined(script, loader, "./s.split.js", "./s.js").unwrap();
        assert!(!out.contains("import * as") && !out.contains(" from "), "{out}");
        assert!(!out.contains("export"), "{out}");
        assert!(out.contains("\"./s.split.js\": { __wasm_split_load_a, __wasm_split_load_b },"), "{out}");
        assert!(out.contains("const __wasm_split_load_b = makeLoad();"), "{out}");
        assert!(with_loader_inlined("const imports = {};", loader, "./s.split.js", "./s.js").is_err());
        assert!(with_loader_inlined(script, "export const a = 1;", "./s.split.js", "./s.js").is_err());
    }

    #[test]
    fn reads_the_pages_wasm_opt_passes_after_oz() {
        let page =
            r#"<link data-trunk rel="rust" data-wasm-opt="z" data-wasm-opt-params="--flatten -Oz" data-bin="x">"#;
        assert_eq!(wasm_opt_params(page).unwrap(), ["-Oz", "--flatten", "-Oz"]);
        assert!(wasm_opt_params("<link rel=\"rust\">").is_err());
    }
}
