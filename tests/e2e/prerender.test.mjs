// The baseline written into index.html at build time: real figures before
// the wasm arrives and with scripting off, in the reader's language, never
// shown for a link's scenario, and taken over by the app keeping what the
// reader did meanwhile. (Layout shift on takeover is measured by the
// benchmark, not here.)
import { AppPage, expect, test } from './fixture.mjs';

const { describe } = test;
const MANUFACTURING = 'Manufacturing — 2024 growth, %';
/** What Chromium logs for a download the test makes fail (`fail: true`). */
const FAILED_DOWNLOAD = /^Failed to load resource: net::ERR_FAILED$/;

/** In the page: frames stop at the app's first verdict, until
 *  `letFramesGo()` (`holdFrames()` stops them again). The app builds its
 *  own inputs column only after painted frames, so the prerendered one
 *  stays lent to it meanwhile. */
function holdFramesAtTheVerdict() {
  const held = [];
  const raf = window.requestAnimationFrame.bind(window);
  let holding = false;
  window.requestAnimationFrame = (f) => (holding ? held.push(f) : raf(f));
  window.letFramesGo = () => { holding = false; held.splice(0).forEach(raf); };
  window.holdFrames = () => { holding = true; };
  const mark = Performance.prototype.mark;
  Performance.prototype.mark = function (name, ...rest) {
    if (name === 'first-verdict') holding = true;
    return mark.call(this, name, ...rest);
  };
}

