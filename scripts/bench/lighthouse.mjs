// Section `lighthouse`: Lighthouse 12.2.3 (13 needs Node 22), mobile
// defaults (simulated throttling, 4x CPU), the median of `runs` runs. It
// launches its own Chromium (CHROME_PATH); scripts/bench.sh installs it
// into .bench-tools/, never a dependency of the tests.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../chromium.mjs';
import { ROOT, median, ms } from './common.mjs';

export const name = 'lighthouse';
export const title = 'Lighthouse';

const LIGHTHOUSE_VERSION = '12.2.3';
const PACKAGE = join(ROOT, '.bench-tools/node_modules/lighthouse');
const CLI = join(PACKAGE, 'cli/index.js');
const CHROME = process.env.CHROME_PATH || CHROMIUM_PATH;

function runLighthouse(url, outPath) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [
      CLI, url,
      '--output=json', `--output-path=${outPath}`, '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ], { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`lighthouse exited with ${code}`))));
  });
}

export async function run({ url, options: { runs: RUNS }, record }) {
  if (!existsSync(CLI)) {
    throw new Error(`Lighthouse not installed in .bench-tools/ (scripts/bench.sh installs lighthouse@${LIGHTHOUSE_VERSION})`);
  }
  const version = JSON.parse(await readFile(join(PACKAGE, 'package.json'), 'utf8')).version;
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
      const one = {
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
      runs.push(one);
      console.log(`  run ${i + 1}: performance ${one.performance}, FCP ${ms(one.fcp)}, LCP ${ms(one.lcp)}, TBT ${ms(one.tbt)}, ` +
        `CLS ${one.cls.toFixed(3)}, SI ${ms(one.si)}; a11y ${one.accessibility}, best practices ${one.bestPractices}, SEO ${one.seo}` +
        (one.longTasks.length ? `\n         long tasks (simulated): ${one.longTasks.join(', ')}` : '') +
        (one.failing.length ? `\n         below 1: ${one.failing.join(', ')}` : ''));
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
