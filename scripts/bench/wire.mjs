// Section `wire`: the first visit's bytes over the wire, counted by
// tests/e2e/first-visit.mjs as the size guard counts them (the page's
// requests and its service worker's precache, headers included).

import { FIRST_VISIT_BUDGET_KIB, measureFirstVisit } from '../../tests/e2e/first-visit.mjs';
import { KiB, appSettled } from './common.mjs';

export const name = 'wire';
export const title = 'First visit over the wire';

/** Records every response of the page and of its context's service
 *  worker, in bytes over the wire: encodedDataLength of the DevTools
 *  protocol's Network.loadingFinished (compressed body + response headers;
 *  0 for a response from the HTTP cache). For the page, from a CDP
 *  session; for the service worker, whose target Playwright attaches (with
 *  the Network domain on before the worker runs), from Playwright's
 *  requests, whose sizes() split that same encodedDataLength into headers
 *  + body. */
export async function run({ browser, url, record }) {
  const { rows, pageBytes, swBytes, swSeen, total } = await measureFirstVisit(browser, url, appSettled);
  console.log('First visit, over the wire (encodedDataLength: compressed body + headers; bytes per request):');
  for (const r of rows) {
    const path = r.url.startsWith(url) ? `/${r.url.slice(url.length)}` : r.url;
    console.log(`  ${r.who.padEnd(4)} ${String(r.status ?? '-').padEnd(3)} ${(r.encoding || '-').padEnd(4)} ${r.cached ? 'cache' : '     '} ` +
      `${String(r.bytes ?? '?').padStart(7)}  ${path}${r.failed ? ` (failed: ${r.failed})` : ''}`);
  }
  console.log(`  page ${KiB(pageBytes)} KiB + service worker precache ${KiB(swBytes)} KiB = ${KiB(total)} KiB ` +
    `(${rows.length} requests; budget ${FIRST_VISIT_BUDGET_KIB} KiB)`);
  if (!swSeen) console.log('  !! no request from the service worker seen: its precache is not counted');
  record('first visit over the wire: page + SW precache', `${KiB(total)} KiB (${KiB(pageBytes)} + ${KiB(swBytes)})`,
    `≤ ${FIRST_VISIT_BUDGET_KIB} KiB`, swSeen && total <= FIRST_VISIT_BUDGET_KIB * 1024);
}
