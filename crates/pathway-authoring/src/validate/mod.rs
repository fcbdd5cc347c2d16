//! Every rule a dataset must meet beyond its syntax: ids, references, duplicates,
//! prerequisite cycles, plausible figures and list lengths, free text, entry
//! roles and wage provenance.
//! All problems are collected in one pass so an author fixes them in one go.

use crate::diagnostics::{describe_hidden, is_hidden, suggest, Diagnostic, Diagnostics};
use crate::id_rules::id_problem;
use crate::origins::{Origins, Section};
use pathway_model::figures::number;
use pathway_model::limits::{MAX_LIST, MAX_PLAN_PROGRAMS};
use pathway_model::model::{Dataset, Percentiles, Step};
use petgraph::algo::kosaraju_scc;
use petgraph::graph::DiGraph;
use std::collections::{BTreeSet, HashMap, HashSet};

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
    let mut v = Validator { data, origins, out: Diagnostics::default(), suggestion_budget: SUGGESTION_BUDGET };
    v.ids_and_duplicates();
    v.references();
    v.figures();
    v.text();
    v.list_lengths();
    v.entry_roles();
    v.wages();
    v.prerequisite_cycles();
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

struct Validator<'a> {
    data: &'a Dataset,
    origins: &'a Origins,
    out: Diagnostics,
    /// Id comparisons left for suggestions; see [`SUGGESTION_BUDGET`].
    suggestion_budget: usize,
}

/// The ids of one kind of entry, for lookups and suggestions.
struct IdSet<'a> {
    kind: &'static str,
    ids: HashSet<&'a str>,
    sorted: Vec<&'a str>,
}

impl<'a> IdSet<'a> {
    fn new(kind: &'static str, ids: impl Iterator<Item = &'a str>) -> Self {
        let ids: HashSet<&str> = ids.collect();
        let mut sorted: Vec<&str> = ids.iter().copied().collect();
        sorted.sort_unstable();
        Self { kind, ids, sorted }
    }
}

impl<'a> Validator<'a> {
    fn error(&mut self, s: Section, i: usize, field: Option<&str>, msg: String) -> &mut Diagnostic {
        self.out.push(self.origins.error(s, i, field, msg));
        self.out.0.last_mut().expect("just pushed")
    }

    fn warning(&mut self, s: Section, i: usize, field: Option<&str>, msg: String) {
        self.out.push(self.origins.warning(s, i, field, msg));
    }

    fn ids_and_duplicates(&mut self) {
        let d = self.data;
        let lists: [(Section, &str, Vec<&str>); 5] = [
            (Section::Regions, "region", d.regions.iter().map(|x| x.id.as_str()).collect()),
            (Section::Occupations, "occupation", d.occupations.iter().map(|x| x.id.as_str()).collect()),
            (Section::Credentials, "credential", d.credentials.iter().map(|x| x.id.as_str()).collect()),
            (Section::Programs, "program", d.programs.iter().map(|x| x.id.as_str()).collect()),
            (Section::Partners, "partner", d.partners.iter().map(|x| x.id.as_str()).collect()),
        ];
        for (section, kind, ids) in lists {
            let mut first: HashMap<&str, usize> = HashMap::new();
            for (i, id) in ids.iter().enumerate() {
                if let Some(problem) = id_problem(id) {
                    self.error(section, i, Some("id"), format!("{kind} id `{id}` is not valid: {problem}"));
                }
                if let Some(&j) = first.get(id) {
                    let (there, _) = self.origins.locate(section, j, None);
                    self.error(section, i, Some("id"), format!("duplicate {kind} id `{id}`")).help =
                        Some(format!("`{id}` is first defined at {there}; each id must be unique across all files"));
                } else {
                    first.insert(id, i);
                }
            }
        }
    }

