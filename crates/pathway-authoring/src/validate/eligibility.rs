//! Rules for who funding pays for and who a program takes: conditions that
//! can be met, and free-text conditions that the route engine cannot check.

use super::Validator;
use crate::origins::Section;
use pathway_model::eligibility::Eligibility;

/// The oldest age a condition may name.
const MAX_AGE: u32 = 120;

impl Validator<'_> {
    /// Conditions that no one can meet or that say less than they seem to,
    /// and funding whose conditions are only words.
    pub(super) fn eligibility(&mut self) {
        let d = self.data;
        for (i, p) in d.programs.iter().enumerate() {
            let owner = format!("program `{}`", p.id);
            if let Some(e) = &p.eligible {
                self.conditions(e, i, "eligible", &owner);
            }
            for f in &p.funding {
                let funding = format!("{owner}: funding by `{}`", f.by);
                match (&f.eligible, &f.eligibility) {
                    (Some(e), _) => self.conditions(e, i, "eligible", &funding),
                    (None, Some(_)) => {
                        self.warning(
                            Section::Programs,
                            i,
                            Some("eligibility"),
                            format!(
                                "{funding} says who qualifies only in words, so routes never count it; \
                                 write the conditions as `eligible:` beside `eligibility:` (see the README, \"Who funding pays for\")"
                            ),
                        );
                    }
                    (None, None) => {}
                }
            }
        }
    }

    fn conditions(&mut self, e: &Eligibility, i: usize, field: &str, owner: &str) {
        if let (Some(min), Some(max)) = (e.min_age, e.max_age) {
            if min > max {
                self.error(
                    Section::Programs,
                    i,
                    Some(field),
                    format!("{owner}: `min_age` {min} is above `max_age` {max}"),
                )
                .help = Some("swap them, or leave out the one that does not apply".to_owned());
            }
        }
        for age in e.min_age.iter().chain(&e.max_age).filter(|&&a| a > MAX_AGE) {
            self.error(Section::Programs, i, Some(field), format!("{owner}: the age {age} is not a person's age"));
        }
        if let Some(months) = e.after_months {
            if !(months.is_finite() && months >= 0.0) {
                self.error(
                    Section::Programs,
                    i,
                    Some("after_months"),
                    format!("{owner}: `after_months` must be zero or more"),
                );
            } else if e.employees_of.is_empty() {
                self.error(
                    Section::Programs,
                    i,
                    Some("after_months"),
                    format!("{owner}: `after_months` counts months with an employer, but `employees_of` names none"),
                )
                .help = Some("add `employees_of: [<employer partner id>]`".to_owned());
            }
        }
    }
}
