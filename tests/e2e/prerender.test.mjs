// The baseline written into index.html at build time: real figures before
// the wasm arrives and with scripting off, in the reader's language, never
// shown for a link's scenario, and taken over by the app without layout
// shift.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { APP_VERDICT, AppPage, useSite } from './fixture.mjs';

const site = useSite();

/** A page whose wasm is still on its way (held back: what a phone shows
 *  while it loads), or whose download failed (`fails`). */
async function withoutWasm(locale, path = '', { fails = false } = {}) {
  const context = await site.browser.newContext({ locale });
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => (fails ? route.abort() : undefined));
  await page.goto(site.url + path, { waitUntil: 'domcontentloaded' });
  return page;
}

describe('baseline in the HTML', () => {
  it('shows the baseline in English before the wasm, one copy only', async () => {
    const page = await withoutWasm('en-US');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getByTestId('total-2024').count(), 1, 'one language in the document');
    assert.match(await page.getByTestId('total-2024').textContent(), /106,462\.4/);
    assert.equal(await page.getByTestId('verdict').getAttribute('data-met'), 'false');
    assert.match(await page.getByTestId('gap').textContent(), /5,353\.6 billion VND short/);
    assert.match(await page.locator('.sector-table').textContent(), /100,867\.1/);
    assert.match(await page.getByTestId('note-target-growth').textContent(), /111,816/);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no duplicate ids');
    await page.context().close();
  });

  it('shows it in Vietnamese for a Vietnamese browser, and for ?lang=vi', async () => {
    for (const [locale, path] of [['vi-VN', ''], ['en-US', '?lang=vi']]) {
      const page = await withoutWasm(locale, path);
      assert.equal(await page.getAttribute('html', 'lang'), 'vi');
      assert.match(await page.getByTestId('total-2024').textContent(), /106\.462,4/);
      assert.match(await page.getByTestId('verdict').textContent(), /Chưa đạt/i);
      await page.context().close();
    }
  });

  it('never shows baseline figures for a link to a scenario', async () => {
    const page = await withoutWasm('en-US', '?s=1~d1~len~gC9');
    assert.equal(await page.getByTestId('total-2024').count(), 0);
    assert.ok(await page.getByText('Opening the scenario').isVisible());
    await page.context().close();
  });

  for (const [what, file] of [['wasm', /\.wasm$/], ['JS glue', /ninh-binh-industry-[0-9a-f]+\.js$/]]) {
    it(`says when the ${what} cannot load, and a retry in place keeps what was typed`, async () => {
      const context = await site.browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      await page.route(file, (route) => route.abort());
      await page.goto(site.url, { waitUntil: 'domcontentloaded' });
      const note = page.getByTestId('load-failed');
      await note.waitFor();
      assert.equal(await note.getAttribute('role'), 'alert');
      assert.match(await note.textContent(),
        /scenario tools could not load.*published 2023 figures and the repeat-2023-growth projection; buttons, sliders and fields work once the tools load/);
      assert.match(await page.getByTestId('total-2024').textContent(), /106,462\.4/, 'the baseline stays');
      await page.getByLabel('Manufacturing — 2024 growth, %', { exact: true }).fill('12');
      await page.unroute(file);
      await note.getByRole('button', { name: 'Try again' }).click();
      await page.locator(APP_VERDICT).waitFor();
      assert.equal(await page.getByTestId('load-failed').count(), 0);
      await page.waitForFunction(() =>
        document.querySelector('[aria-label="Manufacturing — 2024 growth slider"]')?.value === '12');
      await context.close();
    });
  }

  it('switches language before the app runs, and the app starts in it', async () => {
    const context = await site.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    let release;
    const wasmHeld = new Promise((resolve) => { release = resolve; });
    await page.route(/\.wasm$/, async (route) => { await wasmHeld; await route.continue(); });
    await page.goto(site.url + '?lang=en', { waitUntil: 'domcontentloaded' });
    // Edits made before the switch go along, a typed decimal in the new
    // language's notation.
    await page.getByLabel('Manufacturing — 2024 growth, %', { exact: true }).fill('12.5');
    await page.getByRole('radio', { name: 'million USD', exact: true }).check();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    assert.equal(await page.locator('#growth-C').inputValue(), '12,5');
    assert.ok(await page.getByRole('radio', { name: 'triệu USD', exact: true }).isChecked());
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    assert.match(await page.getByTestId('total-2024').textContent(), /106\.462,4/);
    assert.equal(await page.getByTestId('total-2024').count(), 1, 'one copy in the document');
    assert.equal(await page.getByRole('button', { name: 'Tiếng Việt' }).getAttribute('aria-pressed'), 'true');
    assert.match(page.url(), /lang=vi/);
    // What the page says while loading follows the reader's choice.
    await page.getByTestId('loading-tools').waitFor();
    assert.equal(await page.getByTestId('loading-tools').textContent(), 'Đang tải công cụ kịch bản…');
    release();
    await page.locator(APP_VERDICT).waitFor();
    // 12.5 % for manufacturing meets the target.
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=lever-C] input[type=range]')?.value === '12.5');
    assert.equal(await page.locator(APP_VERDICT).getAttribute('data-met'), 'true');
    assert.match(await page.getByTestId('total-2024').textContent(), /,/, 'Vietnamese notation');
    assert.equal(await page.evaluate(() => localStorage.getItem('ninh-binh-industry.lang')), 'vi');
    await context.close();
  });

  it('says so for a link too, in Vietnamese, instead of "opening the scenario"', async () => {
    const vi = await withoutWasm('vi-VN', '?s=1~d1~len~gC9', { fails: true });
    await vi.getByTestId('load-failed').waitFor();
    assert.match(await vi.getByTestId('load-failed').textContent(), /Không tải được công cụ kịch bản.*Bấm Thử lại để mở kịch bản trong liên kết/);
    assert.equal(await vi.locator('.link-loading').isVisible(), false);
    await vi.context().close();
  });

  it('takes over without touching any field when the reader changed nothing', async () => {
    const context = await site.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.fieldEvents = 0;
      for (const type of ['input', 'change']) addEventListener(type, () => { window.fieldEvents += 1; }, true);
    });
    await page.goto(site.url);
    await page.locator(APP_VERDICT).waitFor();
    await page.locator('.details[aria-busy=false]').waitFor();
    assert.equal(await page.evaluate(() => window.fieldEvents), 0);
    assert.ok(await page.getByTestId('undo').isDisabled());
    await context.close();
  });

  it('reads with scripting off, and says the scenario tools need JavaScript', async () => {
    const context = await site.browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url);
    const totals = await page.getByTestId('total-2024').allTextContents();
    assert.equal(totals.length, 2, 'both languages');
    assert.ok(totals.some((t) => t.includes('106.462,4')) && totals.some((t) => t.includes('106,462.4')));
    assert.match(await page.locator('.noscript-note').textContent(), /scenario tools need JavaScript/);
    await context.close();
  });

  it('keeps what the reader typed, moved and chose before the app took over', async () => {
    const context = await site.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    let release;
    const wasmHeld = new Promise((resolve) => { release = resolve; });
    await page.route(/\.wasm$/, async (route) => { await wasmHeld; await route.continue(); });
    await page.goto(site.url, { waitUntil: 'domcontentloaded' });
    // A reader on slow Wi-Fi: five steps of the Mining slider by keyboard,
    // a money unit (in a section the app builds last), then "2" typed into
    // Manufacturing with the caret put back before it.
    const slider = page.getByLabel('Mining and quarrying — 2024 growth slider', { exact: true });
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('radio', { name: 'million USD', exact: true }).check();
    const manufacturing = page.getByLabel('Manufacturing — 2024 growth, %', { exact: true });
    await manufacturing.fill('2');
    await page.keyboard.press('Home');
    assert.equal(await page.getByTestId('total-2024').count(), 1);
    assert.match(await page.getByTestId('total-2024').textContent(), /106,462\.4/, 'nothing computes before the app');
    // The download is taking long: the page says so.
    await page.getByTestId('loading-tools').waitFor();
    assert.equal(await page.getByTestId('loading-tools').textContent(), 'Loading the scenario tools…');

    release();
    await page.locator(APP_VERDICT).waitFor();
    await page.locator('.details[aria-busy=false]').waitFor();
    assert.equal(await page.getByTestId('loading-tools').count(), 0);
    // The caret is where it was: typing goes on in the same field.
    await page.keyboard.type('1');
    assert.equal(await manufacturing.inputValue(), '12');
    assert.equal(await slider.inputValue(), '10.5');
    assert.ok(await page.getByRole('radio', { name: 'million USD', exact: true }).isChecked());
    // 102,893.2 × 10^9 ÷ 24,000 (the default rate) ÷ 10^6 = 4,287.2 million USD.
    await page.waitForFunction(() => document.querySelector('[data-testid=value-total]')?.textContent.includes('4,287.2'));
    // Each carried edit is its own undo step (the unit is a preference, not a step).
    const sliderC = page.getByLabel('Manufacturing — 2024 growth slider', { exact: true });
    assert.equal(await sliderC.inputValue(), '12');
    const undo = page.getByTestId('undo');
    for (const [field, value] of [[sliderC, '2'], [sliderC, '3.4'], [slider, '10']]) {
      await undo.click();
      await page.waitForFunction(([el, v]) => el.value === v, [await field.elementHandle(), value]);
    }
    assert.ok(await undo.isDisabled(), 'nothing else was a step');
    await page.getByTestId('redo').click();
    await page.getByTestId('redo').click();
    await page.getByTestId('redo').click();
    await page.waitForFunction((el) => el.value === '12', await sliderC.elementHandle());

    // The same edits made in the running app give the same figures.
    const reference = await AppPage.open(site);
    const rp = reference.page;
    await rp.getByLabel('Mining and quarrying — 2024 growth slider', { exact: true }).focus();
    for (let i = 0; i < 5; i++) await rp.keyboard.press('ArrowRight');
    await rp.getByRole('radio', { name: 'million USD', exact: true }).check();
    await reference.setGrowth('Manufacturing — 2024 growth, %', '12');
    await rp.waitForFunction(() => document.querySelector('[data-testid=value-total]')?.textContent.includes('4,287.2'));
    const expected = await reference.total.textContent();
    await page.waitForFunction((t) => document.querySelector('[data-testid=total-2024]').textContent === t, expected);
    assert.equal(await page.getByTestId('gap').textContent(), await reference.gap.textContent());
    await reference.close();
    await context.close();
  });

  for (const width of [360, 1280]) {
    it(`the app takes over without layout shift at ${width} px (CLS < 0.01)`, async () => {
      const app = await AppPage.open(site, { viewport: { width, height: 800 } });
      // Counted once the whole page is built (every section below the
      // fold too) and two more frames have been painted.
      await app.page.waitForSelector('.details[aria-busy=false]', { state: 'attached' });
      const shift = await app.page.evaluate(() => new Promise((done) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(sum), 0)));
      }));
      assert.ok(shift < 0.01, `CLS ${shift}`);
      assert.equal(await app.total.count(), 1);
      app.assertClean();
      await app.close();
    });
  }
});
