// Issue 5 flows: links in the address, bad links, copy, QR (decoded back to
// the link), presenter and embed views, export/import, offline with the
// service worker, a new release replacing the cache, the single-file
// edition from disk, the Content-Security-Policy and escaping.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { AppPage, DIST, launchChromium, useSite } from './fixture.mjs';
import { startServer } from '../../scripts/serve-static.mjs';
import { pageValues } from '../js/page-values.mjs';

const site = useSite();
const MANUFACTURING = 'Manufacturing — 2024 growth, %';

function decodeQrPng(buffer) {
  const png = PNG.sync.read(buffer);
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, 'no QR code found in the picture');
  return found.data;
}

describe('links', () => {
  it('keeps the address in step with the scenario, without history entries', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    assert.equal(await app.shareCode(), '1~d1~len');
    const history = await page.evaluate(() => history.length);
    await app.setGrowth(MANUFACTURING, '9');
    await app.expectAddress({ is: '?s=1~d1~len~gC9' });
    await app.setGrowth(MANUFACTURING, '9.5');
    await app.setGrowth('Electricity — 2024 growth, %', '6');
    await app.expectAddress({ is: '?s=1~d1~len~gC9.5*D6' });
    assert.equal(await page.evaluate(() => history.length), history);
    assert.equal(await app.linkField.inputValue(), await page.evaluate(() => location.href));
    app.assertClean();
    await app.close();
  });

  it('opens a link with exactly its inputs', async () => {
    const link = '?s=1~d1~len~gB12*C9.5*D6*E9~ts~ps0*C*1000*1.5*7*1~rC1_3~s7~um~x25000';
    const app = await AppPage.open(site, { path: link });
    const { page } = app;
    for (const [label, value] of [['Mining and quarrying', '12'], ['Manufacturing', '9.5'], ['Electricity', '6'], ['Water and waste', '9']]) {
      assert.equal(await app.growthField(`${label} — 2024 growth, %`).inputValue(), value);
    }
    assert.ok(await page.getByRole('radio', { name: /\+8\.7 % on 2023/ }).isChecked());
    assert.ok(await app.projectSwitch('Semiconductor-components plant').isChecked());
    assert.equal(await app.rangeField('C', 'above').inputValue(), '3');
    assert.equal(await page.getByLabel('Seed').inputValue(), '7');
    assert.ok(await app.unit('million USD').isChecked());
    assert.equal(await app.shareCode(), link.slice(3));
    assert.equal(await app.banner.isVisible(), false);
    await app.close();
  });

  it('explains a bad link, opens the baseline and never breaks', async () => {
    const cases = [
      ['1~d1~len~gC', /growth cannot be read/],
      ['1~d1~len~gQ9', /growth cannot be read/],
      ['7~d1~len', /format “7” is unknown/],
      ['1~d9~len', /data version 9; this app has version 1/],
      ['1~d1~len~gC99999999999', /growth rate is out of range/],
      ['1~d1~len~gCNaN', /growth cannot be read/],
      ['1~d1~len~gCinf', /growth cannot be read/],
      ['%FF%FE%00%F0%9F%92%A9~~', /format .* is unknown/],
      ['1~d1~len~zz', /unknown part “zz”/],
      [`1~d1~len${'~gC1'.repeat(2100)}`, /too long/],
    ];
    const app = await AppPage.open(site);
    for (const [bad, reason] of cases) {
      await app.goto(`?s=${bad}`);
      assert.ok(await app.banner.isVisible(), bad);
      assert.match(await app.banner.textContent(), reason, bad.slice(0, 40));
      assert.match(await app.banner.textContent(), /Showing the baseline instead/);
      await app.expectText(app.total, '106,462.4');
    }
    await app.dismissBanner();
    assert.equal(await app.banner.isVisible(), false);
    app.assertClean();
    await app.close();
  });

  it('shows names from links as text, never as markup', async () => {
    const name = Buffer.from('<img src=x onerror="window.__pwned=1">').toString('base64url');
    const app = await AppPage.open(site, { path: `?s=1~d1~len~pu${name}*C*100*1*1*1` });
    const { page } = app;
    assert.equal(await app.projectName(0).inputValue(), '<img src=x onerror="window.__pwned=1">');
    assert.equal(await page.locator('img[src=x]').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    app.assertClean();
    await app.close();
  });
});

