// Writes dist/, the site, from what scripts/build.sh made: wasm-bindgen's
// glue and wasm (optimised by wasm-opt in a release build), the baseline,
// the record, the page's index, the data notes and the page values (what
// js/ shares with the app) from the native `prerender` binary; plus
// index.html, styles/, js/ and assets/ from the repository.
//
//   node scripts/site/build.mjs --site DIR [--out dist] [--dev]
//
// A release build ships:
//   index.html      the template with the prerendered baseline (the
//                   Vietnamese copy in the document, the English one in a
//                   <template>) and the record, the page's index and each
//                   edition's data notes (templates) in both languages,
//                   the page's inline scripts (js/, minified), the
//                   styles (minified), the icon (a data: URI) and a
//                   Content-Security-Policy that allows only them, the
//                   page's own files and wasm;
//   en.html         the same page with the English copy in the document,
//                   for a reader with scripting off (index.html links to
//                   it from its <noscript> note, and back);
//   NAME-HASH_bg.wasm  the wasm (imports renamed short), named after a
//                   hash of its content (16 hex digits of SHA-256), so a
//                   host may cache it for ever; wasm-bindgen's glue is in
//                   the page's module script, which fetches the wasm once
//                   the page has painted;
//   sw.js           the service worker, precaching this build's files;
//   manifest.webmanifest, icon-192.png, icon-512.png  for installing;
//   ninh-binh-industry-offline.html  the single-file edition.
// A development build (--dev) ships the same page unminified, without the
// service worker or the single-file edition, and with the dev server's
// reload script.
//
// Invariants: the output is a function of the inputs (same inputs, same
// bytes); dist/ is replaced whole, in one rename, so a server never serves
// half a build; every file the page or the worker names exists.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform as transformCss } from 'lightningcss';
import { commandLine } from '../cli.mjs';
import { contentSecurityPolicy, sha256 } from './csp.mjs';
import { manifest } from './manifest.mjs';
import { pageScripts } from './page-scripts.mjs';
import { serviceWorker } from './service-worker.mjs';
import { replaceOnce, singleFileEdition, OFFLINE_FILE } from './single-file.mjs';
import { shortenImports } from './wasm-imports.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NAME = 'ninh-binh-industry';
export const DEV_RELOAD = '__dev/reload.js';

const { values: options } = commandLine('node scripts/site/build.mjs --site DIR [--out dist] [--dev]', {
  site: { type: 'string', default: join(ROOT, 'target/site') },
  out: { type: 'string', default: join(ROOT, 'dist') },
  dev: { type: 'boolean', default: false },
});
const site = resolve(options.site);
const out = resolve(options.out);
const release = !options.dev;

/** `stem-<16 hex of SHA-256>.ext` */
const hashed = (stem, ext, bytes) => `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${ext}`;

/** Replaces the template's `<!--build: …-->` marker that starts with `what`. */
function fillMarker(html, what, content) {
  const marker = new RegExp(`<!--build: ${what}[^>]*-->`);
  if (!marker.test(html)) throw new Error(`index.html has no <!--build: ${what}…--> marker`);
  return html.replace(marker, () => content);
}

/** wasm-bindgen's glue, for the page's module script (its export line
 *  goes: the loader calls its init by name), and the wasm. */
async function app() {
  let glue = await readFile(join(site, `${NAME}.js`), 'utf8');
  let wasm = await readFile(join(site, `${NAME}_bg.wasm`));
  if (release) ({ wasm, glue } = shortenImports(wasm, glue));
  const exports = /^export \{ initSync, __wbg_init as default \};?\s*$/m;
  if (!exports.test(glue)) throw new Error(`the glue has no "${exports}"`);
  return { glue: glue.replace(exports, ''), wasm };
}

async function styles() {
  const source = await readFile(join(ROOT, 'styles/main.css'));
  if (!release) return source;
  return Buffer.from(transformCss({ filename: 'main.css', code: source, minify: true }).code);
}

/** The English page, for a reader with scripting off. */
export const EN_PAGE = 'en.html';

/** The prerendered baseline with `live`'s copy in the document and every
 *  other language's aside in a `<template>`: one language is parsed into
 *  the document at a time (unique ids, one main, one form), and
 *  js/keep-one.js swaps in the reader's before the first paint. */
function baselineFor(prerendered, live) {
  const starts = [...prerendered.matchAll(/<div class="prerendered" data-prerender="(\w+)"/g)];
  const copies = new Map(starts.map((m, i) => [m[1], prerendered.slice(m.index, starts[i + 1]?.index)]));
  if (!copies.has(live) || starts[0].index !== 0) throw new Error(`the prerendered baseline is not one copy per language (${live})`);
  const aside = [...copies].filter(([lang]) => lang !== live)
    .map(([lang, copy]) => `<template data-prerender-aside="${lang}">${copy}</template>`);
  return copies.get(live) + aside.join('');
}

/** What a reader with scripting off follows to the other language's page. */
const OTHER_PAGE = {
  vi: '<a class="noscript-lang" href="./en.html" lang="en" hreflang="en">This page in English</a>',
  en: '<a class="noscript-lang" href="./" lang="vi" hreflang="vi">Trang này bằng tiếng Việt</a>',
};

