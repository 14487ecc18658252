// The site builder's own checks (scripts/site/), on the built dist/: every
// file the page or the service worker names exists, the policy hashes the
// inline scripts that ship, no placeholder is left unfilled; and fill()
// refuses a placeholder it cannot fill.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { fill } from '../../scripts/site/page-scripts.mjs';

const DIST = process.env.DIST || 'dist';
const read = (name) => readFileSync(join(DIST, name), 'utf8');
const sha256 = (text) => createHash('sha256').update(text).digest('base64');

describe('site build', () => {
  it('names only files it ships', () => {
    const page = read('index.html');
    const named = [...page.matchAll(/(?:href|src)="\.\/([^"]+)"/g)].map((m) => m[1]);
    // Strings the page's scripts load; not a key: the glue's import
    // object is keyed by the wasm's import module, a name, not a file.
    const loaded = [...page.matchAll(/"\.\/([\w.-]+\.(?:js|wasm))"(?!:)/g)].map((m) => m[1]);
    assert.ok(loaded.some((f) => f.endsWith('_bg.wasm')), 'the loader names the wasm');
    for (const file of [...named, ...loaded]) assert.ok(existsSync(join(DIST, file)), file);
    const worker = read('sw.js');
    const precache = JSON.parse(worker.match(/PRECACHE=(\[[^\]]*\])/)[1]);
    for (const url of precache) assert.ok(existsSync(join(DIST, url === './' ? 'index.html' : url)), url);
  });

  it('hashes exactly the inline scripts that ship, and leaves no placeholder', () => {
    for (const file of ['index.html', 'ninh-binh-industry-offline.html']) {
      const page = read(file);
      const policy = page.match(/Content-Security-Policy" content="([^"]+)"/)[1];
      const allowed = [...policy.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
      const inline = [...page.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
      assert.equal(inline.length, 3, file);
      for (const hash of inline) assert.ok(allowed.includes(hash), `${file}: an inline script is not in the policy`);
      // Either quote: a minifier may have changed it.
      assert.doesNotMatch(page, /["']__[A-Z_]+__["']|<!--build:/, file);
    }
    assert.doesNotMatch(read('sw.js'), /__[A-Z_]+__/);
  });

  it('fill() fills named placeholders and refuses a missing or leftover one', () => {
    assert.equal(fill("const a = '__A__';", { A: ['x'] }), 'const a = ["x"];');
    assert.throws(() => fill("const a = '__A__';", { B: 1 }), /no '__B__'/);
    assert.throws(() => fill("const a = '__A__', b = '__B__';", { A: 1 }), /'__B__' left unfilled/);
  });

  it('fill() writes any value as a literal that cannot end the script or run code', () => {
    const value = "US$$ 5; $& $' $` </script><!-- \u2028\u2029";
    const code = fill("const w = '__W__';", { W: { w: value } });
    assert.doesNotMatch(code, /<\/script|<!--|[\u2028\u2029]/);
    const context = {};
    runInNewContext(`${code}; out = w.w;`, context);
    assert.equal(context.out, value);
  });
});
