// The core flows (the app takes over, levers, links, Vietnamese, offline,
// the QR code, narrow screens, the charts, the 2023 edition, the pictures
// for slides), written once
// against the small interface of drivers.mjs
// and registered for each engine by firefox.test.mjs and webkit.test.mjs.
// The site is DIST (default dist/), served on 127.0.0.1 by the project's
// own static server, as the Chromium suite (tests/e2e) serves it.
//
//   DIST=dist node --test --test-concurrency=1 tests/engines/
//
// ENGINE_SHOTS=DIR also writes the QR code pictures and the slide there.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { startServer } from '../../scripts/serve-static.mjs';
import { installProbe } from './drivers.mjs';

export const DIST = process.env.DIST || 'dist';

/** The verdict the app draws (the prerendered one does not count). */
const APP_VERDICT = '[data-testid=verdict]:not([data-prerender] *)';
const CHARTS = ['chart-histogram', 'chart-levels', 'chart-products', 'chart-shares', 'chart-small-shares', 'chart-tornado', 'chart-waterfall'];

/** True once the app has taken over and built the whole page. */
function appReady(verdictSelector) {
  return Boolean(document.querySelector(verdictSelector) && document.querySelector('.details[aria-busy=false]'));
}

function text(selector) {
  return document.querySelector(selector)?.textContent ?? null;
}

function decodeQrPng(buffer) {
  const png = PNG.sync.read(buffer);
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, `no QR code found in the ${png.width}×${png.height} picture`);
  return found.data;
}

/** Closes a server now, keep-alive connections included. */
async function shutDown(site) {
  const closed = site.close();
  site.server.closeAllConnections();
  await closed;
}

