//! Where each entry of a dataset was written: its file and lines. Validation
//! uses this to point at the offending line; a dataset read from a bundle has
//! no origins and its problems point at the bundle as a whole.

use crate::diagnostics::{Diagnostic, Location};
use std::sync::OnceLock;

/// A pathway file's path and text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceText {
    /// The path as the data author sees it.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// The sections of a pathway file, one per kind of entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// `regions:`
    Regions,
    /// `occupations:`
    Occupations,
    /// `credentials:`
    Credentials,
    /// `programs:`
    Programs,
    /// `steps:`
    Steps,
    /// `partners:`
    Partners,
    /// `wages:`
    Wages,
}

impl Section {
    /// Every section, in the order they are checked.
    pub const ALL: [Section; 7] =
        [Self::Regions, Self::Occupations, Self::Credentials, Self::Programs, Self::Steps, Self::Partners, Self::Wages];

    /// The key that starts the section in a file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Regions => "regions",
            Self::Occupations => "occupations",
            Self::Credentials => "credentials",
            Self::Programs => "programs",
            Self::Steps => "steps",
            Self::Partners => "partners",
            Self::Wages => "wages",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The lines one entry spans in one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemSpan {
    /// Index into [`Origins::files`].
    pub file: usize,
    /// First line of the entry, 1-based.
    pub first_line: usize,
    /// Last line of the entry, 1-based and inclusive.
    pub last_line: usize,
}

/// Where one entry was written: its lines when the file's layout showed them,
/// or only its file (an index into [`Origins::files`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Lines(ItemSpan),
    File(usize),
}

/// The files a dataset came from and where each entry is in them.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    /// The files, in load order.
    pub files: Vec<SourceText>,
    spans: [Vec<Option<Place>>; 7],
    /// What to call the data when no file is known, such as the bundle's path.
    pub fallback_name: String,
    /// Where each line of each file starts, built on first use so that finding
    /// a line does not rescan the file for every problem in it.
    line_starts: OnceLock<Vec<(usize, Vec<usize>)>>,
}

impl Origins {
    /// Origins for data that did not come from files, such as a bundle.
    pub fn unknown(name: &str) -> Self {
        Self { fallback_name: name.to_owned(), ..Self::default() }
    }

    /// Records the lines an entry of `section` came from, in dataset order.
    pub fn push(&mut self, section: Section, span: Option<ItemSpan>) {
        self.spans[section.index()].push(span.map(Place::Lines));
    }

    /// Records that an entry of `section` came from file `file` (an index into
    /// [`Origins::files`]) at lines its layout does not show, in dataset order.
    pub fn push_file(&mut self, section: Section, file: usize) {
        self.spans[section.index()].push(Some(Place::File(file)));
    }

    /// Where entry `index` of `section` is; with `field`, the line of that field within it.
    pub fn locate(&self, section: Section, index: usize, field: Option<&str>) -> (Location, Option<&str>) {
        match self.find(section, index, field) {
            Some((file, at)) => {
                let file = &self.files[file];
                let (line, column) = (at.map(|(l, _)| l), at.map(|(_, c)| c));
                (Location { file: file.path.clone(), line, column }, Some(&file.text))
            }
            None => (Location { file: self.fallback_name.clone(), line: None, column: None }, None),
        }
    }

    /// The file index of entry `index` of `section` and, when known, the line
    /// and column of the entry or of its `field`.
    fn find(&self, section: Section, index: usize, field: Option<&str>) -> Option<(usize, Option<(usize, usize)>)> {
        let span = match self.spans[section.index()].get(index).copied().flatten()? {
            Place::Lines(span) => span,
            Place::File(file) => return self.files.get(file).map(|_| (file, None)),
        };
        let mut line = span.first_line;
        let mut column = first_text_column(self.line_text(span.file, line).unwrap_or(""));
        if let Some(field) = field {
            let wanted = format!("{field}:");
            for n in span.first_line..=span.last_line {
                let Some(text) = self.line_text(span.file, n) else {
                    break;
                };
                let trimmed = text.trim_start().trim_start_matches("- ").trim_start();
                if trimmed.starts_with(&wanted) {
                    line = n;
                    column = text.len() - trimmed.len() + 1;
                    break;
                }
            }
        }
        Some((span.file, Some((line, column))))
    }

    /// Line `n` (1-based) of file `file`, as `str::lines` gives it.
    fn line_text(&self, file: usize, n: usize) -> Option<&str> {
        let text = &self.files.get(file)?.text;
        let index = self.line_starts.get_or_init(|| {
            self.files
                .iter()
                .map(|f| {
                    let starts = std::iter::once(0).chain(f.text.match_indices('\n').map(|(i, _)| i + 1)).collect();
                    (f.text.len(), starts)
                })
                .collect()
        });
        match index.get(file) {
            // The index is only trusted for the text it was built from.
            Some((len, starts)) if *len == text.len() => {
                let start = *starts.get(n.checked_sub(1)?)?;
                if start >= text.len() {
                    return None;
                }
                match starts.get(n) {
                    Some(&next) => {
                        let line = &text[start..next - 1];
                        Some(line.strip_suffix('\r').unwrap_or(line))
                    }
                    None => Some(&text[start..]),
                }
            }
            _ => text.lines().nth(n.checked_sub(1)?),
        }
    }

