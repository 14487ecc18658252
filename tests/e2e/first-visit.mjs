// What a first visit downloads, over the wire: the page's own requests
// (Chromium's DevTools protocol, Network.loadingFinished encodedDataLength:
// compressed body plus headers) and its service worker's precache requests
// (Playwright's request sizes), counted once the worker is activated, that
// is once its precache is done. Used by the size guard (size.test.mjs) and
// the benchmark (scripts/bench/wire.mjs), so both count the same bytes.
//
// Invariant: every request seen is finished (done) before the figures are
// read; a request the page or worker made but never finished fails the
// measurement instead of being counted as zero.

/** Records the requests of `page` and of the context's service worker. */
async function wireRecorder(context, page) {
  const requests = new Map();
  let settle = () => {};
  const changed = () => settle();
  const session = await context.newCDPSession(page);
  session.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { who: 'page', url: e.request.url, bytes: null, done: false });
  });
  session.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    if (r) Object.assign(r, { status: e.response.status, encoding: h['content-encoding'] ?? '', cached: e.response.fromDiskCache });
  });
  session.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true, cached: r.cached || e.encodedDataLength === 0 });
    changed();
  });
  session.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: 0, done: true, failed: e.errorText });
    changed();
  });
  await session.send('Network.enable');
  const entries = new Map();
  context.on('request', (request) => {
    if (!request.serviceWorker()) return;
    const r = { who: 'sw', url: request.url(), bytes: null, done: false };
    entries.set(request, r);
    requests.set(`sw-${entries.size}`, r);
  });
  const finish = async (request, failed) => {
    const r = entries.get(request);
    if (!r) return;
    try {
      if (failed) {
        Object.assign(r, { bytes: 0, failed });
      } else {
        const response = await request.response();
        const sizes = await request.sizes();
        Object.assign(r, {
          status: response?.status(),
          encoding: (await response?.allHeaders())?.['content-encoding'] ?? '',
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
        });
        r.cached = r.bytes === 0; // answered by the HTTP cache
      }
    } catch (error) {
      Object.assign(r, { bytes: 0, failed: String(error) });
    }
    r.done = true;
    changed();
  };
  context.on('requestfinished', (request) => finish(request));
  context.on('requestfailed', (request) => finish(request, request.failure()?.errorText ?? 'failed'));
  /** Resolves once every request seen so far has finished. */
  const allDone = () => new Promise((resolve) => {
    settle = () => { if ([...requests.values()].every((r) => r.done)) resolve(); };
    settle();
  });
  return { requests, allDone };
}

/**
 * Opens `url` in a fresh context of `browser`, waits for `ready(page)` (the
 * app settled) and for the service worker to be activated, then for every
 * request to finish. Returns { rows, pageBytes, swBytes, swSeen, total }.
 */
export async function measureFirstVisit(browser, url, ready) {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const { requests, allDone } = await wireRecorder(context, page);
    await page.goto(url);
    await ready(page);
    await page.evaluate(async () => { window.__registration = await navigator.serviceWorker.ready; });
    await page.waitForFunction(() => window.__registration.active?.state === 'activated');
    // The protocol's events can trail the worker's state by a moment.
    await allDone();
    const rows = [...requests.values()];
    const sum = (who) => rows.filter((r) => r.who === who).reduce((s, r) => s + r.bytes, 0);
    const pageBytes = sum('page');
    const swBytes = sum('sw');
    return { rows, pageBytes, swBytes, swSeen: rows.some((r) => r.who === 'sw'), total: pageBytes + swBytes };
  } finally {
    await context.close();
  }
}

/** The first visit's budget, brotli over the wire (docs/performance.md,
 *  "Budgets"): 200 KiB, and 10 more for the editions and the slides only. */
export const FIRST_VISIT_BUDGET_KIB = 210;
