// The service worker (scripts/site/build.mjs fills in the build's id and
// its precache list, the hashed names of this build's files). It precaches
// every file of one build under a cache named after it and drops other
// builds' caches when it takes over: a release never serves old JS with
// new wasm.
// Every build's cache is named CACHE_PREFIX and the build's id.
const CACHE_PREFIX = '__CACHE_PREFIX__';
const CACHE = '__CACHE__';
// This build's files, as the page names them ('./' for the page itself).
const PRECACHE = '__PRECACHE__';

// The build's file hash: a hashed file's name is its content, so the HTTP
// cache can never hold a stale one; anything else (the page, the manifest)
// is revalidated with the host ('no-cache': a conditional request, with
// Cache-Control: max-age=0 for any cache on the way), since a host may send
// it with max-age. Unchanged, it costs a 304, not the page again.
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.[a-z0-9]+$/;

// All or nothing: the new cache is complete and consistent (the page it
// will serve names only this build's files) before the worker installs;
// otherwise it is dropped and the install fails, so the old worker and its
// cache keep serving the previous build, which still works.
async function install() {
  // Reinstalling this very build must never drop the cache it serves from.
  const existed = await caches.has(CACHE);
  const cache = await caches.open(CACHE);
  try {
    await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' })));
    const page = await (await cache.match('./')).text();
    for (const [, name] of page.matchAll(/\.\/([\w.-]+-[0-9a-f]{10,16}(?:_bg)?\.(?:js|wasm|css|svg))/g)) {
      if (!PRECACHE.includes('./' + name)) throw new Error('index.html names ' + name + ', which this build does not have');
    }
  } catch (error) {
    if (!existed) await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first, for this build's files only; pages (any path or query in
// scope) get this build's page, so a page and its wasm come from one build.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const lookup = request.mode === 'navigate' ? './' : request;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(lookup, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
