// Shared end-to-end fixture: serves dist/ (or $DIST) on 127.0.0.1 and
// launches Debian's Chromium through playwright-core (never a downloaded
// browser). The page object, `AppPage`, is in app-page.mjs; it is exported
// from here too, so a test needs one import.
//
// Every AppPage records requests and console errors, so each test can
// assert that nothing left the page's origin and nothing went wrong silently.

import { chromium } from 'playwright-core';
import { after, before } from 'node:test';
import { startServer } from '../../scripts/serve-static.mjs';

export { APP_VERDICT, AppPage, SoFar } from './app-page.mjs';

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