    fn check_ref(&mut self, set: &IdSet<'_>, wanted: &str, s: Section, i: usize, field: &str, owner: &str) {
        if set.ids.contains(wanted) {
            return;
        }
        let close = if self.suggestion_budget >= set.sorted.len() {
            self.suggestion_budget -= set.sorted.len();
            // An id that reads the same (other case, full-width letters, invisible
            // characters) is the one meant, however far apart the spellings are.
            let wanted_skeleton = skeleton(wanted);
            set.sorted
                .iter()
                .copied()
                .find(|id| skeleton(id) == wanted_skeleton)
                .or_else(|| suggest(wanted, set.sorted.iter().copied()))
        } else {
            None
        };
        let mut help = match close {
            Some(close) if close.eq_ignore_ascii_case(wanted) => format!(
                "`{wanted}` and the defined `{close}` differ only in upper and lower case; ids are all lowercase, so write both as `{}`",
                wanted.to_ascii_lowercase()
            ),
            Some(close) => format!("did you mean `{close}`?"),
            None if set.sorted.is_empty() => format!("no {} is defined yet; add it under `{}s:`", set.kind, set.kind),
            None => format!("define the {} or use one of the existing ids", set.kind),
        };
        // A look-alike letter (Cyrillic а for a) or an invisible character cannot be
        // seen in the message itself.
        for id in std::iter::once(wanted).chain(close).filter(|id| id.chars().any(|c| !c.is_ascii() || c.is_control()))
        {
            if let Some(problem) = id_problem(id) {
                help = format!("{help} (`{id}`: {problem})");
            }
        }
        self.error(s, i, Some(field), format!("{owner}: `{field}` names unknown {} `{wanted}`", set.kind)).help =
            Some(help);
    }

    fn references(&mut self) {
        let d = self.data;
        let regions = IdSet::new("region", d.regions.iter().map(|x| x.id.as_str()));
        let occupations = IdSet::new("occupation", d.occupations.iter().map(|x| x.id.as_str()));
        let credentials = IdSet::new("credential", d.credentials.iter().map(|x| x.id.as_str()));
        let partners = IdSet::new("partner", d.partners.iter().map(|x| x.id.as_str()));

        for (i, o) in d.occupations.iter().enumerate() {
            let owner = format!("occupation `{}`", o.id);
            match &o.region {
                Some(r) => self.check_ref(&regions, r.as_str(), Section::Occupations, i, "region", &owner),
                None => {
                    self.error(Section::Occupations, i, None, format!("{owner} has no region")).help =
                        Some("add `region: <region id>` at the top of the file or to the occupation".to_owned());
                }
            }
            for c in &o.requires {
                self.check_ref(&credentials, c.as_str(), Section::Occupations, i, "requires", &owner);
            }
        }
        for (i, p) in d.programs.iter().enumerate() {
            let owner = format!("program `{}`", p.id);
            self.check_ref(&partners, p.provider.as_str(), Section::Programs, i, "provider", &owner);
            if let Some(r) = &p.region {
                self.check_ref(&regions, r.as_str(), Section::Programs, i, "region", &owner);
            }
            for c in &p.requires {
                self.check_ref(&credentials, c.as_str(), Section::Programs, i, "requires", &owner);
            }
            for c in &p.awards {
                self.check_ref(&credentials, c.as_str(), Section::Programs, i, "awards", &owner);
            }
            for f in &p.funding {
                self.check_ref(&partners, f.by.as_str(), Section::Programs, i, "funding", &owner);
            }
            for s in &p.support_from {
                self.check_ref(&partners, s.as_str(), Section::Programs, i, "support_from", &owner);
            }
            if p.awards.is_empty() {
                self.error(Section::Programs, i, Some("awards"), format!("{owner} awards no credential")).help =
                    Some("routes use a program for what it awards; list at least one credential".to_owned());
            }
            let awards: HashSet<&str> = p.awards.iter().map(|c| c.as_str()).collect();
            if let Some(c) = p.requires.iter().find(|c| awards.contains(c.as_str())) {
                self.error(
                    Section::Programs,
                    i,
                    Some("requires"),
                    format!("{owner} requires `{c}`, which it also awards"),
                );
            }
            if p.schedule.is_empty() {
                self.error(Section::Programs, i, Some("schedule"), format!("{owner} has no schedule")).help =
                    Some("list when it meets: day, evening, weekend or online".to_owned());
            }
        }
        let region_of: HashMap<&str, Option<&str>> =
            d.occupations.iter().map(|o| (o.id.as_str(), o.region.as_ref().map(|r| r.as_str()))).collect();
        for (i, s) in d.steps.iter().enumerate() {
            let owner = step_owner(s);
            if let Some(from) = &s.from {
                self.check_ref(&occupations, from.as_str(), Section::Steps, i, "from", &owner);
                if from == &s.to {
                    self.error(Section::Steps, i, Some("to"), format!("{owner} leads back to the same occupation"));
                }
                if let (Some(a), Some(b)) = (region_of.get(from.as_str()), region_of.get(s.to.as_str())) {
                    if a != b {
                        self.error(
                            Section::Steps,
                            i,
                            Some("to"),
                            format!("{owner} joins occupations in different regions"),
                        );
                    }
                }
            }
            self.check_ref(&occupations, s.to.as_str(), Section::Steps, i, "to", &owner);
            for c in &s.requires {
                self.check_ref(&credentials, c.as_str(), Section::Steps, i, "requires", &owner);
            }
        }
        for (i, p) in d.partners.iter().enumerate() {
            if let Some(r) = &p.region {
                self.check_ref(&regions, r.as_str(), Section::Partners, i, "region", &format!("partner `{}`", p.id));
            }
            if p.roles.is_empty() {
                self.error(Section::Partners, i, Some("roles"), format!("partner `{}` has no role", p.id));
            }
        }
        for (i, w) in d.wages.iter().enumerate() {
            let owner = format!("wage for `{}`", w.soc);
            match &w.region {
                Some(r) => self.check_ref(&regions, r.as_str(), Section::Wages, i, "region", &owner),
                None => {
                    self.error(Section::Wages, i, None, format!("{owner} has no region"));
                }
            }
        }
    }

