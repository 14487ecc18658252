// The page's Content-Security-Policy: only the page's own files, its
// inline scripts by hash, wasm by 'wasm-unsafe-eval', nothing else inline
// but style attributes; no request to any other origin.

import { createHash } from 'node:crypto';

export const sha256 = (text) => createHash('sha256').update(text).digest('base64');

/** `scripts`: the inline scripts' texts as they ship; `styles`: the
 *  style-src source list. */
export function contentSecurityPolicy({ scripts, styles }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.map((s) => `'sha256-${sha256(s)}'`).join(' ')}`,
    `style-src ${styles}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
