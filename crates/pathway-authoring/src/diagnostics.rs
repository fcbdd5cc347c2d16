//! Problems found in pathway data, with where they are and how to fix them,
//! rendered the way compilers do: `file:line:column: error: message`.

use serde::Serialize;
use std::borrow::Cow;
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

/// True for a character a terminal acts on or hides instead of showing: a
/// control character (ESC starts a terminal command, a line break could forge
/// a line of the report) or an invisible formatting character (a right-to-left
/// override reverses the rest of the line, a zero-width joiner shows nothing).
pub fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// A hidden character (see [`is_hidden`]) in words, such as "the invisible
/// character U+202E (right-to-left override)", for messages that must name
/// what cannot be seen.
pub fn describe_hidden(c: char) -> String {
    let code = c as u32;
    if c.is_control() {
        return format!("the control character U+{code:04X}");
    }
    let name = match c {
        '\u{00AD}' => "soft hyphen",
        '\u{061C}' => "Arabic letter mark",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        '\u{FEFF}' => "zero-width no-break space",
        _ => "formatting character",
    };
    format!("the invisible character U+{code:04X} ({name})")
}

/// How a hidden character is shown: its code point, such as `<U+202E>`.
fn shown(c: char) -> String {
    format!("<U+{:04X}>", c as u32)
}

/// `text` with every hidden character (see [`is_hidden`]) written as its code
/// point, so a report about hostile data shows what is there instead of
/// letting the terminal act on it.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| if is_hidden(c) { shown(c) } else { c.to_string() }).collect())
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        // The file's own path is the author's; ids, text and lines come from the data.
        write!(f, "{}: {level}: {}", self.location, visible(&self.message))?;
        if let (Some(text), Some(line)) = (&self.source_line, self.location.line) {
            let gutter = line.to_string().len();
            write!(f, "\n{:gutter$} |\n{line} | {}", "", visible(text))?;
            if let Some(column) = self.location.column {
                // The caret keeps its place under a hidden character shown as several.
                let pad: String = text
                    .chars()
                    .take(column.saturating_sub(1))
                    .map(|c| match c {
                        '\t' => "\t".to_owned(),
                        c if is_hidden(c) => " ".repeat(shown(c).len()),
                        _ => " ".to_owned(),
                    })
                    .collect();
                write!(f, "\n{:gutter$} | {pad}^", "")?;
            }
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {}", visible(help))?;
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
            (&a.location.file, a.location.line, a.severity, &a.message).cmp(&(
                &b.location.file,
                b.location.line,
                b.severity,
                &b.message,
            ))
        });
    }

    /// The problems.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// The line that ends a check of `files` files, such as "failed: 2
    /// errors, 1 warning in 5 files": the CLI and the author page print the
    /// same words.
    pub fn summary(&self, files: usize) -> String {
        let (errors, warnings) = self.counts();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        format!(
            "{}: {errors} error{}, {warnings} warning{} in {files} file{}",
            if errors > 0 { "failed" } else { "ok" },
            plural(errors),
            plural(warnings),
            plural(files)
        )
    }
}

/// The closest candidate to a misspelt id, for "did you mean …?".
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    candidates
        .iter()
        .map(|&c| (strsim::jaro_winkler(wrong, c), c))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
        // Jaro-Winkler misses two swapped letters in a short id (`can` for
        // `cna`); one edit or swap away is close enough to suggest.
        .or_else(|| candidates.iter().copied().filter(|c| strsim::osa_distance(wrong, c) == 1).min())
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
    fn control_and_invisible_characters_are_shown_as_code_points() {
        let d = Diagnostic::error(
            Location { file: "a.yaml".into(), line: Some(1), column: Some(10) },
            "occupation id `a\u{1b}[2J\u{202e}b\nforged.yaml:1:1: error: x` is not valid",
        )
        .with_source("- id: \"a\u{1b}[2J\u{202e}b\"\n")
        .with_help("did you mean `a\u{200d}b`?");
        let text = d.to_string();
        assert!(text.starts_with("a.yaml:1:10: error: occupation id `a<U+001B>[2J<U+202E>b<U+000A>forged"), "{text}");
        // Column 10 is the `[` after the ESC, shown eight characters wide.
        let caret = format!("1 | - id: \"a<U+001B>[2J<U+202E>b\"\n  | {}^", " ".repeat(8 + 8));
        assert!(text.contains(&caret), "{text}");
        assert!(!text.chars().any(|c| c == '\u{1b}' || c == '\u{202e}' || c == '\u{200d}'), "{text}");
        assert!(text.contains("= help: did you mean `a<U+200D>b`?"), "{text}");
        assert_eq!(text.lines().filter(|l| l.contains("error:")).count(), 1, "{text}");
    }

    #[test]
    fn suggests_close_ids_only() {
        let ids = ["cna-certification", "lpn-license", "ged"];
        assert_eq!(suggest("cna-certifcation", ids), Some("cna-certification"));
        assert_eq!(suggest("welding", ids), None);
        assert_eq!(suggest("can", ["cna", "ged"]), Some("cna"));
        assert_eq!(suggest("gde", ["cna", "ged"]), Some("ged"));
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
