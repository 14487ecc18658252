// The page's own scripts (js/), as they ship: read, filled in and, in a
// release build, minified by terser (their comments and long local names
// would cost every first visit about 0.5 KiB). Each script's text is what
// the Content-Security-Policy hashes, so it is made once, here. shipped()
// holds the one terser configuration of the build: these scripts, the
// service worker (service-worker.mjs) and wasm-bindgen's glue, which is
// in the module script.
//
// What they share with the app (storage keys, address parameters, the
// languages, their words) comes from the app: `prerender page-values`,
// which scripts/build.sh writes beside the prerendered page. Each script
// takes the values it names, and fill() refuses one it leaves unfilled.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const JS = new URL('../../js/', import.meta.url).pathname;

export const read = (name) => readFile(join(JS, name), 'utf8');

/** terser's options for every script the build ships; `module`: true for
 *  a module, whose top-level names are its own. A new object each time:
 *  terser writes `module` into the `compress` object it is given, which
 *  would carry over to the next script. */
const terserOptions = (module) => ({ module, compress: { passes: 2 }, mangle: true, format: { comments: false } });

/** `code` minified (release) or as written (development). */
export async function shipped(code, { module = false, release = true } = {}) {
  if (!release) return code;
  const { code: small } = await minify(code, terserOptions(module));
  if (!small) throw new Error('minifying a script failed');
  return small;
}

/** `value` as a JavaScript literal that is safe inside an inline
 *  <script>: JSON with `<` escaped (no `</script>` or `<!--` can close or
 *  change the element), and the two line separators JSON allows raw. */
export const scriptLiteral = (value) => JSON.stringify(value)
  .replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Replaces each `'__KEY__'` string literal with its value as a script
 *  literal; throws on a placeholder left unfilled or a value with no
 *  placeholder. */
export function fill(code, values) {
  for (const [key, value] of Object.entries(values)) {
    const literal = `'__${key}__'`;
    if (!code.includes(literal)) throw new Error(`no ${literal} to fill`);
    // A function, so `$&` or `$'` in a value is not a replacement pattern.
    const filled = scriptLiteral(value);
    code = code.replaceAll(literal, () => filled);
  }
  const left = code.match(/'__[A-Z_]+__'/);
  if (left) throw new Error(`${left[0]} left unfilled`);
  return code;
}

/** The entries of `values` named in `keys` (each must be there). */
export function only(values, keys) {
  return Object.fromEntries(keys.map((key) => {
    if (!(key in values)) throw new Error(`the page values lack ${key}`);
    return [key, values[key]];
  }));
}

/** The page's three inline scripts: the head's language choice, the one
 *  after the baseline, and the module that loads the app (fatal.js,
 *  files.js, `glue`: wasm-bindgen's, without its export line, then
 *  after-first-paint.js and loader.js); and, as written, the first two
 *  and after-first-paint.js, which the single-file edition's module has
 *  too. `values`: the app's page values (see above). */
export async function pageScripts({ glue, wasmUrl, workerUrl, release, values }) {
  const fatal = fill(await read('fatal.js'), only(values, ['CRASH']));
  const files = await read('files.js');
  const afterFirstPaint = await read('after-first-paint.js');
  const loader = [
    fatal,
    files,
    glue,
    afterFirstPaint,
    fill(await read('loader.js'), {
      WASM_URL: wasmUrl, WORKER_URL: workerUrl, ...only(values, ['WORDS', 'OFFLINE_FAILED_KEY']),
    }),
  ].join('\n');
  const chooseLang = fill(await read('choose-lang.js'),
    only(values, ['LANGS', 'LANG_PARAM', 'LANG_KEY', 'FALLBACK_LANG', 'CODE_PARAM']));
  const keepOne = fill(await read('keep-one.js'), only(values, ['LANG_KEY', 'LANG_PARAM']));
  return {
    chooseLang: await shipped(chooseLang, { release }),
    keepOne: await shipped(keepOne, { release }),
    loader: await shipped(loader, { module: true, release }),
    fatal,
    files,
    afterFirstPaint,
  };
}
