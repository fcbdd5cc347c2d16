//! Free text. Every text field must be at most [`MAX_TEXT_CHARS`] characters,
//! hold no control characters and no invisible direction overrides, and a
//! source url must be a web address. Markup is not rejected: it is plain text
//! here, and whatever shows the text escapes it.

use super::{Validator, MAX_TEXT_CHARS};
use crate::diagnostics::describe_hidden;
use crate::origins::Section;
use pathway_model::figures::number;

impl<'a> Validator<'a> {
    /// Every free-text field: not enormous, no control characters, no invisible
    /// direction overrides, and links that are web addresses. Markup such as
    /// `<script>` is plain text here; whatever shows the text must escape it.
    pub(super) fn text(&mut self) {
        let d = self.data;
        let mut fields: Vec<(Section, usize, String, &'static str, String)> = Vec::new();
        // Every language of every text field.
        for (site, text) in &self.texts {
            for (_, words) in text.iter() {
                fields.push((
                    site.section,
                    site.index,
                    self.owner(site.section, site.index),
                    site.field,
                    words.to_owned(),
                ));
            }
        }
        // Fields that are codes, keywords or links, in one language.
        let mut add = |s: Section, i: usize, owner: String, field: &'static str, text: Option<&str>| {
            if let Some(text) = text {
                fields.push((s, i, owner, field, text.to_owned()));
            }
        };
        for (i, r) in d.regions.iter().enumerate() {
            add(Section::Regions, i, format!("region `{}`", r.id), "oews_area", r.oews_area.as_deref());
        }
        for (i, o) in d.occupations.iter().enumerate() {
            let owner = format!("occupation `{}`", o.id);
            add(Section::Occupations, i, owner.clone(), "onet", o.onet.as_deref());
            for k in &o.keywords {
                add(Section::Occupations, i, owner.clone(), "keywords", Some(k));
            }
        }
        for (i, p) in d.programs.iter().enumerate() {
            add(Section::Programs, i, format!("program `{}`", p.id), "url", p.source.url.as_deref());
        }
        for (i, w) in d.wages.iter().enumerate() {
            let owner = format!("wage for `{}`", w.soc);
            add(Section::Wages, i, owner.clone(), "title", w.title.as_deref());
            add(Section::Wages, i, owner.clone(), "source", w.source.as_deref());
            add(Section::Wages, i, owner, "area", w.area.as_deref());
        }
        for (s, i, owner, field, text) in fields {
            let length = text.chars().count();
            if length > MAX_TEXT_CHARS {
                self.error(
                    s,
                    i,
                    Some(field),
                    format!(
                        "{owner}: `{field}` is {} characters long; a text field may be at most {}",
                        number(length as f64),
                        number(MAX_TEXT_CHARS as f64)
                    ),
                )
                .help = Some("shorten it to a few paragraphs; check that nothing else was pasted into it".to_owned());
            }
            if let Some(c) = text.chars().find(|&c| forbidden_in_text(c)) {
                self.error(s, i, Some(field), format!("{owner}: `{field}` contains {}", describe_hidden(c))).help =
                    Some(if c.is_control() {
                        "delete it: it is not a printable character, and a terminal or a page may act on it".to_owned()
                    } else {
                        "delete it: it reverses or reorders how the text after it is shown; right-to-left text such as Arabic or Hebrew shows correctly without it".to_owned()
                    });
            }
            if field == "url" && !(text.starts_with("https://") || text.starts_with("http://")) {
                self.error(s, i, Some(field), format!("{owner}: source url `{text}` is not a web address")).help = Some(
                    "a link must start with https:// or http://, such as https://www.apprenticeship.gov/".to_owned(),
                );
            }
        }
    }
}

/// True for a character no text field may hold: a control character other
/// than a line break or tab, or an invisible direction embedding, override or
/// isolate (the characters of "Trojan Source" spoofing). Joiners and
/// direction marks stay allowed: scripts and emoji need them.
fn forbidden_in_text(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
