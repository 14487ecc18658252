// What the benchmark's sections share (scripts/bench.mjs runs them): the
// served plain page's path, number formats and statistics, and opening a
// page or the app in Chromium.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where scripts/bench/plain.html is served, beside the site. */
export const PLAIN_PATH = '__bench/plain.html';

export const KiB = (n) => (n / 1024).toFixed(1);
export const kb = (n) => KiB(n).padStart(8);
export const ms = (n) => `${n.toFixed(1)} ms`;

const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => {
  const s = sorted(xs);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const quantile = (xs, q) => { const s = sorted(xs); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };

/** A fresh context and page; `rate` > 1 throttles its CPU from the start. */
export async function openPage(browser, rate = 1, { viewport } = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await context.newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

export const markTime = (page, name) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
export const waitMark = (page, name, count = 1) =>
  page.waitForFunction(([n, c]) => performance.getEntriesByName(n).length >= c, [name, count]);

/** Waits until the app has settled: verdict, the rest of the page, the
 *  first Monte Carlo run. */
export async function appSettled(page) {
  await page.getByTestId('verdict').waitFor();
  await waitMark(page, 'all-rendered');
  await waitMark(page, 'mc-done');
}

/** Opens the app and waits until it has settled. */
export async function openApp(page, url) {
  await page.goto(url);
  await appSettled(page);
}

/** The manufacturing lever's slider, which the edits move. */
export const APP_SLIDER = '[data-testid=lever-C] input[type=range]';

// Slider values -20 … +40 in 0.5 steps; consecutive ones always differ.
export const editValue = (i) => (-20 + ((i * 7) % 121) * 0.5).toFixed(1);