export function coreFlows(label, launch) {
  describe(`${label}: core flows`, () => {
    let engine;
    let site;

    before(async () => {
      assert.ok(existsSync(join(DIST, 'index.html')), `no built site at ${DIST}/ (set DIST)`);
      site = await startServer(DIST, 0);
      engine = await launch();
    });
    after(async () => {
      await engine?.close();
      await site?.close();
    });

    /** A fresh page (clean storage) at `width`, opened at `path` and
     *  waited on until the app has taken over. */
    async function open(path = '', { width = 1280, height = 900, base = site.url } = {}) {
      const page = await engine.newPage({ width, height });
      await page.goto(base + path);
      await page.waitFor(appReady, APP_VERDICT);
      return page;
    }

    /** Runs `body` with a fresh page; the page must end with no error. */
    async function withPage(path, options, body) {
      const page = await open(path, options);
      try {
        await body(page);
        assert.deepEqual(await page.errors(), [], 'console errors, page errors or failed loads');
      } finally {
        await page.close();
      }
    }

    it('names the engine and its version', (t) => {
      const line = `${engine.name} ${engine.version}${engine.rawVersion ? ` (browser.version(): ${engine.rawVersion})` : ''}`;
      t.diagnostic(line);
      console.log(`# engine: ${line}`);
      assert.match(engine.version, /^\d+\.\d+/);
    });

    it('1. the app takes over from the prerendered page', (t) => withPage('', {}, async (page) => {
      const probe = await page.evaluate(() => window.__engineProbe?.installed ?? null);
      t.diagnostic(`error probe installed at readyState ${probe?.readyState}, app ${probe?.appStarted ? 'already' : 'not yet'} started`);
      assert.equal(probe?.appStarted, false, 'the error probe watched the app from its start');
      const state = await page.evaluate((sel) => ({
        verdicts: document.querySelectorAll('[data-testid=verdict]').length,
        app: Boolean(document.querySelector(sel)),
        prerender: document.querySelectorAll('[data-prerender]').length,
        met: document.querySelector(sel)?.dataset.met,
        total: document.querySelector('[data-testid=total-2024]')?.textContent,
        loadFailed: document.querySelectorAll('[data-testid=load-failed]').length,
        alerts: [...document.querySelectorAll('[role=alert]')].map((a) => a.textContent).filter((t) => /error/i.test(t)),
        lang: document.documentElement.lang,
      }), APP_VERDICT);
      assert.equal(state.app, true);
      assert.equal(state.verdicts, 1, 'one verdict: the prerendered page is gone');
      assert.equal(state.prerender, 0, 'no prerendered element left');
      assert.equal(state.lang, 'en');
      assert.equal(state.met, 'false');
      assert.match(state.total, /106,462\.4/);
      assert.equal(state.loadFailed, 0);
      assert.deepEqual(state.alerts, []);
    }));

    it('2. a lever changes the verdict (manufacturing 9 % meets the target, 3.4 % does not)', () => withPage('', {}, async (page) => {
      const verdictIs = (met, total) => page.waitFor((m, t) => {
        const v = document.querySelector('[data-testid=verdict]');
        return v?.dataset.met === m && document.querySelector('[data-testid=total-2024]').textContent.includes(t);
      }, String(met), total);
      await page.fill('#growth-C', '9');
      await verdictIs(true, '112,110.9');
      assert.match(await page.evaluate(text, APP_VERDICT), /Target met/);
      // The address follows the scenario (a moment later).
      await page.waitFor(() => location.search === '?s=1~d1~len~gC9');
      await page.fill('#growth-C', '3.4');
      await verdictIs(false, '106,462.4');
      assert.match(await page.evaluate(text, APP_VERDICT), /Target not met/);
    }));

    it('3. a ?s= link opens its scenario', () => withPage('?s=1~d1~len~gC9', {}, async (page) => {
      const state = await page.evaluate((sel) => ({
        growth: document.querySelector('#growth-C').value,
        met: document.querySelector(sel).dataset.met,
        verdict: document.querySelector(sel).textContent,
        total: document.querySelector('[data-testid=total-2024]').textContent,
        gap: document.querySelector('[data-testid=gap]').textContent,
        search: location.search,
        banner: document.querySelector('[data-testid=banner]')?.checkVisibility?.() ?? false,
      }), APP_VERDICT);
      assert.equal(state.growth, '9');
      assert.equal(state.met, 'true');
      assert.match(state.verdict, /Target met/);
      assert.match(state.total, /112,110\.9/);
      assert.match(state.gap, /294\.9 billion VND above/);
      assert.equal(state.search, '?s=1~d1~len~gC9');
      assert.equal(state.banner, false, 'no bad-link banner');
    }));

    it('4. Vietnamese numbers with ?lang=vi', () => withPage('?lang=vi', {}, async (page) => {
      const state = await page.evaluate((sel) => ({
        lang: document.documentElement.lang,
        sectorTotal: document.querySelector('[data-testid=sector-total]').textContent,
        total2024: document.querySelector('[data-testid=total-2024]').textContent,
        manufacturing: document.querySelector('[data-testid=sector-C]').textContent,
        verdict: document.querySelector(sel).textContent,
        field: document.querySelector('#growth-C').value,
      }), APP_VERDICT);
      assert.equal(state.lang, 'vi');
      assert.ok(state.sectorTotal.includes('102.893,2'), `2023 total: ${state.sectorTotal}`);
      assert.ok(state.total2024.includes('106.462,4'), `2024 total: ${state.total2024}`);
      assert.ok(state.manufacturing.includes('100.867,1'), `manufacturing: ${state.manufacturing}`);
      assert.match(state.verdict, /Chưa đạt mục tiêu/);
      assert.equal(state.field, '3,4');
      // Typing the Vietnamese decimal comma works too.
      await page.fill('#growth-C', '9,5');
      await page.waitFor(() => document.querySelector('[data-testid=verdict]')?.dataset.met === 'true');
      assert.match(await page.evaluate(text, '[data-testid=total-2024]'), /112\.\d{3},\d/);
    }));

    it('5. the service worker serves a reload with the server gone', async (t) => {
      // A server of its own: its origin's worker and caches stay out of the
      // other flows, and closing it leaves them their server.
      const own = await startServer(DIST, 0);
      let page;
      try {
        page = await open('', { base: own.url });
        assert.equal(await page.evaluate(() => 'serviceWorker' in navigator && window.isSecureContext), true,
          'navigator.serviceWorker exists on http://127.0.0.1');
        // The app registers ./sw.js once it has painted; wait for it to be
        // active and in control of this page (clients.claim()).
        await page.waitFor(() => navigator.serviceWorker.controller?.state === 'activated');
        const cache = await page.evaluate(async () => {
          const keys = await caches.keys();
          const urls = keys.length ? (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname) : [];
          const reg = await navigator.serviceWorker.getRegistration();
          return { keys, urls, script: reg?.active?.scriptURL };
        });
        t.diagnostic(`worker ${cache.script}, cache ${cache.keys.join(', ')} with ${cache.urls.join(' ')}`);
        assert.equal(cache.keys.length, 1);
        assert.ok(cache.urls.includes('/') && cache.urls.some((u) => u.endsWith('.wasm')), 'the build is precached: the page and the wasm');

        await shutDown(own);
        await assert.rejects(fetch(own.url), 'the server is gone');

        await page.reload();
        await page.waitFor(appReady, APP_VERDICT);
        const after = await page.evaluate(() => ({
          controlled: navigator.serviceWorker.controller !== null,
          total: document.querySelector('[data-testid=total-2024]').textContent,
        }));
        assert.equal(after.controlled, true, 'the reloaded page is served by the worker');
        assert.match(after.total, /106,462\.4/);
        // And it still works, offline.
        await page.fill('#growth-C', '9');
        await page.waitFor(() => document.querySelector('[data-testid=verdict]')?.dataset.met === 'true');
        assert.deepEqual(await page.errors(), []);
      } finally {
        await page?.close();
        await shutDown(own).catch(() => {});
      }
    });

    it('6. the QR code decodes to the link', () => withPage('?s=1~d1~len~gC9', {}, async (page) => {
      const link = await page.evaluate(() => document.querySelector('#share-link').value);
      assert.equal(link, `${site.url}?s=1~d1~len~gC9`);
      await page.waitFor((l) => document.querySelector(`.share .qr-box[data-link="${l}"] [data-testid=qr]`) !== null, link);
      const png = await page.screenshot('.share [data-testid=qr]');
      if (process.env.ENGINE_SHOTS) writeFileSync(join(process.env.ENGINE_SHOTS, `qr-${engine.name.replace(/\W+/g, '-')}.png`), png);
      assert.equal(decodeQrPng(png), link);
    }));

    for (const width of [390, 1280]) {
      it(`7. no horizontal overflow at ${width} px`, () => withPage('', { width }, async (page) => {
        const inner = await page.evaluate(() => window.innerWidth);
        if (inner === width) {
          const m = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
          assert.ok(m.scroll <= m.client, `page is ${m.scroll - m.client} px wider than the ${m.client} px viewport`);
          return;
        }
        // The window cannot be this narrow (WebKitGTK's MiniBrowser stops
        // at ~447 px): measure the page in a same-origin frame of that size.
        assert.ok(inner > width, `viewport ${inner} px`);
        console.log(`# ${engine.name}: window is ${inner} px at least; ${width} px measured in an iframe`);
        await page.evaluate((url, w) => {
          const frame = document.createElement('iframe');
          frame.id = 'engine-frame';
          frame.src = url;
          frame.style.cssText = `position:fixed;top:0;left:0;width:${w}px;height:844px;border:0;z-index:2147483647;background:#fff`;
          document.body.append(frame);
        }, site.url, width);
        // The probe watches the frame too, from as soon as its document is
        // there (a function handed over, as the CSP forbids eval).
        const probeFrame = new Function(`
          const win = document.querySelector('#engine-frame').contentWindow;
          if (!win || win.location.href === 'about:blank' || win.document.readyState === 'loading') return null;
          (${installProbe})(win, true);
          return win.__engineProbe.installed;`);
        const installed = await page.waitFor(probeFrame);
        console.log(`# ${engine.name}: frame probe installed at readyState ${installed.readyState}, app ${installed.appStarted ? 'already' : 'not yet'} started`);
        await page.waitFor((sel) => {
          const doc = document.querySelector('#engine-frame').contentDocument;
          return Boolean(doc?.querySelector(sel) && doc.querySelector('.details[aria-busy=false]'));
        }, APP_VERDICT);
        const m = await page.evaluate(() => {
          const win = document.querySelector('#engine-frame').contentWindow;
          const root = win.document.documentElement;
          return { inner: win.innerWidth, scroll: root.scrollWidth, client: root.clientWidth,
            errors: win.__engineProbe.errors.splice(0) };
        });
        assert.equal(m.inner, width);
        assert.ok(m.scroll <= m.client, `page is ${m.scroll - m.client} px wider than the ${m.client} px frame`);
        assert.deepEqual(m.errors, []);
      }));
    }

    it('8. every chart is drawn', () => withPage('', {}, async (page) => {
      // The histogram comes once the Monte Carlo run is done.
      await page.waitFor(() => performance.getEntriesByName('mc-done').length > 0
        && document.querySelector('#chart-histogram svg .mark') !== null);
      const charts = [];
      const ids = await page.evaluate(() => [...document.querySelectorAll('figure.chart')].map((f) => f.id));
      for (const id of ids) {
        charts.push(await page.evaluate((chartId) => {
          const figure = document.getElementById(chartId);
          figure.scrollIntoView({ block: 'center' });
          const svg = figure.querySelector('svg');
          const box = svg?.getBoundingClientRect();
          const view = svg?.viewBox?.baseVal;
          return {
            id: chartId,
            svg: Boolean(svg),
            width: box?.width ?? 0,
            height: box?.height ?? 0,
            viewBox: view ? [view.width, view.height] : null,
            shapes: svg ? svg.querySelectorAll('rect, path, line, circle, polyline, polygon').length : 0,
            marks: svg ? svg.querySelectorAll('.mark').length : 0,
            texts: svg ? svg.querySelectorAll('text').length : 0,
          };
        }, id));
      }
      assert.deepEqual(charts.map((c) => c.id).sort(), CHARTS);
      for (const c of charts) {
        assert.ok(c.svg && c.width > 50 && c.height > 50, `${c.id} has a drawn svg: ${JSON.stringify(c)}`);
        assert.ok(c.viewBox && c.viewBox[0] > 0 && c.viewBox[1] > 0, `${c.id} viewBox: ${JSON.stringify(c)}`);
        assert.ok(c.shapes >= 3 && c.marks >= 3 && c.texts >= 1, `${c.id} has marks and text: ${JSON.stringify(c)}`);
      }
    }));

    it('8b. the 2023 edition: a link opens it, what happened resets the levers, the control switches back', () => withPage('?s=1~d1~e2023~len', {}, async (page) => {
      const state = () => page.evaluate((sel) => ({
        title: document.querySelector('.app-header h1')?.textContent,
        pressed: document.querySelector('[data-testid=edition-switch] [aria-pressed=true]')?.dataset.edition,
        total: document.querySelector('[data-testid=total-2024]')?.textContent,
        met: document.querySelector(sel)?.dataset.met,
        outcome: document.querySelector('[data-testid=outcome]')?.textContent ?? '',
      }), APP_VERDICT);
      const first = await state();
      assert.equal(first.title, 'Ninh Bình industry 2023');
      assert.equal(first.pressed, '2023');
      assert.match(first.total, /110,000\.0/);
      assert.match(first.outcome, /missed by 7,106\.8/);
      await page.click('[data-testid=reset-to-actual]');
      await page.waitFor(() => document.querySelector('[data-testid=total-2024]')?.textContent.includes('102,893.2'));
      assert.equal((await state()).met, 'false');
      await page.waitFor(() => location.search === '?s=1~d1~e2023~len~gB10*C3.4*D4.8*E8.6');
      await page.click('[data-edition="2024"]');
      await page.waitFor(() => document.querySelector('[data-testid=edition-switch] [aria-pressed=true]')?.dataset.edition === '2024'
        && document.querySelector('.details[aria-busy=false]') !== null);
      const back = await state();
      assert.equal(back.title, 'Ninh Bình industry 2024');
      assert.match(back.total, /106,462\.4/);
      assert.equal(back.outcome, '');
    }));

    it('8c. pictures for slides: the waterfall as PNG and SVG, and the scenario slide with its QR code', () => withPage('?s=1~d1~len~gC9', {}, async (page) => {
      // What the page hands to a download, kept (an engine's downloads are
      // not this harness's to read).
      await page.evaluate(() => {
        const create = URL.createObjectURL;
        window.__pictures = [];
        URL.createObjectURL = (blob) => { window.__pictures.push(blob); return create.call(URL, blob); };
      });
      const picture = async (selector, type) => {
        // In view first: WebKit's driver will not click what it cannot see.
        await page.evaluate((sel) => {
          window.__pictures.length = 0;
          document.querySelector(sel).scrollIntoView({ block: 'center' });
        }, selector);
        await page.click(selector);
        await page.waitFor((t) => window.__pictures.some((b) => b.type === t), type);
        const base64 = await page.evaluate(async (t) => {
          const bytes = new Uint8Array(await window.__pictures.find((b) => b.type === t).arrayBuffer());
          let text = '';
          for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return btoa(text);
        }, type);
        return Buffer.from(base64, 'base64');
      };
      const link = await page.evaluate(() => document.querySelector('#share-link').value);
      const png = PNG.sync.read(await picture('#chart-waterfall [data-picture=png]', 'image/png'));
      assert.deepEqual([png.width, png.height], [1920, 1080]);
      const inked = png.data.filter((v, i) => i % 4 === 0 && v < 200).length;
      assert.ok(inked > 20_000, `the waterfall's picture has ${inked} dark pixels`);
      const svg = (await picture('#chart-waterfall [data-picture=svg]', 'image/svg+xml')).toString('utf8');
      const doc = await page.evaluate((source) => {
        const d = new DOMParser().parseFromString(source, 'image/svg+xml');
        return { error: d.querySelector('parsererror') !== null, texts: [...d.querySelectorAll('text')].map((t) => t.textContent).join('') };
      }, svg);
      assert.equal(doc.error, false);
      assert.ok(doc.texts.includes(link), 'the link in the SVG');
      const slide = PNG.sync.read(await picture('[data-testid=slide-png]', 'image/png'));
      const found = jsQR(new Uint8ClampedArray(slide.data), slide.width, slide.height);
      assert.equal(found?.data, link);
      if (process.env.ENGINE_SHOTS) writeFileSync(join(process.env.ENGINE_SHOTS, `slide-${engine.name.replace(/\W+/g, '-')}.png`), PNG.sync.write(slide));
    }));

    it('9. no console error or page error in the whole run', () => {
      assert.deepEqual(engine.allErrors, []);
    });
  });
}
