// Trunk post-build hook (see Trunk.toml), run on the staging directory
// before it becomes dist/. It finishes what Trunk cannot do offline:
//
//   1. manifest.webmanifest, for installing the app;
//   2. sw.js, a service worker that precaches every file of this build
//      (hashed names listed here, at build time) under a cache named after
//      the build, and drops other builds' caches when it takes over: a
//      release never serves old JS with new wasm;
//   3. a Content-Security-Policy in index.html that allows only the page's
//      own files: its three inline scripts (the loader and the two
//      language scripts, minified) are allowed by hash, wasm by
//      'wasm-unsafe-eval', nothing else inline but style attributes;
//   4. ninh-binh-industry-offline.html, the single-file edition: styles,
//      JS glue and wasm (base64) inlined, for opening from disk (file://);
//   0. first of all, the baseline prerendered in both languages (the native
//      `prerender` binary, same model and sections as the app) put into
//      #app, with a head script that shows the reader's language before
//      the first paint (the app's own order of choice) and hides the
//      figures when the address carries a scenario (`?s=`), which only the
//      app can show;
//   0a/0b. the wasm's imports renamed short and its custom sections
//      dropped; the JS glue minified.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');

const OFFLINE_FILE = 'ninh-binh-industry-offline.html';
const sha256 = (text) => createHash('sha256').update(text).digest('base64');

const files = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
let html = await readFile(join(dir, 'index.html'), 'utf8');

// ---- 0. the baseline, prerendered
// The release build's environment (scripts/build.sh: nightly, build-std,
// its own target directory) is not for this native build.
const nativeEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) =>
  !/^(RUSTUP_TOOLCHAIN|CARGO_TARGET_DIR|CARGO_UNSTABLE_|CARGO_TARGET_WASM32_|CARGO_BUILD_TARGET|RUSTFLAGS|CARGO_ENCODED_RUSTFLAGS)/.test(k)));
const prerender = spawnSync('cargo', ['run', '--quiet', '--offline', '--features', 'prerender', '--bin', 'prerender'],
  { env: nativeEnv, encoding: 'utf8', maxBuffer: 16 << 20 });
if (prerender.status !== 0 || !prerender.stdout.includes('data-prerender="en"')) {
  throw new Error(`prerender failed: ${prerender.stderr}`);
}
/** An inline script as the page ships it: minified, like the glue (its
 * comments and long local names cost every first visit about 0.5 KiB). */
const shipped = async (code, module = false) => {
  const { code: small } = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!small) throw new Error('minifying an inline script failed');
  return small;
};

