// The page's own scripts (js/), as they ship: read, filled in and, in a
// release build, minified by terser (their comments and long local names
// would cost every first visit about 0.5 KiB). Each script's text is what
// the Content-Security-Policy hashes, so it is made once, here.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const JS = new URL('../../js/', import.meta.url).pathname;

export const read = (name) => readFile(join(JS, name), 'utf8');

/** `code` minified (release) or as written (development). */
export async function shipped(code, { module = false, release = true } = {}) {
  if (!release) return code;
  const { code: small } = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!small) throw new Error('minifying a script failed');
  return small;
}

/** Replaces each `'__KEY__'` string literal with the JSON of its value;
 *  throws on a placeholder left unfilled or a value with no placeholder. */
export function fill(code, values) {
  for (const [key, value] of Object.entries(values)) {
    const literal = `'__${key}__'`;
    if (!code.includes(literal)) throw new Error(`no ${literal} to fill`);
    code = code.replaceAll(literal, JSON.stringify(value));
  }
  const left = code.match(/'__[A-Z_]+__'/);
  if (left) throw new Error(`${left[0]} left unfilled`);
  return code;
}

/** The page's three inline scripts: the head's language choice, the one
 *  after the baseline, and the module that loads the app. */
export async function pageScripts({ glueUrl, wasmUrl, workerUrl, release }) {
  const loader = [
    await read('fatal.js'),
    await read('after-first-paint.js'),
    fill(await read('loader.js'), { GLUE_URL: glueUrl, WASM_URL: wasmUrl, WORKER_URL: workerUrl }),
  ].join('\n');
  return {
    chooseLang: await shipped(await read('choose-lang.js'), { release }),
    keepOne: await shipped(await read('keep-one.js'), { release }),
    loader: await shipped(loader, { module: true, release }),
  };
}
