// Section `size`: bytes per kind of file of the build, raw, gzip -9 and
// brotli q11, as a host would compress them (no browser).

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { FIRST_VISIT_BUDGET_KIB } from '../../tests/e2e/first-visit.mjs';
import { filesUnder } from '../serve-static.mjs';
import { KiB, kb } from './common.mjs';

export const name = 'size';
export const title = 'Bundle size';

// The single-file edition repeats the whole app in one file: reported on
// its own, not counted in what a visitor downloads.
const SINGLE_FILE = 'ninh-binh-industry-offline.html';

export async function run({ dist, record }) {
  const groups = new Map();
  for (const file of await filesUnder(dist)) {
    const body = await readFile(file);
    if (file.endsWith(SINGLE_FILE)) {
      const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      console.log(`Single-file edition ${SINGLE_FILE}: ${KiB(body.length)} KiB raw, ${KiB(br)} KiB brotli (not part of the app's download)`);
      record('single-file edition, brotli', `${KiB(br)} KiB`);
      continue;
    }
    const kind = extname(file).slice(1) || 'other';
    const g = groups.get(kind) ?? { raw: 0, gzip: 0, brotli: 0, files: 0 };
    g.raw += body.length;
    g.gzip += gzipSync(body, { level: 9 }).length;
    g.brotli += brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length;
    g.files += 1;
    groups.set(kind, g);
  }
  console.log('Bundle size (KiB)      raw     gzip   brotli');
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const [kind, g] of [...groups].sort((a, b) => b[1].raw - a[1].raw)) {
    console.log(`  ${kind.padEnd(6)} (${g.files} file${g.files > 1 ? 's' : ' '}) ${kb(g.raw)} ${kb(g.gzip)} ${kb(g.brotli)}`);
    for (const k of Object.keys(total)) total[k] += g[k];
  }
  console.log(`  total           ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}   (the first visit's budget, ${FIRST_VISIT_BUDGET_KIB} KiB, is over the wire: section wire)`);
  const wasm = groups.get('wasm');
  if (wasm) record('wasm, raw / gzip / brotli', `${KiB(wasm.raw)} / ${KiB(wasm.gzip)} / ${KiB(wasm.brotli)} KiB`);
  // Not the budget's figure: a first visit does not fetch the install
  // icons, and its bytes over the wire are the `wire` section's.
  record('all files, brotli (sum; install icons included)', `${KiB(total.brotli)} KiB`);
}
