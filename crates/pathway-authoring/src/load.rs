//! Reading pathway YAML files into a [`Dataset`]. The caller reads the files;
//! this module only parses the bytes it is handed, so the core stays free of IO.

use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use crate::origins::{item_spans, ItemSpan, Origins, Section, SourceText};
use pathway_model::model::{Dataset, PathwayFile};

/// The largest pathway file accepted. Real files are a few kilobytes; anything
/// near this is a mistake (an export pasted in, a binary) and would slow editors.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// The deepest nesting of flow collections (`[`, `{`) accepted. Pathway files nest
/// a few levels; the YAML scanner slows quadratically with flow nesting, so a file of
/// many thousand open brackets would hang the check for minutes instead of failing it.
pub const MAX_FLOW_DEPTH: usize = 64;

/// A file as read from disk: its path and its raw bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawFile {
    /// The path to show in messages.
    pub path: String,
    /// The file's bytes, not yet known to be text.
    pub bytes: Vec<u8>,
}

/// True for a pathway file: `.yaml` or `.yml`, with no folder or file in
/// its path (relative to the folder read) hidden, named with a leading dot.
/// The one rule for which files of a folder are pathway files, for the CLI
/// and the author page alike.
pub fn is_pathway_file(path: &str) -> bool {
    let hidden = path.split('/').any(|part| part.starts_with('.') && part != "." && part != "..");
    !hidden && (path.ends_with(".yaml") || path.ends_with(".yml"))
}

/// The result of parsing a set of files: everything that parsed, where it came
/// from, and every problem met on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The entries of every file that parsed, merged in file order.
    pub dataset: Dataset,
    /// Where each entry came from.
    pub origins: Origins,
    /// Syntax, type and encoding problems.
    pub diagnostics: Diagnostics,
}

/// Parses every file, collecting every problem rather than stopping at the first,
/// and settles every text on its region's default language.
pub fn load_files(files: &[RawFile]) -> Loaded {
    let mut loaded = Loaded::default();
    for file in files {
        match parse_file(file) {
            Ok((parsed, text)) => merge(&mut loaded, parsed, SourceText { path: file.path.clone(), text }),
            Err(diagnostic) => loaded.diagnostics.push(diagnostic),
        }
    }
    crate::languages::settle(&mut loaded.dataset);
    loaded
}

fn file_location(path: &str) -> Location {
    Location { file: path.to_owned(), line: None, column: None }
}

fn parse_file(file: &RawFile) -> Result<(PathwayFile, String), Diagnostic> {
    if file.bytes.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            file_location(&file.path),
            format!(
                "the file is {:.1} MB; a pathway file may be at most {} MB",
                file.bytes.len() as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
        )
        .with_help("split the data into several smaller files in the same folder"));
    }
    let text = match std::str::from_utf8(&file.bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text).to_owned(),
        Err(e) => {
            let good = &file.bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = good.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            let location = Location { file: file.path.clone(), line: Some(line), column: Some(column) };
            return Err(Diagnostic::error(
                location,
                format!("the file is not UTF-8 text (byte 0x{:02X})", file.bytes[e.valid_up_to()]),
            )
            .with_help("save the file as UTF-8 text; a pathway file cannot hold binary data"));
        }
    };
    if text.contains('\0') {
        let offset = text.find('\0').unwrap_or(0);
        let line = text[..offset].matches('\n').count() + 1;
        let location = Location { file: file.path.clone(), line: Some(line), column: None };
        return Err(Diagnostic::error(location, "the file contains a NUL byte; it is not a text file"));
    }
    let meaningful = text.lines().any(|l| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#') && t != "---"
    });
    if !meaningful {
        return Err(Diagnostic::error(file_location(&file.path), "the file is empty").with_help(
            "a pathway file holds sections such as `occupations:`, `credentials:`, `programs:`, `steps:` or `partners:`; delete the file if it is not needed",
        ));
    }
    if let Some((line, column)) = flow_too_deep(&text, MAX_FLOW_DEPTH) {
        let location = Location { file: file.path.clone(), line: Some(line), column: Some(column) };
        return Err(Diagnostic::error(
            location,
            format!("the file nests `[` or `{{` more than {MAX_FLOW_DEPTH} levels deep"),
        )
        .with_source(&text)
        .with_help("pathway files are at most a few levels deep; look for brackets that are never closed"));
    }
    match serde_yaml::from_str::<PathwayFile>(&text) {
        Ok(parsed) => Ok((parsed, text)),
        // A line indented further than the field above it is read as part of
        // that field's value, and the parser's own message then names a field
        // that is not there; the slip itself is what the author must fix.
        // A tab in a line's indentation comes first: the parser may only
        // stumble lines later, and the slip check counts a tab as no space.
        Err(e) => Err(tab_indentation(&file.path, &text, e.location().map(|l| l.line()))
            .or_else(|| indentation_slip(&file.path, &text))
            .unwrap_or_else(|| yaml_error(&file.path, &text, &e))),
    }
}