    fn figures(&mut self) {
        let d = self.data;
        for (i, p) in d.programs.iter().enumerate() {
            let owner = format!("program `{}`", p.id);
            self.range(Section::Programs, i, "months", &owner, p.months, 0.0, MAX_MONTHS, "months", false);
            self.range(Section::Programs, i, "cost", &owner, p.cost, 0.0, MAX_COST, "dollars", true);
            if let Some(h) = p.hours {
                self.range(Section::Programs, i, "hours", &owner, h, 0.0, 20_000.0, "hours", false);
            }
            if let Some(c) = p.college_credits {
                self.range(Section::Programs, i, "college_credits", &owner, c, 0.0, 240.0, "credits", true);
            }
            for f in &p.funding {
                if let Some(c) = f.covers {
                    self.range(Section::Programs, i, "covers", &owner, c, 0.0, MAX_COST, "dollars", true);
                }
            }
            if !valid_date(&p.source.date) {
                self.error(
                    Section::Programs,
                    i,
                    Some("date"),
                    format!("{owner}: source date `{}` is not YYYY, YYYY-MM or YYYY-MM-DD", p.source.date),
                );
            }
            if p.source.citation.trim().is_empty() {
                self.error(
                    Section::Programs,
                    i,
                    Some("citation"),
                    format!("{owner}: the source has an empty citation"),
                );
            }
        }
        for (i, s) in d.steps.iter().enumerate() {
            if s.experience_months != 0.0 {
                let owner = step_owner(s);
                self.range(
                    Section::Steps,
                    i,
                    "experience_months",
                    &owner,
                    s.experience_months,
                    0.0,
                    MAX_MONTHS,
                    "months",
                    true,
                );
            }
        }
    }

