//! `pathways check --sources` lists the facts a counselor cannot check yet,
//! and the README states what it lists for the committed data; every license
//! and certification in the committed data links to its rule.

use pathway_authoring::check_files;
use pathway_model::model::CredentialKind;
use pathways_integration_tests::{pathways_binary, read_yaml_dir, repo_root};
use std::process::Command;

#[test]
fn the_readme_states_what_check_sources_lists() {
    let out = Command::new(pathways_binary())
        .args(["check", "pathways", "--sources"])
        .current_dir(repo_root())
        .output()
        .expect("the CLI runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let summary = text.lines().last().expect("a summary line");
    assert!(summary.contains("facts without a checkable source"), "{summary}");
    // Every listed fact names its file and line.
    for line in text.lines().filter(|l| !l.contains("facts without a checkable source")) {
        assert!(line.starts_with("pathways/") && line.contains(".yaml:"), "{line}");
    }
    let readme = std::fs::read_to_string(repo_root().join("README.md")).expect("README");
    assert!(
        readme.contains(summary),
        "README.md must say what `pathways check pathways --sources` ends with today:\n{summary}"
    );
}

#[test]
fn every_license_and_certification_links_to_its_rule() {
    let report = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let dataset = report.dataset.expect("the committed data checks");
    let rules: Vec<_> = dataset
        .credentials
        .iter()
        .filter(|c| matches!(c.kind, CredentialKind::License | CredentialKind::Certification))
        .collect();
    assert!(!rules.is_empty(), "the committed data has licenses and certifications to check");
    let linked = |url: &str| url.starts_with("https://") || url.starts_with("http://");
    let unlinked: Vec<&str> = rules
        .iter()
        .filter(|c| !c.source.as_ref().and_then(|s| s.url.as_deref()).is_some_and(linked))
        .map(|c| c.id.as_str())
        .collect();
    assert!(
        unlinked.is_empty(),
        "these licenses and certifications need a `source` with the `url` of their regulation or issuing body's page: {unlinked:?}"
    );
}
