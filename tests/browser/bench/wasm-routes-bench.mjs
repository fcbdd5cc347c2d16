// Times the route engine compiled to WebAssembly in headless Chromium.
//
// Build first (from the repository root):
//   cargo build --release --target wasm32-unknown-unknown -p pathway-bench-wasm
//   wasm-bindgen --target web --out-dir target/bench-wasm \
//     target/wasm32-unknown-unknown/release/pathway_bench_wasm.wasm
// then run:
//   node tests/browser/bench/wasm-routes-bench.mjs [--runs 30] [--timeout 60] [--scales 1k,national]
//        [--no-sweep] [--dir target/bench-wasm] [--entry national=<occupation-id>]
//
// Each measurement gets a fresh Chromium, so a search that does not finish in
// --timeout seconds is stopped by closing the browser. The files are served
// from a loopback server with the application/wasm type and cross-origin
// isolation headers (which give performance.now() 5 µs resolution instead of 100 µs).

import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

function options(argv) {
  const o = { runs: 30, timeout: 60, scales: null, sweep: true, dir: path.join(root, 'target/bench-wasm'), entries: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--runs') o.runs = Number(value());
    else if (a === '--timeout') o.timeout = Number(value());
    else if (a === '--scales') o.scales = value().split(',').map((s) => s.trim());
    else if (a === '--no-sweep') o.sweep = false;
    else if (a === '--dir') o.dir = path.resolve(value());
    else if (a === '--entry') {
      const [scale, id] = value().split('=');
      o.entries[scale] = id;
    } else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

const SWEEP_MONTHS = [24, 36, 48, 60, 72, 84];
const label = (q) => (q === 'free' ? 'none' : q === 'evenings24' ? 'evenings, ≤24 months' : `≤${q.split(':')[1]} months`);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };
const PAGE = `<!doctype html><meta charset="utf-8"><title>route benchmark</title>
<script type="module">
import init, * as bench from './pathway_bench_wasm.js';
await init();
window.bench = bench;
window.benchReady = true;
</script>`;

function serve(dir) {
  const server = http.createServer((req, res) => {
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' };
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      res.end(PAGE);
      return;
    }
    const file = path.join(dir, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404, headers);
      res.end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// One measurement in a fresh browser: the JSON the wasm returns, or { timedOut: true }.
async function measure(base, scale, query, o) {
  const browser = await chromium.launch(LAUNCH);
  let timer;
  try {
    const page = await browser.newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
    const isolated = await page.evaluate(() => window.crossOriginIsolated);
    const work = page.evaluate(
      ([occupations, entry, q, runs]) => window.bench.run_query(occupations, entry, q, runs),
      [scale.occupations, o.entries[scale.name] ?? '', query, o.runs],
    );
    const limit = new Promise((resolve) => { timer = setTimeout(() => resolve(null), o.timeout * 1000); });
    const out = await Promise.race([work, limit]);
    if (out === null) {
      work.catch(() => {});
      return { timedOut: true, isolated, version: browser.version() };
    }
    return { ...JSON.parse(out), isolated, version: browser.version() };
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => {});
  }
}

function table(rows) {
  const header = ['graph', 'nodes', 'edges', 'occupations', 'programs', 'constraints', 'routes', 'runs', 'median ms', 'p95 ms', 'min ms', 'max ms'];
  const text = (i) => i === 0 || i === 5;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (text(i) ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (text(i) ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

async function main() {
  const o = options(process.argv.slice(2));
  if (!fs.existsSync(path.join(o.dir, 'pathway_bench_wasm_bg.wasm'))) {
    console.error(`no build in ${o.dir}: run the two build commands at the top of this file first`);
    process.exit(2);
  }
  const server = await serve(o.dir);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const wasmBytes = fs.statSync(path.join(o.dir, 'pathway_bench_wasm_bg.wasm')).size;
  const rows = [];
  const notes = [];
  let nationalFree = -1;
  let version = '';
  let isolated = null;
  try {
    // The sizes come from the wasm itself, so they match the native benchmark.
    const probe = await chromium.launch(LAUNCH);
    const page = await probe.newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
    const scales = JSON.parse(await page.evaluate(() => window.bench.scales())).filter(
      (s) => !o.scales || o.scales.some((w) => s.name.startsWith(w)),
    );
    await probe.close();
    for (const scale of scales) {
      const queries = ['free', 'evenings24', ...(o.sweep && scale.name === 'national' ? SWEEP_MONTHS.map((m) => `months:${m}`) : [])];
      for (const query of queries) {
        const r = await measure(base, scale, query, o);
        if (scale.name === 'national' && query === 'free') nationalFree = rows.length;
        version = r.version;
        isolated = r.isolated;
        if (r.error) throw new Error(r.error);
        if (r.timedOut) {
          console.error(`${scale.name} ${query}: not done in ${o.timeout} s`);
          const over = `> ${o.timeout * 1000}`;
          rows.push([scale.name, '', '', scale.occupations, '', label(query), '?', 0, over, over, '-', '-']);
          continue;
        }
        console.error(`${scale.name} ${r.constraints}: ${r.routes} routes, median ${r.median_ms.toFixed(2)} ms`);
        rows.push([scale.name, r.nodes, r.edges, r.occupations, r.programs, r.constraints, r.routes, r.runs,
          r.median_ms.toFixed(2), r.p95_ms.toFixed(2), r.min_ms.toFixed(2), r.max_ms.toFixed(2)]);
        if (query === 'free' || query === 'evenings24') {
          notes.push(`${scale.name} ${r.constraints}: entry role \`${r.entry}\` (reaches ${r.reachable}); generated in ${r.generate_ms.toFixed(0)} ms, built in ${r.build_ms.toFixed(0)} ms, first run ${r.first_ms.toFixed(2)} ms`);
        }
      }
    }
  } finally {
    server.close();
  }
  const mem = (os.totalmem() / 2 ** 30).toFixed(1);
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'}, nproc ${os.availableParallelism?.() ?? os.cpus().length}, memory ${mem} GiB`);
  console.log(`browser: headless Chromium ${version}, crossOriginIsolated ${isolated}; wasm ${(wasmBytes / 1024).toFixed(0)} KiB (${o.dir})`);
  console.log(`find_routes in wasm, timed with performance.now(); up to ${o.runs} timed runs after warm-up; a query not done in ${o.timeout} s is stopped`);
  console.log();
  table(rows);
  console.log();
  for (const n of notes) console.log(`- ${n}`);
  // The budget line `cargo xtask bench` gathers into its summary.
  const free = rows[nationalFree];
  if (free) {
    const met = Number(free[8]) < 50;
    console.log(`\nBUDGET | the same in wasm, headless Chromium | < 50 ms | median ${free[8]} ms (${free[6]} routes) | ${met ? 'met' : 'NOT met'}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
