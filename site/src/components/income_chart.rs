//! Money month by month for the chosen route: a chart of income a month
//! against staying put, with each cost when it falls due, and its table twin,
//! which also prints with the plan. The core computes the months
//! (`pathway_routes::monthly_income`); this draws and words them.

use crate::format::dollars;
use crate::i18n::{fill, strings, Strings};
use leptos::prelude::*;
use pathway_routes::{monthly_income, Activity, IncomeSeries, RouteReport, FIVE_YEARS};

// Coordinates are whole numbers: formatting a float would bring the float
// printer into the WebAssembly (see BENCHMARKS.md).
const WIDTH: i64 = 320;
const HEIGHT: i64 = 170;
const LEFT: i64 = 46;
const RIGHT: i64 = 8;
const TOP: i64 = 12;
const BOTTOM: i64 = 26;

/// The chart and its table for the chosen route.
#[component]
pub fn IncomeChart(
    /// The chosen route and its index.
    selected: Memo<Option<(usize, RouteReport)>>,
    /// Where the person starts, by title and yearly wage.
    start: Memo<Option<(String, Option<f64>)>>,
) -> impl IntoView {
    let t = strings();
    let series = Memo::new(move |_| {
        let (_, route) = selected.get()?;
        let wage = start.with(|s| s.as_ref().and_then(|(_, w)| *w));
        Some(monthly_income(&route, wage))
    });
    move || {
        let series = series.get()?;
        let has_job = start.with(|s| s.as_ref().is_some_and(|(_, w)| w.is_some()));
        let (five_years, payback) = summary(t, &series);
        Some(view! {
            <section class="income no-print" aria-labelledby="income-heading">
                <h3 id="income-heading">{t.income_heading}</h3>
                {chart(t, &series)}
                <p class="income-legend" aria-hidden="true">
                    <span class="swatch swatch-route"></span>{t.income_route_line}
                    " "
                    <span class="swatch swatch-staying"></span>{t.income_staying_line}
                </p>
                <p>{five_years}" "{payback}</p>
                {table(t, &series, has_job)}
                <p class="note">{t.income_note}</p>
            </section>
        })
    }
}

/// The two sentences under the chart: the five-year difference and the
/// payback month. Compare and the printed plan use them too.
pub fn summary(t: &Strings, series: &IncomeSeries) -> (String, String) {
    let amount = dollars(series.five_year_difference.abs().round());
    let five_years = if series.five_year_difference >= 0.0 {
        fill(t.income_more, &[("amount", &amount)])
    } else {
        fill(t.income_less, &[("amount", &amount)])
    };
    let payback = match series.payback_month {
        Some(0) => t.income_never_behind.to_owned(),
        Some(m) => fill(t.income_payback, &[("month", &(m + 1).to_string())]),
        None => fill(t.income_no_payback, &[("months", &series.route.len().to_string())]),
    };
    (five_years, payback)
}

/// The SVG: both lines from today, the costs as marks on the month axis.
fn chart(t: &'static Strings, series: &IncomeSeries) -> impl IntoView {
    let months = series.route.len().max(1) as f64;
    // The scale's top is a round thousand above the highest month.
    let highest = series.route.iter().chain(&series.staying).fold(1.0_f64, |a, &b| a.max(b));
    let top = (highest * 1.05 / 1000.0).ceil() * 1000.0;
    let x = move |m: f64| LEFT + ((WIDTH - LEFT - RIGHT) as f64 * m / months).round() as i64;
    let y = move |v: f64| TOP + ((HEIGHT - TOP - BOTTOM) as f64 * (1.0 - v / top)).round() as i64;
    // Each month is a flat run, so a change of income is a step, not a slope.
    let line = |values: &[f64]| {
        let mut points = String::new();
        for (m, v) in values.iter().enumerate() {
            let (from, to, height) = (x(m as f64), x(m as f64 + 1.0), y(*v));
            points.push_str(&format!("{from},{height} {to},{height} "));
        }
        points
    };
    let base = HEIGHT - BOTTOM;
    let costs = series
        .costs
        .iter()
        .map(|(month, cost, program)| {
            let cx = x(f64::from(*month) + 0.5);
            let label = fill(
                t.cost_due,
                &[("cost", &dollars(*cost)), ("month", &(month + 1).to_string()), ("program", program)],
            );
            view! {
                <path class="income-cost" d=format!("M{cx},{} l-5,8 h10 z", base + 2)>
                    <title>{label}</title>
                </path>
            }
        })
        .collect_view();
    let five_years = x(f64::from(FIVE_YEARS));
    view! {
        <svg class="income-svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=t.income_chart_label>
            <line class="income-axis" x1=LEFT y1=base x2=WIDTH - RIGHT y2=base></line>
            <line class="income-axis" x1=LEFT y1=TOP x2=LEFT y2=base></line>
            <line class="income-mark" x1=five_years y1=TOP x2=five_years y2=base></line>
            <text class="income-label" x=LEFT - 4 y=TOP + 4 text-anchor="end">{dollars(top)}</text>
            <text class="income-label" x=LEFT - 4 y=base text-anchor="end">"$0"</text>
            <text class="income-label" x=LEFT y=HEIGHT - 4>"0"</text>
            {(series.route.len() > FIVE_YEARS as usize + 6).then(|| view! {
                <text class="income-label" x=five_years y=HEIGHT - 4 text-anchor="middle">{FIVE_YEARS.to_string()}</text>
            })}
            <text class="income-label" x=WIDTH - RIGHT y=HEIGHT - 4 text-anchor="end">
                {format!("{} {}", t.income_months, series.route.len())}
            </text>
            <polyline class="income-staying" points=line(&series.staying)></polyline>
            <polyline class="income-route" points=line(&series.route)></polyline>
            {costs}
        </svg>
    }
}

/// The table twin: each run of months with the same income, and the costs.
/// The printed plan shows it too.
pub fn table(t: &'static Strings, series: &IncomeSeries, has_job: bool) -> impl IntoView {
    let rows = series
        .periods
        .iter()
        .map(|p| {
            let doing = match &p.activity {
                Activity::Today if has_job => t.activity_today.to_owned(),
                Activity::Today => t.activity_no_job.to_owned(),
                Activity::LearningWhileEarning(program) => fill(t.activity_learning_earning, &[("program", program)]),
                Activity::LearningUnpaid(program) => fill(t.activity_learning_unpaid, &[("program", program)]),
                Activity::Reached(job) => fill(t.activity_reached, &[("job", job)]),
            };
            let span =
                if p.first == p.last { (p.first + 1).to_string() } else { format!("{}–{}", p.first + 1, p.last + 1) };
            let income = if (p.monthly_last - p.monthly).abs() < 0.5 {
                dollars(p.monthly.round())
            } else {
                format!("{} → {}", dollars(p.monthly.round()), dollars(p.monthly_last.round()))
            };
            view! { <tr><td>{span}</td><td>{income}</td><td>{doing}</td></tr> }
        })
        .collect_view();
    let costs = series
        .costs
        .iter()
        .map(|(month, cost, program)| {
            let due = fill(
                t.cost_due,
                &[("cost", &dollars(*cost)), ("month", &(month + 1).to_string()), ("program", program)],
            );
            view! { <li>{due}</li> }
        })
        .collect_view();
    view! {
        <table class="income-table">
            <thead><tr><th scope="col">{t.income_months}</th><th scope="col">{t.income_a_month}</th><th scope="col">{t.income_doing}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        {(!series.costs.is_empty()).then(|| view! { <ul class="income-costs">{costs}</ul> })}
    }
}
