//! Pay rates the partnership gives for a rung: a plausible hourly or annual
//! figure, and a source a counselor can check; and apprenticeship wage
//! schedules: shares of the journeyworker rate that rise, on paid programs.

use super::figures::valid_date;
use super::{step_owner, Validator, MAX_ANNUAL, MAX_HOURLY};
use crate::origins::Section;
use pathway_model::pay::PayRate;

impl Validator<'_> {
    pub(super) fn pay_rates(&mut self) {
        let d = self.data;
        for (i, o) in d.occupations.iter().enumerate() {
            if let Some(pay) = &o.pay {
                self.pay_rate(pay, Section::Occupations, i, &format!("occupation `{}`", o.id));
            }
        }
        for (i, s) in d.steps.iter().enumerate() {
            if let Some(pay) = &s.pay {
                self.pay_rate(pay, Section::Steps, i, &step_owner(s));
            }
        }
        for (i, p) in d.programs.iter().enumerate() {
            let Some(w) = &p.wage_schedule else { continue };
            let owner = format!("program `{}`", p.id);
            self.range(Section::Programs, i, "start_percent", &owner, w.start_percent, 0.0, 100.0, "percent", false);
            self.range(Section::Programs, i, "end_percent", &owner, w.end_percent, 0.0, 100.0, "percent", false);
            if w.start_percent > w.end_percent {
                self.error(
                    Section::Programs,
                    i,
                    Some("wage_schedule"),
                    format!("{owner}: the wage schedule starts above where it ends"),
                )
                .help = Some("`start_percent` is the first period's share, `end_percent` the last's".to_owned());
            }
            if !p.paid {
                self.error(
                    Section::Programs,
                    i,
                    Some("wage_schedule"),
                    format!("{owner} has a wage schedule but is not `paid`"),
                )
                .help = Some("add `paid: true`, or leave out `wage_schedule`".to_owned());
            }
        }
    }

    fn pay_rate(&mut self, pay: &PayRate, s: Section, i: usize, owner: &str) {
        if pay.hourly.is_none() && pay.annual.is_none() {
            self.error(s, i, Some("pay"), format!("{owner}: `pay` gives neither `hourly` nor `annual`")).help =
                Some("give the rate in dollars an hour (`hourly: 21.50`) or a year (`annual: 44720`)".to_owned());
        }
        if let Some(h) = pay.hourly {
            self.range(s, i, "hourly", owner, h, 0.0, MAX_HOURLY, "dollars an hour", false);
        }
        if let Some(a) = pay.annual {
            self.range(s, i, "annual", owner, a, 0.0, MAX_ANNUAL, "dollars a year", false);
        }
        if !valid_date(&pay.source.date) {
            self.error(
                s,
                i,
                Some("date"),
                format!("{owner}: the pay rate's source date `{}` is not YYYY, YYYY-MM or YYYY-MM-DD", pay.source.date),
            );
        }
        if pay.source.citation.trim().is_empty() {
            self.error(s, i, Some("citation"), format!("{owner}: the pay rate's source has no citation")).help =
                Some("name the pay scale, union contract or wage schedule it comes from".to_owned());
        }
    }
}