// Same order as browser::initial_lang: the link's scenario is the app's to
// show; else ?lang=, else the last choice on this device, else the
// browser's languages, else English.
const CHOOSE_LANG = await shipped(`(function () {
  var d = document.documentElement, q = new URLSearchParams(location.search), pick = function (t) {
    t = String(t || '').split(/[-_]/)[0].toLowerCase(); return t === 'vi' || t === 'en' ? t : null; };
  var lang = pick(q.get('lang'));
  try { lang = lang || pick(localStorage.getItem('ninh-binh-industry.lang')); } catch (e) {}
  (navigator.languages || [navigator.language]).forEach(function (t) { lang = lang || pick(t); });
  d.lang = lang || 'en'; d.dataset.lang = d.lang;
  if (q.get('s')) d.dataset.link = '';
})();`);
// Only one copy stays in the document (no duplicate ids): the other
// language's is kept aside, both are removed when the app must open a
// link's scenario. The language buttons work before the app does: a
// press swaps the copies and is remembered as the app remembers it
// (browser::remember_lang; and in ?lang=, which comes first), so the app
// starts in that language.
const KEEP_ONE = await shipped(`(function () {
  var d = document.documentElement, aside = null;
  document.querySelectorAll('[data-prerender]').forEach(function (e) {
    if ('link' in d.dataset || e.lang !== d.dataset.lang) { e.remove(); if (!('link' in d.dataset)) aside = e; } });
  document.getElementById('app').addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-prerender] .lang-switch button[lang]');
    if (!button || !aside || button.lang === d.dataset.lang) return;
    var shown = button.closest('[data-prerender]');
    // What the reader changed goes along (the copies have the same fields,
    // in the same order); a typed decimal takes the other language's point.
    var from = shown.querySelectorAll('input'), to = aside.querySelectorAll('input');
    for (var i = 0; from.length === to.length && i < from.length; i++) {
      var f = from[i], t = to[i];
      if (f.type === 'radio' || f.type === 'checkbox') t.checked = f.checked;
      else if (f.value !== f.defaultValue) t.value = f.type === 'range' || !/^[+-]?[0-9]+[.,][0-9]+$/.test(f.value)
        ? f.value : f.value.replace(/[.,]/, button.lang === 'vi' ? ',' : '.');
    }
    shown.replaceWith(aside); aside = shown;
    d.lang = d.dataset.lang = button.lang;
    try { localStorage.setItem('ninh-binh-industry.lang', button.lang); } catch (e) {}
    var q = new URLSearchParams(location.search);
    if (q.has('lang')) { q.set('lang', button.lang); history.replaceState(history.state, '', '?' + q); }
  });
})();`);
const NO_SCRIPT = '<noscript><p class="noscript-note">Đây là số liệu gốc 2023 và dự báo lặp lại mức tăng 2023; công cụ kịch bản cần JavaScript và WebAssembly. · These are the published 2023 figures and the repeat-2023-growth projection; the scenario tools need JavaScript and WebAssembly.</p></noscript>';
const appDiv = /<div id="?app"?>[\s\S]*?<\/div>(?=\s*<\/body>)/;
if (!appDiv.test(html)) throw new Error('no <div id=app> to prerender into');
html = html
  .replace(appDiv, () => `<div id="app">${NO_SCRIPT}${prerender.stdout}<script>${KEEP_ONE}</script>`
    + '<p class="loading link-loading">Đang mở kịch bản… · Opening the scenario…</p></div>')
  .replace(/<\/title>/, (m) => `${m}<script>${CHOOSE_LANG}</script>`);

// The wasm is fetched by the loader, not preloaded from the head: the
// page's first paint (the prerendered baseline) must not wait behind, or
// be measured against, a download that only the app needs.
html = html.replace(/<link[^>]*rel="?preload"?[^>]*\.wasm[^>]*>|<link[^>]*\.wasm[^>]*rel="?preload"?[^>]*>/g, '');

// ---- 0a. short names for the wasm's imports
// wasm-bindgen names each import after its JS function and a 16-digit
// hash (`__wbg_set_value_cb7e77c93a95e491`), written twice: in the wasm's
// import section and as a key of the glue's import object. The hashes do
// not compress: 188 imports made 6 KB of names in each file. Renamed to
// `$a`, `$b`, … in both (the same mapping, checked both ways: every name
// is one key of the glue, no new name is in it already), they take about
// 5 KiB off the brotli of the two. Deterministic, like the minifying below.
// The custom sections go too: they only name the tools that built the
// wasm (`producers`, `target_features`); the browser does not read them.
const WASM = /^ninh-binh-industry-[0-9a-f]+_bg\.wasm$/;

/** LEB128, as the wasm binary format writes sizes and counts. */
function readU32(bytes, at) {
  let value = 0, shift = 0, byte;
  do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, at];
}
function writeU32(value) {
  const out = [];
  do { let byte = value & 0x7f; value = Math.floor(value / 128); if (value) byte |= 0x80; out.push(byte); } while (value);
  return Buffer.from(out);
}
const shortName = (k) => `$${k.toString(36)}`;

/** The wasm with its function imports from `module` renamed and without
 * custom sections; the mapping. Also checks that the linker still puts
 * the stack first (data at 1 MiB and up): index.html tells wasm-opt the
 * lowest 1 KiB is unused, which holds only then. */
