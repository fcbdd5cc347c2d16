//! Money month by month for the chosen route: a chart of income a month
//! against staying put, with each cost when it falls due, and its table twin,
//! which also prints with the plan. The core computes the months
//! (`pathway_routes::monthly_income`); this draws and words them.

use crate::format::dollars;
use crate::i18n::{fill, strings, Strings};
use crate::markup::Markup;
use leptos::prelude::*;
use pathway_routes::{monthly_income, Activity, IncomeSeries, RouteReport, FIVE_YEARS};

// Coordinates are whole numbers: formatting a float would bring the float
// printer into the WebAssembly (see BENCHMARKS.md).
const WIDTH: i64 = 320;
const HEIGHT: i64 = 170;
/// Room for the scale's top label, right-aligned 4 units left of the axis:
/// up to "$100,000" at the labels' 11 units (BLS publishes annual wages up to
/// $239,200, under $20,000 a month). At 46, "$11,000" ran past the edge.
const LEFT: i64 = 58;
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
    let markup = Memo::new(move |_| {
        let wage = start.with(|s| s.as_ref().and_then(|(_, w)| *w));
        let series = selected.with(|s| s.as_ref().map(|(_, route)| monthly_income(route, wage)))?;
        let (five_years, payback) = summary(t, &series);
        let mut m = Markup::default();
        m.leaf("h3", &[("id", "income-heading")], t.income_heading);
        chart(&mut m, t, &series);
        m.open("p", &[("class", "income-legend"), ("aria-hidden", "true")])
            .leaf("span", &[("class", "swatch swatch-route")], "")
            .text(t.income_route_line)
            .text(" ")
            .leaf("span", &[("class", "swatch swatch-staying")], "")
            .text(t.income_staying_line)
            .close("p");
        m.leaf("p", &[], &format!("{five_years} {payback}"));
        table(&mut m, t, &series, wage.is_some());
        m.leaf("p", &[("class", "note")], t.income_note);
        Some(m.finish())
    });
    move || {
        markup.get().map(|html| {
            view! { <section class="income no-print" aria-labelledby="income-heading" inner_html=html></section> }
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
fn chart(m: &mut Markup, t: &Strings, series: &IncomeSeries) {
    let months = series.route.len().max(1) as f64;
    // The scale's top is a round thousand above the highest month.
    let highest = series.route.iter().chain(&series.staying).fold(1.0_f64, |a, &b| a.max(b));
    let top = (highest * 1.05 / 1000.0).ceil() * 1000.0;
    let x = move |m: f64| LEFT + ((WIDTH - LEFT - RIGHT) as f64 * m / months).round() as i64;
    let y = move |v: f64| TOP + ((HEIGHT - TOP - BOTTOM) as f64 * (1.0 - v / top)).round() as i64;
    let line = |values: &[f64]| steps(values, x, y);
    let base = HEIGHT - BOTTOM;
    let five_years = x(f64::from(FIVE_YEARS));
    let n = |v: i64| v.to_string();
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    m.open(
        "svg",
        &[("class", "income-svg"), ("viewBox", &view_box), ("role", "img"), ("aria-label", t.income_chart_label)],
    );
    for (x1, y1, x2, y2, class) in [
        (LEFT, base, WIDTH - RIGHT, base, "income-axis"),
        (LEFT, TOP, LEFT, base, "income-axis"),
        (five_years, TOP, five_years, base, "income-mark"),
    ] {
        m.leaf("line", &[("class", class), ("x1", &n(x1)), ("y1", &n(y1)), ("x2", &n(x2)), ("y2", &n(y2))], "");
    }
    let label = |m: &mut Markup, x: i64, y: i64, anchor: &str, text: &str| {
        m.leaf("text", &[("class", "income-label"), ("x", &n(x)), ("y", &n(y)), ("text-anchor", anchor)], text);
    };
    label(m, LEFT - 4, TOP + 4, "end", &dollars(top));
    label(m, LEFT - 4, base, "end", "$0");
    label(m, LEFT, HEIGHT - 4, "start", "0");
    // The five-year mark is named only where it cannot run into the last label.
    if series.route.len() >= FIVE_YEARS as usize * 3 / 2 {
        label(m, five_years, HEIGHT - 4, "middle", &FIVE_YEARS.to_string());
    }
    label(m, WIDTH - RIGHT, HEIGHT - 4, "end", &format!("{} {}", t.income_months, series.route.len()));
    m.leaf("polyline", &[("class", "income-staying"), ("points", &line(&series.staying))], "");
    m.leaf("polyline", &[("class", "income-route"), ("points", &line(&series.route))], "");
    for (month, cost, program) in &series.costs {
        let cx = x(f64::from(*month) + 0.5);
        m.open("path", &[("class", "income-cost"), ("d", &format!("M{cx},{} l-5,8 h10 z", base + 2))])
            .leaf("title", &[], &cost_due(t, *month, *cost, program))
            .close("path");
    }
    m.close("svg");
}

/// A polyline's points for one income a month: each month is a flat run,
/// so a change of income is a step, not a slope. Months at the same height
/// make one run, with a point at each corner, not two for every month.
fn steps(values: &[f64], x: impl Fn(f64) -> i64, y: impl Fn(f64) -> i64) -> String {
    let mut points = String::new();
    let mut last = None;
    for (m, v) in values.iter().enumerate() {
        let (at, height) = (x(m as f64), y(*v));
        if last != Some(height) {
            if let Some(before) = last {
                points.push_str(&format!("{at},{before} "));
            }
            points.push_str(&format!("{at},{height} "));
            last = Some(height);
        }
    }
    if let Some(height) = last {
        points.push_str(&format!("{},{height}", x(values.len() as f64)));
    }
    points
}

/// "$14,000 due in month 1 for …".
fn cost_due(t: &Strings, month: u32, cost: f64, program: &str) -> String {
    fill(t.cost_due, &[("cost", &dollars(cost)), ("month", &(month + 1).to_string()), ("program", program)])
}

/// The table twin: each run of months with one activity, and the costs.
/// The printed plan shows it too.
pub fn table(m: &mut Markup, t: &Strings, series: &IncomeSeries, has_job: bool) {
    m.open("table", &[("class", "income-table")]).open("thead", &[]).open("tr", &[]);
    for heading in [t.income_months, t.income_a_month, t.income_doing] {
        m.leaf("th", &[("scope", "col")], heading);
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for p in &series.periods {
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
        m.open("tr", &[]).leaf("td", &[], &span).leaf("td", &[], &income).leaf("td", &[], &doing).close("tr");
    }
    m.close("tbody").close("table");
    if !series.costs.is_empty() {
        m.open("ul", &[("class", "income-costs")]);
        for (month, cost, program) in &series.costs {
            m.leaf("li", &[], &cost_due(t, *month, *cost, program));
        }
        m.close("ul");
    }
}

#[cfg(test)]
mod tests {
    use super::steps;

    #[test]
    fn a_line_has_a_point_at_each_corner_of_its_steps() {
        let x = |m: f64| (m * 10.0) as i64;
        let y = |v: f64| 100 - v as i64;
        assert_eq!(steps(&[5.0, 5.0, 20.0, 20.0, 20.0, 5.0], x, y), "0,95 20,95 20,80 50,80 50,95 60,95");
        assert_eq!(steps(&[7.0], x, y), "0,93 10,93");
        assert_eq!(steps(&[], x, y), "");
    }
}
