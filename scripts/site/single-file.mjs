// The single-file edition, for opening from disk (file://, where neither
// modules from other files nor a service worker work): the page (whose
// styles are inline already), with the icon, the glue and the wasm
// (base64) inlined too, under its own policy (the inline style by hash). The glue is inlined as written (renamed imports, not
// minified) and its init is called by name, its export line dropped. It
// starts, as the page's module does, with fatal.js and js/files.js.

import { contentSecurityPolicy, sha256 } from './csp.mjs';
import { read } from './page-scripts.mjs';

export const OFFLINE_FILE = 'ninh-binh-industry-offline.html';

/** Replaces the one match of `pattern`; throws if the page has none. */
export function replaceOnce(html, pattern, content) {
  if (!pattern.test(html)) throw new Error(`the page has no ${pattern}`);
  return html.replace(pattern, () => content);
}

export async function singleFileEdition({ html, css, icon, wasm, glue, scripts }) {
  const boot = `${scripts.fatal}
${scripts.files}
${glue.replace(/^export \{[^}]*\};?\s*$/m, '')}
${await read('after-first-paint.js')}
const wasmBytes = Uint8Array.from(atob("${wasm.toString('base64')}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: wasmBytes });
`;
  const policy = contentSecurityPolicy({ scripts: [boot, scripts.chooseLang, scripts.keepOne], styles: `'sha256-${sha256(css)}'` });
  let page = html;
  page = replaceOnce(page, /<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  page = replaceOnce(page, /<link rel="manifest"[^>]*>\s*/, '');
  page = replaceOnce(page, /<link rel="apple-touch-icon"[^>]*>\s*/, '');
  page = replaceOnce(page, /<link rel="icon"[^>]*>/, `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}">`);
  page = replaceOnce(page, /<script type="module">[\s\S]*?<\/script>/, `<script type="module">${boot}</script>`);
  return page;
}
