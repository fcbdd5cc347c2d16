//! `pathways routes`: rung-by-rung routes from where a person is, as a
//! readable list or as JSON.

use crate::commands::checked;
use crate::stdout::emit;
use crate::wording;
use crate::words::{self, Words};
use pathway_authoring::languages::in_language;
use pathway_model::figures::dollars;
use pathway_model::text::fill;
use pathway_model::PathwayGraph;
use pathway_routes::{report, QueryError, RouteEngine, RouteQuery, RouteReport, WageSource, MAX_RUNGS};
use std::fmt::Write as _;
use std::path::Path;

fn months(w: &Words, m: f64) -> String {
    let m = if m.fract() == 0.0 { format!("{m:.0}") } else { format!("{m:.1}") };
    fill(if m == "1" { w.month_one } else { w.months }, &[("m", &m)])
}

fn per_year(w: &Words, wage: f64) -> String {
    fill(w.per_year, &[("wage", &dollars(wage))])
}

fn wage_text(w: &Words, wage: Option<f64>, step: Option<f64>) -> String {
    match (wage, step) {
        (Some(wage), Some(s)) if s >= 0.0 => format!("{} (+{})", per_year(w, wage), dollars(s)),
        (Some(wage), Some(s)) => format!("{} ({})", per_year(w, wage), dollars(s)),
        (Some(wage), None) => per_year(w, wage),
        (None, _) => w.wage_not_published.to_owned(),
    }
}

/// Runs the command: the routes for `query` in the data under `dir`, as text
/// or JSON, with the data's text and the table's words in `lang`.
pub fn run(dir: &Path, query: &RouteQuery, json: bool, lang: &str) -> Result<bool, String> {
    let w = words::for_language(lang).ok_or_else(|| format!("the routes table speaks `en` and `es`, not `{lang}`"))?;
    let Some(dataset) = checked(dir, true)? else {
        return Err(format!("`{}` has errors; run `pathways check {}`", dir.display(), dir.display()));
    };
    let dataset = in_language(&dataset, lang);
    let engine = RouteEngine::new(PathwayGraph::build(dataset).map_err(|e| e.to_string())?);
    let graph = engine.graph();
    let set = engine.find_routes(query).map_err(|e| {
        let hint = match &e {
            QueryError::UnknownOccupation(_) => {
                let ids: Vec<&str> = graph.dataset().occupations.iter().map(|o| o.id.as_str()).collect();
                format!(" (occupations: {}, or `none` for no job yet)", ids.join(", "))
            }
            QueryError::UnknownPartner(_) => {
                let ids: Vec<&str> = graph.dataset().partners.iter().map(|p| p.id.as_str()).collect();
                format!(" (partners: {})", ids.join(", "))
            }
            _ => String::new(),
        };
        format!("{e}{hint}")
    })?;
    let reports = report(graph, &set);
    if json {
        emit(&format!("{}\n", serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?))?;
        return Ok(true);
    }
    let start = match &query.start {
        Some(id) => graph.occupation_ix(id).map_or(id.to_string(), |ix| graph.occupation(ix).title.to_string()),
        None => w.no_job_yet.to_owned(),
    };
    let mut text = render_text(w, graph, &start, set.start_wage, &reports);
    for b in &set.blockers {
        let _ = writeln!(text, "{}", wording::blocker(w, graph, &set.person, b));
    }
    if set.beyond_rung_limit {
        let _ = writeln!(text, "{}", fill(w.beyond_rung_limit, &[("max", &MAX_RUNGS.to_string())]));
    }
    emit(&text)?;
    Ok(true)
}