/// The first tab in a line's indentation, up to and including line `until`
/// (where the parser failed) when it is known: YAML indents with spaces only.
fn tab_indentation(path: &str, text: &str, until: Option<usize>) -> Option<Diagnostic> {
    let lines = text.lines().take(until.unwrap_or(usize::MAX));
    let (n, column) = lines.enumerate().find_map(|(n, line)| {
        let at = line.find('\t')?;
        line[..at].trim().is_empty().then_some((n + 1, at + 1))
    })?;
    let location = Location { file: path.to_owned(), line: Some(n), column: Some(column) };
    Some(
        Diagnostic::error(location, "a tab indents this line; YAML indents with spaces only")
            .with_source(text)
            .with_help("replace the tab with spaces (two for each level); an editor's \"convert indentation to spaces\" does it for the whole file"),
    )
}

/// The first line that is indented further than the `key: value` line above
/// it while it looks like a field of its own (`name:` followed by a space or
/// the line's end), which YAML reads as more of the value above.
fn indentation_slip(path: &str, text: &str) -> Option<Diagnostic> {
    // Where a line's key starts: after the spaces, and after a list item's `- `.
    let indent = |line: &str| {
        let spaces = line.len() - line.trim_start_matches(' ').len();
        spaces + if line.trim_start().starts_with("- ") { 2 } else { 0 }
    };
    let is_field = |line: &str| {
        let t = line.trim_start().trim_start_matches("- ");
        t.split_once(':').is_some_and(|(key, rest)| {
            !key.is_empty()
                && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                && (rest.is_empty() || rest.starts_with(' '))
        })
    };
    let lines: Vec<&str> = text.lines().collect();
    for (n, pair) in lines.windows(2).enumerate() {
        let (above, line) = (pair[0], pair[1]);
        let value = above.trim_start().trim_start_matches("- ").split_once(':').map(|(_, v)| v.trim());
        // Only a plain value above can swallow the next line; a block scalar
        // (`>-`, `|`) or an open collection legitimately continues.
        let plain_value_above =
            value.is_some_and(|v| !v.is_empty() && !v.starts_with(['>', '|', '[', '{', '#', '"', '\'', '&', '*']));
        if is_field(above) && plain_value_above && is_field(line) && indent(line) > indent(above) {
            let key = line.trim_start().trim_start_matches("- ").split(':').next().unwrap_or("");
            let above_key = above.trim_start().trim_start_matches("- ").split(':').next().unwrap_or("");
            let wanted = indent(above);
            let location = Location { file: path.to_owned(), line: Some(n + 2), column: Some(indent(line) + 1) };
            return Some(
                Diagnostic::error(
                    location,
                    format!(
                        "indentation: `{key}:` is indented {} spaces, further than `{above_key}:` on the line above, so YAML reads it as part of `{above_key}`'s value",
                        indent(line)
                    ),
                )
                .with_source(text)
                .with_help(format!("indent `{key}:` with {wanted} spaces, like `{above_key}:`")),
            );
        }
    }
    None
}