describe('sharing', () => {
  it('copies the link with the Clipboard API', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9', permissions: ['clipboard-read', 'clipboard-write'] });
    await app.copyLink();
    await app.expectText(app.copyStatus, 'Link copied.');
    assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), `${site.url}?s=1~d1~len~gC9`);
    await app.close();
  });

  it('falls back to selecting the link when the Clipboard API is missing', async () => {
    const app = await AppPage.open(site, {
      init: () => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
    });
    assert.match(await app.copyLink(), /Link copied\.|press Ctrl\+C/);
    const selected = await app.linkField.evaluate((input) => input.value.slice(input.selectionStart, input.selectionEnd));
    assert.equal(selected, `${site.url}?s=1~d1~len`);
    await app.close();
  });

  it('draws a QR code that decodes to the link, and downloads it as SVG and PNG', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9' });
    const link = await app.linkField.inputValue();
    await app.expectQr(link);
    await app.qr.scrollIntoViewIfNeeded();
    assert.equal(decodeQrPng(await app.qr.screenshot()), link);

    const svgDownload = await app.downloadQr('SVG');
    assert.equal(svgDownload.suggestedFilename(), 'ninh-binh-scenario-qr.svg');
    const svg = await readFile(await svgDownload.path(), 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    const pngDownload = await app.downloadQr('PNG');
    assert.equal(pngDownload.suggestedFilename(), 'ninh-binh-scenario-qr.png');
    assert.equal(decodeQrPng(await readFile(await pngDownload.path())), link);
    app.assertClean();
    await app.close();
  });

  it('presenter view shows the verdict and a large QR, and its link opens it again', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9' });
    const presenter = await app.openPresenter();
    assert.match(await presenter.textContent(), /Target met/);
    await app.expectAddress({ is: '?s=1~d1~len~gC9~wp' });
    assert.ok((await app.presenterQr.boundingBox()).width > 300, 'large enough for a projector');
    assert.equal(decodeQrPng(await app.presenterQr.screenshot()), `${site.url}?s=1~d1~len~gC9`);
    await app.page.reload();
    await presenter.waitFor();
    await app.closePresenter();
    await app.expectAddress({ is: '?s=1~d1~len~gC9' });
    await app.close();
  });

  it('embed mode shows the verdict and the main chart without the controls', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9~we' });
    assert.ok(await app.chart('waterfall').locator('svg').isVisible());
    assert.equal(await app.page.locator('input, select').count(), 0);
    assert.match(await app.fullAppLink.getAttribute('href'), /\?s=1~d1~len~gC9$/);
    app.assertClean();
    await app.close();
  });
});

