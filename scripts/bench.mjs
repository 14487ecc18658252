// Benchmark of a release build (not a test: it prints figures, and a
// summary table against the budgets in README.md "Performance").
//
// The site is served by scripts/serve-static.mjs exactly as a real host
// would serve it (brotli/gzip by Accept-Encoding, cache headers), together
// with scripts/bench/plain.html, a plain page doing what one lever does, as
// a baseline for what the browser itself costs. Sections:
//
//   size       bytes per kind of file: raw, gzip -9, brotli q11;
//   wire       first-visit bytes over the wire, from Chromium's DevTools
//              protocol (Network.loadingFinished encodedDataLength, headers
//              included) for the page and for its service worker, counted
//              once the worker is activated (its precache done);
//   lighthouse Lighthouse 12.2.3, mobile defaults (simulated throttling,
//              4x CPU), median of RUNS runs; installed by scripts/bench.sh
//              into .bench-tools/ (not a dependency of the tests);
//   input      input to next painted frame: in the page, from dispatching
//              an `input` event on the manufacturing slider to a task
//              queued from the first animation frame whose DOM holds the
//              new total; app and plain page alternating in the same
//              browser, at 1x and 4x CPU (Emulation.setCPUThrottlingRate);
//   longtasks  long tasks (> 50 ms) starting after the app's first-verdict
//              mark at 4x CPU: during the load (up to all-rendered and the
//              first Monte Carlo run's mc-done), during a drag (60 input
//              events, one per animation frame) and during a run of 10^6
//              Monte Carlo draws;
//   shift      layout shift while the app takes over from the prerendered
//              page, at 360 and 1280 px and 4x CPU: the sum of the
//              layout-shift entries (none after input) once the whole page
//              is built and two more frames are painted, 3 loads each;
//   load       load to first verdict (the app's first-verdict mark) versus
//              the plain page's first-total mark, median of LOADS fresh
//              contexts each, at 1x and 4x CPU;
//   mc         Monte Carlo in the page: 10^6 draws, time drawing (sum of
//              the slices) and wall time from start to result.
//
//   node scripts/bench.mjs [--dist DIR] [--runs N] [--loads N] [--edits N]
//                          [--only a,b] [--skip a,b]
//     --dist   the build to measure (default dist)
//     --runs   Lighthouse runs (default 3)
//     --loads  fresh loads per page and CPU rate (default 9)
//     --edits  measured edits per page and CPU rate (default 300)
//     --only / --skip   sections by name (size,wire,lighthouse,input,
//              longtasks,shift,load,mc)

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { startServer } from './serve-static.mjs';
import { launchChromium } from './chromium.mjs';
import { FIRST_VISIT_BUDGET_KIB, measureFirstVisit } from '../tests/e2e/first-visit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && args[i + 1] != null ? args[i + 1] : fallback; };
const DIST = resolve(flag('--dist', 'dist'));
const RUNS = Number(flag('--runs', 3)) || 3;
const LOADS = Number(flag('--loads', 9)) || 9;
const EDITS = Number(flag('--edits', 300)) || 300;
const ONLY = flag('--only', '').split(',').filter(Boolean);
const SKIP = flag('--skip', '').split(',').filter(Boolean);
const wanted = (name) => (ONLY.length === 0 || ONLY.includes(name)) && !SKIP.includes(name);

const LIGHTHOUSE_VERSION = '12.2.3';
const LIGHTHOUSE_CLI = join(ROOT, '.bench-tools/node_modules/lighthouse/cli/index.js');
const CHROME = process.env.CHROME_PATH || process.env.CHROMIUM || '/usr/bin/chromium';
const PLAIN_PATH = '__bench/plain.html';

const KiB = (n) => (n / 1024).toFixed(1);
const kb = (n) => KiB(n).padStart(8);
const ms = (n) => `${n.toFixed(1)} ms`;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => { const s = sorted(xs); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };

