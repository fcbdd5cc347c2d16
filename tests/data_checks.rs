//! The committed pathway data: it checks clean, its JSON Schema is the one the
//! code generates, and every file tells editors where that schema is.

use pathway_authoring::check_files;
use pathways_integration_tests::{read_yaml_dir, repo_root};
use std::path::{Path, PathBuf};

fn pathways_dir() -> PathBuf {
    repo_root().join("pathways")
}

#[test]
fn every_dataset_checks_without_errors() {
    let files = read_yaml_dir(&pathways_dir());
    assert!(!files.is_empty(), "no pathway files under pathways/");
    let report = check_files(&files);
    let errors: Vec<String> = report.diagnostics.iter().filter(|d| d.is_error()).map(|d| format!("{d}\n")).collect();
    assert!(
        errors.is_empty(),
        "`pathways check pathways` must report no errors; it reports {}:\n\n{}",
        errors.len(),
        errors.join("\n")
    );
    let dataset = report.dataset.expect("a dataset with no errors");
    assert!(!dataset.occupations.is_empty(), "the data defines no occupations");
    for warning in report.diagnostics.iter() {
        eprintln!("{warning}\n");
    }
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let path = pathways_dir().join("pathways.schema.json");
    let committed = std::fs::read(&path).unwrap_or_default();
    let generated = pathway_authoring::schema::pathway_file_schema();
    if committed != generated.as_bytes() {
        let committed = String::from_utf8_lossy(&committed);
        let first_difference = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| "the lengths differ".to_owned(), |n| format!("line {} differs", n + 1));
        panic!(
            "pathways/pathways.schema.json is out of date ({first_difference}); regenerate it with\n\n    \
             cargo run -p pathways-cli -- schema > pathways/pathways.schema.json\n"
        );
    }
}

#[test]
fn every_pathway_file_points_editors_at_the_schema() {
    const PREFIX: &str = "# yaml-language-server: $schema=";
    let schema =
        pathways_dir().join("pathways.schema.json").canonicalize().expect("pathways/pathways.schema.json exists");
    let files = read_yaml_dir(&pathways_dir());
    assert!(!files.is_empty(), "no pathway files under pathways/");
    let mut problems = Vec::new();
    for file in &files {
        let text = String::from_utf8_lossy(&file.bytes);
        let first = text.trim_start_matches('\u{feff}').lines().next().unwrap_or("");
        let Some(target) = first.strip_prefix(PREFIX).map(str::trim) else {
            problems.push(format!("{}: the first line must be `{PREFIX}<path to pathways.schema.json>`", file.path));
            continue;
        };
        let folder = repo_root().join(&file.path).parent().map(Path::to_path_buf).unwrap_or_default();
        match folder.join(target).canonicalize() {
            Ok(found) if found == schema => {}
            Ok(found) => problems.push(format!(
                "{}: `{target}` is {}, not pathways/pathways.schema.json",
                file.path,
                found.display()
            )),
            Err(_) => problems.push(format!("{}: the schema path `{target}` does not exist", file.path)),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