    /// Every free-text field: not enormous, no control characters, no invisible
    /// direction overrides, and links that are web addresses. Markup such as
    /// `<script>` is plain text here; whatever shows the text must escape it.
    fn text(&mut self) {
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

    /// Credential lists no longer than [`MAX_LIST`].
    fn list_lengths(&mut self) {
        let d = self.data;
        let mut lists: Vec<(Section, usize, String, &'static str, usize)> = Vec::new();
        for (i, o) in d.occupations.iter().enumerate() {
            lists.push((Section::Occupations, i, format!("occupation `{}`", o.id), "requires", o.requires.len()));
        }
        for (i, p) in d.programs.iter().enumerate() {
            lists.push((Section::Programs, i, format!("program `{}`", p.id), "requires", p.requires.len()));
            lists.push((Section::Programs, i, format!("program `{}`", p.id), "awards", p.awards.len()));
        }
        for (i, s) in d.steps.iter().enumerate() {
            lists.push((Section::Steps, i, step_owner(s), "requires", s.requires.len()));
        }
        for (s, i, owner, field, n) in lists.into_iter().filter(|l| l.4 > MAX_LIST) {
            self.error(s, i, Some(field), format!("{owner}: `{field}` names {} credentials; a list may name at most {MAX_LIST}", number(n as f64)))
                .help = Some("name only the credentials this entry itself needs or gives; check that nothing else was pasted into the list".to_owned());
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        s: Section,
        i: usize,
        field: &str,
        owner: &str,
        x: f64,
        lo: f64,
        hi: f64,
        unit: &str,
        zero_ok: bool,
    ) {
        let bad = !x.is_finite() || x < lo || x > hi || (!zero_ok && x == 0.0);
        if bad {
            let lower = if zero_ok { format!("from {}", number(lo)) } else { format!("above {}", number(lo)) };
            self.error(s, i, Some(field), format!("{owner}: `{field}` is {}, which is not plausible", number(x)))
                .help = Some(format!("{field} must be {lower} up to {} {unit}", number(hi)));
        }
    }

    fn entry_roles(&mut self) {
        for (i, o) in self.data.occupations.iter().enumerate() {
            if o.entry && !o.requires.is_empty() {
                let needs: Vec<&str> = o.requires.iter().map(|c| c.as_str()).collect();
                self.error(Section::Occupations, i, Some("entry"), format!(
                    "occupation `{}` is marked as an entry role but requires {}", o.id, needs.join(", ")
                )).help = Some("an entry role is one a person can start in without a credential: remove `entry: true` or the requirement".to_owned());
            }
        }
    }

    fn wages(&mut self) {
        let d = self.data;
        let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
        for (i, w) in d.wages.iter().enumerate() {
            let owner = format!("wage for `{}`", w.soc);
            if w.source.as_deref().is_none_or(|s| s.trim().is_empty()) {
                self.error(Section::Wages, i, None, format!("{owner} has no source")).help =
                    Some("every wage must say where it comes from, such as `source: BLS OEWS May 2025`".to_owned());
            }
            if w.year.is_none() {
                self.error(Section::Wages, i, None, format!("{owner} has no year")).help =
                    Some("add the reference year of the figures, such as `year: 2025`".to_owned());
            }
            if let Some(year) = w.year {
                if !(1990..=2100).contains(&year) {
                    self.error(Section::Wages, i, Some("year"), format!("{owner}: year {year} is not plausible"));
                }
            }
            if w.hourly.median.is_none() && w.annual.median.is_none() {
                self.error(Section::Wages, i, None, format!("{owner} has neither an hourly nor an annual median"));
            }
            self.percentiles(i, &owner, "hourly", &w.hourly, MAX_HOURLY);
            self.percentiles(i, &owner, "annual", &w.annual, MAX_ANNUAL);
            if let Some(x) = w.employment {
                if !(0.0..=MAX_EMPLOYMENT).contains(&x) {
                    self.error(
                        Section::Wages,
                        i,
                        Some("employment"),
                        format!("{owner}: employment {} is not plausible", number(x)),
                    )
                    .help = Some(format!("employment is a count of jobs, from 0 to {}", number(MAX_EMPLOYMENT)));
                }
            }
            let region = w.region.as_ref().map_or("", |r| r.as_str());
            if let Some(&j) = seen.get(&(region, w.soc.as_str())) {
                let (there, _) = self.origins.locate(Section::Wages, j, None);
                self.error(Section::Wages, i, Some("soc"), format!("{owner} in region `{region}` is given twice"))
                    .help = Some(format!("the first is at {there}"));
            } else {
                seen.insert((region, w.soc.as_str()), i);
            }
        }
        for (i, o) in d.occupations.iter().enumerate() {
            if !valid_soc(&o.soc) {
                self.error(
                    Section::Occupations,
                    i,
                    Some("soc"),
                    format!("occupation `{}`: `{}` is not a SOC code like 31-1131", o.id, o.soc),
                );
            }
            let region = o.region.as_ref().map_or("", |r| r.as_str());
            if !seen.contains_key(&(region, o.soc.as_str())) {
                self.warning(
                    Section::Occupations,
                    i,
                    Some("soc"),
                    format!("occupation `{}` has no wage for SOC {} in region `{region}`", o.id, o.soc),
                );
            }
        }
    }

    fn percentiles(&mut self, i: usize, owner: &str, field: &'static str, p: &Percentiles, max: f64) {
        let mut previous: Option<(&str, f64)> = None;
        for (name, value) in p.named() {
            let Some(x) = value else { continue };
            if !x.is_finite() || x <= 0.0 || x > max {
                self.error(
                    Section::Wages,
                    i,
                    Some(field),
                    format!("{owner}: {field} {name} is {}, which is not plausible", number(x)),
                )
                .help = Some(format!("{field} wages must be above 0 and at most {}", number(max)));
            }
            if let Some((before, y)) = previous {
                if x < y {
                    self.error(
                        Section::Wages,
                        i,
                        Some(field),
                        format!("{owner}: {field} {name} ({}) is below {before} ({})", number(x), number(y)),
                    );
                }
            }
            previous = Some((name, x));
        }
    }

    /// A credential that can only be earned by first holding itself, through any
    /// chain of programs, locks every route through it.
    fn prerequisite_cycles(&mut self) {
        /// Programs are nodes too (`requires → program → awards`), so a program with
        /// many requirements and awards adds edges in proportion to them, not their product.
        #[derive(Clone, Copy)]
        enum Node<'a> {
            Credential(&'a str),
            Program(usize),
        }
        let d = self.data;
        let mut graph = DiGraph::<Node<'_>, ()>::new();
        let mut node = HashMap::new();
        for c in &d.credentials {
            node.entry(c.id.as_str()).or_insert_with(|| graph.add_node(Node::Credential(c.id.as_str())));
        }
        for (i, p) in d.programs.iter().enumerate() {
            let program = graph.add_node(Node::Program(i));
            for r in &p.requires {
                if let Some(&x) = node.get(r.as_str()) {
                    graph.add_edge(x, program, ());
                }
            }
            for a in &p.awards {
                if let Some(&y) = node.get(a.as_str()) {
                    graph.add_edge(program, y, ());
                }
            }
        }
        // Kosaraju's search keeps its own stack; petgraph's Tarjan recurses once per
        // node of a chain and overflowed the stack on a chain of ten thousand programs.
        for component in kosaraju_scc(&graph) {
            let members: BTreeSet<&str> = component
                .iter()
                .filter_map(|&n| match graph[n] {
                    Node::Credential(c) => Some(c),
                    Node::Program(_) => None,
                })
                .collect();
            // A program that requires what it awards is reported on its own.
            if members.len() < 2 {
                continue;
            }
            // The programs that require one member and award another.
            let programs: BTreeSet<usize> = component
                .iter()
                .filter_map(|&n| match graph[n] {
                    Node::Program(i) => Some(i),
                    Node::Credential(_) => None,
                })
                .filter(|&i| {
                    let inside = |ids: &'a [pathway_model::ids::CredentialId]| -> BTreeSet<&'a str> {
                        ids.iter().map(|c| c.as_str()).filter(|c| members.contains(c)).collect()
                    };
                    let (needs, gives) = (inside(&d.programs[i].requires), inside(&d.programs[i].awards));
                    match (needs.len(), gives.len()) {
                        (0, _) | (_, 0) => false,
                        (1, 1) => needs != gives,
                        _ => true,
                    }
                })
                .collect();
            let first = *programs.iter().next().expect("a cycle has edges");
            let names: Vec<String> = programs.iter().map(|&p| format!("`{}`", d.programs[p].id)).collect();
            let creds: Vec<String> = members.iter().map(|c| format!("`{c}`")).collect();
            self.error(
                Section::Programs,
                first,
                Some("requires"),
                format!(
                    "prerequisite cycle: credentials {} each need another of them first (programs {})",
                    creds.join(", "),
                    names.join(", ")
                ),
            )
            .help = Some("one of these programs must not require what the others award".to_owned());
        }
    }

    /// A step whose credentials take a longer chain of programs than a route
    /// puts on one rung is on no route, and the route engine can then only say
    /// that the data has no route; a warning here says why. A person taking a
    /// step holds what the occupation they leave requires, and nothing for a
    /// first job.
    fn chains_too_long_for_one_rung(&mut self) {
        let d = self.data;
        let index: HashMap<&str, usize> = d.credentials.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        let ix = |c: &pathway_model::ids::CredentialId| index.get(c.as_str()).copied();
        let mut chains = Chains { awarded_by: vec![Vec::new(); d.credentials.len()], memo: HashMap::new() };
        for p in &d.programs {
            let requires: Vec<usize> = p.requires.iter().filter_map(ix).collect();
            for a in p.awards.iter().filter_map(ix) {
                chains.awarded_by[a].push(requires.clone());
            }
        }
        let occupations: HashMap<&str, &pathway_model::model::Occupation> =
            d.occupations.iter().map(|o| (o.id.as_str(), o)).collect();
        let requires_of = |id: &str| occupations.get(id).map_or(&[][..], |o| &o.requires[..]);
        for (i, s) in d.steps.iter().enumerate() {
            let mut held: Vec<usize> =
                s.from.as_ref().map_or(&[][..], |f| requires_of(f.as_str())).iter().filter_map(ix).collect();
            held.sort_unstable();
            held.dedup();
            let needs = s.requires.iter().chain(requires_of(s.to.as_str()));
            let too_long =
                needs.filter_map(|c| ix(c).map(|k| (c, k))).find(|&(_, k)| chains.longer_than_a_rung(k, &held));
            if let Some((c, _)) = too_long {
                let warning = self.origins.warning(Section::Steps, i, Some("to"), format!(
                    "{}: earning `{c}` takes a chain of more than {MAX_PLAN_PROGRAMS} programs, the most a route takes for one step",
                    step_owner(s)
                ));
                self.out.push(warning.with_help(
                    "no route uses this step unless the person already holds part of the chain; add steps from the rungs the chain's programs lead to, or shorten the chain",
                ));
            }
        }
    }

    fn unused_and_isolated(&mut self) {
        let d = self.data;
        let needed: HashSet<&str> = d
            .occupations
            .iter()
            .flat_map(|o| o.requires.iter())
            .chain(d.steps.iter().flat_map(|s| s.requires.iter()))
            .chain(d.programs.iter().flat_map(|p| p.requires.iter()))
            .map(|c| c.as_str())
            .collect();
        for (i, p) in d.programs.iter().enumerate() {
            if !p.awards.is_empty() && p.awards.iter().all(|c| !needed.contains(c.as_str())) {
                self.warning(
                    Section::Programs,
                    i,
                    Some("awards"),
                    format!(
                        "program `{}` is never on a route: no occupation, step or program needs what it awards",
                        p.id
                    ),
                );
            }
        }
        let reached: HashSet<&str> = d.steps.iter().map(|s| s.to.as_str()).collect();
        let left: HashSet<&str> = d.steps.iter().filter_map(|s| s.from.as_ref()).map(|f| f.as_str()).collect();
        for (i, o) in d.occupations.iter().enumerate() {
            let id = o.id.as_str();
            if !reached.contains(id) && !left.contains(id) {
                self.warning(
                    Section::Occupations,
                    i,
                    None,
                    format!("occupation `{id}` is on no ladder: no step leads to it or out of it"),
                );
            } else if !o.entry && !reached.contains(id) {
                self.warning(
                    Section::Occupations,
                    i,
                    None,
                    format!("occupation `{id}` is not an entry role and no step leads to it"),
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

/// Chains of prerequisite programs, for [`Validator::chains_too_long_for_one_rung`].
struct Chains {
    /// For each credential, the prerequisites of each program that awards it.
    awarded_by: Vec<Vec<Vec<usize>>>,
    /// For each set of held credentials, the chain lengths found so far.
    memo: HashMap<Vec<usize>, HashMap<(usize, usize), usize>>,
}

impl Chains {
    /// True when earning `credential` while holding `held` (sorted) takes a
    /// chain of more than [`MAX_PLAN_PROGRAMS`] programs.
    fn longer_than_a_rung(&mut self, credential: usize, held: &[usize]) -> bool {
        let mut memo = self.memo.remove(held).unwrap_or_default();
        let length = self.chain(credential, held, MAX_PLAN_PROGRAMS, &mut memo);
        self.memo.insert(held.to_vec(), memo);
        length > MAX_PLAN_PROGRAMS
    }

    /// The fewest programs in a chain that earns `c`, counted up to `budget + 1`:
    /// the recursion is at most `budget` deep, so a prerequisite cycle or a
    /// ten-thousand-link chain ends it early.
    fn chain(&self, c: usize, held: &[usize], budget: usize, memo: &mut HashMap<(usize, usize), usize>) -> usize {
        // A credential no program awards is one a person already holds.
        if held.binary_search(&c).is_ok() || self.awarded_by[c].is_empty() {
            return 0;
        }
        if budget == 0 {
            return 1;
        }
        if let Some(&known) = memo.get(&(c, budget)) {
            return known;
        }
        let mut best = budget + 1;
        for requires in &self.awarded_by[c] {
            let mut longest = 0;
            for &r in requires {
                longest = longest.max(self.chain(r, held, budget - 1, memo));
                if 1 + longest >= best {
                    break;
                }
            }
            best = best.min(1 + longest);
        }
        memo.insert((c, budget), best);
        best
    }
}

/// An id as a reader sees it: lowercase, full-width letters as plain ones,
/// invisible characters gone.
fn skeleton(id: &str) -> String {
    id.chars()
        .filter(|&c| !is_hidden(c))
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// How messages name a step: by both ends, as an author finds it in the file.
fn step_owner(s: &Step) -> String {
    match &s.from {
        Some(from) => format!("step `{from}` → `{}`", s.to),
        None => format!("first-job step → `{}`", s.to),
    }
}

fn valid_soc(soc: &str) -> bool {
    let b = soc.as_bytes();
    b.len() == 7 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
}

fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0)),
        [y, m, d] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
                && (1..=31).contains(&d.parse::<u8>().unwrap_or(0))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soc_and_dates() {
        assert!(valid_soc("31-1131"));
        assert!(!valid_soc("311131"));
        assert!(!valid_soc("31-113a"));
        assert!(valid_date("2025") && valid_date("2025-05") && valid_date("2025-05-31"));
        assert!(!valid_date("May 2025") && !valid_date("2025-13") && !valid_date("2025-1-1"));
    }
}