fn render_text(
    w: &Words,
    graph: &PathwayGraph,
    start: &str,
    start_wage: Option<f64>,
    reports: &[RouteReport],
) -> String {
    let mut out = String::new();
    if reports.is_empty() {
        let _ = writeln!(out, "{}", fill(w.no_route, &[("start", start)]));
        return out;
    }
    let best = reports.iter().filter(|r| r.dominated_by.is_none()).count().to_string();
    let start = match start_wage {
        Some(wage) => format!("{start} ({})", per_year(w, wage)),
        None => start.to_owned(),
    };
    let heading = if reports.len() == 1 { w.heading_one } else { w.heading_many };
    let count = reports.len().to_string();
    let _ = writeln!(out, "{}\n", fill(heading, &[("start", &start), ("count", &count), ("best", &best)]));
    for (i, r) in reports.iter().enumerate() {
        let last = r.rungs.last().map_or("", |g| g.title.as_str());
        let picks = if r.picks.is_empty() {
            String::new()
        } else {
            format!("  [{}]", r.picks.iter().map(|&p| w.picks[p as usize]).collect::<Vec<_>>().join(", "))
        };
        let beaten = r
            .dominated_by
            .map_or(String::new(), |j| format!("  {}", fill(w.beaten_by, &[("n", &(j + 1).to_string())])));
        let programs = if r.programs == 1 {
            w.program_one.to_owned()
        } else {
            fill(w.programs_many, &[("n", &r.programs.to_string())])
        };
        let line = fill(
            w.route_line,
            &[
                ("n", &(i + 1).to_string()),
                ("last", last),
                ("wage", &wage_text(w, r.final_wage, None)),
                ("months", &months(w, r.months)),
                ("cost", &dollars(r.cost)),
                ("programs", &programs),
                ("paid", &months(w, r.paid_months)),
            ],
        );
        let _ = writeln!(out, "{line}{picks}{beaten}");
        for (k, g) in r.rungs.iter().enumerate() {
            let _ = writeln!(
                out,
                "   {}) {:<32} {:<26} {:>7} {:>8}",
                k + 1,
                g.title,
                wage_text(w, g.wage, g.wage_step),
                months(w, g.months),
                dollars(g.cost)
            );
            if g.same_bls_code {
                let _ = writeln!(out, "        {}", w.same_bls_code);
            }
            if matches!(g.wage_basis, WageSource::StepPay | WageSource::OccupationPay) {
                let bls = g.bls_wage.map_or_else(|| w.none_published.to_owned(), |b| per_year(w, b));
                let source = g.wage_source.as_deref().unwrap_or("");
                let _ = writeln!(out, "        {}", fill(w.pay_from, &[("source", source), ("bls", &bls)]));
            }
            if g.experience_months > 0.0 {
                let _ = writeln!(
                    out,
                    "        {}",
                    fill(w.after_experience, &[("months", &months(w, g.experience_months))])
                );
            }
            for p in &g.programs {
                let tag = if p.for_prerequisite { w.bridge } else { "" };
                let paid = if p.paid { w.paid_while_learning } else { "" };
                let line = fill(
                    w.program_line,
                    &[
                        ("name", &p.name),
                        ("provider", &p.provider),
                        ("months", &months(w, p.months)),
                        ("cost", &dollars(p.cost)),
                        ("paid", paid),
                        ("schedule", &wording::schedule_list(w, &p.schedule)),
                    ],
                );
                let _ = writeln!(out, "        {tag}{line}");
                if let Some((first, last)) = p.pay_while_learning {
                    let pay = fill(w.pay_while_learning, &[("first", &dollars(first)), ("last", &dollars(last))]);
                    let _ = writeln!(out, "          {pay}");
                }
                for f in p.funding.iter().filter(|f| !f.applies) {
                    let covers = f.covers.map_or_else(|| w.whole_cost.to_owned(), dollars);
                    let why = f.unmet.as_ref().map_or_else(String::new, |u| wording::unmet_words(w, graph, u));
                    let line = fill(w.not_counted, &[("name", &f.name), ("covers", &covers), ("why", &why)]);
                    let _ = writeln!(out, "          {line}");
                }
            }
        }
        out.push('\n');
    }
    out
}