describe('export and import', () => {
  it('neutralises formulas in CSV cells (a project named by a link)', async () => {
    // The project's name, from the link, is =HYPERLINK("https://evil.example","Details").
    const path = '?s=1~d1~len~puPUhZUEVSTElOSygiaHR0cHM6Ly9ldmlsLmV4YW1wbGUiLCJEZXRhaWxzIik*C*1*1*1*1';
    const app = await AppPage.open(site, { path });
    const csv = await readFile(await app.exportScenario('CSV'), 'utf8');
    const row = csv.split('\n').find((l) => l.startsWith('project,'));
    assert.equal(row, 'project,"\'=HYPERLINK(""https://evil.example"",""Details"")",C,,,1');
    assert.doesNotMatch(csv, /(^|,)=HYPERLINK/m);
    const json = JSON.parse(await readFile(await app.exportScenario('JSON'), 'utf8'));
    assert.equal(json.scenario.projects[0].name, '=HYPERLINK("https://evil.example","Details")', 'JSON stays exact');
    app.assertClean();
    await app.close();
  });

  it('exports JSON and CSV, and imports the JSON back (validated)', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9~ps0*C*1000*1.5*7*1' });
    const jsonPath = await app.exportScenario('JSON');
    const exported = JSON.parse(await readFile(jsonPath, 'utf8'));
    assert.equal(exported.format, 'ninh-binh-industry-scenario');
    assert.equal(exported.code, '1~d1~len~gC9~ps0*C*1000*1.5*7*1');
    assert.equal(exported.scenario.projects[0].output_2024_bn_vnd, 750);
    assert.equal(exported.result.met, true);

    const csv = (await readFile(await app.exportScenario('CSV'), 'utf8')).trim().split('\n');
    assert.equal(csv[0], 'kind,name,vsic,value_2023_bn_vnd,growth_2024_pct,value_2024_bn_vnd');
    assert.ok(csv.some((l) => l.startsWith('sector,Manufacturing,C,100867.1,9,')));
    assert.ok(csv.some((l) => l.startsWith('project,Semiconductor-components plant,C,,,750')));

    await app.applyPreset('repeat_2023');
    await app.expectVerdict(false);
    await app.importScenario(jsonPath);
    await app.expectVerdict(true);
    await app.expectText(app.total, '112,860.9');

    const dir = await mkdtemp(join(tmpdir(), 'nbi-'));
    await writeFile(join(dir, 'bad.json'), '{"format": "something else", "code": "1~d1~len"}');
    await app.importScenario(join(dir, 'bad.json'));
    await app.expectText(app.banner, 'not a scenario exported by this app');
    await writeFile(join(dir, 'tampered.json'), JSON.stringify({ ...exported, code: '1~d1~len~gC900' }));
    await app.importScenario(join(dir, 'tampered.json'));
    await app.expectText(app.banner, 'growth rate is out of range');
    await app.expectVerdict(true);
    // Over 1 MB: refused before reading, the scenario untouched.
    await writeFile(join(dir, 'huge.json'), JSON.stringify({ ...exported, padding: 'x'.repeat(1_100_000) }));
    await app.importScenario(join(dir, 'huge.json'));
    await app.expectText(app.banner, 'too large (over 1 MB)');
    await app.expectVerdict(true);
    await app.expectText(app.total, '112,860.9');
    await rm(dir, { recursive: true });
    app.assertClean();
    await app.close();
  });

  it('prints a brief with the verdict, chart, link and QR, without controls', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    await app.print();
    const shown = {
      verdict: app.verdict, 'growth C': app.growthField('C'), waterfall: app.chart('waterfall').locator('svg'),
      link: app.linkField, QR: app.qr, 'version note': page.getByTestId('note-versions'),
    };
    for (const [what, part] of Object.entries(shown)) assert.ok(await part.isVisible(), what);
    // Controls and the charts that only serve exploring stay off paper; a
    // part that is there more than once is judged by its first.
    const hidden = {
      presets: page.locator('.presets'), 'share actions': page.locator('.share-actions'),
      comparison: page.locator('.compare'), sliders: page.locator('input[type=range]'),
      levels: app.chart('levels'), tornado: app.chart('tornado'),
    };
    for (const [what, part] of Object.entries(hidden)) assert.equal(await part.first().isVisible(), false, what);
    const pages = await app.printedPages();
    assert.equal(pages, 1, `the brief takes ${pages} pages`);
    await app.close();
  });
});

describe('security', () => {
  it('has a CSP that allows only its own files, and nothing violates it', async () => {
    const app = await AppPage.open(site);
    const csp = await app.page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    assert.match(csp, /default-src 'self'/);
    // Inline scripts only by hash: the app's loader, the language choice and
    // the prerender's clean-up.
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+'){3}(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline'[^;]*;.*script|script-src[^;]*unsafe-inline|https?:/);
    const violations = [];
    await app.page.exposeFunction('__violation', (v) => violations.push(v));
    await app.page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.__violation(e.violatedDirective)));
    await app.setGrowth(MANUFACTURING, '9');
    await app.applyPreset('semiconductor_online');
    await app.chart('waterfall').locator('rect.mark').first().hover();
    await app.expectText(app.total, '107,212.4');
    assert.deepEqual(violations, []);
    app.assertClean();
    await app.close();
  });
});