    /// An error about entry `index` of `section`, pointing at `field` when given.
    pub fn error(&self, section: Section, index: usize, field: Option<&str>, message: String) -> Diagnostic {
        self.attach(Diagnostic::error(Location::default(), message), section, index, field)
    }

    /// A warning about entry `index` of `section`, pointing at `field` when given.
    pub fn warning(&self, section: Section, index: usize, field: Option<&str>, message: String) -> Diagnostic {
        self.attach(Diagnostic::warning(Location::default(), message), section, index, field)
    }

    fn attach(&self, mut diagnostic: Diagnostic, section: Section, index: usize, field: Option<&str>) -> Diagnostic {
        match self.find(section, index, field) {
            Some((file, Some((line, column)))) => {
                diagnostic.location =
                    Location { file: self.files[file].path.clone(), line: Some(line), column: Some(column) };
                match self.line_text(file, line) {
                    Some(text) => diagnostic.with_source_line(text),
                    None => diagnostic,
                }
            }
            Some((file, None)) => {
                diagnostic.location = Location { file: self.files[file].path.clone(), line: None, column: None };
                diagnostic
            }
            None => {
                diagnostic.location = Location { file: self.fallback_name.clone(), line: None, column: None };
                diagnostic
            }
        }
    }
}

fn first_text_column(line: &str) -> usize {
    let trimmed = line.trim_start().trim_start_matches("- ").trim_start();
    line.len() - trimmed.len() + 1
}

/// True for a line such as `programs:` or `region: balt`: a key in the first column.
fn is_top_level_key(line: &str) -> bool {
    let key_end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(line.len());
    line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') && line[key_end..].trim_start().starts_with(':')
}

/// Finds the lines of each list entry under a top-level `key:` in block-style YAML.
/// Returns `None` when the layout is not the plain block style (flow style, anchors
/// spread across sections), in which case callers point at the file alone.
pub fn item_spans(text: &str, key: &str, expected: usize) -> Option<Vec<(usize, usize)>> {
    let lines: Vec<&str> = text.lines().collect();
    let header = format!("{key}:");
    let start = lines.iter().position(|l| l.starts_with(&header))?;
    // The section ends at the next top-level key. Other text in the first
    // column is the rest of a flow entry or quoted text broken across lines.
    let end = lines[start + 1..].iter().position(|l| is_top_level_key(l)).map_or(lines.len(), |p| start + 1 + p);
    let dash_indent = lines[start + 1..end]
        .iter()
        .filter(|l| l.trim_start().starts_with("- ") || l.trim() == "-")
        .map(|l| l.len() - l.trim_start().len())
        .min()?;
    let starts: Vec<usize> = (start + 1..end)
        .filter(|&i| {
            let l = lines[i];
            l.len() - l.trim_start().len() == dash_indent && (l.trim_start().starts_with("- ") || l.trim() == "-")
        })
        .collect();
    if starts.len() != expected {
        return None;
    }
    let mut spans = Vec::with_capacity(starts.len());
    for (k, &first) in starts.iter().enumerate() {
        let mut last = starts.get(k + 1).map_or(end, |&next| next) - 1;
        while last > first && lines[last].trim().is_empty() {
            last -= 1;
        }
        spans.push((first + 1, last + 1));
    }
    Some(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "region: x\noccupations:\n  - id: a\n    title: A\n\n  - id: b\n    title: B\nprograms: []\n";

    #[test]
    fn finds_block_items() {
        assert_eq!(item_spans(TEXT, "occupations", 2), Some(vec![(3, 4), (6, 7)]));
    }

    #[test]
    fn text_in_the_first_column_does_not_end_a_section() {
        let text = "occupations:\n  - {id: a, keywords: [x,\ny]}\n  - id: b\nprograms: []\n";
        assert_eq!(item_spans(text, "occupations", 2), Some(vec![(2, 3), (4, 4)]));
        assert!(is_top_level_key("region: balt") && is_top_level_key("steps:") && is_top_level_key("oews_area :"));
        assert!(!is_top_level_key("y]}") && !is_top_level_key("- id: a") && !is_top_level_key("# steps:"));
    }

    #[test]
    fn an_entry_whose_lines_are_unknown_is_placed_in_its_file() {
        let mut origins = Origins::default();
        origins.files.push(SourceText { path: "f.yaml".into(), text: TEXT.into() });
        origins.push_file(Section::Steps, 0);
        let (loc, _) = origins.locate(Section::Steps, 0, Some("to"));
        assert_eq!((loc.file.as_str(), loc.line, loc.column), ("f.yaml", None, None));
        let d = origins.error(Section::Steps, 0, None, "x".into());
        assert_eq!(d.location.file, "f.yaml");
    }

    #[test]
    fn gives_up_on_a_count_mismatch() {
        assert_eq!(item_spans(TEXT, "occupations", 3), None);
        assert_eq!(item_spans(TEXT, "steps", 0), None);
    }

    #[test]
    fn locates_a_field_inside_an_item() {
        let mut origins = Origins::default();
        origins.files.push(SourceText { path: "f.yaml".into(), text: TEXT.into() });
        origins.push(Section::Occupations, Some(ItemSpan { file: 0, first_line: 6, last_line: 7 }));
        let (loc, _) = origins.locate(Section::Occupations, 0, Some("title"));
        assert_eq!((loc.line, loc.column), (Some(7), Some(5)));
        let (loc, _) = origins.locate(Section::Occupations, 0, None);
        assert_eq!((loc.line, loc.column), (Some(6), Some(5)));
    }
}
