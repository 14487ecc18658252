// Loads the app (the end of the page's module script, after fatal.js,
// files.js, wasm-bindgen's glue and after-first-paint.js;
// scripts/site/build.mjs fills in the names below, and the words, which
// are the app's: i18n::page_notes). The glue is in the page, so the wasm
// is the one file it fetches, once the page has painted: fetched sooner,
// Lighthouse's simulation would charge its download to the largest paint
// (every request that ends before it counts). A download that
// takes more than a second (hall Wi-Fi) is said, so a reader whose taps do
// nothing yet knows why; fields typed into meanwhile are kept
// (browser::carried_edits). After 20 s it offers a reload (a stalled
// download never fails by itself). A failed one says so, with a retry in
// place that keeps those edits; a browser without WebAssembly (turned off
// by a policy or a lockdown mode) is told why, with no retry. A wasm
// that cannot be fetched or compiled is said on the page; a trap
// while the app starts is a crash, which fatal.js reports.
const WASM_URL = '__WASM_URL__';
// '' in a development build: no worker, so every reload shows the new build.
const WORKER_URL = '__WORKER_URL__';
const WORDS = '__WORDS__';
const OFFLINE_FAILED_KEY = '__OFFLINE_FAILED_KEY__';

// The reader may switch language before the app runs: asked each time.
const vi = () => document.documentElement.lang === 'vi', link = 'link' in document.documentElement.dataset;
const words = () => WORDS[vi() ? 'vi' : 'en'];
const button = (label, onClick) => {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
};
const note = (testid, role, message, action) => {
  const box = document.createElement('div');
  box.classList.add('offline-notice', testid);
  box.setAttribute('role', role);
  box.setAttribute('data-testid', testid);
  const text = document.createElement('p');
  text.textContent = message;
  box.append(text);
  if (action) box.append(action);
  return box;
};
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
  const say = (message) => { box.classList.remove('pending'); box.firstChild.textContent = message; };
  loadingTimers = [
    setTimeout(() => say(words().loading), 1000),
    setTimeout(() => {
      say(words().stillLoading);
      box.append(button(words().reload, () => location.reload()));
    }, 20000),
  ];
};
const showLoadFailed = (retry) => {
  document.documentElement.dataset.loadFailed = '';
  if (typeof WebAssembly !== 'object') {
    document.body.append(note('load-failed', 'alert', link ? words().noWasmLink : words().noWasm));
    return;
  }
  const failed = note('load-failed', 'alert', link ? words().failedLink : words().failed,
    button(words().tryAgain, () => { failed.remove(); delete document.documentElement.dataset.loadFailed; retry(); }));
  document.body.append(failed);
};
// Registered once the app runs and has painted (installing downloads the
// build again into its cache: not while the first verdict is drawn). An
// install that fails keeps the previous offline copy; the page says so,
// once per session.
const registerWorker = () => {
  if (!WORKER_URL || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  requestAnimationFrame(() => setTimeout(() => navigator.serviceWorker.register(WORKER_URL).then((registration) => {
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      let installed = false;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' || worker.state === 'activated') installed = true;
        if (worker.state !== 'redundant' || installed) return;
        try {
          if (sessionStorage.getItem(OFFLINE_FAILED_KEY)) return;
          sessionStorage.setItem(OFFLINE_FAILED_KEY, '1');
        } catch (e) { /* storage off: said again on the next page */ }
        // The worker serves every open page, whatever its language: both.
        document.body.append(note('offline-notice', 'status', WORDS.vi.offlineFailed + ' · ' + WORDS.en.offlineFailed));
      });
    });
  }).catch(() => {}), 0));
};

// __wbg_init is the glue's (wasm-bindgen's) init, above in this module:
// it compiles the wasm as it downloads (from a host that gives the wasm
// another type than application/wasm, once it is all in).
const load = () => {
  loading();
  return __wbg_init({ module_or_path: WASM_URL }).catch((error) => {
    if (typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError) throw error;
    showLoadFailed(load);
    return null;
  }).finally(loadingDone).then((wasm) => wasm && registerWorker());
};
await afterFirstPaint();
await load();
