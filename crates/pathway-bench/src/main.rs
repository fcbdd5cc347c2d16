//! `pathway-bench`: times `RouteEngine::find_routes` on the synthetic national graph and on
//! graphs of about 1,000, 5,000 and 20,000 nodes, from one entry role with no
//! target, and prints a table of medians and 95th percentiles. Run it optimised:
//!
//! ```text
//! cargo run --profile bench -p pathway-bench            # opt-level 3
//! cargo run --release -p pathway-bench                  # the release profile (opt-level "z", as the site)
//! cargo run --profile bench -p pathway-bench -- --runs 50 --scales national --no-sweep
//! ```
//!
//! Each measurement runs in a child process (this same program with
//! `--child`), so a search that does not finish within `--timeout` can be
//! stopped and reported as such instead of hanging the benchmark.
//!
//! The entry role is `pathway_synth::bench_entry_role`, the rule the
//! WebAssembly benchmark uses too: of the entry roles that reach the most
//! occupations by steps, the one whose unconstrained search returns the most
//! routes. Counting routes runs those searches, in a child process; a graph
//! whose count does not finish within `--pick-timeout` is reported as not
//! measured rather than measured from some other role.

#![forbid(unsafe_code)]

use pathway_model::{OccupationId, PathwayGraph};
use pathway_routes::RouteEngine;
use pathway_synth::{
    bench_entry_role, benchmark_scales, national_dataset, BenchQuery, SynthConfig, BENCH_ENTRY_CANDIDATES,
};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// Timed runs of each query unless `--runs` says otherwise.
const DEFAULT_RUNS: usize = 30;
/// Untimed runs before the timed ones (the first is also the probe against
/// the timeout); a query whose first run takes over a second gets only that one.
const WARMUP_RUNS: usize = 3;
/// Fewer runs are made when the runs would take longer than this.
const BUDGET: Duration = Duration::from_secs(20);
/// The fewest timed runs, whatever the budget.
const MIN_RUNS: usize = 3;
/// The longest one query may take, unless `--timeout` says otherwise.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// The longest counting the candidates' routes may take, unless `--pick-timeout` says otherwise.
const DEFAULT_PICK_TIMEOUT: Duration = Duration::from_secs(20);
/// The route-length limits of the sweep on the national graph.
const SWEEP_MONTHS: [u32; 6] = [24, 36, 48, 60, 72, 84];

struct Options {
    runs: usize,
    scales: Option<Vec<String>>,
    extra: Vec<usize>,
    timeout: Duration,
    pick_timeout: Duration,
    sweep: bool,
}

fn secs(v: String, flag: &str) -> Result<Duration, String> {
    v.parse::<f64>().map(Duration::from_secs_f64).map_err(|e| format!("{flag}: {e}"))
}

fn options(args: Vec<String>) -> Result<Options, String> {
    let mut o = Options {
        runs: DEFAULT_RUNS,
        scales: None,
        extra: Vec::new(),
        timeout: DEFAULT_TIMEOUT,
        pick_timeout: DEFAULT_PICK_TIMEOUT,
        sweep: true,
    };
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--runs" => o.runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--scales" => o.scales = Some(value()?.split(',').map(|s| s.trim().to_owned()).collect()),
            "--occupations" => {
                for n in value()?.split(',') {
                    o.extra.push(n.trim().parse().map_err(|e| format!("--occupations: {e}"))?);
                }
            }
            "--timeout" => o.timeout = secs(value()?, "--timeout")?,
            "--pick-timeout" => o.pick_timeout = secs(value()?, "--pick-timeout")?,
            "--no-sweep" => o.sweep = false,
            "-h" | "--help" => {
                println!(
                    "usage: pathway-bench [--runs N] [--scales 1k,5k,national,20k|none] \
                     [--occupations N,M] [--timeout SECS] [--pick-timeout SECS] [--no-sweep]"
                );
                std::process::exit(0);
            }
            _ => return Err(format!("unknown argument `{a}` (try --help)")),
        }
    }
    Ok(o)
}

// ---------------------------------------------------------------- child side

fn engine_of(occupations: &str) -> RouteEngine {
    let n = occupations.parse().expect("a number of occupations");
    RouteEngine::new(
        PathwayGraph::build(national_dataset(&SynthConfig::with_occupations(n))).expect("the synthetic dataset builds"),
    )
}

