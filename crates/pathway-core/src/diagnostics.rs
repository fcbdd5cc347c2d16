//! Problems found in pathway data, with where they are and how to fix them,
//! rendered the way compilers do: `file:line:column: error: message`.

use serde::Serialize;
use std::fmt;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The data cannot be used until this is fixed.
    Error,
    /// The data works, but probably not as its authors meant.
    Warning,
}

/// Where a problem is: a file and, when known, a 1-based line and column.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    /// The file's path as the data author sees it.
    pub file: String,
    /// The 1-based line.
    pub line: Option<usize>,
    /// The 1-based column.
    pub column: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}:{}", self.column.unwrap_or(1))?;
        }
        Ok(())
    }
}

/// One problem in the data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where it is.
    pub location: Location,
    /// What is wrong.
    pub message: String,
    /// The offending line of the file, when there is one to show.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_line: Option<String>,
    /// How to fix it, such as "did you mean `cna-certification`?".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at a location.
    pub fn error(location: Location, message: impl Into<String>) -> Self {
        Self { severity: Severity::Error, location, message: message.into(), source_line: None, help: None }
    }

    /// A warning at a location.
    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(location, message) }
    }

    /// Adds advice on how to fix the problem.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Attaches the offending line, taken from the file's text.
    pub fn with_source(self, text: &str) -> Self {
        match self.location.line.and_then(|line| text.lines().nth(line.saturating_sub(1))) {
            Some(line) => self.with_source_line(line),
            None => self,
        }
    }

    /// Attaches the offending line itself.
    pub fn with_source_line(mut self, line: &str) -> Self {
        // A pathological line (a 5 MB single-line file) is cut so the report stays readable.
        let mut shown: String = line.chars().take(200).collect();
        if shown.len() < line.len() {
            shown.push_str(" …");
        }
        self.source_line = Some(shown);
        self
    }

    /// True for an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}: {level}: {}", self.location, self.message)?;
        if let (Some(text), Some(line)) = (&self.source_line, self.location.line) {
            let gutter = line.to_string().len();
            write!(f, "\n{:gutter$} |\n{line} | {text}", "")?;
            if let Some(column) = self.location.column {
                let pad: String = text
                    .chars()
                    .take(column.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                write!(f, "\n{:gutter$} | {pad}^", "")?;
            }
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

/// Every problem found in one run, in a stable order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// True when any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// How many errors and warnings there are.
    pub fn counts(&self) -> (usize, usize) {
        let errors = self.0.iter().filter(|d| d.is_error()).count();
        (errors, self.0.len() - errors)
    }

    /// Sorts by file, then line, then severity, so output does not depend on check order.
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            (&a.location.file, a.location.line, a.severity, &a.message)
                .cmp(&(&b.location.file, b.location.line, b.severity, &b.message))
        });
    }

    /// The problems.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }
}

/// The closest candidate to a misspelt id, for "did you mean …?".
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(wrong, c), c))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_line_and_caret() {
        let d = Diagnostic::error(
            Location { file: "a.yaml".into(), line: Some(2), column: Some(5) },
            "unknown field `nmae`",
        )
        .with_source("x: 1\n  - nmae: CNA\n")
        .with_help("did you mean `name`?");
        let text = d.to_string();
        assert!(text.starts_with("a.yaml:2:5: error: unknown field `nmae`"), "{text}");
        assert!(text.contains("2 |   - nmae: CNA"), "{text}");
        assert!(text.contains("  |     ^"), "{text}");
        assert!(text.ends_with("= help: did you mean `name`?"), "{text}");
    }

    #[test]
    fn suggests_close_ids_only() {
        let ids = ["cna-certification", "lpn-license", "ged"];
        assert_eq!(suggest("cna-certifcation", ids), Some("cna-certification"));
        assert_eq!(suggest("welding", ids), None);
    }

    #[test]
    fn counts_and_sorts() {
        let mut all = Diagnostics::default();
        all.push(Diagnostic::warning(Location { file: "b".into(), line: Some(1), column: None }, "w"));
        all.push(Diagnostic::error(Location { file: "a".into(), line: Some(9), column: None }, "e"));
        all.sort();
        assert_eq!(all.0[0].location.file, "a");
        assert_eq!(all.counts(), (1, 1));
        assert!(all.has_errors());
    }
}
