// The service worker as it ships (DIST/sw.js, minified and filled in),
// run in a bare worker scope whose caches and network are in memory and
// serve the built site: it installs all or nothing, drops only other
// builds' caches, and answers from its own build. The browser suites
// (tests/e2e/share.test.mjs) cover the same worker in Chromium, online
// and offline; these cover the failures a browser test cannot stage.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { DIST, readShipped } from './page-values.mjs';
import { CACHE_PREFIX } from '../../scripts/site/service-worker.mjs';

const SCOPE = 'https://example.test/app/';

/** Caches keyed by name, each a map from URL (search kept) to body. */
class MemoryCaches {
  constructor(fetch) { this.stores = new Map(); this.fetch = fetch; }
  async has(name) { return this.stores.has(name); }
  async keys() { return [...this.stores.keys()]; }
  async delete(name) { return this.stores.delete(name); }
  async open(name) {
    if (!this.stores.has(name)) this.stores.set(name, new Map());
    const entries = this.stores.get(name);
    const fetch = this.fetch;
    return {
      async addAll(requests) {
        // All or nothing, as the Cache API's addAll is.
        const responses = await Promise.all(requests.map(async (request) => {
          const response = await fetch(request);
          if (!response.ok) throw new TypeError(`${request.url}: ${response.status}`);
          return [request.url, await response.text()];
        }));
        for (const [url, body] of responses) entries.set(url, body);
      },
      async match(request, { ignoreSearch = false } = {}) {
        const url = new URL(typeof request === 'string' ? request : request.url, SCOPE);
        if (ignoreSearch) url.search = '';
        const body = entries.get(url.href);
        return body === undefined ? undefined : new Response(body);
      },
    };
  }
}

/** One worker scope over `files` (name → text; 'index.html' is './'). */
function workerScope(code, files) {
  const handlers = {};
  const requested = [];
  const fetch = async (request) => {
    requested.push({ url: request.url, cache: request.cache });
    const path = new URL(request.url).pathname.replace('/app/', '') || 'index.html';
    const body = files.get(path);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  };
  const caches = new MemoryCaches(fetch);
  const calls = { skipWaiting: 0, claim: 0 };
  const self = {
    location: new URL('sw.js', SCOPE),
    addEventListener: (type, handler) => { handlers[type] = handler; },
    skipWaiting: async () => { calls.skipWaiting++; },
    clients: { claim: async () => { calls.claim++; } },
  };
  // The worker's relative URLs resolve against its own address.
  class ScopedRequest extends Request {
    constructor(url, init) { super(typeof url === 'string' ? new URL(url, SCOPE) : url, init); }
  }
  runInNewContext(code, { self, caches, fetch, Request: ScopedRequest, Response, URL, Promise, Error });
  /** Dispatches an extendable event; resolves with what it waited for. */
  const extendable = (type) => {
    let waited = Promise.resolve();
    handlers[type]({ waitUntil: (promise) => { waited = promise; } });
    return waited;
  };
  const fetchEvent = (url, { method = 'GET', mode = 'no-cors' } = {}) => {
    let answer = null;
    const request = new Request(new URL(url, SCOPE), { method });
    Object.defineProperty(request, 'mode', { value: mode });
    handlers.fetch({ request, respondWith: (promise) => { answer = promise; } });
    return answer;
  };
  return { caches, calls, requested, install: () => extendable('install'), activate: () => extendable('activate'), fetchEvent };
}

describe('the service worker as shipped', () => {
  let code, files, cacheName, precache;
  before(() => {
    code = readShipped('sw.js');
    files = new Map(readdirSync(DIST).map((name) => [name, readFileSync(join(DIST, name), 'latin1')]));
    cacheName = code.match(new RegExp(`"(${CACHE_PREFIX}[0-9a-f]{16})"`))[1];
    precache = JSON.parse(code.match(/PRECACHE=(\[[^\]]*\])/)[1]);
  });

  it('precaches every file of its build, revalidating the unhashed ones', async () => {
    const worker = workerScope(code, files);
    await worker.install();
    assert.deepEqual(await worker.caches.keys(), [cacheName]);
    const store = worker.caches.stores.get(cacheName);
    assert.deepEqual([...store.keys()].sort(), precache.map((u) => new URL(u, SCOPE).href).sort());
    assert.equal(worker.calls.skipWaiting, 1);
    for (const { url, cache } of worker.requested) {
      const hashed = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/.test(url);
      assert.equal(cache, hashed ? 'default' : 'no-cache', url);
    }
  });

  it('fails to install, leaving no cache, when the page names a file the build lacks', async () => {
    const tampered = new Map(files);
    tampered.set('index.html', files.get('index.html').replace('</head>', '<script src="./other-0123456789abcdef.js"></script></head>'));
    const worker = workerScope(code, tampered);
    await assert.rejects(worker.install(), /other-0123456789abcdef\.js/);
    assert.deepEqual(await worker.caches.keys(), []);
    assert.equal(worker.calls.skipWaiting, 0);
  });

  it('fails to install when a file cannot be fetched, and keeps the cache it already serves', async () => {
    const worker = workerScope(code, files);
    await worker.install();
    const wasm = [...files.keys()].find((name) => name.endsWith('.wasm'));
    files.delete(wasm);
    try {
      await assert.rejects(worker.install());
    } finally {
      files.set(wasm, readFileSync(join(DIST, wasm), 'latin1'));
    }
    assert.deepEqual(await worker.caches.keys(), [cacheName]);
  });

  it("drops other builds' caches when it takes over, and nobody else's", async () => {
    const worker = workerScope(code, files);
    await worker.caches.open(`${CACHE_PREFIX}0000000000000000`);
    await worker.caches.open('another-app-on-this-origin');
    await worker.install();
    await worker.activate();
    assert.deepEqual((await worker.caches.keys()).sort(), ['another-app-on-this-origin', cacheName].sort());
    assert.equal(worker.calls.claim, 1);
  });

  it("answers every page in its scope with its build's page, and files from its cache", async () => {
    const worker = workerScope(code, files);
    await worker.install();
    const page = await worker.fetchEvent('other/path?s=1~d1~lvi', { mode: 'navigate' });
    assert.equal(await page.text(), files.get('index.html'));
    const wasm = precache.find((u) => u.endsWith('.wasm'));
    const fetchedBefore = worker.requested.length;
    assert.equal(await (await worker.fetchEvent(wasm)).text(), files.get(wasm.slice(2)));
    assert.equal(worker.requested.length, fetchedBefore, 'served from the cache');
    // Not precached (installing only): from the network.
    assert.equal((await worker.fetchEvent('icon-192.png')).status, 200);
    assert.equal(worker.requested.length, fetchedBefore + 1);
  });

  it('leaves other origins and other methods to the browser', async () => {
    const worker = workerScope(code, files);
    await worker.install();
    assert.equal(worker.fetchEvent('https://elsewhere.test/x.js'), null);
    assert.equal(worker.fetchEvent('index.html', { method: 'POST' }), null);
  });
});