function rewriteWasm(wasm, module) {
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readU32(wasm, at + 1);
    let section = wasm.subarray(body, body + size);
    if (id === 0) {
      at = body + size;
      continue;
    }
    if (id === 11) {
      const [count, first] = readU32(section, 0);
      let i = first;
      for (let n = 0; n < count; n++) {
        const flags = section[i];
        if (flags !== 0) throw new Error(`data segment ${n} is not active in memory 0 (flags ${flags})`);
        if (section[i + 1] !== 0x41) throw new Error(`data segment ${n} has no constant offset`);
        const [offset, end] = readU32(section, i + 2);
        if (section[end] !== 0x0b) throw new Error(`data segment ${n} has an unexpected offset expression`);
        if (offset < 1 << 20) throw new Error(`data segment ${n} starts at ${offset}: the stack is no longer first, and --low-memory-unused (index.html) is unsafe`);
        const [length, bytes] = readU32(section, end + 1);
        i = bytes + length;
      }
    }
    if (id === 2) {
      const [count, first] = readU32(section, 0);
      const entries = [writeU32(count)];
      let i = first;
      for (let n = 0; n < count; n++) {
        const [moduleLength, m] = readU32(section, i);
        const from = section.subarray(m, m + moduleLength).toString();
        const [nameLength, f] = readU32(section, m + moduleLength);
        const name = section.subarray(f, f + nameLength).toString();
        const kind = section[f + nameLength];
        if (kind !== 0) throw new Error(`import ${name} is not a function`);
        const [, next] = readU32(section, f + nameLength + 1);
        const tail = section.subarray(f + nameLength, next);
        const newName = from === module ? shortName(renamed.size) : name;
        if (from === module) renamed.set(name, newName);
        entries.push(section.subarray(i, m + moduleLength), writeU32(Buffer.byteLength(newName)), Buffer.from(newName), tail);
        i = next;
      }
      section = Buffer.concat(entries);
    }
    parts.push(Buffer.from([id]), writeU32(section.length), section);
    at = body + size;
  }
  return { wasm: Buffer.concat(parts), renamed };
}

for (const wasmName of files.filter((f) => WASM.test(f))) {
  const glueName = wasmName.replace(/_bg\.wasm$/, '.js');
  const glue = await readFile(join(dir, glueName), 'utf8');
  const { wasm, renamed } = rewriteWasm(await readFile(join(dir, wasmName)), './ninh-binh-industry_bg.js');
  if (renamed.size < 50) throw new Error(`only ${renamed.size} imports to rename: has wasm-bindgen changed?`);
  let renamedGlue = glue;
  for (const [name, newName] of renamed) {
    const key = new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g');
    const uses = glue.match(key)?.length ?? 0;
    if (uses !== 1 || !new RegExp(`^\\s*${name}: function\\(`, 'm').test(glue)) {
      throw new Error(`${name} is not exactly one key of the glue's imports (${uses} uses)`);
    }
    if (glue.includes(newName)) throw new Error(`${newName} is already in the glue`);
    renamedGlue = renamedGlue.replace(key, newName);
  }
  await writeFile(join(dir, wasmName), wasm);
  await writeFile(join(dir, glueName), renamedGlue);
}

// ---- 0b. the JS glue, minified
// Trunk leaves wasm-bindgen's glue as written (47 KB). Terser shortens it
// (about 1.2 KiB brotli less); the output is a function of the input, so
// the file's hashed name still names its content. Exports keep their
// names: the loader and the wasm's imports use them.
// The single-file edition (step 4) inlines the glue as written: it calls
// the glue's init by name and drops its export line.
const GLUE = /^ninh-binh-industry-[0-9a-f]+\.js$/;
const glueAsWritten = new Map();
for (const name of files.filter((f) => GLUE.test(f))) {
  const source = await readFile(join(dir, name), 'utf8');
  glueAsWritten.set(name, source);
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!code || code.length >= source.length) throw new Error(`minifying ${name} failed`);
  await writeFile(join(dir, name), code);
}

