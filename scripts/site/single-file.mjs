// The single-file edition, for opening from disk (file://, where neither
// modules from other files nor a service worker work): the page (whose
// styles are inline already), with the icon, the glue and the wasm
// (base64) inlined too, under its own policy (the inline style by hash).
// Its module script is the page's but for the loader, and not minified:
// fatal.js, js/files.js, the glue and after-first-paint.js, then the wasm
// from its base64 once the page has painted.

import { contentSecurityPolicy, sha256 } from './csp.mjs';

export const OFFLINE_FILE = 'ninh-binh-industry-offline.html';

/** Replaces the one match of `pattern`; throws if the page has none. */
export function replaceOnce(html, pattern, content) {
  if (!pattern.test(html)) throw new Error(`the page has no ${pattern}`);
  return html.replace(pattern, () => content);
}

export async function singleFileEdition({ html, css, icon, wasm, glue, scripts }) {
  const boot = `${scripts.fatal}
${scripts.files}
${glue}
${scripts.afterFirstPaint}
await afterFirstPaint();
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
