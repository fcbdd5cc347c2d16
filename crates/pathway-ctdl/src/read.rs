//! Reading the values of a CTDL JSON-LD graph in its compacted form: node
//! references, texts by language, lists and the extension terms' JSON, each
//! wrong shape recorded as an [`ImportError`] naming the node, the property
//! and what was expected, so one run reports every problem.

use pathway_model::model::Text;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::fmt;

/// A problem with the graph: which node, which property, what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The node's `@id`, or `(document)` for the document as a whole.
    pub node: String,
    /// The property, when the problem is with one.
    pub property: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.property {
            Some(p) => write!(f, "node `{}`, `{p}`: {}", self.node, self.message),
            None => write!(f, "node `{}`: {}", self.node, self.message),
        }
    }
}

/// Every problem found in a graph, in the order the graph was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportErrors(pub Vec<ImportError>);

impl fmt::Display for ImportErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportErrors {}

/// A node of the graph: its `@id` and its properties.
pub(crate) type Props = Map<String, Value>;

/// The problems found so far, and the readers that add to them.
#[derive(Default)]
pub(crate) struct Reader {
    pub errors: Vec<ImportError>,
}

impl Reader {
    /// Records a problem with a node's property (or with the node, for `""`).
    pub fn error(&mut self, node: &str, property: &str, message: impl Into<String>) {
        self.errors.push(ImportError {
            node: node.to_owned(),
            property: (!property.is_empty()).then(|| property.to_owned()),
            message: message.into(),
        });
    }

    /// The node ids a property refers to, under any of its accepted names, in
    /// order and without repeats. A reference is an id string, `{"@id": ...}`
    /// or a node written in place.
    pub fn refs(&mut self, props: &Props, node: &str, names: &[&str]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for name in names {
            let Some(value) = props.get(*name) else { continue };
            for item in one_or_many(value) {
                let id = match item {
                    Value::String(s) => Some(s.as_str()),
                    Value::Object(o) => o.get("@id").and_then(Value::as_str),
                    _ => None,
                };
                match id {
                    Some(id) if !out.iter().any(|x| x == id) => out.push(id.to_owned()),
                    Some(_) => {}
                    None => self.error(
                        node,
                        name,
                        format!("expected a node id (a string or {{\"@id\": ...}}), found {}", shown(item)),
                    ),
                }
            }
        }
        out
    }

    /// A text by language (`{"en": "...", "es": "..."}`, a plain string in
    /// `default_language`, or `{"@value", "@language"}` objects). One text in
    /// the default language alone reads back as a plain string, as an author
    /// would write it.
    pub fn text(&mut self, props: &Props, node: &str, name: &str, default_language: &str) -> Option<Text> {
        let value = props.get(name)?;
        let mut entries: Vec<(String, String)> = Vec::new();
        let mut bad = false;
        for item in one_or_many(value) {
            match item {
                Value::String(s) => entries.push((default_language.to_owned(), s.clone())),
                Value::Object(o) if o.contains_key("@value") => match (o.get("@value"), o.get("@language")) {
                    (Some(Value::String(s)), Some(Value::String(lang))) => entries.push((lang.clone(), s.clone())),
                    (Some(Value::String(s)), None) => entries.push((default_language.to_owned(), s.clone())),
                    _ => bad = true,
                },
                Value::Object(o) => {
                    for (lang, text) in o {
                        match text.as_str().or_else(|| text.as_array().and_then(|a| a.first()).and_then(Value::as_str))
                        {
                            Some(s) => entries.push((lang.clone(), s.to_owned())),
                            None => bad = true,
                        }
                    }
                }
                _ => bad = true,
            }
        }
        if bad || entries.is_empty() {
            self.error(
                node,
                name,
                format!("expected a text by language such as {{\"en\": \"...\"}}, found {}", shown(value)),
            );
            return None;
        }
        // A regional tag of the default language, such as the registry's
        // `en-US`, is the default language to the pathway files, unless the
        // default language is also given as itself, which then stands.
        let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
        let exact = entries.iter().any(|(lang, _)| lang == default_language);
        entries.retain(|(lang, _)| !exact || lang == default_language || primary(lang) != primary(default_language));
        for (lang, _) in &mut entries {
            if primary(lang) == primary(default_language) {
                *lang = default_language.to_owned();
            }
        }
        let mut seen: Vec<String> = Vec::new();
        entries.retain(|(lang, _)| {
            let first = !seen.contains(lang);
            seen.push(lang.clone());
            first
        });
        if let Some(at) = entries.iter().position(|(l, _)| l == default_language) {
            let first = entries.remove(at);
            entries.insert(0, first);
        }
        Some(match entries.as_slice() {
            [(lang, text)] if lang == default_language => Text::from(text.clone()),
            _ => entries.into_iter().collect(),
        })
    }

    /// A required text: missing is a problem.
    pub fn required_text(&mut self, props: &Props, node: &str, name: &str, default_language: &str) -> Text {
        if !props.contains_key(name) {
            self.error(node, name, "missing: the pathway format needs it");
        }
        self.text(props, node, name, default_language).unwrap_or_default()
    }

