// The site as partnerships publish it: from a subfolder, with a missing or
// damaged data file, with hostile text in the data, and without other origins.
// The data is an index (`pathways.json`) and one file per region
// (`pathways-<region>.json`); the first view fetches the index and one region.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.js';

test('works when published in a subfolder', async ({ page }) => {
  await page.goto('./nested/explorer/?from=evs-aide');
  await expect(page.locator('.route').first()).toBeVisible();
});

test('a missing region file shows a readable message, not a blank page', async ({ page }) => {
  await page.route('**/pathways-*.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('alert')).toContainText('HTTP 404');
});

test('a missing data index shows a readable message', async ({ page }) => {
  await page.route('**/pathways.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('pathways.json');
  await expect(page.getByRole('alert')).toContainText('HTTP 404');
});

test('only the index and the region shown are fetched', async ({ page }) => {
  const data = [];
  page.on('request', (r) => { if (r.url().endsWith('.json')) data.push(new URL(r.url()).pathname.split('/').pop()); });
  await page.goto('./?region=denver&from=den-retail-sales-associate');
  await expect(page.locator('.route').first()).toBeVisible();
  // The job list draws the first view; the bundle's fetch begins once that
  // view is painted, so on a slow network the two do not share it.
  expect(data.filter((f) => f !== 'pathways.json')).toEqual(['pathways-denver.jobs.json', 'pathways-denver.json']);
});

test('a corrupt region file shows a readable message', async ({ page }) => {
  await page.route('**/pathways-*.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":2,"region":"baltimore","dataset":{"regions":[' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
});

test('a region file from an older format says what to rebuild', async ({ page }) => {
  await page.route('**/pathways-*.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":1,"dataset":{}}' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('pathways build');
});


test('makes no request outside its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto('./?from=evs-aide');
  await expect(page.locator('.route').first()).toBeVisible();
  expect(foreign).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});

test('the content security policy allows only the site’s own files and its pinned loader', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto('./?from=evs-aide');
  await expect(page.locator('.route').first()).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).toContain("default-src 'self'");
  expect(violations).toEqual([]);
});

test('a WebAssembly file that fails to load shows a message, not an empty page', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('could not start', { timeout: 25000 });
});

test('a data file served with the wrong content type still loads', async ({ page }) => {
  await page.route('**/pathways*.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain' } });
  });
  await page.goto('./?from=evs-aide');
  await expect(page.locator('.route').first()).toBeVisible();
});

test('without JavaScript the page says what it needs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL + '/');
  // Before any script could choose a language, the message is in both, each marked with its language.
  await expect(page.locator('p.noscript[lang="en"]')).toContainText('needs JavaScript');
  await expect(page.locator('p.noscript[lang="es"]')).toContainText('necesita JavaScript');
  await expect(page.getByText('Loading the explorer')).toHaveCount(0);
  await context.close();
});

// A file changed after the build (by a proxy, a compromised mirror or a partial
// upload) must not run: the script and the WebAssembly carry integrity hashes.
for (const [kind, pattern, tamper] of [
  ['script', /pathway-site-[^/]*\.js$/, (body) => Buffer.concat([body, Buffer.from('\n// changed\n')])],
  // A custom section appended to a module keeps it valid WebAssembly, so only
  // the integrity check can refuse it.
  ['WebAssembly', /\.wasm$/, (body) => Buffer.concat([body, Buffer.from([0, 4, 3, 0x61, 0x62, 0x63])])],
]) {
  test(`a changed ${kind} file is refused and the page says so`, async ({ page }) => {
    const refused = [];
    page.on('console', (m) => { if (/integrity/i.test(m.text()) && /digest|failed/i.test(m.text())) refused.push(m.text()); });
    await page.route(pattern, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: tamper(await response.body()) });
    });
    await page.goto('./?from=evs-aide');
    await expect(page.getByRole('alert')).toContainText('could not start', { timeout: 10000 });
    await expect(page.locator('.route')).toHaveCount(0);
    expect(refused.length).toBeGreaterThan(0);
  });
}

test('the script and the WebAssembly are fetched once each, with integrity', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (/\.(js|wasm)$/.test(new URL(r.url()).pathname)) fetched.push(new URL(r.url()).pathname); });
  await page.goto('./?from=evs-aide');
  await expect(page.locator('.route').first()).toBeVisible();
  const html = await (await page.request.get('./')).text();
  // The release build minifies the page, which may drop quotes and reorder attributes.
  const preload = html.match(/<link[^>]*\brel="?modulepreload"?[^>]*>/)?.[0] ?? '';
  expect(preload).toMatch(/\bhref="?[^" >]+\.js[" >]/);
  expect(preload).toMatch(/\bintegrity="?sha384-/);
  expect(html).toMatch(/fetch\('[^']+\.wasm', \{ integrity: 'sha384-[A-Za-z0-9+/=]+' \}\)/);
  // The first module, and the journey's module the routes need, once each;
  // the script fetches the journey's module with its own integrity hash.
  const wasm = fetched.filter((p) => p.endsWith('.wasm'));
  expect(wasm).toHaveLength(2);
  expect(new Set(wasm).size).toBe(2);
  const journey = wasm.find((p) => p.endsWith('.split_journey.wasm'));
  expect(journey).toBeTruthy();
  const script = fetched.filter((p) => /pathway-site-[^/]*\.js$/.test(p));
  expect(script).toHaveLength(1);
  const code = await (await page.request.get(`.${script[0]}`)).text();
  expect(code).toMatch(new RegExp(`${journey.slice(1).replace(/\./g, '\\.')}"[^)]*\\), ?\\{ ?integrity: ?"sha384-`));
});

test('the first view fetches the first module and the job list; choosing a job fetches the rest', async ({ page }) => {
  const wasm = [];
  const data = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) wasm.push(name);
    if (name.endsWith('.json')) data.push(name);
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Where are you now?' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).not.toMatch(/split_/);
  expect(data).toEqual(['pathways.json', 'pathways-baltimore.jobs.json']);
  await page.getByLabel('Search jobs').fill('housekeeping');
  await page.locator('.choice').filter({ hasText: 'Environmental services aide' }).click();
  await expect(page.locator('.route').first()).toBeVisible();
  expect(wasm.filter((p) => p.endsWith('.split_journey.wasm'))).toHaveLength(1);
  expect(data).toEqual(['pathways.json', 'pathways-baltimore.jobs.json', 'pathways-baltimore.json']);
});

