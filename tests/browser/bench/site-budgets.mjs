// Measures the site's budgets against a served release build and prints them:
// first-load transfer per resource with brotli, Lighthouse 12 mobile scores,
// the time from a click until the redrawn routes are painted (a situation checkbox, and
// "Show this ladder", which computes nothing) with the CPU as it is and
// slowed four times, and opening a link with a job in it: the time until
// routes show and the longest task meanwhile (each page and link measured
// RUNS times, the median reported). Run by `cargo xtask bench`
// with SITE_URL and SITE_DIR set, once for the shipped regions and once for
// the synthetic national region (LABEL, FROM, BUDGET_BYTES); a benchmark,
// not a test: it prints figures.
//
// The data is an index (pathways.json) and, per region, a bundle and a job
// list. The first view (`./`) fetches the index and the job list of the
// first region it names (its bundle when the index says it has no job
// list), so the transfer counts those two; the bundle is fetched once a job
// is picked, the other regions' files only when a person picks that region
// (and by the service worker, in the background, after the first load), and
// they are listed apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';

const SITE_URL = process.env.SITE_URL ?? 'http://127.0.0.1:8080/';
// Which data is measured, named in every budget line, and the job the
// click and link measurements start from.
const LABEL = process.env.LABEL ?? 'shipped regions';
const FROM = process.env.FROM ?? 'evs-aide';
const SITE_DIR = process.env.SITE_DIR ?? '../../site/dist';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// 150 KB read strictly, as 150,000 bytes (not 150 KiB).
const BUDGET_BYTES = Number(process.env.BUDGET_BYTES ?? 150_000);
// The Lighthouse score of the views with routes or the map: 98 for the
// shipped regions (a route view with its income chart, and the map), 95 for
// the national region, as for its first view.
const VIEW_SCORE = Number(process.env.VIEW_SCORE ?? 98);
// Lighthouse's simulated slow phone, and the slowed CPU of the click budgets.
const SLOWDOWN = 4;
// Runs per page and per link, of which the median is reported: a single run
// on a shared virtual machine swings by several points or tens of percent
// (Lighthouse's own guidance on variability is the median of several runs).
const RUNS = Number(process.env.RUNS ?? 3);

function transfer() {
  const index = JSON.parse(readFileSync(join(SITE_DIR, 'pathways.json'), 'utf8'));
  const first = index.regions[0];
  const firstRegion = `pathways-${first.id}${first.jobs ? '.jobs' : ''}.json`;
  const rows = [];
  const later = [];
  for (const name of readdirSync(SITE_DIR)) {
    const path = join(SITE_DIR, name);
    // Files the page never asks for (the benchmark's own notes) are not part of a load.
    if (!statSync(path).isFile() || name.endsWith('.txt')) continue;
    const raw = readFileSync(path);
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const row = { name, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: br };
    // Other languages' catalogs and other regions' data load only when chosen,
    // and the split modules (the journey's) only once a job is chosen or the
    // map opened (deployment.spec.js checks that `./` fetches one module).
    const notFirst = /^i18n-.*\.json$/.test(name) || (/^pathways-.*\.json$/.test(name) && name !== firstRegion)
      || /\.split_[^.]*\.wasm$/.test(name);
    (notFirst ? later : rows).push(row);
  }
  rows.sort((a, b) => b.brotli - a.brotli);
  later.sort((a, b) => b.brotli - a.brotli);
  return { rows, later, firstRegion };
}

// The first load of a page in another language: the same files, with that
// language's catalog and the first region's bundle in it instead of the default.
function firstLoadIn(lang, rows, later, firstRegion) {
  const find = (name) => later.find((r) => r.name === name);
  const catalog = find(`i18n-${lang}.json`);
  const region = find(firstRegion.replace(/^(pathways-[^.]+)\./, `$1.${lang}.`));
  if (!catalog || !region) return null;
  const base = rows.filter((r) => r.name !== firstRegion).reduce((sum, r) => sum + r.brotli, 0);
  return { total: base + catalog.brotli + region.brotli, catalog, region };
}