    /// A string value.
    pub fn string(&mut self, props: &Props, node: &str, name: &str) -> Option<String> {
        match props.get(name)? {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) if o.get("@value").is_some_and(Value::is_string) => {
                o.get("@value").and_then(Value::as_str).map(str::to_owned)
            }
            other => {
                self.error(node, name, format!("expected a string, found {}", shown(other)));
                None
            }
        }
    }

    /// A number of zero or more.
    pub fn number(&mut self, props: &Props, node: &str, name: &str) -> Option<f64> {
        let value = props.get(name)?;
        let number = match value {
            Value::Object(o) => o.get("@value").and_then(Value::as_f64),
            other => other.as_f64(),
        };
        match number {
            Some(x) if x.is_finite() && x >= 0.0 => Some(x),
            _ => {
                self.error(node, name, format!("expected a number of zero or more, found {}", shown(value)));
                None
            }
        }
    }

    /// A required number: missing is a problem.
    pub fn required_number(&mut self, props: &Props, node: &str, name: &str) -> f64 {
        if !props.contains_key(name) {
            self.error(node, name, "missing: the pathway format needs it (a number)");
        }
        self.number(props, node, name).unwrap_or(0.0)
    }

    /// A flag; absent is false.
    pub fn flag(&mut self, props: &Props, node: &str, name: &str) -> bool {
        match props.get(name) {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.error(node, name, format!("expected true or false, found {}", shown(other)));
                false
            }
        }
    }

    /// A list of strings, as an array or a JSON-LD `{"@list": [...]}`.
    pub fn strings(&mut self, props: &Props, node: &str, name: &str) -> Vec<String> {
        let Some(value) = props.get(name) else { return Vec::new() };
        let items = match value {
            Value::Object(o) => o.get("@list").map_or_else(|| vec![value], one_or_many),
            other => one_or_many(other),
        };
        let mut out = Vec::new();
        for item in items {
            match item.as_str() {
                Some(s) => out.push(s.to_owned()),
                None => self.error(node, name, format!("expected a list of strings, found {}", shown(value))),
            }
        }
        out
    }

    /// A value of the pathway model's own shape, as the pathway files write it.
    pub fn model<T: DeserializeOwned>(&mut self, props: &Props, node: &str, name: &str) -> Option<T> {
        let value = props.get(name)?;
        match serde_json::from_value(value.clone()) {
            Ok(v) => Some(v),
            Err(e) => {
                self.error(
                    node,
                    name,
                    format!("{e}; the value is written as in the pathway files (see pathways.schema.json)"),
                );
                None
            }
        }
    }
}

/// A value's items: the array's, or the value alone.
pub(crate) fn one_or_many(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    }
}

/// A value as shown in a message, cut short when long.
pub(crate) fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 80 {
        format!("{}…", text.chars().take(80).collect::<String>())
    } else {
        text
    }
}

/// A node's classes, with full CTDL IRIs written as `ceterms:` names.
pub(crate) fn classes(props: &Props) -> Vec<String> {
    props
        .get("@type")
        .map(one_or_many)
        .unwrap_or_default()
        .into_iter()
        .filter_map(Value::as_str)
        .map(|t| match t.strip_prefix("https://purl.org/ctdl/terms/") {
            Some(rest) => format!("ceterms:{rest}"),
            None => t.to_owned(),
        })
        .collect()
}

/// An id the pathway files accept, made from a name or a node id: lowercase
/// letters and digits, words joined by `-`.
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed: String = out.trim_matches('-').chars().take(60).collect();
    trimmed.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn props(value: Value) -> Props {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn texts_read_in_every_form() {
        let mut r = Reader::default();
        let p = props(json!({
            "a": {"en": "Aide"},
            "b": {"es": "Auxiliar", "en": "Aide"},
            "c": "Aide",
            "d": [{"@value": "Aide", "@language": "en"}],
            "e": 12
        }));
        assert_eq!(r.text(&p, "n", "a", "en"), Some(Text::from("Aide")));
        let b = r.text(&p, "n", "b", "en").unwrap_or_default();
        assert_eq!(b.as_str(), "Aide");
        assert_eq!(b.get("es", "en"), Some("Auxiliar"));
        assert_eq!(r.text(&p, "n", "c", "en"), Some(Text::from("Aide")));
        assert_eq!(r.text(&p, "n", "d", "en"), Some(Text::from("Aide")));
        let regional = props(json!({"f": {"en-US": "Aide", "es-MX": "Auxiliar", "en": "Other"}}));
        let f = r.text(&regional, "n", "f", "en").unwrap_or_default();
        assert_eq!((f.as_str(), f.get("es-MX", "en")), ("Other", Some("Auxiliar")), "`en` itself stands over `en-US`");
        let us = props(json!({"g": {"en-US": "Aide", "es": "Auxiliar"}}));
        assert_eq!(
            r.text(&us, "n", "g", "en").map(|t| t.as_str().to_owned()),
            Some("Aide".to_owned()),
            "en-US is English"
        );
        assert!(r.errors.is_empty());
        assert_eq!(r.text(&p, "n", "e", "en"), None);
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].property.as_deref(), Some("e"));
    }

    #[test]
    fn references_accept_strings_and_objects_and_name_bad_ones() {
        let mut r = Reader::default();
        let p = props(json!({"x": ["_:a", {"@id": "_:b"}], "y": "_:a", "z": [3]}));
        assert_eq!(r.refs(&p, "n", &["x", "y"]), ["_:a", "_:b"]);
        assert!(r.errors.is_empty());
        assert!(r.refs(&p, "n", &["z"]).is_empty());
        assert!(r.errors[0].message.contains("expected a node id"), "{:?}", r.errors);
    }

    #[test]
    fn slugs_are_valid_ids() {
        assert_eq!(slug("Registered Nurse (RN)"), "registered-nurse-rn");
        assert_eq!(slug("https://example.org/ce-12AB"), "https-example-org-ce-12ab");
        assert_eq!(slug("¿?"), "");
    }
}
