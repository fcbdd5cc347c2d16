//! The layout's rules, checked on the source itself:
//!
//! - the site's WebAssembly never carries the authoring side: no YAML
//!   parser, no JSON Schema generator, no validator;
//! - the crates depend one way (model, then routes and authoring, then the
//!   CLI and the site);
//! - inside each crate, no two top-level modules import each other, directly
//!   or round a longer circle.

use pathways_integration_tests::repo_root;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Crates that belong to authoring and must never reach a visitor's browser.
const AUTHORING_ONLY: &[&str] = &["serde_yaml", "unsafe-libyaml", "schemars", "strsim", "pathway-authoring"];

/// The crate names in a `cargo tree` of `package`'s normal dependencies for `target`.
fn dependency_names(package: &str, target: &str) -> BTreeSet<String> {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--offline", "-p", package, "--target", target, "-e", "normal", "--prefix", "none"])
        .current_dir(repo_root())
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("cargo tree prints UTF-8");
    text.lines().filter_map(|l| l.split_whitespace().next()).map(str::to_owned).collect()
}

#[test]
fn the_sites_webassembly_has_no_authoring_crate() {
    let names = dependency_names("pathway-site", "wasm32-unknown-unknown");
    assert!(names.contains("pathway-routes") && names.contains("leptos"), "the tree was read: {names:?}");
    let found: Vec<&&str> = AUTHORING_ONLY.iter().filter(|c| names.contains(**c)).collect();
    assert!(found.is_empty(), "the site's WebAssembly would carry {found:?}");
}

#[test]
fn crates_depend_one_way() {
    let model = dependency_names("pathway-model", "all");
    for upper in ["pathway-routes", "pathway-authoring", "pathways-cli", "pathway-site"] {
        assert!(!model.contains(upper), "pathway-model depends on {upper}");
    }
    let routes = dependency_names("pathway-routes", "all");
    assert!(routes.contains("pathway-model"));
    assert!(!routes.contains("pathway-authoring") && !routes.contains("serde_json"), "{routes:?}");
    let authoring = dependency_names("pathway-authoring", "all");
    assert!(!authoring.contains("pathway-routes"), "checking data never needs the route engine");
    // The map's layout is drawn from the graph alone, and goes into the
    // site's WebAssembly: no engine, no authoring, nothing of the web.
    let map = dependency_names("pathway-map", "all");
    assert!(map.contains("pathway-model"));
    for other in ["pathway-routes", "pathway-authoring", "serde_json", "leptos", "web-sys"] {
        assert!(!map.contains(other), "pathway-map depends on {other}");
    }
}

/// The top-level module a source file belongs to: `search` for
/// `src/search/labels.rs`, `None` for `src/lib.rs` or `src/main.rs`.
fn top_module(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?.to_owned();
    let name = first.strip_suffix(".rs").unwrap_or(&first).to_owned();
    (name != "lib" && name != "main").then_some(name)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::<module>` a file's non-test code names.
fn named_modules(text: &str) -> BTreeSet<String> {
    // Test modules may reach anywhere; the rule is about the code that ships.
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    // Comments (doc links among them) name modules without importing them.
    let code: String = code.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    let mut out = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        let name: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        let preceded_by_ident =
            rest[..at].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        if !preceded_by_ident && !name.is_empty() {
            out.insert(name);
        }
        rest = after;
    }
    out
}

/// The import graph between the top-level modules of the crate at `src`.
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: BTreeSet<String> = files.iter().filter_map(|f| top_module(src, f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = modules.iter().map(|m| (m.clone(), BTreeSet::new())).collect();
    for file in &files {
        let Some(from) = top_module(src, file) else { continue };
        let text = std::fs::read_to_string(file).expect("readable source file");
        for to in named_modules(&text) {
            if to != from && modules.contains(&to) {
                graph.get_mut(&from).expect("listed").insert(to);
            }
        }
    }
    graph
}

/// One circle in `graph`, as the modules along it, if there is one.
fn find_circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        marks: &mut BTreeMap<String, Mark>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        marks.insert(node.to_owned(), Mark::Open);
        path.push(node.to_owned());
        for next in &graph[node] {
            match marks[next.as_str()] {
                Mark::Open => {
                    let start = path.iter().position(|p| p == next).expect("open nodes are on the path");
                    let mut circle = path[start..].to_vec();
                    circle.push(next.clone());
                    return Some(circle);
                }
                Mark::New => {
                    if let Some(circle) = visit(next, graph, marks, path) {
                        return Some(circle);
                    }
                }
                Mark::Done => {}
            }
        }
        path.pop();
        marks.insert(node.to_owned(), Mark::Done);
        None
    }
    let mut marks: BTreeMap<String, Mark> = graph.keys().map(|k| (k.clone(), Mark::New)).collect();
    for node in graph.keys() {
        if marks[node.as_str()] == Mark::New {
            if let Some(circle) = visit(node, graph, &mut marks, &mut Vec::new()) {
                return Some(circle);
            }
        }
    }
    None
}

#[test]
fn no_crate_has_an_import_circle() {
    let mut checked = 0;
    for dir in ["crates", "site"] {
        let root = repo_root().join(dir);
        let crates: Vec<PathBuf> = if dir == "site" {
            vec![root.join("src")]
        } else {
            std::fs::read_dir(&root).expect("crates/").flatten().map(|e| e.path().join("src")).collect()
        };
        for src in crates.into_iter().filter(|s| s.is_dir()) {
            let graph = module_graph(&src);
            if let Some(circle) = find_circle(&graph) {
                panic!("{}: modules import each other: {}", src.display(), circle.join(" → "));
            }
            checked += graph.len();
        }
    }
    assert!(checked > 30, "only {checked} modules were read");
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_owned(), BTreeSet::from(["b".to_owned()])),
        ("b".to_owned(), BTreeSet::from(["c".to_owned()])),
        ("c".to_owned(), BTreeSet::from(["a".to_owned()])),
        ("d".to_owned(), BTreeSet::new()),
    ]
    .into();
    assert_eq!(find_circle(&graph), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
    let src = Path::new("/x/src");
    assert_eq!(top_module(src, Path::new("/x/src/search/labels.rs")).as_deref(), Some("search"));
    assert_eq!(
        named_modules("use crate::answer::Route; pathway_crate::x; crate::plans::f() // see crate::graph"),
        BTreeSet::from(["answer".into(), "plans".into()])
    );
}