describe('offline', () => {
  let release;
  let server;
  let browser;
  before(async () => {
    // A release of our own in a temporary folder, so a "new release" can be made.
    release = await mkdtemp(join(tmpdir(), 'nbi-release-'));
    await cp(DIST, release, { recursive: true });
    server = await startServer(release, 0);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(release, { recursive: true, force: true });
  });

  it('after the first visit, loads and works with the network off', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = new AppPage(await context.newPage(), server.url);
    await app.goto();
    await app.page.evaluate(() => navigator.serviceWorker.ready);
    // The worker claims the page when it activates (clients.claim()).
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await app.page.reload();
    await app.verdict.waitFor();
    await app.setGrowth(MANUFACTURING, '9');
    await app.expectVerdict(true);
    await app.page.goto(`${server.url}?s=1~d1~lvi~gC9.5`);
    await app.verdict.waitFor();
    assert.equal(await app.language(), 'vi');
    await context.setOffline(false);
    await context.close();
  });

  it('a new release replaces the cache cleanly', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = new AppPage(await context.newPage(), server.url);
    const { page } = app;
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);
    // Release B: a changed page and a new service worker build name.
    const swPath = join(release, 'sw.js');
    const sw = await readFile(swPath, 'utf8');
    await writeFile(swPath, sw.replace(/ninh-binh-industry-[0-9a-f]{16}/, 'ninh-binh-industry-releaseb0000000'));
    const indexPath = join(release, 'index.html');
    await writeFile(indexPath, (await readFile(indexPath, 'utf8')).replace('</head>', '<meta name="x-release" content="B"></head>'));
    // Both releases' workers are sw.js, so only the object tells them apart.
    // Release A's worker as soon as it is active, claimed or not yet.
    await page.evaluate(async () => { window.__releaseA = (await navigator.serviceWorker.ready).active; });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    // Release B's worker controls the page once it has claimed it, and it is
    // `activated` only after its activation deleted release A's cache; from
    // then on every navigation is answered by it. (A predicate returning a
    // promise, such as caches.keys(), would not do: waitForFunction takes the
    // promise itself as truthy and returns at once, while A still serves.)
    await page.waitForFunction(() => {
      const worker = navigator.serviceWorker.controller;
      return worker !== null && worker !== window.__releaseA && worker.state === 'activated';
    });
    assert.deepEqual(await page.evaluate(() => caches.keys()), ['ninh-binh-industry-releaseb0000000']);
    const response = await page.reload();
    assert.ok(response.fromServiceWorker(), 'release B comes from the new worker\'s cache');
    await app.verdict.waitFor();
    // Whatever the page loaded, its JS and wasm are in the one live cache.
    const consistent = await page.evaluate(async () => {
      const [name] = await caches.keys();
      const cache = await caches.open(name);
      // The JS glue and wasm this page actually loaded.
      const assets = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\.(js|wasm)$/.test(u) && !u.endsWith('sw.js'));
      return assets.length > 0 && (await Promise.all(assets.map((a) => cache.match(a)))).every(Boolean);
    });
    assert.ok(consistent, 'page assets come from the live cache');
    assert.equal(await page.locator('meta[name=x-release]').getAttribute('content'), 'B');
    await context.close();
  });
});

