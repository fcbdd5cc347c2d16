//! Ids, duplicates and references between entries. Every id must be well
//! formed and unique within its kind, and every region, occupation, credential
//! and partner an entry names must be defined somewhere; an unknown name gets a
//! "did you mean" with the closest defined id. The same pass checks the parts
//! that tie entries together: a region for each occupation and wage, an award
//! and a schedule for each program, a role for each partner, and steps that
//! join two different occupations of one region.

use super::{step_owner, Validator};
use crate::diagnostics::{is_hidden, suggest};
use crate::id_rules::id_problem;
use crate::origins::Section;
use std::collections::{HashMap, HashSet};

impl Validator<'_> {
    pub(super) fn ids_and_duplicates(&mut self) {
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

    pub(super) fn references(&mut self) {
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
            for e in p.funding.iter().filter_map(|f| f.eligible.as_ref()).chain(&p.eligible) {
                for id in &e.employees_of {
                    self.check_ref(&partners, id.as_str(), Section::Programs, i, "employees_of", &owner);
                }
                for id in &e.members_of {
                    self.check_ref(&partners, id.as_str(), Section::Programs, i, "members_of", &owner);
                }
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
