// Loads the app (the end of the page's module script, after fatal.js and
// after-first-paint.js; scripts/site/build.mjs fills in the three names
// below). A download that takes more than a second (hall Wi-Fi) is said,
// so a reader whose taps do nothing yet knows why; fields typed into
// meanwhile are kept (browser::carried_edits). After 20 s it offers a
// reload (a stalled download never fails by itself). A failed one says so,
// with a retry in place that keeps those edits; a browser without
// WebAssembly (turned off by a policy or a lockdown mode) is told why, with
// no retry. A glue or wasm that cannot be fetched or compiled is said on
// the page; a trap while the app starts is a crash, which fatal.js reports.
const GLUE_URL = '__GLUE_URL__';
const WASM_URL = '__WASM_URL__';
// '' in a development build: no worker, so every reload shows the new build.
const WORKER_URL = '__WORKER_URL__';

// The reader may switch language before the app runs: asked each time.
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
};

const load = () => {
  loading();
  return import(GLUE_URL).then(({ default: init }) => init({ module_or_path: WASM_URL })).catch((error) => {
    if (typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError) throw error;
    showLoadFailed(load);
    return null;
  }).finally(loadingDone).then((wasm) => wasm && registerWorker());
};
await load();
