// First in the page's module script (and the single-file edition's). The
// release wasm aborts on a panic without running any Rust (scripts/build.sh):
// the trap surfaces as a WebAssembly.RuntimeError, from an event handler or
// a promise. The page must never freeze half drawn: it says so in both
// languages instead.
const showFatal = (e) => {
  if (typeof WebAssembly !== 'object' || !((e.error || e.reason) instanceof WebAssembly.RuntimeError)) return;
  document.body.innerHTML = '<main class="fatal" role="alert"><h1>Lỗi ứng dụng / Application error</h1>'
    + '<p>Xin tải lại trang. Kịch bản của bạn vẫn nằm trong địa chỉ trang. / Please reload the page. Your scenario is still in the address.</p></main>';
};
addEventListener('error', showFatal);
addEventListener('unhandledrejection', showFatal);
