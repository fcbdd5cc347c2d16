//! Free text. Every text field must be at most [`MAX_TEXT_CHARS`] characters,
//! hold no control characters and no invisible direction overrides, and a
//! source url must be a web address. Markup is not rejected: it is plain text
//! here, and whatever shows the text escapes it.

use super::{step_owner, Validator, MAX_TEXT_CHARS};
use crate::diagnostics::describe_hidden;
use crate::origins::Section;
use pathway_model::figures::number;

impl<'a> Validator<'a> {
    /// Every free-text field: not enormous, no control characters, no invisible
    /// direction overrides, and links that are web addresses. Markup such as
    /// `<script>` is plain text here; whatever shows the text must escape it.
    pub(super) fn text(&mut self) {
        let d = self.data;
        let mut fields: Vec<(Section, usize, String, &'static str, &str)> = Vec::new();
        let mut add = |s: Section, i: usize, owner: &String, field: &'static str, text: Option<&'a str>| {
            if let Some(text) = text {
                fields.push((s, i, owner.clone(), field, text));
            }
        };
        for (i, r) in d.regions.iter().enumerate() {
            let owner = format!("region `{}`", r.id);
            add(Section::Regions, i, &owner, "name", Some(&r.name));
            add(Section::Regions, i, &owner, "oews_area", r.oews_area.as_deref());
            add(Section::Regions, i, &owner, "description", r.description.as_deref());
        }
        for (i, o) in d.occupations.iter().enumerate() {
            let owner = format!("occupation `{}`", o.id);
            add(Section::Occupations, i, &owner, "title", Some(&o.title));
            add(Section::Occupations, i, &owner, "onet", o.onet.as_deref());
            add(Section::Occupations, i, &owner, "description", o.description.as_deref());
            for k in &o.keywords {
                add(Section::Occupations, i, &owner, "keywords", Some(k));
            }
        }
        for (i, c) in d.credentials.iter().enumerate() {
            let owner = format!("credential `{}`", c.id);
            add(Section::Credentials, i, &owner, "name", Some(&c.name));
            add(Section::Credentials, i, &owner, "issuer", c.issuer.as_deref());
            add(Section::Credentials, i, &owner, "description", c.description.as_deref());
        }
        for (i, p) in d.programs.iter().enumerate() {
            let owner = format!("program `{}`", p.id);
            add(Section::Programs, i, &owner, "name", Some(&p.name));
            for f in &p.funding {
                add(Section::Programs, i, &owner, "eligibility", f.eligibility.as_deref());
            }
            add(Section::Programs, i, &owner, "citation", Some(&p.source.citation));
            add(Section::Programs, i, &owner, "url", p.source.url.as_deref());
        }
        for (i, s) in d.steps.iter().enumerate() {
            add(Section::Steps, i, &step_owner(s), "note", s.note.as_deref());
        }
        for (i, p) in d.partners.iter().enumerate() {
            let owner = format!("partner `{}`", p.id);
            add(Section::Partners, i, &owner, "name", Some(&p.name));
            add(Section::Partners, i, &owner, "description", p.description.as_deref());
        }
        for (i, w) in d.wages.iter().enumerate() {
            let owner = format!("wage for `{}`", w.soc);
            add(Section::Wages, i, &owner, "title", w.title.as_deref());
            add(Section::Wages, i, &owner, "source", w.source.as_deref());
            add(Section::Wages, i, &owner, "area", w.area.as_deref());
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