// ---- 1. manifest
const manifest = {
  name: 'Công nghiệp Ninh Bình 2024 · Ninh Bình industry 2024',
  short_name: 'Ninh Bình 2024',
  description: "Will Ninh Bình's 2024 industrial output reach its target? Explore, set growth, share scenarios, offline.",
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#0b5d4b',
  lang: 'vi',
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
await writeFile(join(dir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2));

// ---- 3. CSP (before hashing the file list: index.html changes here)
// Trunk may minify index.html: attribute quotes are optional below.
const INLINE_SCRIPT = /<script type="?module"?>([\s\S]*?)<\/script>/;
// The release wasm aborts on a panic without running any Rust (see
// scripts/build.sh): the trap surfaces here as a WebAssembly.RuntimeError,
// from an event handler or a promise. The page must never freeze half
// drawn: it says so in both languages instead.
const FATAL = `const showFatal = (e) => {
  if (typeof WebAssembly !== 'object' || !((e.error || e.reason) instanceof WebAssembly.RuntimeError)) return;
  document.body.innerHTML = '<main class="fatal" role="alert"><h1>Lỗi ứng dụng / Application error</h1>'
    + '<p>Xin tải lại trang. Kịch bản của bạn vẫn nằm trong địa chỉ trang. / Please reload the page. Your scenario is still in the address.</p></main>';
};
addEventListener('error', showFatal);
addEventListener('unhandledrejection', showFatal);
`;
// Trunk's loader imports the glue at once, and the glue then fetches the
// wasm: both would compete with, and in Lighthouse's simulation be charged
// to, the first paint of the prerendered baseline. The loader waits for
// the page to have loaded and painted, then imports the glue.
const STATIC_IMPORT = /^import init, \* as bindings from '([^']+)';$/m;
// Registered once the app runs and has painted (installing downloads the
// build again into its cache: not while the first verdict is drawn). An
// install that fails keeps the previous offline copy; the page says so,
// once per session.
const REGISTER_WORKER = `if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  requestAnimationFrame(() => setTimeout(() => navigator.serviceWorker.register('./sw.js').then((registration) => {
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      let installed = false;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' || worker.state === 'activated') installed = true;
        if (worker.state !== 'redundant' || installed) return;
        try { if (sessionStorage.getItem('ninh-binh-industry.offline-failed')) return; sessionStorage.setItem('ninh-binh-industry.offline-failed', '1'); } catch (e) {}
        const note = document.createElement('p');
        note.className = 'offline-notice';
        note.setAttribute('role', 'status');
        note.setAttribute('data-testid', 'offline-notice');
        note.textContent = 'Không cập nhật được bản dùng ngoại tuyến; bản đang có vẫn dùng được. · The offline copy could not be updated; the one you have still works.';
        document.body.append(note);
      });
    });
  }).catch(() => {}), 0));
}`;
const AFTER_FIRST_PAINT = `await new Promise((ready) => {
  const paint = () => requestAnimationFrame(() => setTimeout(ready, 0));
  if (document.readyState === 'complete') paint(); else addEventListener('load', paint, { once: true });
});`;
// Trunk's loader starts the wasm with this line; ours wraps it so that a
// glue or wasm that cannot be fetched or compiled is said on the page (a
// trap while the app starts is a crash, which FATAL reports instead).
const INIT = /^const wasm = await init\(\{ module_or_path: '([^']+)' \}\);$/m;
// A download that takes more than a second (hall Wi-Fi) is said, so a
// reader whose taps do nothing yet knows why; fields typed into meanwhile
// are kept (browser::carried_edits). After 20 s it offers a reload (a
// stalled download never fails by itself). A failed one says so, with a
// retry in place that keeps those edits; a browser without WebAssembly
// (turned off by a policy or a lockdown mode) is told why, with no retry.
const LOAD_NOTES = `// The reader may switch language before the app runs: asked each time.
const vi = () => document.documentElement.lang === 'vi', link = 'link' in document.documentElement.dataset;
const button = (label, onClick) => {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
};
const note = (testid, role, words, action) => {
  const box = document.createElement('div');
  box.className = 'offline-notice ' + testid;
  box.setAttribute('role', role);
  box.setAttribute('data-testid', testid);
  const text = document.createElement('p');
  text.textContent = words;
  box.append(text);
  if (action) box.append(action);
  return box;
};
const shown = () => vi() ? 'Số liệu đang hiện là số liệu 2023 đã công bố và dự báo lặp lại mức tăng 2023'
  : 'The figures shown are the published 2023 figures and the repeat-2023-growth projection';
let loadingNote = null, loadingTimers = [];
const loadingDone = () => { loadingTimers.forEach(clearTimeout); loadingNote?.remove(); loadingNote = null; };
// The status box is in the page, empty, from the start of the download: a
// live region added together with its words is not announced by every
// screen reader.
const loading = () => {
  if (link) return;
  const box = loadingNote = note('loading-tools', 'status', '');
  box.classList.add('pending');
  document.body.append(box);
  const say = (words) => { box.classList.remove('pending'); box.firstChild.textContent = words; };
  loadingTimers = [
    setTimeout(() => say(vi() ? 'Đang tải công cụ kịch bản…' : 'Loading the scenario tools…'), 1000),
    setTimeout(() => {
      say(vi() ? 'Vẫn đang tải công cụ kịch bản (mạng chậm).' : 'Still loading the scenario tools (a slow connection).');
      box.append(button(vi() ? 'Tải lại trang' : 'Reload', () => location.reload()));
    }, 20000),
  ];
};
const showLoadFailed = (retry) => {
  document.documentElement.dataset.loadFailed = '';
  if (typeof WebAssembly !== 'object') {
    document.body.append(note('load-failed', 'alert', vi()
      ? 'Trình duyệt này đang tắt WebAssembly nên không chạy được công cụ kịch bản' + (link ? ' và không mở được kịch bản trong liên kết.' : '. ' + shown() + '.')
      : 'This browser has WebAssembly turned off, which the scenario tools need' + (link ? ', so the linked scenario cannot open here.' : '. ' + shown() + '.')));
    return;
  }
  const failed = note('load-failed', 'alert', (vi()
    ? 'Không tải được công cụ kịch bản (có thể mạng đã ngắt). ' + (link ? 'Bấm Thử lại để mở kịch bản trong liên kết.' : shown() + '; các nút, thanh trượt và ô nhập chỉ hoạt động khi tải được.')
    : 'The scenario tools could not load (the connection may have dropped). ' + (link ? 'Press Try again to open the linked scenario.' : shown() + '; buttons, sliders and fields work once the tools load.')),
    button(vi() ? 'Thử lại' : 'Try again', () => { failed.remove(); delete document.documentElement.dataset.loadFailed; retry(); }));
  document.body.append(failed);
};`;
html = html.replace(INLINE_SCRIPT, (_, body) => {
  const glue = body.match(STATIC_IMPORT);
  const wasm = body.match(INIT);
  if (!glue || !wasm) throw new Error("Trunk's loader no longer imports the glue and starts the wasm as expected");
  const start = body.slice(body.indexOf(wasm[0]) + wasm[0].length).trim();
  if (!/^window\.wasmBindings = bindings;\s*dispatchEvent\(new CustomEvent\("TrunkApplicationStarted", \{detail: \{wasm\}\}\)\);$/.test(start)) {
    throw new Error(`Trunk's loader ends unexpectedly: ${start}`);
  }
  const loader = `${AFTER_FIRST_PAINT}
${LOAD_NOTES}
const started = (wasm) => {
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
${REGISTER_WORKER}
};
const load = () => {
  loading();
  return import('${glue[1]}').then(async ({ default: init, ...bindings }) => {
    const wasm = await init({ module_or_path: '${wasm[1]}' });
    window.wasmBindings = bindings;
    return wasm;
  }).catch((error) => {
    if (typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError) throw error;
    showLoadFailed(load);
    return null;
  }).finally(loadingDone).then((wasm) => wasm && started(wasm));
};
await load();`;
  return `<script type="module">${FATAL}${loader}</script>`;
});
html = html.replace(/<link[^>]*rel="?modulepreload"?[^>]*>/g, '');
const loaderShipped = await shipped(html.match(INLINE_SCRIPT)[1], true);
html = html.replace(INLINE_SCRIPT, () => `<script type="module">${loaderShipped}</script>`);
const inlineScripts = [...html.matchAll(new RegExp(INLINE_SCRIPT, 'g'))].map((m) => m[1]);
if (inlineScripts.length !== 1) throw new Error(`expected Trunk's one inline script, found ${inlineScripts.length}`);
const classicScripts = [CHOOSE_LANG, KEEP_ONE].map(sha256);
const csp = (scriptHashes, styleSrc) => [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
  `style-src ${styleSrc}`,
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const headExtras = [
  `<meta http-equiv="Content-Security-Policy" content="${csp([sha256(inlineScripts[0]), ...classicScripts], "'self'")}">`,
  '<link rel="manifest" href="./manifest.webmanifest">',
  '<meta name="theme-color" content="#0b5d4b">',
  '<link rel="apple-touch-icon" href="./icon-192.png">',
].join('\n  ');
html = html.replace(/<meta charset="?utf-8"?>/i, (m) => `${m}\n  ${headExtras}`);
if (!html.includes('Content-Security-Policy')) throw new Error('no <meta charset> to put the CSP after');
await writeFile(join(dir, 'index.html'), html);

// ---- 2. service worker
// The PNG icons are only for installing the app, which the browser does
// online and fetches them for itself: precaching them would add 8 KB to
// every first visit for nothing the page shows.
const INSTALL_ONLY = /^icon-\d+\.png$/;
// The page is precached once, as './' (the address a visit loads, so the
// worker's request revalidates what the browser just fetched: a 304, not
// the page again); every navigation is answered with it.
const precache = [...files.filter((f) => f !== OFFLINE_FILE && f !== 'sw.js' && !INSTALL_ONLY.test(f)), 'manifest.webmanifest']
  .filter((f, i, all) => all.indexOf(f) === i)
  .sort();
const hash = createHash('sha256');
for (const f of precache) hash.update(f).update(await readFile(join(dir, f)));
const pageUrl = (f) => (f === 'index.html' ? './' : `./${f}`);
const version = hash.digest('hex').slice(0, 16);
const sw = `// Generated by scripts/post-build.mjs for build ${version}. Do not edit.
const CACHE = 'ninh-binh-industry-${version}';
const PRECACHE = ${JSON.stringify(precache.map(pageUrl), null, 2)};

// Trunk's file hash: a hashed file's name is its content, so the HTTP
// cache can never hold a stale one; anything else (the page, the manifest)
// is revalidated with the host ('no-cache': a conditional request, with
// Cache-Control: max-age=0 for any cache on the way), since a host may send
// it with max-age. Unchanged, it costs a 304, not the page again.
const HASHED = /-[0-9a-f]{10,16}(_bg)?\\.[a-z0-9]+$/;

// All or nothing: the new cache is complete and consistent (the page it
// will serve names only this build's files) before the worker installs;
// otherwise it is dropped and the install fails, so the old worker and its
// cache keep serving the previous build, which still works.
async function install() {
  // Reinstalling this very build must never drop the cache it serves from.
  const existed = await caches.has(CACHE);
  const cache = await caches.open(CACHE);
  try {
    await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' })));
    const page = await (await cache.match('./')).text();
    for (const [, name] of page.matchAll(/\\.\\/([\\w.-]+-[0-9a-f]{10,16}(?:_bg)?\\.(?:js|wasm|css|svg))/g)) {
      if (!PRECACHE.includes('./' + name)) throw new Error('index.html names ' + name + ', which this build does not have');
    }
  } catch (error) {
    if (!existed) await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ninh-binh-industry-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first, for this build's files only; pages (any path or query in
// scope) get this build's page, so a page and its wasm come from one build.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const lookup = request.mode === 'navigate' ? './' : request;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(lookup, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
`;
await writeFile(join(dir, 'sw.js'), sw);

// ---- 4. single-file edition
const cssFile = files.find((f) => f.endsWith('.css'));
const jsFile = files.find((f) => f.endsWith('.js') && f !== 'sw.js');
const wasmFile = files.find((f) => f.endsWith('.wasm'));
const css = await readFile(join(dir, cssFile), 'utf8');
const glue = (glueAsWritten.get(jsFile) ?? await readFile(join(dir, jsFile), 'utf8')).replace(/^export \{[^}]*\};?\s*$/m, '');
const wasm = (await readFile(join(dir, wasmFile))).toString('base64');
const boot = `${FATAL}${glue}
${AFTER_FIRST_PAINT}
const wasmBytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: wasmBytes });
`;
const icon = (await readFile(join(dir, files.find((f) => f.endsWith('.svg'))))).toString('base64');
let single = html
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${csp([sha256(boot), ...classicScripts], `'sha256-${sha256(css)}'`)}">`)
  .replace(/<link rel="manifest"[^>]*>\s*/, '')
  .replace(/<link rel="apple-touch-icon"[^>]*>\s*/, '')
  .replace(/<link[^>]*rel="?icon"?[^>]*>/, `<link rel="icon" href="data:image/svg+xml;base64,${icon}">`)
  .replace(/<link[^>]*rel="?stylesheet"?[^>]*>/, () => `<style>${css}</style>`)
  .replace(/<link[^>]*rel="?(modulepreload|preload)"?[^>]*>/g, '')
  .replace(INLINE_SCRIPT, () => `<script type="module">${boot}</script>`);
await writeFile(join(dir, OFFLINE_FILE), single);

console.log(`post-build: manifest, sw.js (${precache.length} files, build ${version}), CSP, ${OFFLINE_FILE}`);