// ---- the summary: figure | value | budget | ok/over
const summary = [];
function record(figure, value, budget = '', ok = null) {
  summary.push({ figure, value, budget, ok });
}

async function section(name, title, fn) {
  if (!wanted(name)) return;
  console.log(`\n## ${title}`);
  const started = Date.now();
  try {
    await fn();
  } catch (error) {
    console.log(`!! ${name} failed: ${error?.stack ?? error}`);
    record(`${name}: FAILED`, String(error?.message ?? error).split('\n')[0].slice(0, 60), '', false);
  }
  console.log(`   (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** A fresh context and page; `rate` > 1 throttles its CPU from the start. */
async function openPage(browser, rate = 1, { viewport } = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await context.newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

const markTime = (page, name) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
const waitMark = (page, name, count = 1) =>
  page.waitForFunction(([n, c]) => performance.getEntriesByName(n).length >= c, [name, count]);

/** Opens the app and waits until it has settled: verdict, the rest of the
 *  page, the first Monte Carlo run. */
async function openApp(page, url) {
  await page.goto(url);
  await appSettled(page);
}

async function appSettled(page) {
  await page.getByTestId('verdict').waitFor();
  await waitMark(page, 'all-rendered');
  await waitMark(page, 'mc-done');
}

// ---- 1. sizes

// The single-file edition repeats the whole app in one file: reported on
// its own, not counted in what a visitor downloads.
const SINGLE_FILE = 'ninh-binh-industry-offline.html';

async function sizes() {
  const groups = new Map();
  for (const file of await filesUnder(DIST)) {
    const body = await readFile(file);
    if (file.endsWith(SINGLE_FILE)) {
      const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      console.log(`Single-file edition ${SINGLE_FILE}: ${KiB(body.length)} KiB raw, ${KiB(br)} KiB brotli (not part of the app's download)`);
      record('single-file edition, brotli', `${KiB(br)} KiB`);
      continue;
    }
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
  console.log(`  total           ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}   (budget for the first visit: ${FIRST_VISIT_BUDGET_KIB} KiB brotli)`);
  const wasm = groups.get('wasm');
  if (wasm) record('wasm, raw / gzip / brotli', `${KiB(wasm.raw)} / ${KiB(wasm.gzip)} / ${KiB(wasm.brotli)} KiB`);
  record('all files, brotli (sum)', `${KiB(total.brotli)} KiB`, `≤ ${FIRST_VISIT_BUDGET_KIB} KiB`, total.brotli <= FIRST_VISIT_BUDGET_KIB * 1024);
}

// ---- 2. first-visit bytes over the wire

/** Records every response of `page` and of its context's service worker,
 *  in bytes over the wire: encodedDataLength of the DevTools protocol's
 *  Network.loadingFinished (compressed body + response headers; 0 for a
 *  response from the HTTP cache). For the page, from our own CDP session;
 *  for the service worker, whose target Playwright attaches (with the
 *  Network domain on before the worker runs), from Playwright's requests,
 *  whose sizes() split that same encodedDataLength into headers + body. */
async function firstVisit(browser, url) {
  const { rows, pageBytes, swBytes, swSeen, total } = await measureFirstVisit(browser, url, appSettled);
  console.log('First visit, over the wire (encodedDataLength: compressed body + headers; bytes per request):');
  for (const r of rows) {
    const name = r.url.startsWith(url) ? `/${r.url.slice(url.length)}` : r.url;
    console.log(`  ${r.who.padEnd(4)} ${String(r.status ?? '-').padEnd(3)} ${(r.encoding || '-').padEnd(4)} ${r.cached ? 'cache' : '     '} ` +
      `${String(r.bytes ?? '?').padStart(7)}  ${name}${r.failed ? ` (failed: ${r.failed})` : ''}`);
  }
  console.log(`  page ${KiB(pageBytes)} KiB + service worker precache ${KiB(swBytes)} KiB = ${KiB(total)} KiB ` +
    `(${rows.length} requests; budget ${FIRST_VISIT_BUDGET_KIB} KiB)`);
  if (!swSeen) console.log('  !! no request from the service worker seen: its precache is not counted');
  record('first visit over the wire: page + SW precache', `${KiB(total)} KiB (${KiB(pageBytes)} + ${KiB(swBytes)})`,
    `≤ ${FIRST_VISIT_BUDGET_KIB} KiB`, swSeen && total <= FIRST_VISIT_BUDGET_KIB * 1024);
}

// ---- 3. Lighthouse

function runLighthouse(url, outPath) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [
      LIGHTHOUSE_CLI, url,
      '--output=json', `--output-path=${outPath}`, '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ], { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`lighthouse exited with ${code}`))));
  });
}

