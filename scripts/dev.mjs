// The development loop behind scripts/dev.sh: serves the development build
// (target/dist-dev) on 127.0.0.1, rebuilds when the sources change and
// reloads the open pages.
//
// A change under src/, crates/, data/ or Cargo.toml rebuilds everything
// (scripts/build.sh --dev: the wasm, the glue, the prerendered baseline);
// a change to styles/, js/ or index.html only rewrites the site
// (scripts/site/build.mjs), in a second. Changes that arrive during a build
// are gathered into one more build after it. A failed build leaves the last
// good site served and prints why; the page reloads only after a good one.
//
//   node scripts/dev.mjs [--port N]

import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from './cli.mjs';
import { startServer } from './serve-static.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'target/dist-dev';
const port = commandLine('node scripts/dev.mjs [--port N]', { port: { type: 'string', default: '8080' } }).number('port');

const WATCHED = ['src', 'crates', 'data', 'styles', 'js', 'index.html', 'Cargo.toml'];
const NEEDS_CARGO = /^(src|data|crates)\/|^Cargo\.toml$|^build\.rs$/;

const listeners = new Set();
const routes = {
  '/__dev/events': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(': connected\n\n');
    listeners.add(res);
    req.on('close', () => listeners.delete(res));
  },
  '/__dev/reload.js': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end("new EventSource('./__dev/events').addEventListener('reload', () => location.reload());\n");
  },
};
const reloadPages = () => { for (const res of listeners) res.write('event: reload\ndata: \n\n'); };

const run = (command, commandArgs) => new Promise((done) => {
  spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit' }).on('exit', (code) => done(code === 0));
});
const fullBuild = () => run('bash', ['scripts/build.sh', '--dev', '--out', OUT]);
const siteBuild = () => run('node', ['scripts/site/build.mjs', '--site', 'target/site-dev', '--out', OUT, '--dev']);

let building = false;
let pending = new Set();
async function rebuild() {
  if (building || pending.size === 0) return;
  building = true;
  const changed = [...pending];
  pending = new Set();
  console.log(`[dev] changed: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}`);
  const ok = changed.some((path) => NEEDS_CARGO.test(path)) ? await fullBuild() : await siteBuild();
  building = false;
  if (ok) reloadPages();
  else console.log('[dev] the build failed: the last good build is still served');
  rebuild();
}

let timer = null;
for (const path of WATCHED) {
  watch(resolve(ROOT, path), { recursive: true }, (_, file) => {
    pending.add(file && path !== file ? `${path}/${file}` : path);
    clearTimeout(timer);
    timer = setTimeout(rebuild, 150);
  });
}

if (!(await fullBuild())) console.log('[dev] the first build failed: fix it and save, the page will follow');
const { url } = await startServer(resolve(ROOT, OUT), port, { routes });
console.log(`[dev] serving ${OUT}/ at ${url} (rebuilds on save; Ctrl+C to stop)`);