describe('a new release behind a host that caches index.html', () => {
  // The host sends index.html with max-age=600, so the browser's HTTP
  // cache keeps release A's page; release B renames every hashed file and
  // removes A's. The new worker must fetch B's page past the HTTP cache,
  // and the page must never end up naming files the host no longer has.
  let release;
  let server;
  let browser;
  before(async () => {
    release = await mkdtemp(join(tmpdir(), 'nbi-maxage-'));
    await cp(DIST, release, { recursive: true });
    server = await startServer(release, 0, { htmlMaxAge: 600 });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(release, { recursive: true, force: true });
  });

  /** Waits until the origin's caches are exactly `names` (caches.keys() is
   *  asynchronous, so the page keeps a copy that the wait can read). */
  async function waitForCaches(page, names) {
    await page.evaluate(() => {
      if (window.__cacheWatch) return;
      window.__cacheWatch = true;
      const tick = () => caches.keys().then((k) => { window.__caches = k; setTimeout(tick, 50); });
      tick();
    });
    await page.waitForFunction((want) => JSON.stringify(window.__caches) === JSON.stringify(want), names);
  }

  /** Release B: every hashed name changes (…-<hash> becomes …-<hash with
   *  its first digit flipped>), A's files are gone, the worker's cache has a
   *  new name. */
  async function releaseB() {
    const { readdir, rename } = await import('node:fs/promises');
    const renamed = new Map();
    for (const name of await readdir(release)) {
      const m = name.match(/^(.*-)([0-9a-f])([0-9a-f]{9,15}(?:_bg)?\.[a-z0-9]+)$/);
      if (!m) continue;
      const next = `${m[1]}${m[2] === 'f' ? 'e' : 'f'}${m[3]}`;
      await rename(join(release, name), join(release, next));
      renamed.set(name, next);
    }
    const { createHash } = await import('node:crypto');
    const loaderHash = (html) => createHash('sha256')
      .update(html.match(/<script type="?module"?>([\s\S]*?)<\/script>/)[1]).digest('base64');
    for (const file of ['index.html', 'sw.js']) {
      let text = await readFile(join(release, file), 'utf8');
      const before = file === 'index.html' ? loaderHash(text) : null;
      for (const [from, to] of renamed) text = text.split(from).join(to);
      // The loader names the renamed files: its CSP hash changes with it,
      // as in a real release.
      if (before) text = text.replace(before, loaderHash(text));
      if (file === 'sw.js') text = text.replace(/ninh-binh-industry-[0-9a-f]{16}/, 'ninh-binh-industry-releaseb0000000');
      await writeFile(join(release, file), text);
    }
    return renamed;
  }

  it('never ends with a page whose files are missing', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = new AppPage(await context.newPage(), server.url);
    const { page } = app;
    const missing = [];
    page.on('response', (r) => { if (r.status() === 404) missing.push(r.url()); });
    await page.goto(server.url);
    await app.verdict.waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await releaseB();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await waitForCaches(page, ['ninh-binh-industry-releaseb0000000']);
    // The new cache holds B's page, naming B's files, all of them cached.
    const consistent = await page.evaluate(async () => {
      const cache = await caches.open('ninh-binh-industry-releaseb0000000');
      const keys = (await cache.keys()).map((r) => r.url);
      const pageEntry = await cache.match('./');
      if (!pageEntry) return `no page in the new cache: ${JSON.stringify(keys)}`;
      const html = await pageEntry.text();
      const names = [...html.matchAll(/\.\/([\w.-]+-[0-9a-f]{10,16}(?:_bg)?\.(?:js|wasm|css|svg))/g)].map((m) => m[1]);
      return names.length > 0 && (await Promise.all(names.map((n) => cache.match('./' + n)))).every(Boolean);
    });
    assert.equal(consistent, true, "the new worker's page names only files it has");
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.reload();
      await app.verdict.waitFor();
    }
    assert.deepEqual(errors, []);
    await app.expectVerdict(false);
    assert.deepEqual(missing, [], 'no file the page asked for was missing');
    await context.close();
  });

  it('a release whose install fails keeps the previous offline copy and says so once', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    // The page listens for a new worker once its register() call has
    // resolved (after the app is up): note when that is, so the test
    // starts an install only when the page can see it.
    await context.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        return register.apply(this, args).then((registration) => { window.__pageListens = true; return registration; });
      };
    });
    const app = new AppPage(await context.newPage(), server.url);
    const { page } = app;
    await page.goto(server.url);
    await app.verdict.waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const before = await page.evaluate(() => caches.keys());
    // Release C names a file the host does not have: its install must fail.
    const swPath = join(release, 'sw.js');
    const sw = await readFile(swPath, 'utf8');
    await writeFile(swPath, sw
      .replace('ninh-binh-industry-releaseb0000000', 'ninh-binh-industry-releasec0000000')
      .replace(/PRECACHE ?= ?\[/, '$&"./missing-0123456789abcdef.js",'));
    await page.reload();
    await app.offlineNotice.waitFor();
    assert.match(await app.offlineNotice.textContent(), /offline copy could not be updated/);
    assert.deepEqual(await page.evaluate(() => caches.keys()), before, 'the previous cache is kept, no half cache');
    // Release C's install, tried again, fails again: resolves once that is
    // over and the task that reported it to the page's listener has ended.
    const tryReleaseC = () => page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update().catch(() => {});
      const worker = registration.installing;
      if (!worker) return null;
      await new Promise((done) => {
        const over = () => worker.state === 'redundant' || worker.state === 'activated';
        if (over()) done(); else worker.addEventListener('statechange', () => { if (over()) done(); });
      });
      await new Promise((next) => setTimeout(next, 0));
      return worker.state;
    });
    await page.reload();
    await app.verdict.waitFor();
    await page.waitForFunction(() => window.__pageListens === true);
    assert.equal(await tryReleaseC(), 'redundant', 'the broken release was tried again');
    assert.equal(await app.offlineNotice.count(), 0, 'said once per session');
    // And it is the session's memory that keeps it quiet: without it, the
    // same failure is said again.
    await page.evaluate((key) => sessionStorage.removeItem(key), pageValues().OFFLINE_FAILED_KEY);
    assert.equal(await tryReleaseC(), 'redundant');
    await app.offlineNotice.waitFor();
    await context.close();
  });
});

describe('single-file edition', () => {
  it('works when opened from disk', async () => {
    const browser = await launchChromium();
    const file = pathToFileURL(resolve(DIST, 'ninh-binh-industry-offline.html')).href;
    const app = new AppPage(await browser.newPage({ locale: 'en-US' }), file);
    const { page } = app;
    const requests = [];
    const errors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(file);
    await app.verdict.waitFor();
    assert.ok((await app.total.textContent()).includes('106'));
    await app.setGrowth('C', '9');
    await app.expectVerdict(true);
    assert.deepEqual(requests.filter((u) => !u.startsWith(file.split('?')[0]) && !u.startsWith('data:')), []);
    assert.deepEqual(errors, []);
    await browser.close();
  });
});
