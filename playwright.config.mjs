// The Chromium end-to-end suite (tests/e2e/) on Playwright's own runner,
// against the built site (dist/, or the build named by DIST) served on
// 127.0.0.1 by tests/e2e/fixture.mjs. Debian's Chromium only: nothing
// here downloads a browser (never run `npx playwright install`).
//
// One worker: the machine has two cores, and the site server and the
// browser share them with the app under test; files run one after the
// other, as the tests of a file do.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.test.mjs',
  // Traces and screenshots of failed tests; git-ignored, under target/.
  outputDir: 'target/playwright',
  workers: 1,
  fullyParallel: false,
  // A stray test.only must not turn the suite into one test.
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000, toPass: { timeout: 10_000 } },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
