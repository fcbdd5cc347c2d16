//! `pathways wages import` on the committed OEWS extract: a code BLS
//! publishes only combined is named with the code to use, and a failed
//! import writes nothing.

use pathways_integration_tests::{pathways_binary, repo_root};
use std::process::Command;

fn import(soc: &str, output: &std::path::Path) -> std::process::Output {
    Command::new(pathways_binary())
        .args(["wages", "import", "--area", "0038900", "--region", "portland", "--soc", soc, "-o"])
        .arg(output)
        .arg(repo_root().join("tests/data/oews-may2025-extract.csv"))
        .output()
        .expect("the CLI runs")
}

#[test]
fn a_combined_code_names_the_code_to_use_and_nothing_is_written() {
    let folder = std::env::temp_dir().join(format!("pathways-wages-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("temp folder");
    let output = folder.join("wages.yaml");
    let run = import("31-1131,31-1122", &output);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "SOC 31-1122 is published only combined, as 31-1120 (Home Health and Personal Care Aides): use 31-1120"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("nothing written"), "{stderr}");
    assert!(!output.exists(), "a failed import wrote {}", output.display());

    let run = import("31-1131,31-1120", &output);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let written = std::fs::read_to_string(&output).expect("written");
    assert!(written.contains("soc: 31-1120") && written.contains("area: '0038900'"), "{written}");
    std::fs::remove_dir_all(&folder).ok();
}