async function lighthouse(url) {
  if (!existsSync(LIGHTHOUSE_CLI)) {
    throw new Error(`Lighthouse not installed in .bench-tools/ (scripts/bench.sh installs lighthouse@${LIGHTHOUSE_VERSION})`);
  }
  const version = JSON.parse(await readFile(join(ROOT, '.bench-tools/node_modules/lighthouse/package.json'), 'utf8')).version;
  const outDir = await mkdtemp(join(tmpdir(), 'nbi-lighthouse-'));
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const out = join(outDir, `run-${i}.json`);
      await runLighthouse(url, out);
      const lhr = JSON.parse(await readFile(out, 'utf8'));
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (c) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
      const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
      const run = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        si: audit('speed-index'),
        longTasks: (lhr.audits['long-tasks']?.details?.items ?? [])
          .map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms`).slice(0, 5),
        failing: Object.values(lhr.categories).flatMap((c) => c.auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
          .map((ref) => `${c.id}/${ref.id}`)),
      };
      runs.push(run);
      console.log(`  run ${i + 1}: performance ${run.performance}, FCP ${ms(run.fcp)}, LCP ${ms(run.lcp)}, TBT ${ms(run.tbt)}, ` +
        `CLS ${run.cls.toFixed(3)}, SI ${ms(run.si)}; a11y ${run.accessibility}, best practices ${run.bestPractices}, SEO ${run.seo}` +
        (run.longTasks.length ? `\n         long tasks (simulated): ${run.longTasks.join(', ')}` : '') +
        (run.failing.length ? `\n         below 1: ${run.failing.join(', ')}` : ''));
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
  const m = (k) => median(runs.map((r) => r[k]));
  console.log(`Lighthouse ${version}, mobile (simulated throttling, 4x CPU), median of ${RUNS}: ` +
    `performance ${m('performance')}, LCP ${ms(m('lcp'))}, TBT ${ms(m('tbt'))}, CLS ${m('cls').toFixed(3)}; ` +
    `a11y ${m('accessibility')}, best practices ${m('bestPractices')}, SEO ${m('seo')}`);
  const of = `median of ${RUNS}`;
  const range = (k, f) => (RUNS > 1 ? ` (runs ${f(Math.min(...runs.map((r) => r[k])))}–${f(Math.max(...runs.map((r) => r[k])))})` : '');
  record(`Lighthouse performance (${of})`, `${m('performance')}${range('performance', String)}`, '≥ 98', m('performance') >= 98);
  record('Lighthouse FCP', `${(m('fcp') / 1000).toFixed(2)} s`);
  record('Lighthouse LCP', `${(m('lcp') / 1000).toFixed(2)} s`, '≤ 1.5 s', m('lcp') <= 1500);
  record('Lighthouse TBT', `${ms(m('tbt'))}${range('tbt', (x) => Math.round(x))}`, '≤ 100 ms', m('tbt') <= 100);
  record('Lighthouse CLS', m('cls').toFixed(3), '≤ 0.01', m('cls') <= 0.01);
  record('Lighthouse accessibility / best practices / SEO', `${m('accessibility')} / ${m('bestPractices')} / ${m('seo')}`,
    '100 / 100 / 100', m('accessibility') === 100 && m('bestPractices') === 100 && m('seo') === 100);
}

// ---- 4. input to next painted frame, app vs plain page

/** Runs in the page: for each value, sets the slider, dispatches `input`
 *  and waits for the first animation frame whose DOM holds a new total,
 *  then for a task queued from it (the frame has been produced by then).
 *  Returns, per edit, the time from dispatch to that task (`frame`) and to
 *  the new total in the DOM (`dom`, seen by a MutationObserver). */
function measureEdits({ slider, total, values }) {
  const input = document.querySelector(slider);
  const text = () => document.querySelector(total)?.textContent;
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    const inFrame = text();
    channel.port1.onmessage = () => resolve(inFrame);
    channel.port2.postMessage(0);
  }));
  return (async () => {
    const samples = [];
    for (const value of values) {
      const before = text();
      let dom = NaN;
      const observer = new MutationObserver(() => {
        if (Number.isNaN(dom) && text() !== before) dom = performance.now() - t0;
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Normally the first frame; a later one if the page renders later.
      let changed = false;
      for (let frames = 0; frames < 60 && !changed; frames++) changed = (await afterFrame()) !== before;
      observer.disconnect();
      samples.push({ frame: changed ? performance.now() - t0 : NaN, dom });
    }
    return samples;
  })();
}

// Slider values -20 … +40 in 0.5 steps; consecutive ones always differ.
const editValue = (i) => (-20 + ((i * 7) % 121) * 0.5).toFixed(1);

async function inputLatency(browser, url) {
  const sites = {
    app: { url, slider: '[data-testid=lever-C] input[type=range]', total: '[data-testid=total-2024]' },
    plain: { url: url + PLAIN_PATH, slider: '#growth-C', total: '#total' },
  };
  for (const [name, site] of Object.entries(sites)) {
    Object.assign(site, await openPage(browser));
    if (name === 'app') await openApp(site.page, site.url);
    else { await site.page.goto(site.url); await waitMark(site.page, 'first-total'); }
  }
  const BLOCK = 25;
  let index = 0;
  try {
    for (const rate of [1, 4]) {
      for (const site of Object.values(sites)) {
        await site.cdp.send('Emulation.setCPUThrottlingRate', { rate });
        site.samples = [];
        await site.page.bringToFront();
        await site.page.evaluate(measureEdits, { slider: site.slider, total: site.total, values: [...Array(20)].map(() => editValue(index++)) });
      }
      for (let done = 0, block = 0; done < EDITS; done += BLOCK, block++) {
        const n = Math.min(BLOCK, EDITS - done);
        const order = block % 2 ? ['plain', 'app'] : ['app', 'plain'];
        for (const name of order) {
          const site = sites[name];
          await site.page.bringToFront();
          const values = [...Array(n)].map(() => editValue(index++));
          site.samples.push(...await site.page.evaluate(measureEdits, { slider: site.slider, total: site.total, values }));
        }
      }
      const lost = Object.entries(sites).filter(([, x]) => x.samples.some((e) => Number.isNaN(e.frame))).map(([n]) => n);
      if (lost.length) throw new Error(`an edit did not change the total on: ${lost.join(', ')}`);
      const a = sites.app.samples.map((e) => e.frame);
      const p = sites.plain.samples.map((e) => e.frame);
      const aDom = sites.app.samples.map((e) => e.dom).filter((x) => !Number.isNaN(x));
      const ratio = quantile(a, 0.95) / quantile(p, 0.95);
      console.log(`Input to next painted frame at ${rate}x CPU, ${EDITS} edits each, alternating in blocks of ${BLOCK}:`);
      console.log(`  app    median ${ms(median(a))}, p95 ${ms(quantile(a, 0.95))}, max ${ms(Math.max(...a))}`);
      console.log(`  plain  median ${ms(median(p))}, p95 ${ms(quantile(p, 0.95))}, max ${ms(Math.max(...p))}`);
      console.log(`  app / plain: median ${(median(a) / median(p)).toFixed(2)}, p95 ${ratio.toFixed(2)} (budget: p95 ≤ 1.5)`);
      console.log(`  app, input to the new total in the DOM (before the frame): median ${ms(median(aDom))}, p95 ${ms(quantile(aDom, 0.95))}`);
      record(`input → next frame, ${rate}x CPU: app median / p95`, `${ms(median(a))} / ${ms(quantile(a, 0.95))}`);
      record(`input → next frame, ${rate}x CPU: plain median / p95`, `${ms(median(p))} / ${ms(quantile(p, 0.95))}`);
      record(`input → next frame, ${rate}x CPU: p95 app / plain`, ratio.toFixed(2), '≤ 1.5', ratio <= 1.5);
      record(`input → total in the DOM, ${rate}x CPU: app median / p95`, `${ms(median(aDom))} / ${ms(quantile(aDom, 0.95))}`);
    }
  } finally {
    for (const site of Object.values(sites)) await site.context.close();
  }
}

// ---- 5. long tasks after the first verdict, 4x CPU

function observeLongTasks() {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    window.__longTasksError = String(error);
  }
}

/** Runs in the page: 60 input events on the slider, one per animation
 *  frame, like a drag; resolves after the frame following the last one. */
function drag({ slider, values }) {
  const input = document.querySelector(slider);
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  return (async () => {
    performance.mark('drag-start');
    for (const value of values) {
      await frame();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await frame();
    performance.mark('drag-end');
  })();
}

async function longTasks(browser, url) {
  const RATE = 4;
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await openPage(browser, RATE);
    await page.addInitScript(observeLongTasks);
    await openApp(page, url);
    // Observer callbacks run after the tasks they report: let one run.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const load = await page.evaluate(() => {
      const verdict = performance.getEntriesByName('first-verdict')[0].startTime;
      // Each task with the app's last mark before it (which section, or
      // the Monte Carlo result), to say where a long task comes from.
      const marks = performance.getEntriesByType('mark');
      const after = (t) => marks.filter((m) => m.startTime <= t.start + 1).map((m) => m.name).pop();
      const tasks = window.__longTasks.filter((t) => t.start >= verdict).map((t) => ({ ...t, after: after(t) }));
      return { error: window.__longTasksError, tasks, all: window.__longTasks.length };
    });
    if (load.error) throw new Error(`longtask observer: ${load.error}`);
    const mcRuns = await page.evaluate(() => performance.getEntriesByName('mc-done').length);
    await page.evaluate(drag, { slider: '[data-testid=lever-C] input[type=range]', values: [...Array(60)].map((_, k) => editValue(k + 1)) });
    // The drag's last edit starts a Monte Carlo run: wait for it to finish.
    await waitMark(page, 'mc-done', mcRuns + 1);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const dragTasks = await page.evaluate(() => {
      const start = performance.getEntriesByName('drag-start')[0].startTime;
      return window.__longTasks.filter((t) => t.start >= start);
    });
    // A million draws run in slices between frames: none may block.
    const millionStart = await page.evaluate(() => performance.now());
    await page.getByTestId('mc-draws').selectOption('1000000');
    await page.waitForFunction(() => /1,000,000/.test(document.querySelector('[data-testid=probability]').textContent));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const millionTasks = await page.evaluate((start) => window.__longTasks.filter((t) => t.start >= start), millionStart);
    runs.push({ load: load.tasks, drag: dragTasks, million: millionTasks, before: load.all - load.tasks.length });
    await context.close();
  }
  const report = (phase) => {
    const tasks = runs.flatMap((r) => r[phase]);
    const longest = tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0;
    const perRun = runs.map((r) => r[phase].length).join(', ');
    const where = [...new Set(tasks.map((t) => t.after).filter(Boolean))].join(', ');
    return { tasks, longest, text: tasks.length ? `${tasks.length} (per run ${perRun}), longest ${ms(longest)}${where ? ` (after ${where})` : ''}` : 'none' };
  };
  const load = report('load');
  const dragged = report('drag');
  const million = report('million');
  console.log(`Long tasks (> 50 ms) at ${RATE}x CPU over 3 fresh loads, starting after first-verdict:`);
  console.log(`  load, to all-rendered and the first Monte Carlo result: ${load.text}`);
  console.log(`  drag, 60 input events one per frame, to the Monte Carlo result: ${dragged.text}`);
  console.log(`  10^6 Monte Carlo draws, from choosing them to the result: ${million.text}`);
  console.log(`  (before first-verdict, per run: ${runs.map((r) => r.before).join(', ')} long tasks: loading the wasm and the first render)`);
  record(`long tasks after first verdict, load, ${RATE}x CPU`, load.text, 'none', load.tasks.length === 0);
  record(`long tasks, 60-event drag, ${RATE}x CPU`, dragged.text, 'none', dragged.tasks.length === 0);
  record(`long tasks, 10^6 Monte Carlo draws, ${RATE}x CPU`, million.text, 'none', million.tasks.length === 0);
}

// ---- 5b. layout shift as the app takes over

async function layoutShift(browser, url) {
  const RATE = 4;
  for (const width of [360, 1280]) {
    const shifts = [];
    for (let i = 0; i < 3; i++) {
      const { context, page } = await openPage(browser, RATE, { viewport: { width, height: 800 } });
      await page.goto(url);
      await waitMark(page, 'all-rendered');
      shifts.push(await page.evaluate(() => new Promise((done) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(sum), 0)));
      })));
      await context.close();
    }
    const worst = Math.max(...shifts);
    console.log(`Layout shift at ${width} px, ${RATE}x CPU, 3 loads: ${shifts.map((x) => x.toFixed(4)).join(', ')}`);
    record(`layout shift as the app takes over, ${width} px, ${RATE}x CPU (worst of 3)`, worst.toFixed(4), '< 0.01', worst < 0.01);
  }
}

// ---- 6. load to first verdict vs the plain page's first total

/** Init script: when the page sets one of these marks (the content is in
 *  the DOM), also note when the frame that shows it has been produced (a
 *  task queued from the next animation frame). */
function notePaintAfterMarks(names) {
  window.__painted = {};
  const mark = Performance.prototype.mark;
  Performance.prototype.mark = function (name, ...rest) {
    const entry = mark.call(this, name, ...rest);
    if (names.includes(name) && !(name in window.__painted)) {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.__painted[name] = performance.now(); };
        channel.port2.postMessage(0);
      });
    }
    return entry;
  };
}

async function loadTimes(browser, url) {
  for (const rate of [1, 4]) {
    const t = { app: [], appPainted: [], plain: [], plainPainted: [], appStart: [], allRendered: [] };
    for (let i = 0; i < LOADS; i++) {
      const order = i % 2 ? ['plain', 'app'] : ['app', 'plain'];
      for (const name of order) {
        const { context, page } = await openPage(browser, rate);
        await page.addInitScript(notePaintAfterMarks, ['first-verdict', 'first-total']);
        const painted = (mark) => page.waitForFunction((m) => window.__painted[m], mark).then((h) => h.jsonValue());
        if (name === 'app') {
          await page.goto(url);
          t.appPainted.push(await painted('first-verdict'));
          await waitMark(page, 'all-rendered');
          t.app.push(await markTime(page, 'first-verdict'));
          t.appStart.push(await markTime(page, 'app-start'));
          t.allRendered.push(await markTime(page, 'all-rendered'));
        } else {
          await page.goto(url + PLAIN_PATH);
          t.plainPainted.push(await painted('first-total'));
          t.plain.push(await markTime(page, 'first-total'));
        }
        await context.close();
      }
    }
    const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
    console.log(`Load at ${rate}x CPU, median of ${LOADS} fresh contexts each (from navigation start; ` +
      '"in the DOM" is the mark, "painted" a task after the next frame):');
    console.log(`  app: first verdict in the DOM ${ms(m.app)} (min ${ms(Math.min(...t.app))}, max ${ms(Math.max(...t.app))}), ` +
      `painted ${ms(m.appPainted)}; wasm running from ${ms(m.appStart)}; all rendered ${ms(m.allRendered)}`);
    console.log(`  plain page: first total in the DOM ${ms(m.plain)}, painted ${ms(m.plainPainted)}`);
    console.log(`  app / plain, painted: ${(m.appPainted / m.plainPainted).toFixed(1)}`);
    record(`load to first verdict in the DOM, ${rate}x CPU (median of ${LOADS})`, `${ms(m.app)} (plain page ${ms(m.plain)})`,
      rate === 1 ? '≤ 250 ms' : '', rate === 1 ? m.app <= 250 : null);
    record(`load to first verdict painted, ${rate}x CPU`, `${ms(m.appPainted)} (plain page ${ms(m.plainPainted)})`);
    record(`load to all rendered, ${rate}x CPU`, ms(m.allRendered));
  }
}

// ---- 7. Monte Carlo in the page

async function monteCarlo(browser, url) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await openPage(browser);
    await openApp(page, url);
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
  console.log(`Monte Carlo in Chromium: 10^6 draws, ${ms(compute)} drawing (${(1e3 / compute).toFixed(1)} million draws/s), ` +
    `${ms(wall)} wall in slices (median of 3; budget: 100 ms)`);
  record('Monte Carlo 10^6 draws in Chromium: drawing / wall', `${ms(compute)} / ${ms(wall)}`, '< 100 ms', wall < 100);
}

// ---- run

// Other work on the machine skews every timing: say how busy it was.
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`Benchmark of ${DIST} (${new Date().toISOString()}), ${cpus().length} CPUs, load average ${load()}`);
// The build and the plain page, served together from one folder.
const site = await mkdtemp(join(tmpdir(), 'nbi-bench-site-'));
await cp(DIST, site, { recursive: true });
await mkdir(join(site, dirname(PLAIN_PATH)), { recursive: true });
await cp(join(ROOT, 'scripts/bench/plain.html'), join(site, PLAIN_PATH));
const server = await startServer(site, 0);
await server.warm();
let browser;
try {
  await section('size', 'Bundle size', sizes);
  browser = await launchChromium();
  console.log(`Chromium ${browser.version()}, served compressed at ${server.url}`);
  await section('wire', 'First visit over the wire', () => firstVisit(browser, server.url));
  await section('input', 'Input to next painted frame', () => inputLatency(browser, server.url));
  await section('longtasks', 'Long tasks after the first verdict', () => longTasks(browser, server.url));
  await section('shift', 'Layout shift as the app takes over', () => layoutShift(browser, server.url));
  await section('load', 'Load to first verdict', () => loadTimes(browser, server.url));
  await section('mc', 'Monte Carlo', () => monteCarlo(browser, server.url));
  // Last: Lighthouse launches its own Chromium; ours is closed first.
  await browser.close();
  browser = null;
  await section('lighthouse', 'Lighthouse', () => lighthouse(server.url));
} finally {
  await browser?.close();
  await server.close();
  await rm(site, { recursive: true, force: true });
}

const width = Math.max(...summary.map((r) => r.figure.length), 6);
const vwidth = Math.max(...summary.map((r) => String(r.value).length), 5);
const bwidth = Math.max(...summary.map((r) => r.budget.length), 6);
console.log(`\n## Summary (load average at the end ${load()})`);
console.log(`${'figure'.padEnd(width)} | ${'value'.padEnd(vwidth)} | ${'budget'.padEnd(bwidth)} | ok/over`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(vwidth)}-|-${'-'.repeat(bwidth)}-|--------`);
for (const r of summary) {
  const verdict = r.ok === null ? '' : r.ok ? 'ok' : 'OVER';
  console.log(`${r.figure.padEnd(width)} | ${String(r.value).padEnd(vwidth)} | ${r.budget.padEnd(bwidth)} | ${verdict}`);
}