/** The page with `live` as the language in its document: index.html is
 *  Vietnamese, the province's own; en.html English, for a reader with
 *  scripting off (with scripting on, either page shows the reader's). */
function pageFor(page, live, prerendered, keepOne) {
  let html = fillMarker(page, 'the baseline', `${baselineFor(prerendered, live)}<script>${keepOne}</script>`);
  html = fillMarker(html, "the other language's page", OTHER_PAGE[live]);
  return replaceOnce(html, /<html lang="vi">/, `<html lang="${live}">`);
}

async function build() {
  const { glue, wasm } = await app();
  const css = await styles();
  const icon = await readFile(join(ROOT, 'assets/icon.svg'));
  const files = new Map([
    [hashed(NAME, '_bg.wasm', wasm), wasm],
    ['icon-192.png', await readFile(join(ROOT, 'assets/icon-192.png'))],
    ['icon-512.png', await readFile(join(ROOT, 'assets/icon-512.png'))],
    ['manifest.webmanifest', manifest()],
  ]);
  const [wasmFile] = [...files.keys()];
  const scripts = await pageScripts({
    glue,
    wasmUrl: `./${wasmFile}`,
    workerUrl: release ? './sw.js' : '',
    release,
    values: JSON.parse(await readFile(join(site, 'page-values.json'), 'utf8')),
  });
  const prerendered = await readFile(join(site, 'prerender.html'), 'utf8');
  if (!prerendered.includes('data-prerender="en"') || !prerendered.includes('data-prerender="vi"')) {
    throw new Error('the prerendered baseline lacks a language');
  }
  const record = await readFile(join(site, 'record.html'), 'utf8');
  if (!record.includes('id="record-en"') || !record.includes('id="record-vi"')) {
    throw new Error('the record lacks a language');
  }
  // Each edition's data notes in each language (an edition a file of
  // data/editions/, named by its year).
  for (const file of await readdir(join(ROOT, 'data/editions'))) {
    const edition = file.replace(/\.json$/, '');
    for (const lang of ['en', 'vi']) {
      if (!record.includes(`id="notes-${edition}-${lang}"`)) throw new Error(`the data notes lack edition ${edition} in ${lang}`);
    }
  }

  // The styles in the page: no render-blocking request before the first
  // paint on hall Wi-Fi, and one response's headers fewer.
  const policy = contentSecurityPolicy({ scripts: [scripts.loader, scripts.chooseLang, scripts.keepOne], styles: `'sha256-${sha256(css.toString())}'` });
  let html = await readFile(join(ROOT, 'index.html'), 'utf8');
  html = fillMarker(html, 'security policy', [
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<link rel="manifest" href="./manifest.webmanifest">',
    '<meta name="theme-color" content="#0b5d4b">',
    '<link rel="apple-touch-icon" href="./icon-192.png">',
  ].join('\n  '));
  html = fillMarker(html, 'language choice', `<script>${scripts.chooseLang}</script>`);
  html = fillMarker(html, "the app's loader", `<script type="module">${scripts.loader}</script>`
    + (release ? '' : `\n  <script type="module" src="./${DEV_RELOAD}"></script>`));
  html = fillMarker(html, 'the record', record);
  // The icon in the page: one request fewer on a first visit (its own
  // would cost more in headers than its 0.4 KB), and nothing to precache.
  const iconUri = `data:image/svg+xml,${icon.toString().trim().replaceAll('"', "'").replace(/[#%<> \n]/g, encodeURIComponent)}`;
  html = replaceOnce(html, /<link rel="icon" href="assets\/icon.svg">/, `<link rel="icon" href="${iconUri}">`);
  html = replaceOnce(html, /<link rel="stylesheet" href="styles\/main.css">/, `<style>${css}</style>`);
  const page = html;
  html = pageFor(page, 'vi', prerendered, scripts.keepOne);
  files.set('index.html', html);

  if (release) {
    const worker = await serviceWorker(files);
    files.set('sw.js', worker.code);
    // A file opened from disk has no en.html beside it: no link to it.
    if (!html.includes(OTHER_PAGE.vi)) throw new Error('the page lacks its link to en.html');
    const offline = html.replace(OTHER_PAGE.vi, () => '');
    files.set(OFFLINE_FILE, await singleFileEdition({
      html: offline, css: css.toString(), icon, wasm, glue, scripts,
    }));
    console.log(`site: ${files.size} files, sw.js precaches ${worker.precache.length} (build ${worker.build})`);
  }
  // Not precached: with scripting on, index.html shows the reader's
  // language, so en.html is for a reader with scripting off (who has no
  // service worker); an active worker answers it with its own page.
  files.set(EN_PAGE, pageFor(page, 'en', prerendered, scripts.keepOne));

  const staging = `${out}.staging`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  for (const [name, bytes] of files) await writeFile(join(staging, name), bytes);
  const previous = `${out}.previous`;
  await rm(previous, { recursive: true, force: true });
  await rename(out, previous).catch((error) => { if (error.code !== 'ENOENT') throw error; });
  await rename(staging, out);
  await rm(previous, { recursive: true, force: true });
  console.log(`site: ${release ? 'release' : 'development'} build in ${out}`);
}

await build();
