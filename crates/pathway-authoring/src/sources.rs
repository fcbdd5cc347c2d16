//! Facts a counselor cannot check yet: programs with no link to a published
//! page, licenses and certifications whose rule cites no page, pay rates with
//! no link, and occupations, credentials and steps marked as examples. `pathways check --sources` lists them, so the people who keep
//! the data know what is left to source.

use crate::diagnostics::Location;
use crate::load::{load_files, RawFile};
use crate::origins::Section;
use pathway_model::model::{CredentialKind, Source};

/// One fact without a checkable source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsourced {
    /// Where the entry is written.
    pub location: Location,
    /// The entry, as messages name it, and what it lacks.
    pub fact: String,
    /// What kind of fact it is.
    pub kind: UnsourcedKind,
    /// True when a program says its figures are examples (`illustrative`);
    /// an entry of kind [`UnsourcedKind::Example`] says so in its fact.
    pub example: bool,
}

/// The kinds of fact [`unsourced`] lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsourcedKind {
    /// A program with no link to its published page.
    Program,
    /// A license or certification whose rule cites no page.
    Rule,
    /// A pay rate with no link to its scale, contract or schedule.
    PayRate,
    /// An occupation, credential or step marked as an example (`illustrative`).
    Example,
}

/// Every fact of the files without a link a counselor can follow, in file order.
pub fn unsourced(files: &[RawFile]) -> Vec<Unsourced> {
    let loaded = load_files(files);
    let (d, origins) = (&loaded.dataset, &loaded.origins);
    let linked = |s: &Source| s.url.as_deref().is_some_and(|u| !u.trim().is_empty());
    let mut out = Vec::new();
    let mut push = |section, index, field, fact: String, kind, example| {
        let (location, _) = origins.locate(section, index, field);
        out.push(Unsourced { location, fact, kind, example });
    };
    for (i, p) in d.programs.iter().enumerate() {
        if !linked(&p.source) {
            let fact = format!("program `{}`: no link to its published page", p.id);
            push(Section::Programs, i, Some("source"), fact, UnsourcedKind::Program, p.illustrative);
        }
    }
    for (i, c) in d.credentials.iter().enumerate() {
        let kind = match c.kind {
            CredentialKind::License => "license",
            CredentialKind::Certification => "certification",
            _ => continue,
        };
        if !c.source.as_ref().is_some_and(linked) {
            let fact = format!("credential `{}` ({kind}): no link to the rule or the body that issues it", c.id);
            push(Section::Credentials, i, None, fact, UnsourcedKind::Rule, false);
        }
    }
    let example = |what: String| format!("{what}: marked as an example");
    for (i, o) in d.occupations.iter().enumerate().filter(|(_, o)| o.illustrative) {
        push(Section::Occupations, i, None, example(format!("occupation `{}`", o.id)), UnsourcedKind::Example, false);
    }
    for (i, c) in d.credentials.iter().enumerate().filter(|(_, c)| c.illustrative) {
        push(Section::Credentials, i, None, example(format!("credential `{}`", c.id)), UnsourcedKind::Example, false);
    }
    for (i, s) in d.steps.iter().enumerate().filter(|(_, s)| s.illustrative) {
        let from = s.from.as_ref().map_or_else(|| "no job".to_owned(), |f| format!("`{f}`"));
        let fact = example(format!("step from {from} to `{}`", s.to));
        push(Section::Steps, i, None, fact, UnsourcedKind::Example, false);
    }
    for (i, o) in d.occupations.iter().enumerate() {
        if o.pay.as_ref().is_some_and(|p| !linked(&p.source)) {
            let fact = format!("occupation `{}`: pay rate with no link to its source", o.id);
            push(Section::Occupations, i, Some("pay"), fact, UnsourcedKind::PayRate, false);
        }
    }
    for (i, s) in d.steps.iter().enumerate() {
        if s.pay.as_ref().is_some_and(|p| !linked(&p.source)) {
            let fact = format!("step to `{}`: pay rate with no link to its source", s.to);
            push(Section::Steps, i, Some("pay"), fact, UnsourcedKind::PayRate, false);
        }
    }
    out.sort_by(|a, b| (&a.location.file, a.location.line).cmp(&(&b.location.file, b.location.line)));
    out
}

/// The line `pathways check --sources` ends with: how many facts of each kind
/// lack a checkable source.
pub fn summary(facts: &[Unsourced]) -> String {
    let count = |kind| facts.iter().filter(|f| f.kind == kind).count();
    let examples = facts.iter().filter(|f| f.kind == UnsourcedKind::Program && f.example).count();
    format!(
        "{} facts without a checkable source: {} programs ({examples} of them marked as example figures), \
         {} licenses and certifications, {} pay rates, {} occupations, credentials and steps marked as examples",
        facts.len(),
        count(UnsourcedKind::Program),
        count(UnsourcedKind::Rule),
        count(UnsourcedKind::PayRate),
        count(UnsourcedKind::Example)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_are_listed_with_where_they_are_written() {
        let yaml = "region: here\n\
regions: [{id: here, name: Here}]\n\
occupations:\n  - {id: a, soc: 31-1131, title: A, entry: true}\n  - {id: b, soc: 31-1132, title: B, illustrative: true}\n\
credentials:\n  - {id: c, name: C, kind: certificate, illustrative: true}\n\
steps:\n  - {from: a, to: b, note: Usually, illustrative: true}\n  - {to: a}\n";
        let facts = unsourced(&[RawFile { path: "here.yaml".into(), bytes: yaml.as_bytes().to_vec() }]);
        let examples: Vec<(&str, Option<usize>)> = facts
            .iter()
            .filter(|f| f.kind == UnsourcedKind::Example)
            .map(|f| (f.fact.as_str(), f.location.line))
            .collect();
        assert_eq!(
            examples,
            [
                ("occupation `b`: marked as an example", Some(5)),
                ("credential `c`: marked as an example", Some(7)),
                ("step from `a` to `b`: marked as an example", Some(9)),
            ]
        );
        assert!(
            summary(&facts).ends_with("3 occupations, credentials and steps marked as examples"),
            "{}",
            summary(&facts)
        );
    }
}
