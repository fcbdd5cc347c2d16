//! Facts a counselor cannot check yet: programs with no link to a published
//! page, licenses and certifications whose rule cites no page, and pay rates
//! with no link. `pathways check --sources` lists them, so the people who keep
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
    /// True when the entry says its figures are examples (`illustrative`).
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
