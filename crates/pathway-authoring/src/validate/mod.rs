//! Every rule a dataset must meet beyond its syntax: ids, references, duplicates,
//! prerequisite cycles, plausible figures and list lengths, free text, entry
//! roles and wage provenance.
//! All problems are collected in one pass so an author fixes them in one go.
//!
//! [`validate`] runs the checks in a fixed order. Each submodule holds the
//! checks of one kind as methods of the one `Validator` they share, so every
//! check pushes to the same list, and the list is sorted by place once all of
//! them have run.

mod consistency;
mod eligibility;
mod figures;
mod graph_rules;
mod languages;
mod pay;
mod references;
mod text;
mod wages;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::origins::{Origins, Section};
use pathway_model::model::{Dataset, Step};

/// The longest program or experience requirement accepted, in months.
pub const MAX_MONTHS: f64 = 120.0;
/// The largest program cost accepted, in dollars.
pub const MAX_COST: f64 = 500_000.0;
/// The largest hourly wage accepted, in dollars.
pub const MAX_HOURLY: f64 = 1_000.0;
/// The largest annual wage accepted, in dollars.
pub const MAX_ANNUAL: f64 = 2_000_000.0;
/// The largest employment estimate accepted: more than the whole U.S.
/// workforce, so any larger figure is a typing or unit mistake.
pub const MAX_EMPLOYMENT: f64 = 200_000_000.0;

/// The longest text accepted in one field, in characters. The longest text in
/// the committed data is under 700 characters; a field far beyond this limit is
/// pasted data, and would swamp the page that shows it.
pub const MAX_TEXT_CHARS: usize = 5_000;

/// Checks a merged dataset and returns every problem, sorted by place.
pub fn validate(data: &Dataset, origins: &Origins) -> Diagnostics {
    let mut v = Validator {
        data,
        origins,
        texts: crate::languages::text_fields(data),
        out: Diagnostics::default(),
        suggestion_budget: SUGGESTION_BUDGET,
    };
    v.ids_and_duplicates();
    v.references();
    v.figures();
    v.text();
    v.languages();
    v.list_lengths();
    v.entry_roles();
    v.wages();
    v.wage_areas();
    v.unawarded_requirements();
    v.eligibility();
    v.pay_rates();
    v.prerequisite_cycles();
    v.step_cycles_and_pay();
    v.chains_too_long_for_one_rung();
    v.unused_and_isolated();
    if data.occupations.is_empty() && !origins.files.is_empty() {
        let file = &origins.files[0].path;
        v.out.push(Diagnostic::error(
            crate::diagnostics::Location { file: file.clone(), line: None, column: None },
            "the dataset defines no occupations",
        ));
    }
    v.out.sort();
    v.out
}

/// How many id comparisons "did you mean" may make in one check. Each unknown
/// reference is compared with every id of its kind, so a file of thousands of
/// unknown references against thousands of ids would otherwise take minutes.
const SUGGESTION_BUDGET: usize = 500_000;

/// The dataset under check and the problems found so far, shared by the
/// checks of every submodule.
struct Validator<'a> {
    data: &'a Dataset,
    origins: &'a Origins,
    /// Every text field, for the checks of free text and of languages.
    texts: Vec<(crate::languages::TextSite, pathway_model::model::Text)>,
    out: Diagnostics,
    /// Id comparisons left for suggestions; see [`SUGGESTION_BUDGET`].
    suggestion_budget: usize,
}

impl Validator<'_> {
    /// Records an error at entry `i` of section `s` and returns it, so the
    /// caller can attach help.
    fn error(&mut self, s: Section, i: usize, field: Option<&str>, msg: String) -> &mut Diagnostic {
        self.out.push(self.origins.error(s, i, field, msg));
        self.out.0.last_mut().expect("just pushed")
    }

    /// Records a warning at entry `i` of section `s`.
    fn warning(&mut self, s: Section, i: usize, field: Option<&str>, msg: String) {
        self.out.push(self.origins.warning(s, i, field, msg));
    }
}

/// How messages name a step: by both ends, as an author finds it in the file.
fn step_owner(s: &Step) -> String {
    match &s.from {
        Some(from) => format!("step `{from}` → `{}`", s.to),
        None => format!("first-job step → `{}`", s.to),
    }
}
