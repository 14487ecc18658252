// Benchmark of a release build (not a test: it prints figures, a summary
// table against the budgets of docs/performance.md, and writes that table
// into docs/performance.md between its bench:latest markers).
//
// The site is served by scripts/serve-static.mjs exactly as a real host
// would serve it (brotli/gzip by Accept-Encoding, cache headers), together
// with scripts/bench/plain.html, a plain page doing what one lever does, as
// a baseline for what the browser itself costs. One file per section under
// scripts/bench/, each saying what it measures:
//
//   size       bytes per kind of file: raw, gzip -9, brotli q11;
//   wire       first-visit bytes over the wire (page + service worker);
//   lighthouse Lighthouse 12.2.3, mobile defaults, median of RUNS runs;
//   input      input to next painted frame, app against the plain page;
//   longtasks  long tasks after the first verdict at 4x CPU;
//   shift      layout shift as the app takes over, 4x CPU;
//   load       load to first verdict against the plain page's first total;
//   mc         Monte Carlo in the page, 10^6 draws;
//   native     the same draws natively (cargo's release build).
//
//   node scripts/bench.mjs [--dist DIR] [--runs N] [--loads N] [--edits N]
//                          [--only a,b] [--skip a,b] [--no-table]
//     --dist   the build to measure (default dist)
//     --runs   Lighthouse runs (default 3)
//     --loads  fresh loads per page and CPU rate (default 9)
//     --edits  measured edits per page and CPU rate (default 300)
//     --only / --skip   sections by name (size,wire,lighthouse,input,
//              longtasks,shift,load,mc,native)
//     --no-table  print only: leave docs/performance.md as it is (else the
//              sections run replace their rows of its latest table)

import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { commandLine } from './cli.mjs';
import { startServer } from './serve-static.mjs';
import { PLAIN_PATH, ROOT } from './bench/common.mjs';
import { checkMarkers, writeLatest } from './bench/latest.mjs';
import * as size from './bench/size.mjs';
import * as wire from './bench/wire.mjs';
import * as lighthouse from './bench/lighthouse.mjs';
import * as input from './bench/input.mjs';
import * as longtasks from './bench/longtasks.mjs';
import * as shift from './bench/shift.mjs';
import * as load from './bench/load.mjs';
import * as mc from './bench/mc.mjs';
import * as native from './bench/native.mjs';

/** Every section, in the order of the usage and of the latest table. */
const SECTIONS = [size, wire, lighthouse, input, longtasks, shift, load, mc, native];
const NAMES = SECTIONS.map((s) => s.name);
// Run in this order: sizes first (no browser), then what needs our
// Chromium, then what starts its own processes (Lighthouse its own
// Chromium, cargo a compiler), with ours closed.
const FIRST = [size];
const IN_CHROMIUM = [wire, input, longtasks, shift, load, mc];
const LAST = [lighthouse, native];

const TABLE = join(ROOT, 'docs/performance.md');

const cli = commandLine(
  'node scripts/bench.mjs [--dist DIR] [--runs N] [--loads N] [--edits N] [--only a,b] [--skip a,b] [--no-table]', {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    loads: { type: 'string', default: '9' },
    edits: { type: 'string', default: '300' },
    only: { type: 'string', default: '' },
    skip: { type: 'string', default: '' },
    'no-table': { type: 'boolean', default: false },
  });
const DIST = resolve(cli.values.dist);
const options = { runs: cli.number('runs', { min: 1 }), loads: cli.number('loads', { min: 1 }), edits: cli.number('edits', { min: 1 }) };
const sectionList = (flag) => {
  const names = cli.values[flag].split(',').filter(Boolean);
  const unknown = names.filter((n) => !NAMES.includes(n));
  if (unknown.length) cli.fail(`--${flag}: no section ${unknown.join(', ')} (sections: ${NAMES.join(', ')})`);
  return names;
};
const ONLY = sectionList('only');
const SKIP = sectionList('skip');
const wanted = (section) => (ONLY.length === 0 || ONLY.includes(section.name)) && !SKIP.includes(section.name);
const writeTable = !cli.values['no-table'];
if (writeTable) await checkMarkers(TABLE);

// ---- the summary: section | figure | value | budget | ok/over
const summary = [];

