// The W3C Nu HTML Checker (npm's vnu-jar, run by Debian's Java) accepts the
// page in every form a reader gets: the served index.html and en.html, the
// offline single file, and the live document after the app has taken over,
// in both languages. Errors only; warnings are advice.
//
// The checker's CSS table lags the browsers: the properties in CSS_LAG are
// ones it calls unknown although every supported browser applies them.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppPage, DIST, expect, test } from './fixture.mjs';

const { describe } = test;
const VNU = resolve('node_modules/vnu-jar/build/dist/vnu.jar');
/** CSS properties the checker does not know yet: `paint-order` (the chart
 *  labels' halo), in every browser since 2017. */
const CSS_LAG = ['paint-order'];

/** The checker's errors for `files`, as "file:line: message", less those
 *  of CSS_LAG. */
function errors(files) {
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--stdout', ...files],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(run.error, 'java runs the checker').toBeUndefined();
  const { messages } = JSON.parse(run.stdout);
  return messages
    .filter((m) => !CSS_LAG.some((p) => m.message.includes(`“${p}”: Property “${p}” doesn't exist`)))
    .map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.message}`);
}

describe('the Nu HTML Checker', () => {
  test('accepts the served pages and the offline single file', () => {
    const served = ['index.html', 'en.html', 'ninh-binh-industry-offline.html'].map((f) => join(DIST, f));
    expect(errors(served)).toEqual([]);
  });

  test('accepts the live document after the takeover, in both languages and both editions', async ({ site }) => {
    const dir = await mkdtemp(join(tmpdir(), 'nbi-html-'));
    try {
      const files = [];
      const pages = [['vi-VN', ''], ['en-US', ''], ['en-US', '?s=1~d1~e2023~len']];
      for (const [locale, path] of pages) {
        const app = await AppPage.open(site, { locale, path });
        const html = await app.page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
        const file = join(dir, `live-${locale}${path ? '-2023' : ''}.html`);
        await writeFile(file, html);
        files.push(file);
      }
      expect(errors(files)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('refuses a page with a duplicate id, so a pass means something', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nbi-html-'));
    try {
      const file = join(dir, 'planted.html');
      await writeFile(file, '<!DOCTYPE html><html lang="en"><title>t</title><p id="a"></p><p id="a"></p></html>');
      expect(errors([file]).join('\n')).toMatch(/Duplicate ID “a”/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
