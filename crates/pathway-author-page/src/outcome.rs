//! What the author page shows for a set of files: every problem exactly as
//! `pathways check` prints it, and, when the data has no errors, the files
//! `pathways build` writes. Plain Rust over the authoring crate, so it is
//! tested natively against the CLI's own output.

use pathway_authoring::load::{is_pathway_file, RawFile};
use pathway_authoring::publish::{published_files, split};
use pathway_authoring::{check_files, Diagnostic};

/// A file to publish beside the site's page.
#[derive(Clone, Debug, PartialEq)]
pub struct PublishedFile {
    /// Its name, such as `pathways.json` or `pathways-baltimore.es.json`.
    pub name: String,
    /// Its JSON text.
    pub text: String,
}

/// The result of checking the files an author gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// Every problem, worded as `pathways check` words it (file:line:column,
    /// the source line, the suggestion).
    pub problems: Vec<Problem>,
    /// The closing line, such as "ok: 0 errors, 2 warnings in 12 files".
    pub summary: String,
    /// The index and region bundles, when nothing is an error; empty otherwise.
    pub published: Vec<PublishedFile>,
    /// The pathway files read, by path; other files given are ignored.
    pub read: Vec<String>,
}

/// One problem, worded.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// True for an error, false for a warning.
    pub error: bool,
    /// The whole message as the CLI prints it.
    pub text: String,
}

/// Checks `files` as `pathways check` checks a folder: only `.yaml` and
/// `.yml` files outside hidden folders count, in path order. When there is
/// no error, also builds what `pathways build` writes.
pub fn check_and_build(files: Vec<RawFile>) -> Outcome {
    let mut files: Vec<RawFile> = files.into_iter().filter(|f| is_pathway_file(&f.path)).collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let report = check_files(&files);
    let problems =
        report.diagnostics.iter().map(|d: &Diagnostic| Problem { error: d.is_error(), text: d.to_string() }).collect();
    let published = report.dataset.as_ref().map_or_else(Vec::new, |dataset| {
        let (index, bundles) = split(dataset);
        published_files(&index, &bundles).into_iter().map(|(name, text)| PublishedFile { name, text }).collect()
    });
    Outcome {
        problems,
        summary: report.diagnostics.summary(files.len()),
        published,
        read: files.into_iter().map(|f| f.path).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn read_folder(dir: &Path, out: &mut Vec<RawFile>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read_folder(&path, out);
            } else {
                let shown = path.strip_prefix(repo()).unwrap().display().to_string();
                out.push(RawFile { path: shown, bytes: std::fs::read(&path).unwrap() });
            }
        }
    }

    fn repo() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
    }

    #[test]
    fn the_shipped_data_checks_and_builds_as_the_cli_builds_it() {
        let mut files = Vec::new();
        read_folder(&repo().join("pathways"), &mut files);
        let outcome = check_and_build(files);
        assert!(outcome.problems.iter().all(|p| !p.error), "{:?}", outcome.problems);
        assert!(outcome.summary.starts_with("ok: 0 errors"), "{}", outcome.summary);
        let names: Vec<&str> = outcome.published.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names[0], "pathways.json");
        assert!(
            names.contains(&"pathways-baltimore.json") && names.contains(&"pathways-baltimore.es.json"),
            "{names:?}"
        );
        // The same files, byte for byte, as the build the site is published from.
        let built = std::env::temp_dir().join(format!("author-page-{}", std::process::id()));
        let run = std::process::Command::new(env!("CARGO"))
            .args(["run", "-q", "-p", "pathways-cli", "--", "build", "pathways", "-o"])
            .arg(built.join("pathways.json"))
            .current_dir(repo())
            .output()
            .unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        for file in &outcome.published {
            let cli = std::fs::read_to_string(built.join(&file.name)).unwrap();
            assert!(cli == file.text, "{} differs from `pathways build`", file.name);
        }
        std::fs::remove_dir_all(&built).unwrap();
    }

    #[test]
    fn a_broken_file_is_reported_as_the_cli_reports_it_and_nothing_is_built() {
        let files = vec![
            RawFile {
                path: "mine/occupations.yaml".into(),
                bytes: b"occupations:\n  - id: aide\n\ttitle: x\n".to_vec(),
            },
            RawFile { path: "mine/.git/config.yaml".into(), bytes: b"not: [pathway".to_vec() },
            RawFile { path: "mine/notes.txt".into(), bytes: b"notes".to_vec() },
        ];
        let outcome = check_and_build(files);
        assert_eq!(outcome.read, ["mine/occupations.yaml"]);
        assert!(outcome.published.is_empty());
        let first = &outcome.problems[0];
        assert!(first.error && first.text.starts_with("mine/occupations.yaml:3:"), "{}", first.text);
        assert!(first.text.contains("tab"), "{}", first.text);
        assert!(outcome.summary.starts_with("failed: "), "{}", outcome.summary);
    }
}
