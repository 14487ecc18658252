// Issue 5 flows: links in the address, bad links, copy, QR (decoded back to
// the link), presenter and embed views, export/import, offline with the
// service worker, a new release replacing the cache, the single-file
// edition from disk, the Content-Security-Policy and escaping.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { AppPage, DIST, expect, test } from './fixture.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve-static.mjs';
import { pageValues } from '../js/page-values.mjs';

const { describe } = test;
const MANUFACTURING = 'Manufacturing — 2024 growth, %';

/** How long a wait on the service worker may take: an install downloads
 *  the whole build, which a server of a new release folder compresses
 *  afresh. */
const WORKER_WAIT = { timeout: 30_000 };

function decodeQrPng(buffer) {
  const png = PNG.sync.read(buffer);
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(found, 'no QR code found in the picture').toBeTruthy();
  return found.data;
}

/** Runs `body` with a release of our own: the built site copied to a
 *  temporary folder (so the test can make a new release of it), served by
 *  its own server (`serverOptions`: startServer's) to its own browser.
 *  `other` is the test's site handle for them: the pages opened through it
 *  are checked and closed with the test's. The browser, the server and the
 *  folder go whatever happens. */
async function withOwnRelease(site, serverOptions, body) {
  const release = await mkdtemp(join(tmpdir(), 'nbi-release-'));
  let server;
  let browser;
  try {
    await cp(DIST, release, { recursive: true });
    server = await startServer(release, 0, serverOptions);
    browser = await launchChromium();
    await body({ release, other: site.elsewhere(browser, server.url) });
  } finally {
    await browser?.close();
    await server?.close();
    await rm(release, { recursive: true, force: true });
  }
}

/** A page of `other` in a fresh context, watched, not yet opened. */
const newPage = (other, options) => AppPage.blank(other, options);

describe('links', () => {
  test('keeps the address in step with the scenario, without history entries', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await app.expectAddress({ code: '1~d1~len' });
    const history = await page.evaluate(() => history.length);
    await app.setGrowth(MANUFACTURING, '9');
    await app.expectAddress({ is: '?s=1~d1~len~gC9' });
    await app.setGrowth(MANUFACTURING, '9.5');
    await app.setGrowth('Electricity — 2024 growth, %', '6');
    await app.expectAddress({ is: '?s=1~d1~len~gC9.5*D6' });
    expect(await page.evaluate(() => history.length)).toBe(history);
    await expect(app.linkField).toHaveValue(await page.evaluate(() => location.href));
  });

  test('opens a link with exactly its inputs', async ({ site }) => {
    const link = '?s=1~d1~len~gB12*C9.5*D6*E9~ts~ps0*C*1000*1.5*7*1~rC1_3~s7~um~x25000';
    const app = await AppPage.open(site, { path: link });
    const { page } = app;
    for (const [label, value] of [['Mining and quarrying', '12'], ['Manufacturing', '9.5'], ['Electricity', '6'], ['Water and waste', '9']]) {
      await expect(app.growthField(`${label} — 2024 growth, %`)).toHaveValue(value);
    }
    await expect(page.getByRole('radio', { name: /\+8\.7 % on 2023/ })).toBeChecked();
    await expect(app.projectSwitch('Semiconductor-components plant')).toBeChecked();
    await expect(app.rangeField('C', 'above')).toHaveValue('3');
    await expect(page.getByLabel('Seed')).toHaveValue('7');
    await expect(app.unit('million USD')).toBeChecked();
    await app.expectAddress({ code: link.slice(3) });
    await expect(app.banner).toBeHidden();
  });

  test('explains a bad link, opens the baseline and never breaks', async ({ site }) => {
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
      const name = bad.slice(0, 40);
      await app.goto(`?s=${bad}`);
      await expect(app.banner, name).toBeVisible();
      await expect(app.banner, name).toHaveText(reason);
      await expect(app.banner, name).toHaveText(/Showing the baseline instead/);
      await expect(app.total, name).toContainText('106,462.4');
    }
    await app.dismissBanner();
    await expect(app.banner).toBeHidden();
  });

  test('shows names from links as text, never as markup', async ({ site }) => {
    const name = Buffer.from('<img src=x onerror="window.__pwned=1">').toString('base64url');
    const app = await AppPage.open(site, { path: `?s=1~d1~len~pu${name}*C*100*1*1*1` });
    const { page } = app;
    await expect(app.projectName(0)).toHaveValue('<img src=x onerror="window.__pwned=1">');
    await expect(page.locator('img[src=x]')).toHaveCount(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });
});

