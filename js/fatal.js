// First in the page's module script (and the single-file edition's). The
// release wasm aborts on a panic without running any Rust (scripts/build.sh):
// the trap surfaces as a WebAssembly.RuntimeError, from an event handler or
// a promise. The page must never freeze half drawn: it says so instead, in
// the app's crash words (i18n::page_notes, filled in by the build).
const CRASH = '__CRASH__';
const showFatal = (e) => {
  if (typeof WebAssembly !== 'object' || !((e.error || e.reason) instanceof WebAssembly.RuntimeError)) return;
  const main = document.createElement('main');
  main.className = 'fatal';
  main.setAttribute('role', 'alert');
  main.append(document.createElement('h1'), document.createElement('p'));
  main.firstChild.textContent = CRASH.title;
  main.lastChild.textContent = CRASH.body;
  document.body.replaceChildren(main);
};
addEventListener('error', showFatal);
addEventListener('unhandledrejection', showFatal);
