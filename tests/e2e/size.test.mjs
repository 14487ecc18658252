// The size guard: a first visit (the page, its files and the service
// worker's precache, as the benchmark counts it, served brotli-compressed)
// stays within the budget.

import { AppPage, expect, test } from './fixture.mjs';
import { FIRST_VISIT_BUDGET_KIB, measureFirstVisit } from './first-visit.mjs';

const { describe } = test;

describe('first visit', () => {
  // measureFirstVisit opens its own context and closes it, pass or fail.
  test(`downloads at most ${FIRST_VISIT_BUDGET_KIB} KiB, brotli, service worker precache included`, async ({ site }) => {
    const visit = await measureFirstVisit(site.browser, site.url, (page) => site.watch(new AppPage(page, site.url)).ready());
    expect(visit.swSeen, 'the service worker precached the build').toBe(true);
    const wasm = visit.rows.find((r) => r.url.endsWith('.wasm') && r.who === 'page');
    expect(wasm?.encoding, 'the wasm came brotli-compressed').toBe('br');
    const kib = visit.total / 1024;
    console.log(`first visit: ${kib.toFixed(2)} KiB (page ${(visit.pageBytes / 1024).toFixed(1)} + precache ${(visit.swBytes / 1024).toFixed(1)})`);
    expect(kib, `first visit ${kib.toFixed(1)} KiB > ${FIRST_VISIT_BUDGET_KIB} KiB`).toBeLessThanOrEqual(FIRST_VISIT_BUDGET_KIB);
  });
});
