//! Money month by month: what a route pays from today, month by month, beside
//! staying put, with each program's cost when it falls due, the month the
//! route has paid back its cost and lost income, and what it has earned more
//! after five years.
//!
//! The months follow the route's timeline (see the crate's documentation):
//! within a rung, the programs at its start that leave the person working run
//! during the experience the step requires, and the others follow once it is
//! served. While a program leaves the person working they earn what they
//! earned before it (a paid program pays its pay while learning when the data
//! gives it); during a program that stops them working they earn nothing.
//! From the month a rung is reached they earn its wage. Every figure is an
//! estimate from the data's wages and programs.

use crate::constraints::part_time;
use crate::report::{ProgramReport, RouteReport};

/// The months shown after the route ends.
pub const MONTHS_AFTER_ROUTE: u32 = 36;
/// The shortest span shown, and the span of the five-year comparison.
pub const FIVE_YEARS: u32 = 60;

/// What one route pays month by month, beside staying put.
#[derive(Clone, Debug, PartialEq)]
pub struct IncomeSeries {
    /// Income in each month from today (month 0), in dollars.
    pub route: Vec<f64>,
    /// Income in each month when staying in today's job.
    pub staying: Vec<f64>,
    /// Costs to the learner: (month due, dollars, program name).
    pub costs: Vec<(u32, f64, String)>,
    /// The runs of months with one activity, for a table.
    pub periods: Vec<IncomePeriod>,
    /// The first month from which the route is ahead of staying put for
    /// good, counting costs; `None` when it never gets there within the span,
    /// and `Some(0)` when it is never behind.
    pub payback_month: Option<u32>,
    /// What the route has earned more than staying put after five years,
    /// costs taken off (negative when less).
    pub five_year_difference: f64,
}

/// A run of months with one activity.
#[derive(Clone, Debug, PartialEq)]
pub struct IncomePeriod {
    /// The first month, counting from 0.
    pub first: u32,
    /// The last month, included.
    pub last: u32,
    /// Income a month in the first month.
    pub monthly: f64,
    /// Income a month in the last month: more than the first while a paid
    /// program's pay rises.
    pub monthly_last: f64,
    /// What the person is doing.
    pub activity: Activity,
}

/// What a person is doing in a month of the route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Activity {
    /// Working in today's job (or, with no job yet, looking for one).
    Today,
    /// In a program that leaves them working or pays them: its name.
    LearningWhileEarning(String),
    /// In a program that stops them working: its name.
    LearningUnpaid(String),
    /// Working in a rung reached: its title.
    Reached(String),
}

/// The route's income month by month beside staying put, from `start_wage`
/// (the yearly wage of today's job; `None` for no job yet).
pub fn monthly_income(route: &RouteReport, start_wage: Option<f64>) -> IncomeSeries {
    let end = route.rungs.last().map_or(0.0, |r| r.end_month).ceil() as u32;
    let span = (end + MONTHS_AFTER_ROUTE).max(FIVE_YEARS) as usize;
    let today = start_wage.unwrap_or(0.0) / 12.0;
    let mut plan: Vec<Option<(f64, Activity)>> = vec![None; span];
    let mut costs = Vec::new();
    let mut before = (today, Activity::Today);
    for rung in &route.rungs {
        let start = rung.start_month;
        // The programs that leave the person working run from the rung's
        // start; the first that does not waits until the experience is served.
        let mut cursor = start;
        let mut leading = true;
        for p in &rung.programs {
            let working = p.paid || part_time(&p.schedule);
            if leading && !working {
                leading = false;
                cursor = cursor.max(start + rung.experience_months);
            }
            costs.push((cursor.round() as u32, p.cost, p.name.clone()));
            let activity = if working {
                Activity::LearningWhileEarning(p.name.clone())
            } else {
                Activity::LearningUnpaid(p.name.clone())
            };
            let (first, end) = (cursor.round() as usize, (cursor + p.months).round() as usize);
            for (m, slot) in plan.iter_mut().enumerate().take(end).skip(first) {
                // While working they earn what they earned before, unless the
                // program pays its own schedule; otherwise nothing.
                let income = if working { pay_while_learning(p, m as f64 - cursor).unwrap_or(before.0) } else { 0.0 };
                *slot = Some((income, activity.clone()));
            }
            cursor += p.months;
        }
        let reached = rung.end_month;
        // Months of the rung no program fills: working as before.
        let prior = before.clone();
        let (first, end) = (start.round() as usize, reached.round() as usize);
        for slot in plan.iter_mut().take(end).skip(first).filter(|slot| slot.is_none()) {
            *slot = Some(prior.clone());
        }
        let wage = rung.wage.map_or(before.0, |w| w / 12.0);
        before = (wage, Activity::Reached(rung.title.clone()));
        for slot in plan.iter_mut().skip(reached.round() as usize) {
            *slot = Some(before.clone());
        }
    }
    let route_income: Vec<(f64, Activity)> = plan.into_iter().map(|m| m.unwrap_or((today, Activity::Today))).collect();
    let staying = vec![today; span];
    let route_only: Vec<f64> = route_income.iter().map(|(x, _)| *x).collect();
    let (payback_month, five_year_difference) = payback(&route_only, &staying, &costs);
    IncomeSeries {
        periods: periods(&route_income),
        route: route_only,
        staying,
        costs: costs.into_iter().filter(|(_, cost, _)| *cost > 0.0).collect(),
        payback_month,
        five_year_difference,
    }
}

/// What a paid program with a wage schedule pays a month in its month `m`
/// (from 0), rising evenly from the schedule's first pay to its last.
fn pay_while_learning(p: &ProgramReport, m: f64) -> Option<f64> {
    let (first, last) = p.pay_while_learning.filter(|_| p.paid)?;
    let share = if p.months > 1.0 { (m / (p.months - 1.0)).clamp(0.0, 1.0) } else { 0.0 };
    Some((first + (last - first) * share) / 12.0)
}

/// The payback month and the five-year difference, costs taken off.
fn payback(route: &[f64], staying: &[f64], costs: &[(u32, f64, String)]) -> (Option<u32>, f64) {
    let mut ahead = 0.0;
    let mut behind_until: Option<u32> = None;
    let mut ever_behind = false;
    let mut at_five_years = 0.0;
    for m in 0..route.len() {
        ahead += route[m] - staying[m];
        ahead -= costs.iter().filter(|(due, _, _)| *due as usize == m).map(|(_, c, _)| c).sum::<f64>();
        if ahead < -0.005 {
            ever_behind = true;
            behind_until = None;
        } else if behind_until.is_none() {
            behind_until = Some(m as u32);
        }
        if m + 1 == FIVE_YEARS as usize {
            at_five_years = ahead;
        }
    }
    let payback = if ever_behind { behind_until } else { Some(0) };
    (payback, at_five_years)
}

/// Runs of months with the same activity: one program, one job.
fn periods(months: &[(f64, Activity)]) -> Vec<IncomePeriod> {
    let mut out: Vec<IncomePeriod> = Vec::new();
    for (m, (income, activity)) in months.iter().enumerate() {
        match out.last_mut() {
            Some(p) if p.activity == *activity => {
                p.last = m as u32;
                p.monthly_last = *income;
            }
            _ => out.push(IncomePeriod {
                first: m as u32,
                last: m as u32,
                monthly: *income,
                monthly_last: *income,
                activity: activity.clone(),
            }),
        }
    }
    out
}
