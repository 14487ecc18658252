// The end-to-end suite's fixtures, on Playwright's runner (its config is
// playwright.config.mjs). A test asks for `site`: the built site (dist/,
// or the build named by DIST) served on 127.0.0.1 for the whole worker,
// and the browser the config launches (Debian's Chromium). Every page a
// test opens through `site` (`AppPage.open`, `AppPage.beforeApp`,
// `AppPage.blank`, `site.watch`) is checked when the test's body has
// passed (a failed test reports its own failure), and every context is
// closed whatever happens. The check:
//   - no request left the page's origin (never allowed);
//   - no console error and no uncaught error, unless the test provoked it
//     and said so: `app.provokes(reason, ...patterns)` allows the errors
//     matching a pattern, on that page only.
// The page object, `AppPage`, is in app-page.mjs; it is exported from here
// too, so a test needs one import.

import { test as base, expect } from '@playwright/test';
import { startServer } from '../../scripts/serve-static.mjs';

export { APP_VERDICT, AppPage, SoFar } from './app-page.mjs';
export { expect };

/** The built site under test: dist/, or another build named by DIST (as
 *  tests/engines and tests/site read it). */
export const DIST = process.env.DIST || 'dist';

/** What a test holds of the site: the browser, the address, and the pages
 *  it opened (checked and closed at the test's end). */
class Site {
  constructor(browser, url) {
    this.browser = browser;
    this.url = url;
    this.contexts = [];
    this.pages = [];
  }

  /** A fresh context (clean storage), closed when the test ends. */
  async newContext(options) {
    const context = await this.browser.newContext(options);
    this.contexts.push(context);
    return context;
  }

  /** The same site handle for another server or browser (a second
   *  release, a file opened from disk): its contexts and pages are checked
   *  and closed with this test's. */
  elsewhere(browser, url) {
    const other = new Site(browser, url);
    other.contexts = this.contexts;
    other.pages = this.pages;
    return other;
  }

  /** Has the clean-page check watch `app` (an AppPage) from now on. */
  watch(app) {
    this.pages.push(app);
    return app;
  }

  /** Every watched page's problems, as lines; none when all is clean. */
  problems() {
    return this.pages.flatMap((app, i) => app.problems().map((p) => `page ${i + 1} (${app.page.url()}): ${p}`));
  }

  async closeAll() {
    await Promise.allSettled(this.contexts.map((c) => c.close()));
  }
}

export const test = base.extend({
  server: [async ({}, use) => { // eslint-disable-line no-empty-pattern -- Playwright reads the fixture's needs from this pattern
    const server = await startServer(DIST, 0);
    await use(server);
    await server.close();
  }, { scope: 'worker' }],

  site: async ({ browser, server }, use, testInfo) => {
    const site = new Site(browser, server.url);
    try {
      await use(site);
      // A failed test reports its own failure; the check would only add
      // noise. (Not `expectedStatus`: a `test.fail` guard of this check must
      // reach it.)
      if (testInfo.status === 'passed') {
        const problems = site.problems();
        expect(problems, 'the pages stayed clean: no request off the origin, no unexpected error').toEqual([]);
      }
    } finally {
      await site.closeAll();
    }
  },
});