// Lighthouse on `page`, RUNS times, each in a fresh browser: the median run
// (Lighthouse's computeMedianRun) with every run's performance score.
async function lighthouseScores(page) {
  const url = new URL(page, SITE_URL).href;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      runs.push(result.lhr);
    } finally {
      await chrome.kill();
    }
  }
  const lhr = computeMedianRun(runs);
  const metric = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
  const score = (r) => Math.round(r.categories.performance.score * 100);
  return {
    performance: score(lhr),
    scores: runs.map(score).join(', '),
    accessibility: Math.min(...runs.map((r) => Math.round(r.categories.accessibility.score * 100))),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    formFactor: lhr.configSettings.formFactor,
    throttling: lhr.configSettings.throttlingMethod,
  };
}

const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Clicks measured inside the page: the time from the click until the frame
// that shows its result has been painted (a task posted from that frame's
// animation callback runs once its paint is done), whether the routes had
// changed by then, and the time until the frame after it begins (two
// animation frames, what earlier runs measured: it adds the wait for the
// next frame and the tasks the page leaves until after its paint, such as
// writing the address bar).
async function timeClicks(page, selector, count) {
  return page.evaluate(async ({ selector, count }) => {
    const out = [];
    for (let i = 0; i < count; i++) {
      const targets = document.querySelectorAll(selector);
      const target = targets[i % targets.length];
      const before = document.querySelector('.routes').innerHTML;
      let painted = 0;
      let changed = false;
      const t0 = performance.now();
      target.click();
      await new Promise((r) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            painted = performance.now() - t0;
            changed = document.querySelector('.routes').innerHTML !== before;
          };
          channel.port2.postMessage(null);
          requestAnimationFrame(r);
        }),
      );
      out.push({ ms: painted, frameAfter: performance.now() - t0, changed });
    }
    return out;
  }, { selector, count });
}

// Opens `query` in a new page of `browser` (a browser or a context) with the CPU slowed `rate` times, and waits
// for `ready` to show: the page, when it showed, and the longest task until then.
async function openLink(browser, query, ready, rate) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    // The WebAssembly memories the page makes, so the figures can say how
    // much memory the site's modules hold (the split module shares the
    // first module's memory).
    window.__memories = [];
    const keep = (result) => {
      const instance = result.instance ?? result;
      const memory = instance?.exports?.memory;
      if (memory instanceof WebAssembly.Memory && !window.__memories.includes(memory)) window.__memories.push(memory);
      return result;
    };
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
    }
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(new URL(query, SITE_URL).href);
  await page.locator(ready).first().waitFor({ timeout: 120_000 });
  const opened = await page.evaluate(() => ({
    shown: performance.now(),
    longest: window.__longest,
    memory: window.__memories.reduce((sum, m) => sum + m.buffer.byteLength, 0),
  }));
  return { page, opened };
}

// Opens `query` RUNS times as a first visit, each in a fresh browser
// context (no cache, no service worker, no other page open), as openLink
// does: the run with the median longest task, with every run's longest
// task. The pages are closed.
async function openMedian(browser, query, ready, rate) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const { opened } = await openLink(context, query, ready, rate);
    await context.close();
    runs.push(opened);
  }
  const median = [...runs].sort((a, b) => a.longest - b.longest)[Math.floor(runs.length / 2)];
  return { ...median, all: runs.map((run) => Math.round(run.longest)).join(', ') };
}

