// Two engines behind one small interface, so the same flows run on both:
//
//   engine = await launchFirefox() | await launchWebKit()
//   engine.name, engine.version            for the test output
//   page = await engine.newPage({ width, height })   clean storage each time
//   page.goto(url) · page.reload() · page.evaluate(fn, ...args)
//   page.waitFor(fn, ...args)   polls fn in the page until it returns truthy
//   page.fill(selector, text) · page.click(selector)
//   page.screenshot(selector)   PNG of one element, as the screen shows it
//   page.errors()   console errors, uncaught errors, unhandled rejections,
//                   CSP violations and failed loads seen so far
//   page.close() · engine.close()
//
// Firefox ESR: puppeteer-core over WebDriver BiDi, Debian's firefox-esr,
// headless (no geckodriver, no downloaded browser).
// WebKit: WebKitGTK's WebKitWebDriver (plain W3C WebDriver over HTTP),
// which starts MiniBrowser; MiniBrowser needs a display, so an Xvfb of our
// own is started on a free display number. WebDriver classic has no
// console channel, and MiniBrowser's write-console-to-stdout setting stays
// silent under automation (its sessions are ephemeral, and WebKit does not
// print an ephemeral page's console): a probe (below) collects errors
// in the page instead, put in by executeScript as soon as each new
// document exists, before the app's own JavaScript runs (checked).
//
// Settings (environment): FIREFOX (default /usr/bin/firefox-esr),
// MINIBROWSER (default Debian's WebKitGTK 4.1 MiniBrowser), WEBKIT_DISPLAY
// (an X display to use instead of starting Xvfb), ENGINE_TIMEOUT_MS (each
// wait, default 20000).

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { PNG } from 'pngjs';

const TIMEOUT = Number(process.env.ENGINE_TIMEOUT_MS || 20_000);
const POLL_MS = 50;

/** Resolves after `ms`: only ever the interval between two polls of a
 *  condition, never a wait in its own right. */
const tick = (ms = POLL_MS) => new Promise((next) => { setTimeout(next, ms); });

/** Polls `check` (async, in Node) until it returns a truthy value. */
async function poll(check, { timeout = TIMEOUT, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${last?.message ?? JSON.stringify(last)})`);
    }
    await tick();
  }
}

/**
 * The error probe, run in the page (or in a same-origin frame's window
 * `win`). It is a function of the window, not a string for eval: the app's
 * CSP forbids eval, but a function handed over by the driver runs anyway.
 */
export function installProbe(win = window, everything = true) {
  if (win.__engineProbe) return false;
  const probe = {
    errors: [],
    // How late it came: whether the app had started yet (it starts once
    // the page has painted).
    installed: {
      readyState: win.document.readyState,
      appStarted: win.performance.getEntriesByName('app-start').length > 0,
    },
  };
  win.__engineProbe = probe;
  const text = (v) => (v instanceof win.Error || v instanceof Error
    ? `${v.name}: ${v.message}${v.stack ? ` @ ${v.stack.split('\n')[0]}` : ''}` : String(v));
  win.addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== win && t.nodeType === 1) {
      probe.errors.push(`failed to load ${t.tagName.toLowerCase()} ${t.src || t.href || ''}`);
    } else if (everything) {
      probe.errors.push(`uncaught: ${e.error ? text(e.error) : e.message}`);
    }
  }, true);
  win.addEventListener('unhandledrejection', (e) => probe.errors.push(`unhandled rejection: ${text(e.reason)}`));
  win.document.addEventListener('securitypolicyviolation', (e) => probe.errors.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  if (everything) {
    const original = win.console.error;
    win.console.error = function consoleError(...args) {
      probe.errors.push(`console.error: ${args.map(text).join(' ')}`);
      return original.apply(this, args);
    };
  }
  return true;
}

/** Free TCP port on 127.0.0.1 (for WebKitWebDriver). */
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

function exited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

// Processes this file started, each in a process group of its own
// (detached), so that stopping one stops its children too (MiniBrowser
// and WebKit's helper processes under WebKitWebDriver). Stopped when the
// engine closes, and also if this test process exits or is interrupted.
const started = new Set();

function startGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

function killGroup(child, signal = 'SIGTERM') {
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}

function stop(child) {
  if (!child || exited(child)) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', done);
    killGroup(child);
  });
}

process.once('exit', () => { for (const child of started) killGroup(child, 'SIGKILL'); });
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => process.exit(code));
}

// ───────────────────────────── Firefox ─────────────────────────────

export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'en-US,en', 'intl.locale.requested': 'en-US' },
  });
  const version = await browser.version(); // "firefox/153.8.0"
  const all = [];
  return {
    name: 'Firefox ESR',
    version: version.replace(/^firefox\//, ''),
    rawVersion: version,
    allErrors: all,
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const errors = [];
      const note = (e) => { errors.push(e); all.push(e); };
      page.on('console', (m) => { if (m.type() === 'error') note(`console.error: ${m.text()}`); });
      page.on('pageerror', (e) => note(`uncaught: ${e?.stack || e}`));
      // The BiDi log does not carry failed loads: watch the responses.
      page.on('response', (r) => { if (r.status() >= 400) note(`HTTP ${r.status()} ${r.url()}`); });
      page.on('requestfailed', (r) => note(`failed to load ${r.url()}: ${r.failure()?.errorText}`));
      // Uncaught errors and console.error come through the BiDi log
      // (here, Firefox logs CSP blocks there too); the probe, before any of
      // the page's scripts, adds securitypolicyviolation events, failed
      // element loads and unhandled rejections.
      await page.evaluateOnNewDocument(`(${installProbe})(window, false)`);
      await page.setViewport({ width, height });
      page.setDefaultTimeout(TIMEOUT);
      const harvest = async () => {
        const found = await page.evaluate(() => {
          const p = window.__engineProbe;
          if (!p) return [];
          return p.errors.splice(0);
        }).catch(() => []);
        for (const e of found) note(e);
      };
      return {
        raw: page,
        async goto(url) { await harvest(); await page.goto(url, { waitUntil: 'load' }); },
        async reload() { await harvest(); await page.reload({ waitUntil: 'load' }); },
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        async waitFor(fn, ...args) {
          const handle = await page.waitForFunction(fn, { timeout: TIMEOUT, polling: POLL_MS }, ...args);
          const value = await handle.jsonValue().catch(() => true);
          await handle.dispose().catch(() => {});
          return value;
        },
        async fill(selector, text) {
          await page.locator(selector).fill(text);
        },
        async click(selector) { await page.locator(selector).click(); },
        async screenshot(selector) {
          const el = await page.waitForSelector(selector);
          await el.scrollIntoView();
          const png = await el.screenshot({ type: 'png' });
          await el.dispose();
          return Buffer.from(png);
        },
        async errors() { await harvest(); return [...errors]; },
        async close() { await harvest(); await context.close(); },
      };
    },
    async close() { await browser.close(); },
  };
}

// ───────────────────────────── WebKit ─────────────────────────────

const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Starts Xvfb on a free display (it tells us which, through -displayfd). */
function startXvfb() {
  return new Promise((ok, fail) => {
    const xvfb = startGroup('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp', '-noreset'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (d) => { err += d; });
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok({ process: xvfb, display: `:${out.trim()}` });
    });
    xvfb.once('error', fail);
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${err}`)));
  });
}

