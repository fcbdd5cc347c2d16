//! The route benchmark in WebAssembly: generates the same synthetic graph as
//! the native `pathway-bench` (same generator, same seed) inside the browser
//! and times `RouteEngine::find_routes` with `performance.now()`. Driven by
//! `tests/browser/bench/wasm-routes-bench.mjs` in headless Chromium.

#![forbid(unsafe_code)]

use pathway_model::PathwayGraph;
use pathway_routes::RouteEngine;
use pathway_synth::{
    bench_entry_role, benchmark_scales, national_dataset, widest_entry_roles, BenchQuery, SynthConfig,
};
use serde_json::json;
use wasm_bindgen::prelude::*;

/// Untimed runs before the timed ones (only the first when it takes over a
/// second), continued for [`WARMUP_MS`] so V8 can tier the code up.
const WARMUP_RUNS: u32 = 3;
/// Warm-up goes on for at least this long, in milliseconds, up to [`MAX_WARMUP_RUNS`] runs.
const WARMUP_MS: f64 = 1_000.0;
/// The most warm-up runs.
const MAX_WARMUP_RUNS: u32 = 200;
/// Fewer timed runs are made when they would take longer than this, in milliseconds.
const BUDGET_MS: f64 = 20_000.0;
/// The fewest timed runs, whatever the budget.
const MIN_RUNS: u32 = 3;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The benchmark sizes, as JSON: `[{"name": "1k nodes", "occupations": 121}, ...]`.
#[wasm_bindgen]
pub fn scales() -> String {
    let list: Vec<_> =
        benchmark_scales().iter().map(|s| json!({"name": s.name, "occupations": s.config.occupations})).collect();
    serde_json::Value::Array(list).to_string()
}

/// Times the query (every Pareto route, no target, no constraints) on
/// the graph with `occupations_scale` occupations (see [`scales`]), from the
/// entry role the native benchmark takes too (`bench_entry_role`). Returns
/// JSON with the figures.
#[wasm_bindgen]
pub fn run(occupations_scale: u32, runs: u32) -> String {
    run_query(occupations_scale, "", "free", runs)
}

/// Times one benchmark query, named as `pathway-bench` names them (`free`,
/// `evenings24`, `months:36`), on the graph with `occupations` occupations,
/// from `entry` (an occupation id), or, when `entry` is empty, from the entry
/// role the native benchmark takes (`bench_entry_role`: of the entry roles
/// reaching the most occupations, the one with the most routes).
#[wasm_bindgen]
pub fn run_query(occupations: u32, entry: &str, query: &str, runs: u32) -> String {
    let Some(kind) = BenchQuery::from_token(query) else {
        return json!({"error": format!("unknown query `{query}`")}).to_string();
    };
    let t = now();
    let dataset = national_dataset(&SynthConfig::with_occupations(occupations as usize));
    let generate_ms = now() - t;
    let t = now();
    let engine = match PathwayGraph::build(dataset) {
        Ok(g) => RouteEngine::new(g),
        Err(e) => return json!({"error": e.to_string()}).to_string(),
    };
    let build_ms = now() - t;
    let graph = engine.graph();
    let chosen = if entry.is_empty() {
        bench_entry_role(&engine).map(|pick| (pick.occupation, pick.reachable))
    } else {
        widest_entry_roles(graph, usize::MAX)
            .into_iter()
            .map(|(ix, reachable)| (graph.occupation(ix).id.clone(), reachable))
            .find(|(id, _)| id.as_str() == entry)
    };
    let Some((entry, reachable)) = chosen else {
        return json!({"error": format!("no entry role `{entry}`")}).to_string();
    };
    let route_query = kind.route_query(&entry);
    let t = now();
    let routes = engine.find_routes(&route_query).map_or(0, |s| s.routes.len());
    let first_ms = now() - t;
    // V8 first runs WebAssembly from a baseline compile and recompiles hot
    // functions optimised in the background: warm up until that has had time.
    if first_ms <= 1_000.0 {
        let started = now();
        let mut done = 1;
        while done < WARMUP_RUNS || (now() - started < WARMUP_MS && done < MAX_WARMUP_RUNS) {
            std::hint::black_box(engine.find_routes(&route_query).ok());
            done += 1;
        }
    }
    let fit = (BUDGET_MS / first_ms.max(0.001)) as u32;
    let runs = runs.min(fit).max(MIN_RUNS);
    // The engine forgets the plans it kept before each timed run, so a run
    // times a question the engine meets for the first time, as a person's
    // first question is.
    let mut samples: Vec<f64> = (0..runs)
        .map(|_| {
            engine.forget_plans();
            let t = now();
            std::hint::black_box(engine.find_routes(&route_query).ok());
            now() - t
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    let n = samples.len();
    let median = if n % 2 == 1 { samples[n / 2] } else { (samples[n / 2 - 1] + samples[n / 2]) / 2.0 };
    let p95 = samples[((n as f64 * 0.95).ceil() as usize).clamp(1, n) - 1];
    json!({
        "occupations": occupations,
        "nodes": graph.graph().node_count(),
        "edges": graph.graph().edge_count(),
        "programs": graph.dataset().programs.len(),
        "entry": entry.as_str(),
        "reachable": reachable,
        "query": kind.token(),
        "constraints": kind.label(),
        "routes": routes,
        "generate_ms": generate_ms,
        "build_ms": build_ms,
        "first_ms": first_ms,
        "runs": n,
        "median_ms": median,
        "p95_ms": p95,
        "min_ms": samples[0],
        "max_ms": samples[n - 1],
    })
    .to_string()
}
