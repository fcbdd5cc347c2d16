//! Wages and their provenance. Every wage must say where it comes from and
//! for which year, give a median, keep its percentiles positive, plausible and
//! in rising order, and appear once per region and SOC code. Every occupation
//! must have a well-formed SOC code, and a warning says when no wage matches it.

use super::{Validator, MAX_ANNUAL, MAX_EMPLOYMENT, MAX_HOURLY};
use crate::origins::Section;
use pathway_model::figures::number;
use pathway_model::model::Percentiles;
use std::collections::HashMap;

impl Validator<'_> {
    pub(super) fn wages(&mut self) {
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
}

/// True for a SOC code written as two digits, a hyphen and four digits.
fn valid_soc(soc: &str) -> bool {
    let b = soc.as_bytes();
    b.len() == 7 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soc_codes() {
        assert!(valid_soc("31-1131"));
        assert!(!valid_soc("311131"));
        assert!(!valid_soc("31-113a"));
    }
}