// A situation checkbox and "Show this ladder", at the CPU's own speed and
// slowed `rate` times; and opening a `?from=` link and a `?view=map` link:
// when the routes or the map show and the longest task until then.
async function interaction(rate) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => !f.startsWith('--headless')) });
  try {
    const open = await openMedian(browser, `?from=${encodeURIComponent(FROM)}`, '.route', rate);
    // The clicks are timed on one more opening of the same link.
    const { page } = await openLink(browser, `?from=${encodeURIComponent(FROM)}`, '.route', rate);
    const box = await timeClicks(page, '#no-diploma', 11);
    // The same box back and forth asks two questions over and over: the
    // page keeps its last answers, so after the first two clicks these time
    // drawing a kept answer. Every other box ticked in turn, then unticked
    // in turn, asks a question whose answer the page does not keep (all but
    // the last never asked before), which the engine searches.
    const others = 'form.situation input[type=checkbox]:not(#no-diploma)';
    const firsts = await timeClicks(page, others, 2 * (await page.locator(others).count()));
    const ladder = await timeClicks(page, '.route-actions .small-button', 11);
    const memoryAfterClicks = await page.evaluate(() => window.__memories.reduce((sum, m) => sum + m.buffer.byteLength, 0));
    const map = await openMedian(browser, '?view=map', '.map svg', rate);
    return {
      rate,
      box: median(box.map((t) => t.ms)),
      boxAfter: median(box.map((t) => t.frameAfter)),
      firstsAfter: median(firsts.map((t) => t.frameAfter)),
      ladderAfter: median(ladder.map((t) => t.frameAfter)),
      firstsChanged: `${firsts.filter((t) => t.changed).length} of ${firsts.length}`,
      boxMax: Math.max(...box.map((t) => t.ms)),
      boxChanged: box.every((t) => t.changed),
      firsts: median(firsts.map((t) => t.ms)),
      firstsAll: firsts.map((t) => Math.round(t.ms)).join(', '),
      ladder: median(ladder.map((t) => t.ms)),
      memoryAfterClicks,
      open,
      map,
    };
  } finally {
    await browser.close();
  }
}

const { rows, later, firstRegion } = transfer();
const total = rows.reduce((sum, r) => sum + r.brotli, 0);
const line = (r) => console.log(r.name.padEnd(44), String(r.raw).padStart(9), String(r.gzip).padStart(9), String(r.brotli).padStart(9));
console.log(`First-load transfer (bytes; data: the index and ${firstRegion}, the region the first view shows):`);
console.log('resource'.padEnd(44), 'raw'.padStart(9), 'gzip'.padStart(9), 'brotli'.padStart(9));
for (const r of rows) line(r);
console.log('total'.padEnd(44), ''.padStart(9), ''.padStart(9), String(total).padStart(9));
console.log('\nOther regions, fetched only when chosen (not in the total):');
for (const r of later) line(r);
console.log(`budget ${BUDGET_BYTES} bytes brotli: ${total <= BUDGET_BYTES ? 'met' : 'NOT met'} (${(total / 1024).toFixed(1)} KiB)`);
const spanish = firstLoadIn('es', rows, later, firstRegion);
if (spanish) {
  console.log(`In Spanish (${spanish.catalog.name} and ${spanish.region.name} in place of ${firstRegion}): ${spanish.total} bytes brotli`);
}

const clicks = [];
for (const rate of [1, SLOWDOWN]) {
  const c = await interaction(rate);
  clicks.push(c);
  console.log(`\nCPU ${rate}x, from ${FROM}: click to the redrawn routes painted (in brackets, to the next frame), a checkbox: the same box back and forth, median ${c.box.toFixed(1)} ms [${c.boxAfter.toFixed(1)}] (max ${c.boxMax.toFixed(1)} ms, routes changed every time: ${c.boxChanged}); each other box ticked, then each unticked, every click a question whose answer the page does not keep, median ${c.firsts.toFixed(1)} ms [${c.firstsAfter.toFixed(1)}] (${c.firstsAll}; routes changed on ${c.firstsChanged} clicks); "Show this ladder" median ${c.ladder.toFixed(1)} ms [${c.ladderAfter.toFixed(1)}]; the link's routes shown after ${Math.round(c.open.shown)} ms, longest task ${Math.round(c.open.longest)} ms (the median of ${c.open.all}), WebAssembly memory ${mib(c.open.memory)}, and ${mib(c.memoryAfterClicks)} after the clicks; a ?view=map link's map shown after ${Math.round(c.map.shown)} ms, longest task ${Math.round(c.map.longest)} ms (the median of ${c.map.all})`);
}
const [fast, slow] = clicks;

