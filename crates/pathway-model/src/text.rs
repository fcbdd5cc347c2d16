//! Text a pathway file may give in several languages: a plain string in the
//! region's default language, or a map from language code to text such as
//! `{en: Nursing assistant, es: Asistente de enfermería}`.
//!
//! Code that does not care about language reads a [`Text`] as a `str` (it
//! dereferences to its default text); the authoring crate settles each text
//! on its region's default language and resolves it for each language a
//! bundle is published in, so the site only ever holds one language.

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Deref;

/// The language of unlabelled text and of regions that declare none.
pub const DEFAULT_LANGUAGE: &str = "en";

/// A text in one or more languages. The first entry is the default text.
/// An entry whose language is empty is a plain string: text in the region's
/// default language, whatever that is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    entries: Vec<(String, String)>,
}

impl Text {
    /// The default text: the region's default language once settled, or the
    /// first language given.
    pub fn as_str(&self) -> &str {
        self.entries.first().map_or("", |(_, text)| text)
    }

    /// The text in `lang`, if given. A plain string counts as `default_lang`.
    pub fn get(&self, lang: &str, default_lang: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(l, _)| l == lang || (l.is_empty() && lang == default_lang))
            .map(|(_, text)| text.as_str())
    }

    /// Every language's text, in file order, as (language, text); the
    /// language is `None` for a plain string.
    pub fn iter(&self) -> impl Iterator<Item = (Option<&str>, &str)> {
        self.entries.iter().map(|(l, t)| ((!l.is_empty()).then_some(l.as_str()), t.as_str()))
    }

    /// True when the text is given in more than one language.
    pub fn is_translated(&self) -> bool {
        self.entries.len() > 1
    }

    /// Puts the text in `default_lang` first, so [`Text::as_str`] reads it.
    pub fn settle(&mut self, default_lang: &str) {
        if let Some(at) = self.entries.iter().position(|(l, _)| l == default_lang) {
            let entry = self.entries.remove(at);
            self.entries.insert(0, entry);
        }
    }

    /// The text in `lang` alone as a plain string, falling back to the
    /// default text where `lang` is not given.
    pub fn resolve(&self, lang: &str, default_lang: &str) -> Text {
        Text::from(self.get(lang, default_lang).unwrap_or(self.as_str()))
    }

    /// The text in `lang` followed by the default text in parentheses when the
    /// two differ, for names a person may meet in either language (a
    /// credential's, an institution's).
    pub fn resolve_with_original(&self, lang: &str, default_lang: &str) -> Text {
        match self.get(lang, default_lang) {
            Some(there) if there != self.as_str() => Text::from(format!("{there} ({})", self.as_str())),
            _ => Text::from(self.as_str()),
        }
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text { entries: vec![(String::new(), text)] }
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::from(text.to_owned())
    }
}

impl<L: Into<String>, T: Into<String>> FromIterator<(L, T)> for Text {
    /// Text in several languages, the first being the default.
    fn from_iter<I: IntoIterator<Item = (L, T)>>(iter: I) -> Self {
        Text { entries: iter.into_iter().map(|(l, t)| (l.into(), t.into())).collect() }
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for Text {
    /// A plain string stays a plain string, so files and exports without
    /// translations read exactly as before; translated text is a map.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.entries.as_slice() {
            [(lang, text)] if lang.is_empty() => serializer.serialize_str(text),
            entries => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (lang, text) in entries {
                    map.serialize_entry(lang, text)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text, or a map from language code to text such as `{en: ..., es: ...}`")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text::from(text))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text::from(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut entries: Vec<(String, String)> = Vec::new();
        while let Some((lang, text)) = map.next_entry::<String, String>()? {
            if !is_language_code(&lang) {
                return Err(de::Error::custom(format_args!(
                    "`{lang}` is not a language code; use a code such as `en` or `es`"
                )));
            }
            if entries.iter().any(|(l, _)| *l == lang) {
                return Err(de::Error::custom(format_args!("the language `{lang}` is given twice")));
            }
            entries.push((lang, text));
        }
        if entries.is_empty() {
            return Err(de::Error::custom("the text is empty; give it as `{en: ..., es: ...}` or as a plain string"));
        }
        Ok(Text { entries })
    }
}

/// `template` with each `{name}` replaced by its value. Sentences keep their
/// placeholders so that another language can put the figures where its
/// word order wants them. One pass over the template, so a value that
/// happens to hold braces is never read as a placeholder; it also spares the
/// WebAssembly the substring searcher that `str::replace` brings.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            break;
        };
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// True for a BCP 47 style language code: two or three lowercase letters,
/// optionally followed by subtags such as `es-MX`.
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Text in the region's default language, or a map from language code to text such as {en: ..., es: ...}.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": { "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$" },
                    "additionalProperties": { "type": "string" }
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_string_is_the_default_language() {
        let text = Text::from("Nursing assistant");
        assert_eq!(text.get("en", "en"), Some("Nursing assistant"));
        assert_eq!(text.get("es", "en"), None);
        assert_eq!(text.resolve("es", "en").as_str(), "Nursing assistant");
    }

    #[test]
    fn settling_puts_the_default_first() {
        let mut text: Text = [("es", "Asistente"), ("en", "Assistant")].into_iter().collect();
        assert_eq!(text.as_str(), "Asistente");
        text.settle("en");
        assert_eq!(text.as_str(), "Assistant");
        assert_eq!(text.resolve("es", "en").as_str(), "Asistente");
        assert_eq!(text.resolve_with_original("es", "en").as_str(), "Asistente (Assistant)");
        assert_eq!(text.resolve_with_original("en", "en").as_str(), "Assistant");
    }

    #[test]
    fn language_codes() {
        for good in ["en", "es", "es-MX", "haw", "zh-Hant"] {
            assert!(is_language_code(good), "{good}");
        }
        for bad in ["", "E", "EN", "english", "es_MX", "es-", "e1"] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }
}
