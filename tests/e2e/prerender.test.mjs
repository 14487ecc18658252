// The baseline written into index.html at build time: real figures before
// the wasm arrives and with scripting off, in the reader's language, never
// shown for a link's scenario, and taken over by the app keeping what the
// reader did meanwhile. (Layout shift on takeover is measured by the
// benchmark, not here.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppPage, useSite } from './fixture.mjs';

const site = useSite();
const MANUFACTURING = 'Manufacturing — 2024 growth, %';

describe('baseline in the HTML', () => {
  it('shows the baseline in English before the wasm, one copy only', async () => {
    const app = await AppPage.beforeApp(site);
    const { page } = app;
    assert.equal(await app.language(), 'en');
    assert.equal(await app.total.count(), 1, 'one language in the document');
    assert.match(await app.total.textContent(), /106,462\.4/);
    // The prerendered verdict: app.verdict is the app's own.
    assert.equal(await page.getByTestId('verdict').getAttribute('data-met'), 'false');
    assert.match(await app.gap.textContent(), /5,353\.6 billion VND short/);
    assert.match(await page.locator('.sector-table').textContent(), /100,867\.1/);
    assert.match(await page.getByTestId('note-target-growth').textContent(), /111,816/);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no duplicate ids');
    await app.close();
  });

  it('shows it in Vietnamese for a Vietnamese browser, and for ?lang=vi', async () => {
    for (const [locale, path] of [['vi-VN', ''], ['en-US', '?lang=vi']]) {
      const app = await AppPage.beforeApp(site, { locale, path });
      assert.equal(await app.language(), 'vi');
      assert.match(await app.total.textContent(), /106\.462,4/);
      assert.match(await app.page.getByTestId('verdict').textContent(), /Chưa đạt/i);
      await app.close();
    }
  });

  it('never shows baseline figures for a link to a scenario', async () => {
    const app = await AppPage.beforeApp(site, { path: '?s=1~d1~len~gC9' });
    assert.equal(await app.total.count(), 0);
    assert.ok(await app.page.getByText('Opening the scenario').isVisible());
    await app.close();
  });

  for (const [what, file] of [['wasm', /\.wasm$/], ['JS glue', /ninh-binh-industry-[0-9a-f]+\.js$/]]) {
    it(`says when the ${what} cannot load, and a retry in place keeps what was typed`, async () => {
      const app = await AppPage.beforeApp(site, { hold: file, fail: true });
      const note = app.loadFailed;
      await note.waitFor();
      assert.equal(await note.getAttribute('role'), 'alert');
      assert.match(await note.textContent(),
        /scenario tools could not load.*published 2023 figures and the repeat-2023-growth projection; buttons, sliders and fields work once the tools load/);
      assert.match(await app.total.textContent(), /106,462\.4/, 'the baseline stays');
      await app.setGrowth(MANUFACTURING, '12');
      await app.release();
      await note.getByRole('button', { name: 'Try again' }).click();
      await app.ready();
      assert.equal(await app.loadFailed.count(), 0);
      await app.expectSlider('C', '12');
      await app.close();
    });
  }

  it('switches language before the app runs, and the app starts in it', async () => {
    const app = await AppPage.beforeApp(site, { path: '?lang=en' });
    // Edits made before the switch go along, a typed decimal in the new
    // language's notation.
    await app.setGrowth(MANUFACTURING, '12.5');
    await app.chooseUnit('million USD');
    await app.switchLanguage('vi');
    assert.equal(await app.growthField('C').inputValue(), '12,5');
    assert.ok(await app.unit('triệu USD').isChecked());
    assert.equal(await app.language(), 'vi');
    assert.match(await app.total.textContent(), /106\.462,4/);
    assert.equal(await app.total.count(), 1, 'one copy in the document');
    assert.equal(await app.languageButton('vi').getAttribute('aria-pressed'), 'true');
    assert.match(app.page.url(), /lang=vi/);
    // What the page says while loading follows the reader's choice.
    await app.loadingNote.waitFor();
    assert.equal(await app.loadingNote.textContent(), 'Đang tải công cụ kịch bản…');
    await app.release();
    await app.ready();
    // 12.5 % for manufacturing meets the target.
    await app.expectSlider('C', '12.5');
    assert.equal(await app.verdict.getAttribute('data-met'), 'true');
    assert.match(await app.total.textContent(), /,/, 'Vietnamese notation');
    assert.equal(await app.page.evaluate(() => localStorage.getItem('ninh-binh-industry.lang')), 'vi');
    await app.close();
  });

  it('says so for a link too, in Vietnamese, instead of "opening the scenario"', async () => {
    const vi = await AppPage.beforeApp(site, { locale: 'vi-VN', path: '?s=1~d1~len~gC9', fail: true });
    await vi.loadFailed.waitFor();
    assert.match(await vi.loadFailed.textContent(), /Không tải được công cụ kịch bản.*Bấm Thử lại để mở kịch bản trong liên kết/);
    assert.equal(await vi.page.locator('.link-loading').isVisible(), false);
    await vi.close();
  });

  it('takes over without touching any field when the reader changed nothing', async () => {
    const app = await AppPage.open(site, {
      init: () => {
        window.fieldEvents = 0;
        for (const type of ['input', 'change']) addEventListener(type, () => { window.fieldEvents += 1; }, true);
      },
    });
    assert.equal(await app.page.evaluate(() => window.fieldEvents), 0);
    assert.equal(await app.canUndo(), false);
    await app.close();
  });

  it('reads with scripting off, and says the scenario tools need JavaScript', async () => {
    const app = await AppPage.beforeApp(site, { javaScriptEnabled: false });
    const totals = await app.total.allTextContents();
    assert.equal(totals.length, 2, 'both languages');
    assert.ok(totals.some((t) => t.includes('106.462,4')) && totals.some((t) => t.includes('106,462.4')));
    assert.match(await app.page.locator('.noscript-note').textContent(), /scenario tools need JavaScript/);
    await app.close();
  });

  it('keeps what the reader typed, moved and chose before the app took over', async () => {
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
    assert.equal(await app.total.count(), 1);
    assert.match(await app.total.textContent(), /106,462\.4/, 'nothing computes before the app');
    // The download is taking long: the page says so.
    await app.loadingNote.waitFor();
    assert.equal(await app.loadingNote.textContent(), 'Loading the scenario tools…');

    await app.release();
    await app.ready();
    assert.equal(await app.loadingNote.count(), 0);
    // The caret is where it was: typing goes on in the same field.
    await page.keyboard.type('1');
    assert.equal(await manufacturing.inputValue(), '12');
    assert.equal(await app.slider('B').inputValue(), '10.5');
    assert.ok(await app.unit('million USD').isChecked());
    // 102,893.2 × 10^9 ÷ 24,000 (the default rate) ÷ 10^6 = 4,287.2 million USD.
    await app.expectText(app.value('total'), '4,287.2');
    // Each carried edit is its own undo step (the unit is a preference, not a step).
    assert.equal(await app.slider('C').inputValue(), '12');
    for (const [sector, value] of [['C', '2'], ['C', '3.4'], ['B', '10']]) {
      await app.undo();
      await app.expectSlider(sector, value);
    }
    assert.equal(await app.canUndo(), false, 'nothing else was a step');
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
    await reference.expectText(reference.value('total'), '4,287.2');
    const expected = await reference.total.textContent();
    await app.expectText(app.total, expected, { exact: true });
    assert.equal(await app.gap.textContent(), await reference.gap.textContent());
    await reference.close();
    await app.close();
  });
});
