// Shared end-to-end fixture: serves dist/ (or $DIST) on 127.0.0.1, launches Debian's
// Chromium through playwright-core (never a downloaded browser), and wraps a
// page in `AppPage`, a page object that speaks the user's vocabulary.
//
// Every page records requests and console errors, so each test can assert
// that nothing left the page's origin and nothing went wrong silently.

import { chromium } from 'playwright-core';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve-static.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** The built site under test: dist/, or another build named by DIST (as
 *  tests/engines and tests/site read it). */
export const DIST = process.env.DIST || 'dist';

/** Registers before/after hooks; returns a getter for { browser, url }. */
export function useSite(dir = DIST) {
  const site = {};
  before(async () => {
    site.server = await startServer(dir, 0);
    site.url = site.server.url;
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** The verdict the app draws; the one prerendered into index.html (shown
 *  before the wasm runs) does not count as the app being ready. */
export const APP_VERDICT = '[data-testid=verdict]:not([data-prerender] *)';

export class AppPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.requests = [];
    this.errors = [];
    page.on('request', (r) => this.requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(m.text()); });
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  /** A fresh context (clean storage) in the given browser locale. */
  static async open(site, { locale = 'en-US', viewport, path = '' } = {}) {
    const context = await site.browser.newContext({ locale, viewport });
    const app = new AppPage(await context.newPage(), site.url);
    app.page.setDefaultTimeout(10_000);
    await app.goto(path);
    return app;
  }

  /** Opens the page and waits until everything is rendered (the verdict
   *  comes first, charts and products a frame later). */
  async goto(path = '') {
    await this.page.goto(this.baseUrl + path);
    await this.verdict.waitFor();
    await this.page.locator('.details[aria-busy=false]').waitFor();
  }

  get verdict() { return this.page.locator(APP_VERDICT); }
  get total() { return this.page.getByTestId('total-2024'); }
  get gap() { return this.page.getByTestId('gap'); }

  growthField(sectorLabel) { return this.page.getByLabel(sectorLabel, { exact: true }); }

  async setGrowth(sectorLabel, text) { await this.growthField(sectorLabel).fill(text); }

  async expectVerdict(met) {
    await this.page.waitForFunction(
      (m) => document.querySelector('[data-testid=verdict]')?.dataset.met === String(m), met);
  }

  async expectText(locator, text) {
    const handle = await locator.elementHandle();
    await this.page.waitForFunction(
      ([el, t]) => el.textContent.includes(t), [handle, text]);
    assert.ok((await locator.textContent()).includes(text));
  }

  /** Nothing but the page's own files, no console errors. */
  assertClean() {
    const foreign = this.requests.filter((u) => !u.startsWith(this.baseUrl) && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'requests left the page origin');
    assert.deepEqual(this.errors, [], 'console errors');
  }

  async close() { await this.page.context().close(); }
}
