// The size guard: a first visit (the page, its files and the service
// worker's precache, as the benchmark counts it, served brotli-compressed)
// stays within the budget.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppPage, useSite } from './fixture.mjs';
import { FIRST_VISIT_BUDGET_KIB, measureFirstVisit } from './first-visit.mjs';

describe('first visit', () => {
  const site = useSite();

  it(`downloads at most ${FIRST_VISIT_BUDGET_KIB} KiB, brotli, service worker precache included`, async () => {
    const visit = await measureFirstVisit(site.browser, site.url, (page) => new AppPage(page, site.url).ready());
    assert.ok(visit.swSeen, 'the service worker precached the build');
    const wasm = visit.rows.find((r) => r.url.endsWith('.wasm') && r.who === 'page');
    assert.equal(wasm?.encoding, 'br', 'the wasm came brotli-compressed');
    const kib = visit.total / 1024;
    console.log(`first visit: ${kib.toFixed(1)} KiB (page ${(visit.pageBytes / 1024).toFixed(1)} + precache ${(visit.swBytes / 1024).toFixed(1)})`);
    assert.ok(kib <= FIRST_VISIT_BUDGET_KIB, `first visit ${kib.toFixed(1)} KiB > ${FIRST_VISIT_BUDGET_KIB} KiB`);
  });
});