/// `--child pick <occupations>`: prints `PICK <entry> <reachable> <routes>`, the benchmarks' entry role.
/// `--child time <occupations> <entry> <query> <runs> <budget-secs>`: prints `FIRST <ms> <routes>`
/// after the first run, then `RESULT <runs> <ms>...` with every timed run.
fn child(args: &[String]) {
    let engine = engine_of(&args[1]);
    println!("READY");
    match args[0].as_str() {
        "pick" => match bench_entry_role(&engine) {
            Some(pick) => println!("PICK {} {} {}", pick.occupation, pick.reachable, pick.routes),
            None => println!("NONE"),
        },
        "time" => {
            let entry = OccupationId(args[2].clone());
            let query = BenchQuery::from_token(&args[3]).expect("a query token").route_query(&entry);
            let runs: usize = args[4].parse().expect("a number of runs");
            let budget = secs(args[5].clone(), "budget").expect("a budget");
            let t = Instant::now();
            let routes = engine.find_routes(&query).expect("the query is valid").routes.len();
            let first = t.elapsed();
            println!("FIRST {} {routes}", first.as_secs_f64() * 1e3);
            let warmups = if first > Duration::from_secs(1) { 1 } else { WARMUP_RUNS };
            for _ in 1..warmups {
                std::hint::black_box(engine.find_routes(&query).expect("the query is valid"));
            }
            let fit = (budget.as_nanos() / first.as_nanos().max(1)) as usize;
            let runs = runs.min(fit).max(MIN_RUNS);
            // The engine forgets the plans it kept before each timed run, so
            // a run times a question the engine meets for the first time, as
            // a person's first question is.
            let samples: Vec<String> = (0..runs)
                .map(|_| {
                    engine.forget_plans();
                    let t = Instant::now();
                    let set = engine.find_routes(&query).expect("the query is valid");
                    let d = t.elapsed();
                    std::hint::black_box(set);
                    format!("{}", d.as_secs_f64() * 1e3)
                })
                .collect();
            println!("RESULT {runs} {}", samples.join(" "));
        }
        other => panic!("unknown child task {other}"),
    }
}

// --------------------------------------------------------------- parent side

/// A child process and the lines it prints, read on a thread of their own.
struct Worker {
    child: Child,
    lines: Receiver<String>,
}

impl Worker {
    fn start(args: &[String]) -> Worker {
        let exe = std::env::current_exe().expect("the benchmark knows where it is");
        let mut child = Command::new(exe)
            .arg("--child")
            .args(args)
            .stdout(Stdio::piped())
            .stdin(Stdio::null())
            .spawn()
            .expect("the benchmark can start itself");
        let stdout = child.stdout.take().expect("piped");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Worker { child, lines }
    }

    /// The next line, if one comes by `deadline`.
    fn line_by(&self, deadline: Instant) -> Option<String> {
        self.lines.recv_timeout(deadline.saturating_duration_since(Instant::now())).ok()
    }

    /// Waits for `READY` (the graph is built), allowing a minute for that.
    fn ready(&self) -> bool {
        self.line_by(Instant::now() + Duration::from_secs(60)).as_deref() == Some("READY")
    }

    fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The entry role, how many occupations it reaches, and a note on how it was
/// chosen; `None` when there is no entry role or counting routes to choose
/// one did not finish within `--pick-timeout`.
fn pick_entry(occupations: usize, o: &Options) -> Option<(OccupationId, usize, String)> {
    let worker = Worker::start(&["pick".to_owned(), occupations.to_string()]);
    let line = if worker.ready() { worker.line_by(Instant::now() + o.pick_timeout) } else { None };
    worker.stop();
    let line = line?;
    let mut parts = line.split_whitespace();
    if parts.next() != Some("PICK") {
        return None;
    }
    let id = parts.next()?.to_owned();
    let reachable = parts.next()?.parse().ok()?;
    let routes: usize = parts.next()?.parse().ok()?;
    let note = format!("most routes ({routes}) of the {BENCH_ENTRY_CANDIDATES} entry roles reaching most occupations");
    Some((OccupationId(id), reachable, note))
}

/// Milliseconds: median, nearest-rank 95th percentile, extremes.
struct Timing {
    runs: usize,
    median: f64,
    p95: f64,
    min: f64,
    max: f64,
}

fn summarize(mut ms: Vec<f64>) -> Timing {
    ms.sort_by(f64::total_cmp);
    let n = ms.len();
    let median = if n % 2 == 1 { ms[n / 2] } else { (ms[n / 2 - 1] + ms[n / 2]) / 2.0 };
    let p95 = ms[((n as f64 * 0.95).ceil() as usize).clamp(1, n) - 1];
    Timing { runs: n, median, p95, min: ms[0], max: ms[n - 1] }
}

enum Measured {
    Done { routes: usize, timing: Timing },
    TimedOut,
}

fn measure(occupations: usize, entry: &OccupationId, query: BenchQuery, o: &Options) -> Measured {
    let worker = Worker::start(&[
        "time".to_owned(),
        occupations.to_string(),
        entry.to_string(),
        query.token(),
        o.runs.to_string(),
        BUDGET.as_secs_f64().to_string(),
    ]);
    if !worker.ready() {
        worker.stop();
        return Measured::TimedOut;
    }
    let first = worker.line_by(Instant::now() + o.timeout);
    let Some((first_ms, routes)) = first.as_deref().and_then(|l| {
        let mut p = l.split_whitespace().skip(1);
        Some((p.next()?.parse::<f64>().ok()?, p.next()?.parse::<usize>().ok()?))
    }) else {
        worker.stop();
        return Measured::TimedOut;
    };
    let rest = Duration::from_secs_f64(first_ms / 1e3 * (WARMUP_RUNS + MIN_RUNS) as f64) + BUDGET * 2;
    let result = worker.line_by(Instant::now() + rest);
    worker.stop();
    match result.as_deref().map(|l| l.split_whitespace().skip(2).filter_map(|x| x.parse().ok()).collect::<Vec<f64>>()) {
        Some(samples) if !samples.is_empty() => Measured::Done { routes, timing: summarize(samples) },
        _ => Measured::TimedOut,
    }
}

fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |name: &str| {
        cpuinfo
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_once(':'))
            .map_or("unknown".to_owned(), |(_, v)| v.trim().to_owned())
    };
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem_gib = meminfo
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or("unknown".to_owned(), |kb| format!("{:.1} GiB", kb / 1024.0 / 1024.0));
    let nproc = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!(
        "machine: {} ({} MHz, cache {}), nproc {nproc}, memory {mem_gib}\nbuild: opt-level {}{}, {} {}",
        field("model name"),
        field("cpu MHz"),
        field("cache size"),
        env!("BENCH_OPT_LEVEL"),
        if cfg!(debug_assertions) { ", debug assertions ON: the figures mean nothing" } else { "" },
        std::env::consts::OS,
        std::env::consts::ARCH,
    )
}