describe('sharing', () => {
  test('copies the link with the Clipboard API', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9', permissions: ['clipboard-read', 'clipboard-write'] });
    await app.copyLink();
    await expect(app.copyStatus).toContainText('Link copied.');
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}?s=1~d1~len~gC9`);
  });

  test('falls back to selecting the link when the Clipboard API is missing', async ({ site }) => {
    const app = await AppPage.open(site, {
      init: () => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
    });
    expect(await app.copyLink()).toMatch(/Link copied\.|press Ctrl\+C/);
    const selected = await app.linkField.evaluate((input) => input.value.slice(input.selectionStart, input.selectionEnd));
    expect(selected).toBe(`${site.url}?s=1~d1~len`);
  });

  test('draws a QR code that decodes to the link, and downloads it as SVG and PNG', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9' });
    const link = await app.linkField.inputValue();
    await app.expectQr(link);
    await app.qr.scrollIntoViewIfNeeded();
    expect(decodeQrPng(await app.qr.screenshot())).toBe(link);

    const svgDownload = await app.downloadQr('SVG');
    expect(svgDownload.suggestedFilename()).toBe('ninh-binh-scenario-qr.svg');
    const svg = await readFile(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    const pngDownload = await app.downloadQr('PNG');
    expect(pngDownload.suggestedFilename()).toBe('ninh-binh-scenario-qr.png');
    expect(decodeQrPng(await readFile(await pngDownload.path()))).toBe(link);
  });

  test('presenter view shows the verdict and a large QR, and its link opens it again', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9' });
    const presenter = await app.openPresenter();
    await expect(presenter).toHaveText(/Target met/);
    await app.expectAddress({ is: '?s=1~d1~len~gC9~wp' });
    expect((await app.presenterQr.boundingBox()).width, 'large enough for a projector').toBeGreaterThan(300);
    expect(decodeQrPng(await app.presenterQr.screenshot())).toBe(`${site.url}?s=1~d1~len~gC9`);
    await app.page.reload();
    await expect(presenter).toBeVisible();
    await app.closePresenter();
    await app.expectAddress({ is: '?s=1~d1~len~gC9' });
  });

  test('embed mode shows the verdict and the main chart without the controls', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9~we' });
    await expect(app.chart('waterfall').locator('svg')).toBeVisible();
    await expect(app.page.locator('input, select')).toHaveCount(0);
    await expect(app.fullAppLink).toHaveAttribute('href', /\?s=1~d1~len~gC9$/);
  });
});

describe('export and import', () => {
  test('neutralises formulas in CSV cells (a project named by a link)', async ({ site }) => {
    // The project's name, from the link, is =HYPERLINK("https://evil.example","Details").
    const path = '?s=1~d1~len~puPUhZUEVSTElOSygiaHR0cHM6Ly9ldmlsLmV4YW1wbGUiLCJEZXRhaWxzIik*C*1*1*1*1';
    const app = await AppPage.open(site, { path });
    const csv = await readFile(await app.exportScenario('CSV'), 'utf8');
    const row = csv.split('\n').find((l) => l.startsWith('project,'));
    expect(row).toBe('project,"\'=HYPERLINK(""https://evil.example"",""Details"")",C,,,1');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const json = JSON.parse(await readFile(await app.exportScenario('JSON'), 'utf8'));
    expect(json.scenario.projects[0].name, 'JSON stays exact').toBe('=HYPERLINK("https://evil.example","Details")');
  });

  test('exports JSON and CSV, and imports the JSON back (validated)', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9~ps0*C*1000*1.5*7*1' });
    const jsonPath = await app.exportScenario('JSON');
    const exported = JSON.parse(await readFile(jsonPath, 'utf8'));
    expect(exported.format).toBe('ninh-binh-industry-scenario');
    expect(exported.code).toBe('1~d1~len~gC9~ps0*C*1000*1.5*7*1');
    expect(exported.scenario.projects[0].output_2024_bn_vnd).toBe(750);
    expect(exported.result.met).toBe(true);

    const csv = (await readFile(await app.exportScenario('CSV'), 'utf8')).trim().split('\n');
    expect(csv[0]).toBe('kind,name,vsic,value_2023_bn_vnd,growth_2024_pct,value_2024_bn_vnd');
    expect(csv.some((l) => l.startsWith('sector,Manufacturing,C,100867.1,9,')), 'the manufacturing row').toBe(true);
    expect(csv.some((l) => l.startsWith('project,Semiconductor-components plant,C,,,750')), 'the project row').toBe(true);

    await app.applyPreset('repeat_2023');
    await app.expectVerdict(false);
    await app.importScenario(jsonPath);
    await app.expectVerdict(true);
    await expect(app.total).toContainText('112,860.9');

    const dir = await mkdtemp(join(tmpdir(), 'nbi-'));
    try {
      await writeFile(join(dir, 'bad.json'), '{"format": "something else", "code": "1~d1~len"}');
      await app.importScenario(join(dir, 'bad.json'));
      await expect(app.banner).toContainText('not a scenario exported by this app');
      await writeFile(join(dir, 'tampered.json'), JSON.stringify({ ...exported, code: '1~d1~len~gC900' }));
      await app.importScenario(join(dir, 'tampered.json'));
      await expect(app.banner).toContainText('growth rate is out of range');
      await app.expectVerdict(true);
      // Over 1 MB: refused before reading, the scenario untouched.
      await writeFile(join(dir, 'huge.json'), JSON.stringify({ ...exported, padding: 'x'.repeat(1_100_000) }));
      await app.importScenario(join(dir, 'huge.json'));
      await expect(app.banner).toContainText('too large (over 1 MB)');
      await app.expectVerdict(true);
      await expect(app.total).toContainText('112,860.9');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('prints a brief with the verdict, chart, link and QR, without controls', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await app.print();
    const shown = {
      verdict: app.verdict, 'growth C': app.growthField('C'), waterfall: app.chart('waterfall').locator('svg'),
      link: app.linkField, QR: app.qr, 'version note': page.getByTestId('note-versions'),
    };
    for (const [what, part] of Object.entries(shown)) await expect(part, what).toBeVisible();
    // Controls and the charts that only serve exploring stay off paper; a
    // part that is there more than once is judged by its first.
    const hidden = {
      presets: page.locator('.presets'), 'share actions': page.locator('.share-actions'),
      comparison: page.locator('.compare'), sliders: page.locator('input[type=range]'),
      levels: app.chart('levels'), tornado: app.chart('tornado'),
    };
    for (const [what, part] of Object.entries(hidden)) await expect(part.first(), what).toBeHidden();
    const pages = await app.printedPages();
    expect(pages, `the brief takes ${pages} pages`).toBe(1);
  });
});

describe('security', () => {
  test('has a CSP that allows only its own files, and nothing violates it', async ({ site }) => {
    const app = await AppPage.open(site);
    const csp = app.page.locator('meta[http-equiv=Content-Security-Policy]');
    await expect(csp).toHaveAttribute('content', /default-src 'self'/);
    // Inline scripts only by hash: the app's loader, the language choice and
    // the prerender's clean-up.
    await expect(csp).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+'){3}(;|$)/);
    await expect(csp).not.toHaveAttribute('content', /unsafe-inline'[^;]*;.*script|script-src[^;]*unsafe-inline|https?:/);
    const violations = [];
    await app.page.exposeFunction('__violation', (v) => violations.push(v));
    await app.page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.__violation(e.violatedDirective)));
    await app.setGrowth(MANUFACTURING, '9');
    await app.applyPreset('semiconductor_online');
    await app.chart('waterfall').locator('rect.mark').first().hover();
    await expect(app.total).toContainText('107,212.4');
    expect(violations).toEqual([]);
  });
});

// The service-worker tests run each on a release of their own, in their
// own browser (withOwnRelease), so a test can make a new release.
describe('offline', () => {
  test('after the first visit, loads and works with the network off', async ({ site }) => {
    await withOwnRelease(site, {}, async ({ other }) => {
      const app = await newPage(other);
      const { page } = app;
      await app.goto();
      await page.evaluate(() => navigator.serviceWorker.ready);
      // The worker claims the page when it activates (clients.claim()).
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null),
        { message: 'a service worker controls the page', ...WORKER_WAIT }).toBe(true);
      await page.context().setOffline(true);
      await page.reload();
      await app.verdict.waitFor();
      await app.setGrowth(MANUFACTURING, '9');
      await app.expectVerdict(true);
      await page.goto(`${other.url}?s=1~d1~lvi~gC9.5`);
      await app.verdict.waitFor();
      await app.expectLanguage('vi');
    });
  });

  test('a new release replaces the cache cleanly', async ({ site }) => {
    await withOwnRelease(site, {}, async ({ release, other }) => {
      const app = await newPage(other);
      const { page } = app;
      await page.goto(other.url);
      await page.evaluate(() => navigator.serviceWorker.ready);
      const before = await page.evaluate(() => caches.keys());
      expect(before).toHaveLength(1);
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
      // then on every navigation is answered by it.
      await expect.poll(() => page.evaluate(() => {
        const worker = navigator.serviceWorker.controller;
        return worker !== null && worker !== window.__releaseA && worker.state === 'activated';
      }), { message: "release B's worker, activated, controls the page", ...WORKER_WAIT }).toBe(true);
      expect(await page.evaluate(() => caches.keys())).toEqual(['ninh-binh-industry-releaseb0000000']);
      const response = await page.reload();
      expect(response.fromServiceWorker(), 'release B comes from the new worker\'s cache').toBe(true);
      await app.verdict.waitFor();
      // Whatever the page loaded, its JS and wasm are in the one live cache.
      const consistent = await page.evaluate(async () => {
        const [name] = await caches.keys();
        const cache = await caches.open(name);
        // The JS glue and wasm this page actually loaded.
        const assets = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\.(js|wasm)$/.test(u) && !u.endsWith('sw.js'));
        return assets.length > 0 && (await Promise.all(assets.map((a) => cache.match(a)))).every(Boolean);
      });
      expect(consistent, 'page assets come from the live cache').toBe(true);
      await expect(page.locator('meta[name=x-release]')).toHaveAttribute('content', 'B');
    });
  });
});

describe('a new release behind a host that caches index.html', () => {
  // The host sends index.html with max-age=600, so the browser's HTTP
  // cache keeps release A's page; release B renames every hashed file and
  // removes A's. The new worker must fetch B's page past the HTTP cache,
  // and the page must never end up naming files the host no longer has.
  const CACHING_HOST = { htmlMaxAge: 600 };

  /** Release B of `release`: every hashed name changes (…-<hash> becomes
   *  …-<hash with its first digit flipped>), A's files are gone, the
   *  worker's cache has a new name. */
  async function releaseB(release) {
    const renamed = new Map();
    for (const name of await readdir(release)) {
      const m = name.match(/^(.*-)([0-9a-f])([0-9a-f]{9,15}(?:_bg)?\.[a-z0-9]+)$/);
      if (!m) continue;
      const next = `${m[1]}${m[2] === 'f' ? 'e' : 'f'}${m[3]}`;
      await rename(join(release, name), join(release, next));
      renamed.set(name, next);
    }
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

  test('never ends with a page whose files are missing', async ({ site }) => {
    await withOwnRelease(site, CACHING_HOST, async ({ release, other }) => {
      const app = await newPage(other);
      const { page } = app;
      const missing = [];
      page.on('response', (r) => { if (r.status() === 404) missing.push(r.url()); });
      await page.goto(other.url);
      await app.verdict.waitFor();
      await page.evaluate(() => navigator.serviceWorker.ready);
      await releaseB(release);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      // Until the origin's caches are exactly release B's (caches.keys() is
      // awaited in the page at each poll, not taken as a truthy promise).
      await expect.poll(() => page.evaluate(() => caches.keys()),
        { message: "only release B's cache is left", ...WORKER_WAIT }).toEqual(['ninh-binh-industry-releaseb0000000']);
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
      expect(consistent, "the new worker's page names only files it has").toBe(true);
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      for (let attempt = 0; attempt < 5; attempt++) {
        await page.reload();
        await app.verdict.waitFor();
      }
      expect(errors).toEqual([]);
      await app.expectVerdict(false);
      expect(missing, 'no file the page asked for was missing').toEqual([]);
    });
  });

  test('a release whose install fails keeps the previous offline copy and says so once', async ({ site }) => {
    await withOwnRelease(site, CACHING_HOST, async ({ release, other }) => {
      // The page listens for a new worker once its register() call has
      // resolved (after the app is up): note when that is, so the test
      // starts an install only when the page can see it.
      const app = await newPage(other, {
        init: () => {
          const register = ServiceWorkerContainer.prototype.register;
          ServiceWorkerContainer.prototype.register = function (...args) {
            return register.apply(this, args).then((registration) => { window.__pageListens = true; return registration; });
          };
        },
      });
      const { page } = app;
      await page.goto(other.url);
      await app.verdict.waitFor();
      await page.evaluate(() => navigator.serviceWorker.ready);
      const before = await page.evaluate(() => caches.keys());
      const sessionKeys = () => page.evaluate(() => Object.keys(sessionStorage));
      const sessionBefore = await sessionKeys();
      // Release C, with a cache of its own, names a file the host does not
      // have: its install must fail.
      const swPath = join(release, 'sw.js');
      const sw = await readFile(swPath, 'utf8');
      await writeFile(swPath, sw
        .replace(/ninh-binh-industry-[0-9a-f]{16}/, 'ninh-binh-industry-releasec0000000')
        .replace(/PRECACHE ?= ?\[/, '$&"./missing-0123456789abcdef.js",'));
      await page.reload();
      await expect(app.offlineNotice).toHaveText(/offline copy could not be updated/, WORKER_WAIT);
      expect(await page.evaluate(() => caches.keys()), 'the previous cache is kept, no half cache').toEqual(before);
      // What the session remembers of the failure (the page's
      // OFFLINE_FAILED_KEY): one key, added by it.
      const remembered = (await sessionKeys()).filter((k) => !sessionBefore.includes(k));
      expect(remembered, 'the session remembers the failure, under the app\'s key').toEqual([pageValues().OFFLINE_FAILED_KEY]);
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
      await expect.poll(() => page.evaluate(() => window.__pageListens === true),
        { message: 'the page listens for a new worker', ...WORKER_WAIT }).toBe(true);
      expect(await tryReleaseC(), 'the broken release was tried again').toBe('redundant');
      await expect(app.offlineNotice, 'said once per session').toHaveCount(0);
      // And it is the session's memory that keeps it quiet: without it, the
      // same failure is said again.
      await page.evaluate((keys) => keys.forEach((k) => sessionStorage.removeItem(k)), remembered);
      expect(await tryReleaseC()).toBe('redundant');
      await expect(app.offlineNotice).toBeVisible();
    });
  });
});

describe('single-file edition', () => {
  test('works when opened from disk', async ({ site }) => {
    const browser = await launchChromium();
    try {
      const file = pathToFileURL(resolve(DIST, 'ninh-binh-industry-offline.html')).href;
      const other = site.elsewhere(browser, file);
      const app = await AppPage.blank(other);
      const { page } = app;
      const requests = [];
      const errors = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(file);
      await app.verdict.waitFor();
      await expect(app.total).toContainText('106');
      await app.setGrowth('C', '9');
      await app.expectVerdict(true);
      // A picture for slides is made from disk too, with nothing requested.
      const png = await app.chartPicture('chart-waterfall', 'png');
      expect(PNG.sync.read(await readFile(await png.path())).width).toBe(1920);
      expect(requests.filter((u) => !u.startsWith(file.split('?')[0]) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