test('an index written before job lists still opens: the picker reads the bundle', async ({ page }) => {
  const data = [];
  page.on('request', (r) => { if (r.url().endsWith('.json')) data.push(new URL(r.url()).pathname.split('/').pop()); });
  await page.route('**/pathways.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    for (const region of index.regions) delete region.jobs;
    await route.fulfill({ response, body: JSON.stringify(index) });
  });
  await page.goto('./');
  await page.getByLabel('Search jobs').fill('housekeeping');
  await page.locator('.choice').filter({ hasText: 'Environmental services aide' }).click();
  await expect(page.locator('.route').first()).toBeVisible();
  expect(data).toEqual(['pathways.json', 'pathways-baltimore.json']);
});

// Files fetched after the first load: the service worker, once in charge,
// would fetch them itself, out of the page's routes, so it is kept out here.
test.describe('files fetched when needed', () => {
  test.use({ serviceWorkers: 'block' });

  test('markup in the data is shown as text, never run', async ({ page }) => {
    await page.route('**/pathways-*.json', async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      // The job list (the picker) and the bundle (the routes) both carry the title.
      const evs = (data.jobs ?? data.dataset.occupations).find((o) => o.id === 'evs-aide');
      evs.title = '<img src=x onerror="window.hacked=1">Aide <script>window.hacked=2</script>';
      await route.fulfill({ response, json: data });
    });
    await page.goto('./');
    await page.getByLabel('Search jobs').fill('aide');
    await expect(page.locator('.choice').filter({ hasText: '<img src=x' })).toBeVisible();
    expect(await page.locator('.choices img').count()).toBe(0);
    await page.locator('.choice').filter({ hasText: '<img src=x' }).click();
    await expect(page.locator('.route').first()).toBeVisible();
    await expect(page.locator('.ladder').first()).toContainText('<img src=x');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => window.hacked)).toBeUndefined();
  });

  test('a region file that fails after its job list says which file, and can be tried again', async ({ page }) => {
    let refuse = true;
    await page.route('**/pathways-baltimore.json', (route) => (refuse ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue()));
    await page.goto('./');
    await page.getByLabel('Search jobs').fill('housekeeping');
    await page.locator('.choice').filter({ hasText: 'Environmental services aide' }).click();
    await expect(page.getByRole('alert')).toContainText('pathways-baltimore.json');
    refuse = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('.route').first()).toBeVisible();
  });

  test('a link that opens on routes shows the job from the job list while the bundle is on its way', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/pathways-baltimore.json', async (route) => { await held; await route.continue(); });
    await page.goto('./?from=evs-aide');
    await expect(page.locator('.picked-title')).toHaveText('Environmental services aide');
    // One loading line, where the form will be drawn; nothing below it yet.
    await expect(page.locator('.setup [aria-busy="true"]')).toContainText('Loading the routes');
    await expect(page.locator('section.results')).toHaveCount(1);
    await expect(page.locator('.route')).toHaveCount(0);
    release();
    await expect(page.locator('.route').first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a link whose job list fails says which file and raises no error', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/pathways-baltimore.jobs.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.route('**/pathways-baltimore.json', (route) => route.abort());
    await page.goto('./?from=evs-aide');
    await expect(page.getByRole('alert')).toContainText('pathways-baltimore.jobs.json');
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });

  test('a journey module that cannot load says so and can be tried again', async ({ page }) => {
    let refuse = true;
    await page.route(/\.split_journey\.wasm$/, (route) => (refuse ? route.abort() : route.continue()));
    await page.goto('./?from=evs-aide');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    await expect(page.locator('.route')).toHaveCount(0);
    refuse = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('.route').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a changed journey module is refused, and the page says so', async ({ page }) => {
    await page.route(/\.split_journey\.wasm$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: Buffer.concat([await response.body(), Buffer.from([0, 4, 3, 0x61, 0x62, 0x63])]) });
    });
    await page.goto('./?from=evs-aide');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    await expect(page.locator('.route')).toHaveCount(0);
  });
});

test('embedded in a partner page (?embed=1): no masthead or credits, state in its own address, and a link to the full site', async ({ page, baseURL }) => {
  await page.goto(baseURL + '/?embed=1&from=evs-aide');
  await expect(page.locator('.route').first()).toBeVisible();
  await expect(page.locator('.masthead')).toBeHidden();
  await expect(page.locator('.credits')).toBeHidden();
  const full = page.getByRole('link', { name: 'Open the full explorer in a new tab' });
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('href', /from=evs-aide/);
  await expect(full).not.toHaveAttribute('href', /embed/);
  await page.getByRole('button', { name: 'Change' }).click();
  await expect(page).toHaveURL(/embed=1/);
  await expectNoAxeViolations(page);

  // It runs inside an iframe of another page.
  await page.setContent(`<iframe title="Career pathway explorer" src="${baseURL}/?embed=1&from=evs-aide" style="width:360px;height:700px"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.route').first()).toBeVisible();
});