/** The parts of WebDriver classic the flows need, over fetch. */
class WebDriver {
  constructor(base) { this.base = base; }

  async send(method, path, body) {
    const res = await fetch(this.base + path, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (json.value && json.value.error) {
      const error = new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
      error.webdriver = json.value.error;
      throw error;
    }
    return json.value;
  }
}

export async function launchWebKit() {
  const own = process.env.WEBKIT_DISPLAY ? null : await startXvfb();
  const display = process.env.WEBKIT_DISPLAY || own.display;
  const port = await freePort();
  const driverLog = [];
  const driverProcess = startGroup('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', WAYLAND_DISPLAY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  driverProcess.stdout.on('data', (d) => driverLog.push(String(d)));
  driverProcess.stderr.on('data', (d) => driverLog.push(String(d)));
  const wd = new WebDriver(`http://127.0.0.1:${port}`);
  await poll(async () => {
    if (exited(driverProcess)) throw new Error(`WebKitWebDriver exited: ${driverLog.join('')}`);
    return (await wd.send('GET', '/status')).ready;
  }, { message: 'WebKitWebDriver to listen' });

  const all = [];
  let current = null;
  let version = null;

  async function newSession() {
    const value = await wd.send('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          pageLoadStrategy: 'none', // see navigate() below
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    });
    version = value.capabilities.browserVersion;
    return value;
  }

  // One MiniBrowser session per page: each starts with an empty,
  // ephemeral data store (no storage or service worker carried over). The
  // first is opened now, for the version.
  const first = await newSession();
  let spare = first.sessionId;

  const engine = {
    name: 'WebKitGTK',
    version,
    browserName: first.capabilities.browserName,
    allErrors: all,
    async newPage({ width = 1280, height = 900 } = {}) {
      if (current) await current.close();
      const sessionId = spare ?? (await newSession()).sessionId;
      spare = null;
      const s = `/session/${sessionId}`;
      const errors = [];
      const note = (e) => { errors.push(e); all.push(e); };
      await wd.send('POST', `${s}/timeouts`, { script: TIMEOUT, pageLoad: 60_000, implicit: 0 });

      const run = (fn, args = []) => wd.send('POST', `${s}/execute/sync`, {
        script: `return (${fn}).apply(null, arguments);`,
        args,
      });
      const harvest = async () => {
        const found = await run(() => (window.__engineProbe ? window.__engineProbe.errors.splice(0) : [])).catch(() => []);
        for (const e of found) note(e);
      };
      // Navigation with the page-load strategy 'none': the command returns
      // at once, and the probe goes into the new document as soon as it
      // exists, while it is still loading, then we wait for the load event.
      // (The app's loader waits for the load event and a paint before it
      // starts the wasm; with 'normal', the probe came after the app had
      // started now and then. 'eager' made the next command hang until the
      // page-load timeout on the baseline page.)
      let navigations = 0;
      const navigate = async (command, body) => {
        const token = `nav-${++navigations}`;
        await run((t) => { window.__engineNavigation = t; return true; }, [token]).catch(() => {});
        await wd.send('POST', `${s}/${command}`, body);
        const installed = await poll(() => run(`function (token) {
          if (window.__engineNavigation === token || location.href === 'about:blank') return null;
          (${installProbe})(window);
          return window.__engineProbe.installed;
        }`, [token]), { message: `the new document (${command})` });
        await poll(() => run(() => document.readyState === 'complete'), { message: 'the load event' });
        return installed;
      };

      const page = {
        session: sessionId,
        async goto(url) { await harvest(); await navigate('url', { url }); },
        async reload() { await harvest(); await navigate('refresh', {}); },
        evaluate: (fn, ...args) => run(fn, args),
        waitFor: (fn, ...args) => poll(() => run(fn, args), { message: String(fn).slice(0, 120) }),
        async find(selector) {
          const el = await poll(() => wd.send('POST', `${s}/element`, { using: 'css selector', value: selector })
            .catch((e) => { if (e.webdriver === 'no such element') return null; throw e; }), { message: selector });
          return Object.values(el)[0];
        },
        /** As a user would: click into the field, Ctrl+A, type over it
         *  (key actions). Element Clear would reset the field without an
         *  input event, so the app, rightly, never hears of it; and a
         *  Ctrl+A inside Element Send Keys selects but then types nothing
         *  here (WebKitWebDriver, on any page). */
        async fill(selector, text) {
          const id = await page.find(selector);
          await wd.send('POST', `${s}/element/${id}/click`, {});
          const press = (value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }];
          await wd.send('POST', `${s}/actions`, {
            actions: [{
              type: 'key',
              id: 'keyboard',
              actions: [
                { type: 'keyDown', value: '\uE009' }, ...press('a'), { type: 'keyUp', value: '\uE009' },
                ...[...text].flatMap(press),
              ],
            }],
          });
          await wd.send('DELETE', `${s}/actions`, {});
          const value = await run((sel) => document.querySelector(sel).value, [selector]);
          if (value !== text) throw new Error(`typed "${text}" into ${selector}, which holds "${value}"`);
        },
        async click(selector) {
          const id = await page.find(selector);
          await wd.send('POST', `${s}/element/${id}/click`, {});
        },
        /** Element screenshots here can come back with a black band: take
         *  the window's and crop the element from it. */
        async screenshot(selector) {
          await page.find(selector);
          // Scroll it into view (instantly: the page may ask for smooth
          // scrolling) and wait until it stands still for two frames.
          const measure = (sel, scroll) => new Promise((done) => {
            const el = document.querySelector(sel);
            if (scroll) el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
            let last = '';
            const frame = () => {
              const r = el.getBoundingClientRect();
              const box = { x: r.left, y: r.top, width: r.width, height: r.height, inner: innerWidth };
              const now = JSON.stringify(box);
              if (now === last) done(box); else { last = now; requestAnimationFrame(frame); }
            };
            requestAnimationFrame(frame);
          });
          const box = await run(measure, [selector, true]);
          const shot = PNG.sync.read(Buffer.from(await wd.send('GET', `${s}/screenshot`), 'base64'));
          const again = await run(measure, [selector, false]);
          if (JSON.stringify(again) !== JSON.stringify(box)) throw new Error(`${selector} moved during the screenshot: ${JSON.stringify([box, again])}`);
          const scale = shot.width / box.inner;
          const x = Math.max(0, Math.floor(box.x * scale));
          const y = Math.max(0, Math.floor(box.y * scale));
          const w = Math.min(shot.width - x, Math.ceil(box.width * scale));
          const h = Math.min(shot.height - y, Math.ceil(box.height * scale));
          const out = new PNG({ width: w, height: h });
          PNG.bitblt(shot, out, x, y, w, h, 0, 0);
          return PNG.sync.write(out);
        },
        async errors() { await harvest(); return [...errors]; },
        async setSize(w, h) {
          // The window has chrome (MiniBrowser's toolbar): size it so the
          // page's own viewport is w × h, as far as the window may shrink.
          await wd.send('POST', `${s}/window/rect`, { width: w, height: h });
          const inner = await run(() => [innerWidth, innerHeight]);
          await wd.send('POST', `${s}/window/rect`, { width: w + (w - inner[0]), height: h + (h - inner[1]) });
          return run(() => [innerWidth, innerHeight]);
        },
        async close() {
          if (current !== page) return;
          current = null;
          await harvest();
          await wd.send('DELETE', s).catch(() => {});
        },
      };
      current = page;
      await page.setSize(width, height);
      return page;
    },
    async close() {
      if (current) await current.close();
      if (spare) await wd.send('DELETE', `/session/${spare}`).catch(() => {});
      await stop(driverProcess);
      await stop(own?.process);
    },
  };
  return engine;
}
