//! Every advancement step in the committed data brings a raise, or the data
//! says why it does not: a sourced pay rate for the rung, or the step marked
//! `no_wage_change` with a note that explains it.

use pathway_authoring::check_files;
use pathway_model::model::Step;
use pathway_model::pay::HOURS_PER_YEAR;
use pathway_model::PathwayGraph;
use pathways_integration_tests::{read_yaml_dir, repo_root};

/// The annual wage at the step's target the way routes weigh it: the step's
/// pay rate, then the occupation's, then the BLS median.
fn wage_to(graph: &PathwayGraph, step: &Step) -> Option<f64> {
    step.pay.as_ref().and_then(|p| p.annual()).or_else(|| wage_at(graph, &step.to))
}

/// The annual wage of an occupation held today: its pay rate, then the BLS median.
fn wage_at(graph: &PathwayGraph, id: &pathway_model::ids::OccupationId) -> Option<f64> {
    let ix = graph.occupation_ix(id)?;
    if let Some(annual) = graph.occupation(ix).pay.as_ref().and_then(|p| p.annual()) {
        return Some(annual);
    }
    let wage = graph.wage(ix)?;
    wage.annual.median.or_else(|| wage.hourly.median.map(|h| h * HOURS_PER_YEAR))
}

/// True when the rung's pay rate links to the scale, contract or schedule it comes from.
fn sourced_pay(graph: &PathwayGraph, step: &Step) -> bool {
    let linked = |p: &pathway_model::pay::PayRate| p.source.url.as_deref().is_some_and(|u| u.starts_with("http"));
    step.pay.as_ref().is_some_and(linked)
        || graph.occupation_ix(&step.to).and_then(|ix| graph.occupation(ix).pay.as_ref()).is_some_and(linked)
}

#[test]
fn no_step_brings_an_unexplained_flat_wage_or_a_cut() {
    let report = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let dataset = report.dataset.expect("the committed data checks");
    let steps = dataset.steps.clone();
    let graph = PathwayGraph::build(dataset).expect("the committed data links up");
    let mut weighed = 0;
    let mut unexplained = Vec::new();
    for step in &steps {
        let Some(from) = &step.from else { continue };
        let (Some(before), Some(after)) = (wage_at(&graph, from), wage_to(&graph, step)) else { continue };
        weighed += 1;
        let change = after - before;
        let explained = sourced_pay(&graph, step) || (step.no_wage_change && step.note.is_some());
        if change <= 0.0 && !explained {
            unexplained.push(format!("{from} -> {}: {change:+.0} a year", step.to));
        }
    }
    assert!(weighed > 0, "no step between two paid rungs was weighed");
    assert!(
        unexplained.is_empty(),
        "these steps bring no raise and the data does not say why; give the rung a pay rate with its source, \
         or mark the step `no_wage_change: true` with a note that explains it:\n{}",
        unexplained.join("\n")
    );
}

#[test]
fn a_no_wage_change_step_explains_itself() {
    let report = check_files(&read_yaml_dir(&repo_root().join("pathways")));
    let dataset = report.dataset.expect("the committed data checks");
    let silent: Vec<String> =
        dataset.steps.iter().filter(|s| s.no_wage_change && s.note.is_none()).map(|s| s.to.to_string()).collect();
    assert!(silent.is_empty(), "steps marked no_wage_change need a note that says why: {silent:?}");
}