describe('baseline in the HTML', () => {
  test('shows the baseline in English before the wasm, one copy only', async ({ site }) => {
    const app = await AppPage.beforeApp(site);
    const { page } = app;
    await app.expectLanguage('en');
    await expect(app.total, 'one language in the document').toHaveCount(1);
    await expect(app.total).toHaveText(/106,462\.4/);
    // The prerendered verdict: app.verdict is the app's own.
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-met', 'false');
    await expect(app.gap).toHaveText(/5,353\.6 billion VND short/);
    await expect(page.locator('.sector-table')).toHaveText(/100,867\.1/);
    await expect(page.getByTestId('note-target-growth')).toHaveText(/111,816/);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'no duplicate ids').toEqual([]);
  });

  // The page's document holds the Vietnamese copy and the English one waits
  // in a template; an English reader must never see the Vietnamese one,
  // even on a slow phone that paints while parsing. What each frame paints
  // is read just before it is painted (an animation frame), at 4x CPU,
  // until the English baseline has been painted; the wasm waits till then.
  test('never paints the other language first, at 4x CPU', async ({ site }) => {
    const app = await AppPage.blank(site, {
      init: () => {
        window.__painted = [];
        const look = () => {
          const shown = [...document.querySelectorAll('[data-prerender]')].filter((e) => e.checkVisibility());
          window.__painted.push(shown.map((e) => e.lang).join(',') || '-');
          if (window.__painted.length < 2000) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      },
    });
    const { page } = app;
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(site.url, { waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => window.__painted.includes('en'))).toBe(true);
    const painted = await page.evaluate(() => window.__painted);
    release();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(painted.filter((p) => p !== '-' && p !== 'en'), `frames: ${painted.join(' ')}`).toEqual([]);
    await app.ready();
  });

  test('shows it in Vietnamese for a Vietnamese browser, and for ?lang=vi', async ({ site }) => {
    for (const [locale, path] of [['vi-VN', ''], ['en-US', '?lang=vi']]) {
      const app = await AppPage.beforeApp(site, { locale, path });
      await app.expectLanguage('vi');
      await expect(app.total).toHaveText(/106\.462,4/);
      await expect(app.page.getByTestId('verdict')).toHaveText(/Chưa đạt/i);
    }
  });

  test('never shows baseline figures for a link to a scenario', async ({ site }) => {
    const app = await AppPage.beforeApp(site, { path: '?s=1~d1~len~gC9' });
    await expect(app.total).toHaveCount(0);
    await expect(app.page.getByText('Opening the scenario')).toBeVisible();
  });

  test('says when the wasm cannot load, and a retry in place keeps what was typed', async ({ site }) => {
    const app = await AppPage.beforeApp(site, { fail: true });
    app.provokes("the wasm's download fails on purpose", FAILED_DOWNLOAD);
    const note = app.loadFailed;
    await expect(note).toBeVisible();
    await expect(note).toHaveAttribute('role', 'alert');
    await expect(note).toHaveText(
      /scenario tools could not load.*published 2023 figures and the repeat-2023-growth projection; buttons, sliders and fields work once the tools load/);
    await expect(app.total, 'the baseline stays').toHaveText(/106,462\.4/);
    await app.setGrowth(MANUFACTURING, '12');
    await app.release();
    await note.getByRole('button', { name: 'Try again' }).click();
    await app.ready();
    await expect(app.loadFailed).toHaveCount(0);
    await app.expectSlider('C', '12');
  });

  // The glue compiles the wasm as it downloads only when it has the type a
  // host should give it (instantiateStreaming refuses any other); a host
  // that gets the type wrong still gets the app, from the whole download.
  test('starts from a host that serves the wasm with another type', async ({ site }) => {
    const app = await AppPage.blank(site);
    await app.page.route(/\.wasm$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await app.goto();
    await app.setGrowth(MANUFACTURING, '12');
    await expect(app.total, 'the app answers the edit').not.toHaveText(/106,462\.4/);
  });

  test('switches language before the app runs, and the app starts in it', async ({ site }) => {
    const app = await AppPage.beforeApp(site, { path: '?lang=en' });
    // Edits made before the switch go along, a typed decimal in the new
    // language's notation.
    await app.setGrowth(MANUFACTURING, '12.5');
    await app.chooseUnit('million USD');
    await app.switchLanguage('vi');
    await expect(app.growthField('C')).toHaveValue('12,5');
    await expect(app.unit('triệu USD')).toBeChecked();
    await app.expectLanguage('vi');
    await expect(app.total).toHaveText(/106\.462,4/);
    await expect(app.total, 'one copy in the document').toHaveCount(1);
    await expect(app.languageButton('vi')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.page).toHaveURL(/lang=vi/);
    // What the page says while loading follows the reader's choice.
    await expect(app.loadingNote).toHaveText('Đang tải công cụ kịch bản…');
    await app.release();
    await app.ready();
    // 12.5 % for manufacturing meets the target.
    await app.expectSlider('C', '12.5');
    await expect(app.verdict).toHaveAttribute('data-met', 'true');
    await expect(app.total, 'Vietnamese notation').toHaveText(/,/);
    await expect.poll(() => app.page.evaluate(() => localStorage.getItem('ninh-binh-industry.lang'))).toBe('vi');
  });

  test('says so for a link too, in Vietnamese, instead of "opening the scenario"', async ({ site }) => {
    const vi = await AppPage.beforeApp(site, { locale: 'vi-VN', path: '?s=1~d1~len~gC9', fail: true });
    vi.provokes("the wasm's download fails on purpose", FAILED_DOWNLOAD);
    await expect(vi.loadFailed).toHaveText(/Không tải được công cụ kịch bản.*Bấm Thử lại để mở kịch bản trong liên kết/);
    await expect(vi.page.locator('.link-loading')).toBeHidden();
  });

  test('takes over without touching any field when the reader changed nothing', async ({ site }) => {
    const app = await AppPage.open(site, {
      init: () => {
        window.fieldEvents = 0;
        for (const type of ['input', 'change']) addEventListener(type, () => { window.fieldEvents += 1; }, true);
      },
    });
    expect(await app.page.evaluate(() => window.fieldEvents)).toBe(0);
    expect(await app.canUndo()).toBe(false);
  });

  test('reads with scripting off in Vietnamese, each control at its default, with a plain link to English and back', async ({ site }) => {
    const app = await AppPage.beforeApp(site, { javaScriptEnabled: false });
    const { page } = app;
    await expect(app.total, 'one language').toHaveCount(1);
    await expect(app.total).toContainText('106.462,4');
    await expect(page.locator('.noscript-note')).toHaveText(/scenario tools need JavaScript/);
    // One form, so the published target is the one selected.
    await expect(page.getByRole('radio', { name: /111\.816/ })).toBeChecked();
    await page.getByRole('link', { name: 'This page in English' }).click();
    await expect(page).toHaveURL(/\/en\.html$/);
    await app.expectLanguage('en');
    await expect(app.total).toHaveCount(1);
    await expect(app.total).toContainText('106,462.4');
    await expect(page.getByRole('radio', { name: /111,816/ })).toBeChecked();
    await page.getByRole('link', { name: 'Trang này bằng tiếng Việt' }).click();
    await expect(app.total).toContainText('106.462,4');
  });

  // The takeover stops drawing the prerendered page at once, then removes
  // it two frames later (src/browser/takeover.rs); then the first Monte
  // Carlo run starts.
  test('leaves one copy of the page once the app has taken over', async ({ site }) => {
    const app = await AppPage.open(site);
    await expect(app.page.locator('[data-prerender]')).toHaveCount(0);
    await expect(app.page.locator('#app')).toHaveCount(1);
    await expect(app.page.getByTestId('probability'), 'the first Monte Carlo run').toHaveText(/%/);
  });

  test('keeps what the reader typed, moved and chose before the app took over', async ({ site }) => {
    const app = await AppPage.beforeApp(site);
    const { page } = app;
    // A reader on slow Wi-Fi: five steps of the Mining slider by keyboard,
    // a money unit (in a section the app builds last), then "2" typed into
    // Manufacturing with the caret put back before it.
    await app.slider('B').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await app.chooseUnit('million USD');
    const manufacturing = app.growthField(MANUFACTURING);
    await manufacturing.fill('2');
    await page.keyboard.press('Home');
    await expect(app.total).toHaveCount(1);
    await expect(app.total, 'nothing computes before the app').toHaveText(/106,462\.4/);
    // The download is taking long: the page says so.
    await expect(app.loadingNote).toHaveText('Loading the scenario tools…');

    await app.release();
    await app.ready();
    await expect(app.loadingNote).toHaveCount(0);
    // The caret is where it was: typing goes on in the same field.
    await page.keyboard.type('1');
    await expect(manufacturing).toHaveValue('12');
    await expect(app.slider('B')).toHaveValue('10.5');
    await expect(app.unit('million USD')).toBeChecked();
    // 102,893.2 × 10^9 ÷ 24,000 (the default rate) ÷ 10^6 = 4,287.2 million USD.
    await expect(app.value('total')).toContainText('4,287.2');
    // Each carried edit is its own undo step (the unit is a preference, not a step).
    await expect(app.slider('C')).toHaveValue('12');
    for (const [sector, value] of [['C', '2'], ['C', '3.4'], ['B', '10']]) {
      await app.undo();
      await app.expectSlider(sector, value);
    }
    await expect.poll(() => app.canUndo(), { message: 'nothing else was a step' }).toBe(false);
    await app.redo();
    await app.redo();
    await app.redo();
    await app.expectSlider('C', '12');

    // The same edits made in the running app give the same figures.
    const reference = await AppPage.open(site);
    await reference.slider('B').focus();
    for (let i = 0; i < 5; i++) await reference.page.keyboard.press('ArrowRight');
    await reference.chooseUnit('million USD');
    await reference.setGrowth(MANUFACTURING, '12');
    await expect(reference.value('total')).toContainText('4,287.2');
    await expect(app.total).toHaveText(await reference.total.textContent());
    await expect(app.gap).toHaveText(await reference.gap.textContent());
  });

  test('shows the verdict first, the prerendered levers still taking edits until the app\'s replace them', async ({ site }) => {
    const app = await AppPage.beforeApp(site, { init: holdFramesAtTheVerdict });
    const { page } = app;
    // Typed before the app, the reader then leaves the field.
    await app.growthField(MANUFACTURING).fill('2');
    await page.locator('h1').click();
    await app.release();
    await page.waitForFunction(() => performance.getEntriesByName('first-verdict').length);

    // The app's verdict, beside the one inputs column shown: the lent one,
    // after the verdict as on the prerendered page.
    const shown = page.locator('#app .top > .inputs').filter({ visible: true });
    await expect(shown).toHaveCount(1);
    expect(await page.evaluate(() => [...document.querySelector('#app .top').children]
      .filter((part) => !part.hidden).map((part) => part.className))).toEqual(['result', 'inputs']);
    await expect(page.locator('#app .top > .inputs[hidden]'), 'the app\'s own, built meanwhile').toHaveCount(1);
    await expect(page.locator('#app[data-leaving] [data-prerender]'), 'the rest of the prerendered page is leaving').toHaveCount(1);
    const lent = (label) => shown.getByLabel(label, { exact: true });
    await expect(lent(MANUFACTURING)).toHaveValue('2');
    // Still taking edits: the other reading of the target, then five
    // steps of the Mining slider by keyboard.
    const stated = shown.getByRole('radio', { name: /\+8\.7 % on 2023/ });
    await stated.check();
    await lent('Mining and quarrying — 2024 growth slider').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');

    // Frame by frame: the app builds its own column beside the lent one,
    // which keeps showing what the reader chose.
    for (let frame = 0; frame < 3; frame++) {
      await page.evaluate(() => new Promise((done) => {
        window.letFramesGo();
        requestAnimationFrame(() => { window.holdFrames(); done(); });
      }));
      if (await page.locator('#app .top > .inputs').count() === 1) break;
      await expect(stated).toBeChecked();
    }
    await page.evaluate(() => window.letFramesGo());
    await app.ready();
    await expect(app.verdict, 'the reading chosen on the lent column').toContainText('Tests the “+8.7 % on 2023” reading');
    await expect(page.locator('#app .top > .inputs')).toHaveCount(1);
    await expect(app.slider('B')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await app.expectSlider('B', '10.6');
    await expect(app.growthField(MANUFACTURING)).toHaveValue('2');
    const reference = await AppPage.open(site);
    await reference.setGrowth(MANUFACTURING, '2');
    await reference.slide('B', 10.6);
    await expect(app.total).toHaveText(await reference.total.textContent());
  });

  test('keeps what was moved on the lent levers when the reader switches language meanwhile', async ({ site }) => {
    const app = await AppPage.beforeApp(site, { init: holdFramesAtTheVerdict });
    const { page } = app;
    await app.release();
    await page.waitForFunction(() => performance.getEntriesByName('first-verdict').length);
    const shown = page.locator('#app .top > .inputs').filter({ visible: true });
    await shown.getByLabel('Mining and quarrying — 2024 growth slider', { exact: true }).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // The app's header is live: Vietnamese, while the lent column still reads English.
    await page.locator('#app .lang-switch button[lang="vi"]').first().click();
    await page.evaluate(() => window.letFramesGo());
    await app.ready();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await app.expectSlider('B', '10.5');
  });

  for (const width of [360, 1280]) {
    test(`takes over without moving what is on screen, ${width} px`, async ({ site }) => {
      const app = await AppPage.open(site, {
        viewport: { width, height: 800 },
        init: () => {
          window.shifts = [];
          new PerformanceObserver((list) => {
            for (const shift of list.getEntries().filter((entry) => !entry.hadRecentInput)) {
              const moved = shift.sources.map((source) => source.node?.className || source.node?.nodeName);
              window.shifts.push(`${shift.value.toFixed(4)} ${moved.join(' ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        },
      });
      await app.page.waitForFunction(() => performance.getEntriesByName('all-rendered').length);
      // The last section's frame, laid out and painted.
      await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
      const shifts = await app.page.evaluate(() => window.shifts);
      const total = shifts.reduce((sum, shift) => sum + Number.parseFloat(shift), 0);
      expect(total, `layout shifts: ${shifts.join(', ')}`).toBeLessThan(0.01);
    });
  }

  test('never shows two inputs columns, even where the browser paints between a render and its effects', async ({ site }) => {
    // Yew lets the browser paint once a render has taken 16 ms (a phone)
    // before it runs the render's effects. Every clock read here looks 20
    // ms later, so it does so at every chance; what a task leaves in the
    // document is what a frame may paint.
    const app = await AppPage.open(site, {
      init: () => {
        const now = Date.now.bind(Date);
        let skew = 0;
        Date.now = () => now() + (skew += 20);
        window.twoColumns = 0;
        new MutationObserver(() => {
          const shown = [...document.querySelectorAll('.top > .inputs')]
            .filter((column) => !column.hidden && !column.closest('[data-leaving]'));
          if (shown.length > 1) window.twoColumns += 1;
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
      },
    });
    await expect(app.page.locator('#app .top > .inputs')).toHaveCount(1);
    expect(await app.page.evaluate(() => window.twoColumns)).toBe(0);
  });
});
