//! Plausible figures and list lengths. A program's months, cost, hours,
//! college credits and funding must fall within ranges no real program leaves,
//! its source must have a date and a citation, a step's experience must be a
//! plausible number of months, and no credential list may be longer than
//! [`MAX_LIST`]. A figure outside its range is almost always a typing or unit
//! mistake.

use super::{step_owner, Validator, MAX_COST, MAX_MONTHS};
use crate::origins::Section;
use pathway_model::figures::number;
use pathway_model::limits::MAX_LIST;

impl Validator<'_> {
    pub(super) fn figures(&mut self) {
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

    /// Credential lists no longer than [`MAX_LIST`].
    pub(super) fn list_lengths(&mut self) {
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
    pub(super) fn range(
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
}

/// True for a source date written as YYYY, YYYY-MM or YYYY-MM-DD.
pub(super) fn valid_date(date: &str) -> bool {
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
    fn dates() {
        assert!(valid_date("2025") && valid_date("2025-05") && valid_date("2025-05-31"));
        assert!(!valid_date("May 2025") && !valid_date("2025-13") && !valid_date("2025-1-1"));
    }
}
