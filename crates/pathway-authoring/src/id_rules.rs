//! The rule for a valid id, in words a data author can act on: the letters
//! an id may use, and the look-alike, invisible and control characters it
//! may not.

use crate::diagnostics::{describe_hidden, is_hidden};

/// Why an id is not acceptable, in words a data author can act on.
pub fn id_problem(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some("the id is empty".to_owned());
    }
    let length = id.chars().count();
    if length > 64 {
        return Some(format!("the id is {length} characters long; ids are at most 64"));
    }
    if let Some(c) = id.chars().find(|&c| is_hidden(c)) {
        return Some(format!("the id contains {}; ids use only a-z, 0-9 and '-'", describe_hidden(c)));
    }
    // Full-width forms (U+FF01 to U+FF5E) mirror ASCII at a fixed distance.
    if let Some(c) = id.chars().find(|c| ('\u{FF01}'..='\u{FF5E}').contains(c)) {
        let plain = char::from_u32(c as u32 - 0xFEE0).unwrap_or('?');
        return Some(format!(
            "the id contains the full-width character '{c}' (U+{:04X}), which looks like '{plain}'; ids use only a-z, 0-9 and '-'",
            c as u32
        ));
    }
    if let Some(c) = id.chars().find(|c| !c.is_ascii()) {
        return Some(format!(
            "the id contains the non-ASCII character '{c}' (U+{:04X}), which can look like a plain letter; ids use only a-z, 0-9 and '-'",
            c as u32
        ));
    }
    if let Some(c) = id.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')) {
        return Some(format!("the id contains '{c}'; ids use only lowercase a-z, 0-9 and '-'"));
    }
    if id.starts_with('-') || id.ends_with('-') {
        return Some("the id starts or ends with '-'".to_owned());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ids_are_accepted() {
        assert_eq!(id_problem("cna-certification-2"), None);
    }

    #[test]
    fn confusable_letters_are_named() {
        let problem = id_problem("cnа").expect("Cyrillic a must be refused");
        assert!(problem.contains("U+0430"), "{problem}");
    }

    #[test]
    fn invisible_control_and_full_width_characters_are_named() {
        let zwj = id_problem("nursing\u{200d}-aide").expect("a zero-width joiner must be refused");
        assert!(zwj.contains("the invisible character U+200D (zero-width joiner)"), "{zwj}");
        let rlo = id_problem("aide\u{202e}").expect("a right-to-left override must be refused");
        assert!(rlo.contains("U+202E (right-to-left override)"), "{rlo}");
        let esc = id_problem("a\u{1b}[2J").expect("an escape must be refused");
        assert!(esc.contains("the control character U+001B"), "{esc}");
        let wide = id_problem("\u{ff43}na").expect("a full-width letter must be refused");
        assert!(wide.contains("the full-width character 'ｃ' (U+FF43), which looks like 'c'"), "{wide}");
    }

    #[test]
    fn uppercase_spaces_and_edges_are_refused() {
        assert!(id_problem("CNA").is_some());
        assert!(id_problem("cna cert").is_some());
        assert!(id_problem("-cna").is_some());
        assert!(id_problem("").is_some());
        assert!(id_problem(&"a".repeat(65)).is_some());
    }
}