const lh = await lighthouseScores('./');
const lhFrom = await lighthouseScores(`./?from=${encodeURIComponent(FROM)}`);
const lhMap = await lighthouseScores('./?view=map');
for (const [page, r] of [['./', lh], [`./?from=${FROM}`, lhFrom], ['./?view=map', lhMap]]) {
  console.log(`\nLighthouse 12 on ${page} (${r.formFactor}, ${r.throttling} throttling), the median of ${RUNS} runs: performance ${r.performance} (runs: ${r.scores}), accessibility ${r.accessibility}; FCP ${r.fcp}, LCP ${r.lcp}, TBT ${r.tbt}, CLS ${r.cls}`);
}

// One line per budget, in the form `cargo xtask bench` gathers into its summary.
const budget = (name, target, measured, met) => console.log(`BUDGET | ${name} (${LABEL}) | ${target} | ${measured} | ${met ? 'met' : 'NOT met'}`);
const bytes = `<= ${BUDGET_BYTES.toLocaleString('en-US')} bytes`;
console.log();
budget('first-load transfer, brotli', bytes, `${total.toLocaleString('en-US')} bytes`, total <= BUDGET_BYTES);
if (spanish) {
  budget('first-load transfer in Spanish, brotli', bytes, `${spanish.total.toLocaleString('en-US')} bytes`, spanish.total <= BUDGET_BYTES);
}
budget('checkbox click to redrawn routes', '<= 100 ms', `median ${fast.box.toFixed(1)} ms, max ${fast.boxMax.toFixed(1)} ms`, fast.boxMax <= 100);
budget(`checkbox click, CPU ${SLOWDOWN}x`, '<= 100 ms median', `a question asked before, median ${slow.box.toFixed(1)} ms (${slow.boxAfter.toFixed(1)} to the next frame); a new question, median ${slow.firsts.toFixed(1)} ms (${slow.firstsAfter.toFixed(1)})`, slow.box <= 100 && slow.firsts <= 100);
budget(`"Show this ladder", CPU ${SLOWDOWN}x`, '<= 100 ms median', `median ${slow.ladder.toFixed(1)} ms (${slow.ladderAfter.toFixed(1)} to the next frame)`, slow.ladder <= 100);
budget(`longest task opening a ?from= link, CPU ${SLOWDOWN}x`, '<= 200 ms', `${Math.round(slow.open.longest)} ms, median of ${slow.open.all} (routes after ${Math.round(slow.open.shown)} ms)`, slow.open.longest <= 200);
budget('Lighthouse mobile performance, ./', '>= 95', `${lh.performance}, the median run of ${lh.scores} (LCP ${lh.lcp}, TBT ${lh.tbt}, CLS ${lh.cls})`, lh.performance >= 95);
budget('Lighthouse mobile performance, ?from=', `>= ${VIEW_SCORE}`, `${lhFrom.performance}, the median run of ${lhFrom.scores} (LCP ${lhFrom.lcp}, TBT ${lhFrom.tbt}, CLS ${lhFrom.cls})`, lhFrom.performance >= VIEW_SCORE);
budget('Lighthouse mobile performance, ?view=map', `>= ${VIEW_SCORE}`, `${lhMap.performance}, the median run of ${lhMap.scores} (LCP ${lhMap.lcp}, TBT ${lhMap.tbt}, CLS ${lhMap.cls})`, lhMap.performance >= VIEW_SCORE);
budget(`longest task opening a ?view=map link, CPU ${SLOWDOWN}x`, '<= 200 ms', `${Math.round(slow.map.longest)} ms, median of ${slow.map.all} (map after ${Math.round(slow.map.shown)} ms)`, slow.map.longest <= 200);
budget('Lighthouse mobile accessibility', '100', `${lh.accessibility}, ${lhFrom.accessibility}, ${lhMap.accessibility}`, [lh, lhFrom, lhMap].every((r) => r.accessibility === 100));
