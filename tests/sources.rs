//! `pathways check --sources` lists the facts a counselor cannot check yet,
//! and the README states what it lists for the committed data.

use pathways_integration_tests::{pathways_binary, repo_root};
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