async function runSection(section, context) {
  if (!wanted(section)) return;
  console.log(`\n## ${section.title}`);
  const record = (figure, value, budget = '', ok = null) =>
    summary.push({ section: section.name, figure, value: String(value), budget, verdict: ok === null ? '' : ok ? 'ok' : 'over' });
  const started = Date.now();
  try {
    await section.run({ ...context, options, record });
  } catch (error) {
    console.log(`!! ${section.name} failed: ${error?.stack ?? error}`);
    summary.push({ section: section.name, figure: `${section.name}: FAILED`, value: String(error?.message ?? error).split('\n')[0].slice(0, 60), budget: '', verdict: 'failed' });
  }
  console.log(`   (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

/** `git` output, or null outside a work tree. */
const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

// Other work on the machine skews every timing: say how busy it was.
const loadAverage = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const started = new Date();
const loadAtStart = loadAverage();
console.log(`Benchmark of ${DIST} (${started.toISOString()}), ${cpus().length} CPUs, load average ${loadAtStart}`);
// The build and the plain page, served together from one folder.
const site = await mkdtemp(join(tmpdir(), 'nbi-bench-site-'));
await cp(DIST, site, { recursive: true });
await mkdir(join(site, dirname(PLAIN_PATH)), { recursive: true });
await cp(join(ROOT, 'scripts/bench/plain.html'), join(site, PLAIN_PATH));
const server = await startServer(site, 0);
await server.warm();
let browser;
let browserVersion = null;
try {
  const context = { dist: DIST, url: server.url };
  for (const section of FIRST) await runSection(section, context);
  if (IN_CHROMIUM.some(wanted)) {
    browser = await launchChromium();
    browserVersion = browser.version();
    console.log(`Chromium ${browserVersion}, served compressed at ${server.url}`);
    for (const section of IN_CHROMIUM) await runSection(section, { ...context, browser });
    await browser.close();
    browser = null;
  }
  for (const section of LAST) await runSection(section, context);
} finally {
  await browser?.close();
  await server.close();
  await rm(site, { recursive: true, force: true });
}

const loadAtEnd = loadAverage();
const width = Math.max(...summary.map((r) => r.figure.length), 6);
const vwidth = Math.max(...summary.map((r) => r.value.length), 5);
const bwidth = Math.max(...summary.map((r) => r.budget.length), 6);
console.log(`\n## Summary (load average at the end ${loadAtEnd})`);
console.log(`${'figure'.padEnd(width)} | ${'value'.padEnd(vwidth)} | ${'budget'.padEnd(bwidth)} | ok/over`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(vwidth)}-|-${'-'.repeat(bwidth)}-|--------`);
for (const r of summary) {
  console.log(`${r.figure.padEnd(width)} | ${r.value.padEnd(vwidth)} | ${r.budget.padEnd(bwidth)} | ${r.verdict === 'ok' ? 'ok' : r.verdict.toUpperCase()}`);
}

if (writeTable) {
  const ran = SECTIONS.filter(wanted);
  const commit = git('rev-parse', '--short', 'HEAD');
  // Changes to the docs do not change what is measured (this table among them).
  const changed = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)*.md');
  const dist = relative(ROOT, DIST) || '.';
  const settings = [
    ran.includes(lighthouse) && `--runs ${options.runs}`,
    ran.includes(load) && `--loads ${options.loads}`,
    ran.includes(input) && `--edits ${options.edits}`,
  ].filter(Boolean).join(' ');
  const description = [
    commit ? `commit \`${commit}\`${changed ? ' with uncommitted changes' : ''}` : 'not in a git work tree',
    `build \`${dist.startsWith('..') ? DIST : dist}\``,
    `${cpus().length} CPUs, load average ${loadAtStart} at the start, ${loadAtEnd} at the end`,
    browserVersion && `Chromium ${browserVersion}`,
    `sections ${ran.map((s) => s.name).join(', ')}${settings ? ` (${settings})` : ''}`,
  ].filter(Boolean).join('; ');
  const key = started.toISOString().slice(0, 16).replace('T', ' ');
  const written = await writeLatest(TABLE, { key, description, sections: ran.map((s) => s.name), rows: summary }, NAMES);
  console.log(`\nThe latest table of ${relative(ROOT, TABLE)}: rows of ${ran.map((s) => s.name).join(', ')} replaced (run ${written}).`);
}
