// The explorer's service worker: after a first visit the site works with the
// network off. It serves the site's own files network-first, so a newly
// published build or data file is used as soon as the network is back, and
// falls back to the last copy it kept when the network is down. It handles
// nothing from other origins and is scoped to the site's own folder.

// `cargo xtask build` writes this build's id and its page files here, so each
// build's worker is a new file that the browser installs in place of the old.
const BUILD = 'unbuilt';
const SHELL = [];

// Caches are shared by every site on an origin, so each name carries the
// worker's scope: cleaning up after an old build never touches another site.
const PREFIX = `pathway-explorer ${self.registration.scope} `;
const CACHE = PREFIX + BUILD;

// The page fetches only the region it shows. The worker also keeps the data
// index and every region's file it names, so a region never opened online
// still opens offline. A failure here only means fewer files kept.
async function keepEveryRegion(cache) {
  const index = new URL('pathways.json', self.registration.scope).href;
  const response = await fetch(index);
  if (!response.ok) return;
  await cache.put(index, response.clone());
  const { regions = [] } = await response.json();
  // A region's bundle in its default language (the first it lists) is
  // pathways-ID.json; in each other language, pathways-ID.LANG.json. A
  // region whose entry says `jobs` has a job list beside each, named with
  // `.jobs` before `.json`.
  const files = regions.flatMap(({ id, languages = [], jobs = false }) => {
    const bundles = [
      `pathways-${encodeURIComponent(id)}`,
      ...languages.slice(1).map((lang) => `pathways-${encodeURIComponent(id)}.${encodeURIComponent(lang)}`),
    ];
    return bundles.flatMap((name) => (jobs ? [`${name}.json`, `${name}.jobs.json`] : [`${name}.json`]));
  });
  await Promise.all(files.map(async (name) => {
    const file = new URL(name, self.registration.scope).href;
    const region = await fetch(file);
    if (region.ok) await cache.put(file, region);
  }));
}

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The whole page of this build, or the install fails and the worker
    // already in charge keeps serving the build it holds.
    // Trunk names the wasm by its hash before wasm-opt runs, so a name can
    // hold new bytes; each file is asked of the server, never taken unchecked
    // from the HTTP cache, or its integrity check could fail.
    await cache.addAll(['./', ...SHELL].map((file) => new URL(file, self.registration.scope).href));
    await keepEveryRegion(cache).catch(() => {});
  })());
});

self.addEventListener('activate', (event) => event.waitUntil((async () => {
  // Older builds of this site are dropped once this one is in charge.
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
  await self.clients.claim();
})()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const navigation = request.mode === 'navigate';
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every view of a page (the explorer, or the author page in its own
    // folder) is the same file with another query string.
    const key = navigation ? new URL('./', request.url).href : request;
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(key, response.clone());
      return response;
    } catch (error) {
      const kept = await cache.match(key);
      if (kept) return kept;
      throw error;
    }
  })());
});
