//! `pathways routes`: rung-by-rung routes from where a person is, as a
//! readable list or as JSON.

use crate::commands::checked;
use crate::stdout::emit;
use crate::wording;
use pathway_model::figures::dollars;
use pathway_model::PathwayGraph;
use pathway_routes::{report, QueryError, RouteEngine, RouteQuery, RouteReport, WageSource, MAX_RUNGS};
use std::fmt::Write as _;
use std::path::Path;

fn months(m: f64) -> String {
    if m.fract() == 0.0 {
        format!("{m:.0} mo")
    } else {
        format!("{m:.1} mo")
    }
}

fn wage_text(wage: Option<f64>, step: Option<f64>) -> String {
    match (wage, step) {
        (Some(w), Some(s)) if s >= 0.0 => format!("{}/yr (+{})", dollars(w), dollars(s)),
        (Some(w), Some(s)) => format!("{}/yr ({})", dollars(w), dollars(s)),
        (Some(w), None) => format!("{}/yr", dollars(w)),
        (None, _) => "wage not published".to_owned(),
    }
}

/// Runs the command: the routes for `query` in the data under `dir`, as text or JSON.
pub fn run(dir: &Path, query: &RouteQuery, json: bool) -> Result<bool, String> {
    let Some(dataset) = checked(dir, true)? else {
        return Err(format!("`{}` has errors; run `pathways check {}`", dir.display(), dir.display()));
    };
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
        None => "no job yet".to_owned(),
    };
    let mut text = render_text(graph, &start, set.start_wage, &reports);
    for b in &set.blockers {
        let _ = writeln!(text, "{}", wording::blocker(graph, &set.person, b));
    }
    if set.beyond_rung_limit {
        let _ = writeln!(
            text,
            "Some ladders go on past {MAX_RUNGS} steps; routes are followed for at most {MAX_RUNGS} steps, so jobs higher up are not listed."
        );
    }
    emit(&text)?;
    Ok(true)
}

fn render_text(graph: &PathwayGraph, start: &str, start_wage: Option<f64>, reports: &[RouteReport]) -> String {
    let mut out = String::new();
    if reports.is_empty() {
        let _ = writeln!(out, "No route from {start} meets these limits.");
        return out;
    }
    let best = reports.iter().filter(|r| r.dominated_by.is_none()).count();
    let _ = writeln!(
        out,
        "Routes from {start}{}: {} route{}, {best} not beaten on time, cost, wage and programs together\n",
        start_wage.map_or(String::new(), |w| format!(" ({}/yr)", dollars(w))),
        reports.len(),
        if reports.len() == 1 { "" } else { "s" }
    );
    for (i, r) in reports.iter().enumerate() {
        let last = r.rungs.last().map_or("", |g| g.title.as_str());
        let picks = if r.picks.is_empty() {
            String::new()
        } else {
            format!("  [{}]", r.picks.iter().map(|p| p.token()).collect::<Vec<_>>().join(", "))
        };
        let beaten = r.dominated_by.map_or(String::new(), |j| format!("  (beaten by route {})", j + 1));
        let _ = writeln!(
            out,
            "{}. {last}: {} · {} · {} to you · {} program{} · {} paid{picks}{beaten}",
            i + 1,
            wage_text(r.final_wage, None),
            months(r.months),
            dollars(r.cost),
            r.programs,
            if r.programs == 1 { "" } else { "s" },
            months(r.paid_months),
        );
        for (k, g) in r.rungs.iter().enumerate() {
            let _ = writeln!(
                out,
                "   {}) {:<32} {:<26} {:>7} {:>8}",
                k + 1,
                g.title,
                wage_text(g.wage, g.wage_step),
                months(g.months),
                dollars(g.cost)
            );
            if g.same_bls_code {
                let _ = writeln!(out, "        BLS publishes one wage for this job and the one before; ask the employer what the step pays");
            }
            if matches!(g.wage_basis, WageSource::StepPay | WageSource::OccupationPay) {
                let bls = g.bls_wage.map_or_else(|| "none published".to_owned(), |w| format!("{}/yr", dollars(w)));
                let source = g.wage_source.as_deref().unwrap_or("");
                let _ = writeln!(out, "        pay from {source}; BLS median {bls}");
            }
            if g.experience_months > 0.0 {
                let _ = writeln!(out, "        after {} of experience", months(g.experience_months));
            }
            for p in &g.programs {
                let tag = if p.for_prerequisite { "bridge: " } else { "" };
                let paid = if p.paid { ", paid while learning" } else { "" };
                let schedule: Vec<String> = p.schedule.iter().map(|s| format!("{s:?}").to_lowercase()).collect();
                let _ = writeln!(
                    out,
                    "        {tag}{} ({}): {}, {} to you{paid}, {}",
                    p.name,
                    p.provider,
                    months(p.months),
                    dollars(p.cost),
                    schedule.join("/")
                );
                if let Some((first, last)) = p.pay_while_learning {
                    let _ = writeln!(
                        out,
                        "          pay while learning: {}/yr rising to {}/yr",
                        dollars(first),
                        dollars(last)
                    );
                }
                for f in p.funding.iter().filter(|f| !f.applies) {
                    let covers = f.covers.map_or_else(|| "the whole cost".to_owned(), dollars);
                    let why = f.unmet.as_ref().map_or_else(String::new, |u| wording::unmet_words(graph, u));
                    let _ = writeln!(out, "          not counted: {} ({covers}) pays only for {why}", f.name);
                }
            }
        }
        out.push('\n');
    }
    out
}
