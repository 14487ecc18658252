// Benchmark of the release build in dist/ (not a test: it prints figures).
//
//   1. bundle size per kind of file: raw, gzip -9, brotli q11;
//   2. load-to-first-verdict in headless Chromium: the "first-verdict"
//      performance mark the app sets once the verdict is in the DOM,
//      measured from navigation start, median over RUNS fresh contexts;
//   3. input-to-verdict latency: from an input event on the manufacturing
//      field to the new total in the DOM, median and p95 over many edits;
//   4. Monte Carlo in the page: 10^6 draws, time spent drawing (the sum of
//      the slices) and wall time from start to result (slices plus the
//      page's own work between them).
//
//   node scripts/bench.mjs [--runs N]

import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { startServer } from './serve-static.mjs';
import { launchChromium } from '../tests/e2e/fixture.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 15;
const EDITS = 200;
const DIST = 'dist';

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await filesUnder(path));
    else out.push(path);
  }
  return out;
}

// The single-file edition repeats the whole app in one file: reported on
// its own, not counted in what a visitor downloads.
const SINGLE_FILE = 'ninh-binh-industry-offline.html';

async function sizes() {
  const groups = new Map();
  for (const file of await filesUnder(DIST)) {
    if (file.endsWith(SINGLE_FILE)) {
      const body = await readFile(file);
      const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      console.log(`Single-file edition ${SINGLE_FILE}: ${kb(body.length).trim()} KiB raw, ${kb(br).trim()} KiB brotli (not part of the app's download)`);
      continue;
    }
    const body = await readFile(file);
    const kind = extname(file).slice(1) || 'other';
    const g = groups.get(kind) ?? { raw: 0, gzip: 0, brotli: 0, files: 0 };
    g.raw += body.length;
    g.gzip += gzipSync(body, { level: 9 }).length;
    g.brotli += brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length;
    g.files += 1;
    groups.set(kind, g);
  }
  console.log('Bundle size (KiB)      raw     gzip   brotli');
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const [kind, g] of [...groups].sort((a, b) => b[1].raw - a[1].raw)) {
    console.log(`  ${kind.padEnd(6)} (${g.files} file${g.files > 1 ? 's' : ' '}) ${kb(g.raw)} ${kb(g.gzip)} ${kb(g.brotli)}`);
    for (const k of Object.keys(total)) total[k] += g[k];
  }
  console.log(`  total           ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}   (budget: 150 KiB brotli)`);
}

async function loadTimes(browser, url) {
  const times = [];
  const starts = [];
  const alls = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('verdict').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('all-rendered').length > 0);
    const [start, verdict, all] = await page.evaluate(() =>
      ['app-start', 'first-verdict', 'all-rendered'].map((n) => performance.getEntriesByName(n)[0].startTime));
    times.push(verdict);
    starts.push(start);
    alls.push(all);
    await context.close();
  }
  console.log(`Load to first verdict: median ${median(times).toFixed(1)} ms, ` +
    `min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)} over ${RUNS} cold loads (budget: 250 ms)`);
  console.log(`  of which wasm running from ${median(starts).toFixed(1)} ms (median); ` +
    `charts and products rendered by ${median(alls).toFixed(1)} ms (median)`);
}

async function inputLatency(browser, url) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('verdict').waitFor();
  const samples = await page.evaluate(async (edits) => {
    const input = document.querySelector('#growth-C');
    const total = document.querySelector('[data-testid=total-2024]');
    const out = [];
    for (let i = 0; i < edits; i++) {
      const before = total.textContent;
      const changed = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (total.textContent !== before) { obs.disconnect(); resolve(performance.now()); }
        });
        obs.observe(total, { childList: true, characterData: true, subtree: true });
      });
      const t0 = performance.now();
      input.value = String(1 + (i % 20) * 0.5);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      out.push((await changed) - t0);
    }
    return out;
  }, EDITS);
  await context.close();
  console.log(`Input to verdict: median ${median(samples).toFixed(2)} ms, p95 ${quantile(samples, 0.95).toFixed(2)} ms over ${EDITS} edits (budget: 8 ms)`);
}

async function monteCarlo(browser, url) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.details[aria-busy=false]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=mc-status]')?.dataset.running === 'false');
    await page.evaluate(() => performance.clearMarks());
    await page.getByTestId('mc-draws').selectOption('1000000');
    await page.waitForFunction(() => /1,000,000 draws/.test(document.querySelector('[data-testid=probability]').textContent));
    runs.push(await page.evaluate(() => {
      const start = performance.getEntriesByName('mc-start').at(-1).startTime;
      const done = performance.getEntriesByName('mc-done').at(-1).startTime;
      return { compute: Number(document.querySelector('[data-testid=mc-status]').dataset.computeMs), wall: done - start };
    }));
    await context.close();
  }
  const compute = median(runs.map((r) => r.compute));
  const wall = median(runs.map((r) => r.wall));
  console.log(`Monte Carlo in Chromium: 10^6 draws, ${compute.toFixed(1)} ms drawing (${(1e3 / compute).toFixed(1)} million draws/s), ` +
    `${wall.toFixed(1)} ms wall in 40,000-draw slices (median of 3; budget: 100 ms)`);
}

await sizes();
const server = await startServer(DIST, 0);
const browser = await launchChromium();
try {
  await loadTimes(browser, server.url);
  await inputLatency(browser, server.url);
  await monteCarlo(browser, server.url);
} finally {
  await browser.close();
  await server.close();
}
