// A small static file server for dist/, bound to 127.0.0.1 only.
// Used by `scripts/serve.sh`, the end-to-end tests and the benchmark, so all
// three serve the site the way a real static host does (see
// docs/hosting.md):
//
//   - MIME types, application/wasm for .wasm;
//   - compression negotiated by Accept-Encoding: brotli (q11) preferred,
//     else gzip (-9), else none, for text-like files and wasm, with
//     `vary: accept-encoding`; each file is compressed once and the bytes
//     kept in memory, keyed by path, size and mtime (a rebuilt file is
//     compressed again); a compressed form no smaller than the file is not
//     used;
//   - Cache-Control: `no-cache` for pages (.html), sw.js and the manifest,
//     so a new release is seen at once; `immutable` for a year for files
//     whose name carries the build's content hash (name-<16 hex>.js, _bg.wasm, .css…);
//     an hour for other files (icons);
//   - an ETag per file and encoding (content hash), answering 304 to a
//     matching If-None-Match; HEAD; no path outside DIR.
//
//   node scripts/serve-static.mjs DIR [--port N] [--html-max-age SECONDS]
//     (port 0 picks a free one)
//
//   startServer(dir, port = 0, { htmlMaxAge, routes }) -> { server, url, close, warm }
//     htmlMaxAge: serve .html with `public, max-age=N` instead of no-cache
//     (for testing the service worker against a caching host);
//     routes: { '/path': (req, res) => … } answered before any file
//     (the development server's reload channel);
//     warm(): compress every file now, so the first request is not slowed.

import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { commandLine } from './cli.mjs';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

// The build's file hash (scripts/site/build.mjs): `name-0123456789abcdef.ext`,
// `name-0123456789abcdef_bg.wasm`.
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.[a-z0-9]+$/;

const YEAR = 31536000;

/** The Cache-Control a real host should send for this file. */
export function cacheControl(file, { htmlMaxAge } = {}) {
  const name = basename(file);
  const ext = extname(name);
  if (ext === '.html') {
    return htmlMaxAge == null ? 'no-cache' : `public, max-age=${Number(htmlMaxAge)}`;
  }
  if (name === 'sw.js' || ext === '.webmanifest') return 'no-cache';
  if (HASHED.test(name)) return `public, max-age=${YEAR}, immutable`;
  return 'public, max-age=3600';
}

/** The encoding to send: `br`, `gzip` or `identity`, by the client's
 *  Accept-Encoding (q-values honoured, `*` understood). */
export function negotiate(acceptEncoding = '') {
  const q = new Map();
  for (const part of String(acceptEncoding).split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) weight = Number(m[1]);
    }
    q.set(token === 'x-gzip' ? 'gzip' : token, weight);
  }
  const accepts = (enc) => (q.has(enc) ? q.get(enc) > 0 : (q.get('*') ?? 0) > 0);
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

// path -> { key, promise of { raw, etag, br?, gzip? } }; shared by every
// server of this process (the tests start several on the same dist/).
const cache = new Map();

function entryFor(file, info) {
  const key = `${info.size}:${info.mtimeMs}`;
  const hit = cache.get(file);
  if (hit && hit.key === key) return hit;
  const entry = { key, encoded: new Map() };
  entry.raw = readFile(file).then((raw) => ({
    raw,
    etag: createHash('sha256').update(raw).digest('base64url').slice(0, 22),
  }));
  entry.raw.catch(() => cache.delete(file));
  cache.set(file, entry);
  return entry;
}

/** The bytes to send for `encoding`: compressed once, then from memory.
 *  Falls back to identity when compressing does not make it smaller. */
async function representation(entry, file, encoding) {
  const { raw, etag } = await entry.raw;
  if (encoding === 'identity' || !COMPRESSIBLE.has(extname(file))) {
    return { body: raw, encoding: 'identity', etag: `"${etag}"` };
  }
  if (!entry.encoded.has(encoding)) {
    entry.encoded.set(encoding, encoding === 'br'
      ? brotliAsync(raw, { params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      } })
      : gzipAsync(raw, { level: 9 }));
  }
  const packed = await entry.encoded.get(encoding);
  if (packed.length >= raw.length) return { body: raw, encoding: 'identity', etag: `"${etag}"` };
  return { body: packed, encoding, etag: `"${etag}-${encoding === 'br' ? 'br' : 'gz'}"` };
}

function notModified(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (t) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => bare(t) === etag);
}

/** Every file under `dir`, at any depth (paths joined to `dir`; links
 *  and other non-files left out). The benchmark sizes dist/ with it too. */
export async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export function startServer(dir, port = 0, options = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed');
        return;
      }
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (options.routes?.[path]) {
        options.routes[path](req, res);
        return;
      }
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) throw new Error('not found');
      const ext = extname(file);
      const rep = await representation(entryFor(file, info), file, negotiate(req.headers['accept-encoding']));
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': cacheControl(file, options),
        etag: rep.etag,
        'last-modified': new Date(info.mtimeMs).toUTCString(),
        'x-content-type-options': 'nosniff',
      };
      if (COMPRESSIBLE.has(ext)) headers.vary = 'accept-encoding';
      if (rep.encoding !== 'identity') headers['content-encoding'] = rep.encoding;
      if (notModified(req.headers['if-none-match'], rep.etag)) {
        res.writeHead(304, headers).end();
        return;
      }
      headers['content-length'] = rep.body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : rep.body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-cache' });
      res.end('not found');
    }
  });
  /** Compresses every file of DIR now (brotli q11 takes a second or two
   *  for the wasm), so no measured request waits for it. */
  const warm = async () => {
    for (const file of await filesUnder(root)) {
      if (!COMPRESSIBLE.has(extname(file))) continue;
      const info = await stat(file);
      const entry = entryFor(file, info);
      await representation(entry, file, 'br');
      await representation(entry, file, 'gzip');
    }
  };
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      ok({ server, url, warm, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cli = commandLine('node scripts/serve-static.mjs DIR [--port N] [--html-max-age SECONDS]', {
    port: { type: 'string', default: '8080' },
    'html-max-age': { type: 'string' },
  }, { allowPositionals: true });
  if (cli.positionals.length > 1) cli.fail(`one folder to serve, not ${cli.positionals.length}`);
  const dir = cli.positionals[0] ?? 'dist';
  const port = cli.number('port');
  const htmlMaxAge = cli.values['html-max-age'] != null ? cli.number('html-max-age') : undefined;
  const { url } = await startServer(dir, port, { htmlMaxAge });
  console.log(`Serving ${dir}/ at ${url}  (Ctrl+C to stop)`);
}
