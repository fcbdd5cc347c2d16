// Measures the site's budgets against a served release build and prints them:
// first-load transfer per resource with brotli, Lighthouse 12 mobile scores,
// and the time from a click to the updated routes. Run by `cargo xtask bench`
// with SITE_URL and SITE_DIR set; a benchmark, not a test: it prints figures.
//
// The data is an index (pathways.json) and one file per region. The first view
// (`./`) fetches the index and the first region it names, so the transfer
// counts those two; the other regions' files are fetched only when a person
// picks that region (and by the service worker, in the background, after the
// first load) and are listed apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const SITE_URL = process.env.SITE_URL ?? 'http://127.0.0.1:8080/';
const SITE_DIR = process.env.SITE_DIR ?? '../../site/dist';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// 150 KB read strictly, as 150,000 bytes (not 150 KiB).
const BUDGET_BYTES = 150_000;

function transfer() {
  const index = JSON.parse(readFileSync(join(SITE_DIR, 'pathways.json'), 'utf8'));
  const firstRegion = `pathways-${index.regions[0].id}.json`;
  const rows = [];
  const later = [];
  for (const name of readdirSync(SITE_DIR)) {
    const path = join(SITE_DIR, name);
    if (!statSync(path).isFile()) continue;
    const raw = readFileSync(path);
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const row = { name, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: br };
    // Other languages' catalogs and other regions' data load only when chosen.
    const notFirst = /^i18n-.*\.json$/.test(name) || (/^pathways-.*\.json$/.test(name) && name !== firstRegion);
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
  const region = find(firstRegion.replace(/\.json$/, `.${lang}.json`));
  if (!catalog || !region) return null;
  const base = rows.filter((r) => r.name !== firstRegion).reduce((sum, r) => sum + r.brotli, 0);
  return { total: base + catalog.brotli + region.brotli, catalog, region };
}

async function lighthouseScores() {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const url = new URL(process.env.LIGHTHOUSE_PAGE ?? './', SITE_URL).href;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const lhr = result.lhr;
    const metric = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
    };
  } finally {
    await chrome.kill();
  }
}

async function clickToLadder() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => !f.startsWith('--headless')) });
  try {
    const page = await browser.newPage();
    await page.goto(new URL('?from=evs-aide', SITE_URL).href);
    await page.locator('.route').first().waitFor();
    const times = await page.evaluate(async () => {
      const box = document.getElementById('no-diploma');
      const out = [];
      for (let i = 0; i < 21; i++) {
        const before = document.querySelector('.routes').innerHTML;
        const t0 = performance.now();
        box.click();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const changed = document.querySelector('.routes').innerHTML !== before;
        out.push({ ms: performance.now() - t0, changed });
      }
      return out;
    });
    const ms = times.map((t) => t.ms).sort((a, b) => a - b);
    return { median: ms[Math.floor(ms.length / 2)], max: ms[ms.length - 1], allChanged: times.every((t) => t.changed) };
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

const click = await clickToLadder();
console.log(`\nClick to updated routes (21 clicks, two frames): median ${click.median.toFixed(1)} ms, max ${click.max.toFixed(1)} ms, every click changed the routes: ${click.allChanged}; budget 100 ms: ${click.max <= 100 ? 'met' : 'NOT met'}`);

const lh = await lighthouseScores();
console.log(`\nLighthouse 12 (${lh.formFactor}, ${lh.throttling} throttling): performance ${lh.performance}, accessibility ${lh.accessibility}; FCP ${lh.fcp}, LCP ${lh.lcp}, TBT ${lh.tbt}, CLS ${lh.cls}`);
console.log(`budgets: performance >= 95 ${lh.performance >= 95 ? 'met' : 'NOT met'}; accessibility 100 ${lh.accessibility === 100 ? 'met' : 'NOT met'}`);

// One line per budget, in the form `cargo xtask bench` gathers into its summary.
const budget = (name, target, measured, met) => console.log(`BUDGET | ${name} | ${target} | ${measured} | ${met ? 'met' : 'NOT met'}`);
console.log();
budget('first-load transfer, brotli', '<= 150,000 bytes', `${total.toLocaleString('en-US')} bytes`, total <= BUDGET_BYTES);
if (spanish) {
  budget('first-load transfer in Spanish, brotli', '<= 150,000 bytes', `${spanish.total.toLocaleString('en-US')} bytes`, spanish.total <= BUDGET_BYTES);
}
budget('click to updated routes', '<= 100 ms', `median ${click.median.toFixed(1)} ms, max ${click.max.toFixed(1)} ms`, click.max <= 100);
budget('Lighthouse mobile performance', '>= 95', `${lh.performance} (LCP ${lh.lcp}, TBT ${lh.tbt}, CLS ${lh.cls})`, lh.performance >= 95);
budget('Lighthouse mobile accessibility', '100', `${lh.accessibility}`, lh.accessibility === 100);
