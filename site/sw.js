// The explorer's service worker: after a first visit the site works with the
// network off. It serves the site's own files network-first, so a newly
// published build or data file is used as soon as the network is back, and
// falls back to the last copy it kept when the network is down. It handles
// nothing from other origins and is scoped to the site's own folder.
const CACHE = 'pathway-explorer';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const navigation = request.mode === 'navigate';
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every view of the page is the same index.html with another query string.
    const key = navigation ? new URL('./', self.registration.scope).href : request;
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