/// Where flow collections first nest deeper than `limit`, as a 1-based line and
/// column. Brackets in quoted strings and comments do not count; brackets in plain
/// text do, which can only overcount, and a pathway file is nowhere near the limit.
fn flow_too_deep(text: &str, limit: usize) -> Option<(usize, usize)> {
    let (mut depth, mut line, mut column) = (0usize, 1usize, 0usize);
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut prev = '\n';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        column += 1;
        if c == '\n' {
            (line, column, comment) = (line + 1, 0, false);
        } else if comment {
            // The rest of the line is a comment.
        } else if let Some(q) = quote {
            if q == '"' && c == '\\' {
                match chars.next() {
                    Some('\n') => (line, column) = (line + 1, 0),
                    Some(_) => column += 1,
                    None => {}
                }
            } else if c == q {
                if q == '\'' && chars.peek() == Some(&'\'') {
                    chars.next();
                    column += 1;
                } else {
                    quote = None;
                }
            }
        } else {
            let token_start = prev.is_whitespace() || matches!(prev, '[' | '{' | ',');
            match c {
                '#' if prev.is_whitespace() => comment = true,
                '"' | '\'' if token_start => quote = Some(c),
                '[' | '{' => {
                    depth += 1;
                    if depth > limit {
                        return Some((line, column));
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        prev = c;
    }
    None
}

fn yaml_error(path: &str, text: &str, e: &serde_yaml::Error) -> Diagnostic {
    let full = e.to_string();
    // serde_yaml appends " at line L column C"; the location is shown in front instead.
    let message = match full.find(" at line ") {
        Some(cut) => full[..cut].to_owned(),
        None => full.clone(),
    };
    let message = plain_types(&message.replace("PathwayFile", "a pathway file"));
    let location = Location {
        file: path.to_owned(),
        line: e.location().map(|l| l.line()),
        column: e.location().map(|l| l.column()),
    };
    let help = help_for(&message);
    let diagnostic = Diagnostic::error(location, message).with_source(text);
    match help {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

/// serde names the Rust type it wanted ("expected f64"); an author wants the
/// kind of YAML value instead.
fn plain_types(message: &str) -> String {
    [
        ("expected f64", "expected a number"),
        ("expected u16", "expected a whole number"),
        ("expected u32", "expected a whole number"),
        ("expected a sequence", "expected a list, such as [a, b]"),
        ("invalid type: sequence", "invalid type: a list"),
        ("invalid type: map", "invalid type: a group of `name: value` lines"),
    ]
    .into_iter()
    .fold(message.to_owned(), |m, (rust, plain)| m.replace(rust, plain))
}

fn help_for(message: &str) -> Option<String> {
    if message.contains("expected a number") && message.contains("invalid type: string") {
        return Some(
            "write the number with digits and at most one decimal point, such as 1200 or 16.5: no commas, underscores, units or $"
                .to_owned(),
        );
    }
    if message.contains("unknown field") || message.contains("unknown variant") {
        if let Some(expected) = message.split("expected ").nth(1) {
            return Some(format!("the allowed names are {expected}"));
        }
    }
    if message.contains("recursion limit") {
        return Some("the file nests too deeply; pathway files are at most a few levels deep".to_owned());
    }
    if message.contains("repetition limit") {
        return Some("the file repeats anchors (`*name`) too often; write the entries out instead".to_owned());
    }
    if message.contains("more than one document") {
        return Some("remove the `---` separators: one pathway file is one YAML document".to_owned());
    }
    None
}

fn merge(loaded: &mut Loaded, parsed: PathwayFile, source: SourceText) {
    let file_index = loaded.origins.files.len();
    let PathwayFile { region, regions, mut occupations, credentials, mut programs, steps, mut partners, mut wages } =
        parsed;
    for o in &mut occupations {
        o.region = o.region.take().or_else(|| region.clone());
    }
    for p in &mut programs {
        p.region = p.region.take().or_else(|| region.clone());
    }
    for p in &mut partners {
        p.region = p.region.take().or_else(|| region.clone());
    }
    for w in &mut wages {
        w.region = w.region.take().or_else(|| region.clone());
    }
    let counts =
        [regions.len(), occupations.len(), credentials.len(), programs.len(), steps.len(), partners.len(), wages.len()];
    for (section, count) in Section::ALL.into_iter().zip(counts) {
        let spans = item_spans(&source.text, section.key(), count);
        for i in 0..count {
            match &spans {
                Some(s) => loaded
                    .origins
                    .push(section, Some(ItemSpan { file: file_index, first_line: s[i].0, last_line: s[i].1 })),
                // The layout hides the entry's lines; its problems still name its file.
                None => loaded.origins.push_file(section, file_index),
            }
        }
    }
    let d = &mut loaded.dataset;
    d.regions.extend(regions);
    d.occupations.extend(occupations);
    d.credentials.extend(credentials);
    d.programs.extend(programs);
    d.steps.extend(steps);
    d.partners.extend(partners);
    d.wages.extend(wages);
    loaded.origins.files.push(source);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(path: &str, text: &str) -> RawFile {
        RawFile { path: path.into(), bytes: text.as_bytes().to_vec() }
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let loaded = load_files(&[raw("bad.yaml", "occupations:\n  - id: a\n    title: [unclosed\n")]);
        let d = &loaded.diagnostics.0[0];
        assert!(d.is_error());
        assert_eq!(d.location.file, "bad.yaml");
        assert!(d.location.line.is_some() && d.location.column.is_some(), "{d}");
        assert!(d.source_line.is_some());
    }

    #[test]
    fn unknown_fields_are_named_with_the_allowed_ones() {
        let loaded = load_files(&[raw("t.yaml", "credentials:\n  - id: ged\n    nmae: GED\n    kind: diploma\n")]);
        let d = &loaded.diagnostics.0[0];
        assert!(d.message.contains("unknown field `nmae`"), "{d}");
        assert_eq!(d.location.line, Some(3));
        assert!(d.help.as_deref().unwrap_or("").contains("`name`"), "{d}");
    }

    #[test]
    fn empty_and_binary_files_are_errors_not_panics() {
        let loaded = load_files(&[
            raw("empty.yaml", "# nothing\n"),
            RawFile { path: "bin.yaml".into(), bytes: vec![b'a', b'\n', 0xff, 0xfe, 0x00] },
        ]);
        assert_eq!(loaded.diagnostics.0.len(), 2);
        assert!(loaded.diagnostics.0[0].message.contains("empty"));
        assert!(loaded.diagnostics.0[1].message.contains("not UTF-8"));
        assert_eq!(loaded.diagnostics.0[1].location.line, Some(2));
    }

    #[test]
    fn oversized_files_are_refused_before_parsing() {
        let big = "#".repeat(MAX_FILE_BYTES + 1);
        let loaded = load_files(&[raw("big.yaml", &big)]);
        assert!(loaded.diagnostics.0[0].message.contains("at most 2 MB"));
    }

    #[test]
    fn file_region_fills_entries_and_spans_are_recorded() {
        let text = "region: r\noccupations:\n  - id: a\n    soc: 31-1131\n    title: A\n";
        let loaded = load_files(&[raw("o.yaml", text)]);
        assert!(loaded.diagnostics.0.is_empty(), "{:?}", loaded.diagnostics);
        assert_eq!(loaded.dataset.occupations[0].region.as_ref().map(|r| r.as_str()), Some("r"));
        let (loc, _) = loaded.origins.locate(Section::Occupations, 0, Some("title"));
        assert_eq!(loc.line, Some(5));
    }

    #[test]
    fn only_visible_yaml_files_count() {
        assert!(is_pathway_file("pathways/baltimore/steps.yaml"));
        assert!(is_pathway_file("steps.yml"));
        assert!(!is_pathway_file("pathways/.hidden/steps.yaml"));
        assert!(!is_pathway_file("pathways/README.md"));
    }
}