fn print_table(rows: &[Vec<String>]) {
    let header = [
        "graph",
        "nodes",
        "edges",
        "occupations",
        "programs",
        "constraints",
        "routes",
        "runs",
        "median ms",
        "p95 ms",
        "min ms",
        "max ms",
    ];
    let text = |i: usize| i == 0 || i == 5;
    let widths: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).chain([header[i].len()]).max().unwrap_or(0))
        .collect();
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, &w))| {
                let pad = " ".repeat(w - c.chars().count());
                if text(i) {
                    format!("{c}{pad}")
                } else {
                    format!("{pad}{c}")
                }
            })
            .collect();
        format!("| {} |", padded.join(" | "))
    };
    println!("{}", line(header.to_vec()));
    let rule: Vec<String> = widths
        .iter()
        .enumerate()
        .map(|(i, w)| if text(i) { format!(":{}", "-".repeat(w + 1)) } else { format!("{}:", "-".repeat(w + 1)) })
        .collect();
    println!("|{}|", rule.join("|"));
    for r in rows {
        println!("{}", line(r.iter().map(String::as_str).collect()));
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        child(&args[1..]);
        return;
    }
    let o = match options(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("pathway-bench: {e}");
            std::process::exit(2);
        }
    };
    println!("{}", machine());
    println!(
        "find_routes from one entry role, holding nothing, no target; {WARMUP_RUNS} warm-up runs, then up to {} timed \
         runs (fewer when they would pass {} s); a query not done in {} s is stopped",
        o.runs,
        BUDGET.as_secs(),
        o.timeout.as_secs()
    );
    println!();
    let mut sizes: Vec<(String, SynthConfig)> = benchmark_scales()
        .into_iter()
        .filter(|s| o.scales.as_ref().is_none_or(|f| f.iter().any(|w| s.name.starts_with(w.as_str()))))
        .map(|s| (s.name.to_owned(), s.config))
        .collect();
    sizes.extend(o.extra.iter().map(|&n| (format!("{n} occupations"), SynthConfig::with_occupations(n))));
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut notes = Vec::new();
    for (name, config) in sizes {
        let t = Instant::now();
        let dataset = national_dataset(&config);
        let generate_ms = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let graph = PathwayGraph::build(dataset).expect("the synthetic dataset builds");
        let build_ms = t.elapsed().as_secs_f64() * 1e3;
        let d = graph.dataset();
        let Some((entry, reachable, how)) = pick_entry(config.occupations, &o) else {
            eprintln!("{name}: no entry role chosen within {} s; not measured", o.pick_timeout.as_secs());
            notes.push(format!(
                "{name}: not measured: choosing the entry role (counting routes) did not finish in {} s",
                o.pick_timeout.as_secs()
            ));
            continue;
        };
        let entries = d.occupations.iter().filter(|x| x.entry).count();
        eprintln!("{name}: generated in {generate_ms:.0} ms, built in {build_ms:.0} ms; entry `{entry}`");
        notes.push(format!(
            "{name}: {} occupations ({entries} entry roles), {} credentials, {} programs, {} partners, {} steps; \
             generated in {generate_ms:.0} ms, graph built in {build_ms:.0} ms. Entry role `{entry}` \
             (reaches {reachable} occupations by steps): {how}",
            d.occupations.len(),
            d.credentials.len(),
            d.programs.len(),
            d.partners.len(),
            d.steps.len(),
        ));
        let mut queries = vec![BenchQuery::Free, BenchQuery::EveningsWithin24Months];
        if o.sweep && name == "national" {
            queries.extend(SWEEP_MONTHS.map(BenchQuery::WithinMonths));
        }
        for query in queries {
            let cells = match measure(config.occupations, &entry, query, &o) {
                Measured::Done { routes, timing } => {
                    eprintln!("  {}: {routes} routes, median {:.2} ms", query.label(), timing.median);
                    [
                        routes.to_string(),
                        timing.runs.to_string(),
                        format!("{:.2}", timing.median),
                        format!("{:.2}", timing.p95),
                        format!("{:.2}", timing.min),
                        format!("{:.2}", timing.max),
                    ]
                }
                Measured::TimedOut => {
                    eprintln!("  {}: not done in {} s", query.label(), o.timeout.as_secs());
                    let over = format!("> {}", o.timeout.as_millis());
                    ["?".into(), "0".into(), over.clone(), over, "-".into(), "-".into()]
                }
            };
            let mut row = vec![
                name.clone(),
                graph.graph().node_count().to_string(),
                graph.graph().edge_count().to_string(),
                d.occupations.len().to_string(),
                d.programs.len().to_string(),
                query.label(),
            ];
            row.extend(cells);
            rows.push(row);
        }
    }
    print_table(&rows);
    println!();
    for n in notes {
        println!("- {n}");
    }
    println!();
    print_budget(&rows);
}

/// The budget line `cargo xtask bench` gathers: all routes from one entry
/// role on the national graph, natively, under 20 ms.
fn print_budget(rows: &[Vec<String>]) {
    let free = BenchQuery::Free.label();
    let Some(row) = rows.iter().find(|r| r[0] == "national" && r[5] == free) else {
        return;
    };
    let (routes, median) = (&row[6], &row[8]);
    let met = median.parse::<f64>().is_ok_and(|ms| ms < 20.0);
    println!(
        "BUDGET | all routes from one entry role, national graph, native | < 20 ms | median {median} ms ({routes} routes) | {}",
        if met { "met" } else { "NOT met" }
    );
}
