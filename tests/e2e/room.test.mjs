// Issue 11 flows, for use in a room: undo and redo (keys and buttons, a
// drag or a run of typing as one step, the field's own undo kept), what
// changed from the baseline, every derived figure's formula, the presenter
// view sized for a projector with its deck of saved scenarios, and the
// shortcut list.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { AppPage, useSite } from './fixture.mjs';

const site = useSite();
const MANUFACTURING = 'Manufacturing — 2024 growth, %';
const PLANT = 'Semiconductor-components plant';

describe('undo and redo', () => {
  it('undoes a preset with Ctrl+Z and redoes it with Ctrl+Shift+Z and Ctrl+Y', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    assert.equal(await app.canUndo(), false, 'nothing to undo at first');
    await app.applyPreset('target_path');
    await app.expectVerdict(true);
    await app.shortcut('Control+z');
    await app.expectVerdict(false);
    assert.equal(await app.growthField('C').inputValue(), '3.4');
    await app.shortcut('Control+Shift+Z');
    await app.expectVerdict(true);
    await app.shortcut('Control+z');
    await app.expectVerdict(false);
    await app.shortcut('Control+y');
    await app.expectVerdict(true);
    // The buttons do the same.
    await app.undo();
    await app.expectVerdict(false);
    await app.redo();
    await app.expectVerdict(true);
    // The address follows by replacement: no history entry per step.
    const entries = await page.evaluate(() => history.length);
    await app.undo();
    await app.expectAddress({ excludes: 'gB' });
    assert.equal(await page.evaluate(() => history.length), entries);
    app.assertClean();
    await app.close();
  });

  it('takes a whole slider drag back in one step', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    await app.slider('C').scrollIntoViewIfNeeded();
    const box = await app.slider('C').boundingBox();
    const y = box.y + box.height / 2;
    // The thumb sits at 3.4 on −30…50: 41.75 % of the track.
    await page.mouse.move(box.x + box.width * 0.4175, y);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(box.x + box.width * (0.4175 + 0.03 * k), y);
    await page.mouse.up();
    await app.expectGrowth('C', { above: 20 });
    await app.expectVerdict(true);
    await app.undo();
    await app.expectGrowth('C', '3.4');
    await app.expectVerdict(false);
    assert.equal(await app.canUndo(), false, 'the drag was one step');
    await app.redo();
    await app.expectGrowth('C', { above: 20 });
    app.assertClean();
    await app.close();
  });

  it('undoes a project edit (a run of typing is one step) and its switch', async () => {
    const app = await AppPage.open(site);
    await app.includeProject(PLANT);
    await app.expectText(app.total, '107,212.4');
    const capital = app.projectField(PLANT, 'Capital');
    await capital.click();
    await capital.press('End');
    for (const key of ['Backspace', 'Backspace', 'Backspace', 'Backspace', '2', '0', '0', '0']) await capital.press(key);
    await app.expectText(app.total, '107,962.4');
    await capital.press('Tab');
    await app.shortcut('Control+z');
    await app.expectText(app.total, '107,212.4');
    assert.equal(await capital.inputValue(), '1000');
    await app.shortcut('Control+z');
    await app.expectText(app.total, '106,462.4');
    assert.equal(await app.projectSwitch(PLANT).isChecked(), false);
    await app.shortcut('Control+Shift+z');
    await app.expectText(app.total, '107,212.4');
    app.assertClean();
    await app.close();
  });

  it('leaves Ctrl+Z inside a text field to the field, and language is not a step', async () => {
    const app = await AppPage.open(site);
    await app.switchLanguage('vi');
    await app.switchLanguage('en');
    assert.equal(await app.canUndo(), false, 'a language switch is not a step');
    await app.applyPreset('target_path');
    await app.expectVerdict(true);
    const field = app.growthField('D');
    const before = await field.inputValue();
    await field.click();
    await field.press('End');
    await field.type('9');
    await field.press('Control+z');
    await app.expectGrowth('D', before);
    // The preset is still in force: the app's own history was not used.
    assert.notEqual(await app.growthField('C').inputValue(), '3.4');
    app.assertClean();
    await app.close();
  });

  it('keeps at least fifty steps', async () => {
    const app = await AppPage.open(site);
    // 60 committed edits: 1, 2, … 60 % (each an input and a change event).
    await app.slider('C').evaluate((el) => {
      for (let v = 1; v <= 60; v++) {
        el.value = String(v % 50);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await app.expectGrowth('C', '10');
    for (let k = 0; k < 50; k++) await app.undo();
    // After 50 undos the value is that of step 10.
    await app.expectGrowth('C', '10');
    await app.undo();
    await app.expectGrowth('C', '9');
    app.assertClean();
    await app.close();
  });
});

describe('what you changed', () => {
  it('lists each change with its effect, returns to the baseline, and undo brings it back', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    const changes = page.getByTestId('changes');
    await app.expectText(changes, 'Nothing yet');
    await app.setGrowth(MANUFACTURING, '9');
    await app.includeProject(PLANT);
    // 100,867.1 × 5.6 % = 5,648.6; the plant from July adds 750.
    await app.expectText(changes, 'Manufacturing growth +3.4 % → +9.00 %: +5,648.6 billion VND on the 2024 total');
    await app.expectText(changes, 'Semiconductor-components plant switched on or edited: +750.0 billion VND');
    await page.getByRole('button', { name: 'Return to the baseline' }).click();
    await app.expectText(app.total, '106,462.4');
    await app.expectText(changes, 'Nothing yet');
    await app.shortcut('Control+z');
    await app.expectText(app.total, '112,860.9');
    assert.equal(await app.growthField('C').inputValue(), '9');
    app.assertClean();
    await app.close();
  });
});

/** The number a text ends with ("… = 112,110.9" → "112,110.9"). */
const lastNumber = (text) => text.trim().match(/([+−-]?[\d.,]+)( %| pp| điểm %)?$/)[1].replace('−', '-');
const numbers = (text) => (text.match(/[+−-]?\d[\d.,]*/g) || []).map((n) => n.replace('−', '-').replace(/[.,]$/, ''));

describe('every derived figure explains itself', () => {
  it('shows the issue\'s formula for the total, by click, Enter and Space', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9' });
    const summary = app.formulaSwitch('total');
    await summary.click();
    const formula = app.formula('total');
    assert.equal(await formula.textContent(),
      '2024 total = 575.8 × 1.100 + 100,867.1 × 1.090 + 1,121.4 × 1.048 + 328.9 × 1.086 = 112,110.9');
    await summary.press('Enter');
    await formula.waitFor({ state: 'detached' });
    await summary.press(' ');
    await formula.waitFor();
    await summary.press(' ');
    await formula.waitFor({ state: 'detached' });
    app.assertClean();
    await app.close();
  });

  it('closes a formula lying over the sector table with Escape or a tap elsewhere, on a phone', async () => {
    const app = await AppPage.open(site, { viewport: { width: 360, height: 780 } });
    const { page } = app;
    const details = page.getByTestId('explain-share-C');
    const formula = app.formula('share-C');
    await app.toggleFormula('share-C');
    await formula.waitFor();
    await formula.click();
    assert.ok(await formula.isVisible(), 'a tap on the formula itself keeps it');
    // The tap took the focus off the "=": Escape still closes it.
    await page.keyboard.press('Escape');
    await formula.waitFor({ state: 'detached' });
    assert.equal(await details.getAttribute('open'), null);
    await app.toggleFormula('share-C');
    await formula.waitFor();
    await page.locator('#sectors-heading').click();
    await formula.waitFor({ state: 'detached' });
    // Another formula's "=" closes the first and opens its own.
    await app.toggleFormula('share-C');
    await formula.waitFor();
    await app.toggleFormula('share-D');
    await formula.waitFor({ state: 'detached' });
    await app.formula('share-D').waitFor();
    app.assertClean();
    await app.close();
  });

  it('ends every formula in the figure shown, in English and in Vietnamese', async () => {
    for (const locale of ['en-US', 'vi-VN']) {
      const app = await AppPage.open(site, { locale, path: '' });
      const { page } = app;
      await page.getByRole('checkbox').first().check();
      await page.waitForFunction(() => document.querySelector('[data-testid=mc-status]')?.dataset.running === 'false'
        && document.querySelector('[data-testid=explain-probability]'));
      const pairs = [
        ['total', '[data-testid=total-2024]'], ['growth', '[data-testid=growth-2024]'],
        ['gap', '[data-testid=gap]'], ['gap-pp', '[data-testid=gap]'], ['uniform', '[data-testid=needs-uniform]'],
        ['need-C', '[data-testid=needs-C]'], ['share-C', '[data-testid=share-C]'],
        ['implied2022-C', '[data-testid=implied2022-C]'], ['contribution-C', '[data-testid=contribution-C]'],
        ['implied2022-total', '[data-testid=implied2022-total]'], ['probability', '[data-testid=probability]'],
        ['mc-probability', '[data-testid=mc-probability]'], ['p10', '[data-testid=mc-p10]'],
        ['p50', '[data-testid=mc-p50]'], ['p90', '[data-testid=mc-p90]'],
      ];
      for (const [id, figure] of pairs) {
        await app.toggleFormula(id);
        const text = await app.formula(id).textContent();
        const result = lastNumber(text).replace(/^\+/, '');
        const shown = numbers(await page.locator(figure).first().evaluate((el) => el.firstChild.textContent ?? el.textContent))
          .concat(numbers(await page.locator(figure).first().textContent()))
          .map((n) => n.replace(/^[+-]/, ''));
        assert.ok(shown.includes(result.replace(/^-/, '')), `${locale} ${id}: “${text}” ends in ${result}, shown ${shown}`);
        await app.toggleFormula(id);
      }
      if (locale === 'vi-VN') {
        await app.toggleFormula('total');
        assert.match(await app.formula('total').textContent(), /^Tổng 2024 = 575,8 × 1,100 \+ 100\.867,1 × 1,034/);
      }
      app.assertClean();
      await app.close();
    }
  });
});

describe('presenter view for a projector', () => {
  it('is readable from the back of a hall and steps through the saved scenarios', async () => {
    const app = await AppPage.open(site, { viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    await app.saveScenario('Baseline');
    await app.applyPreset('target_path');
    await app.expectVerdict(true);
    await app.saveScenario('On target');
    const presenter = await app.openPresenter();
    const sizes = await page.evaluate(() => {
      const px = (sel) => parseFloat(getComputedStyle(document.querySelector(sel)).fontSize);
      return {
        word: px('.presenter-word'), total: px('.presenter [data-testid=total-2024]'), gap: px('.presenter [data-testid=gap]'),
        qr: document.querySelector('.presenter [data-testid=qr]').getBoundingClientRect().height / innerHeight,
        overflow: document.documentElement.scrollHeight > innerHeight,
      };
    });
    assert.ok(sizes.word >= 96, `verdict ${sizes.word}px`);
    assert.ok(sizes.total >= 64 && sizes.gap >= 64, `total ${sizes.total}px, gap ${sizes.gap}px`);
    assert.ok(sizes.qr >= 0.4, `QR ${sizes.qr} of the height`);
    assert.equal(sizes.overflow, false, 'one glance: no scrolling');
    assert.doesNotMatch(await presenter.textContent(), /lever|slider|thanh điều chỉnh/i);
    await mkdir('target/screenshots', { recursive: true });
    await page.screenshot({ path: 'target/screenshots/presenter-1920x1080.png' });

    await app.expectAddress({ endsWith: '~wp' });
    const edited = await app.address();
    const link = page.locator('.presenter-link');
    const deck = page.getByTestId('deck');
    await page.keyboard.press('ArrowRight');
    await app.expectText(deck, 'Scenario 1 of 2: Baseline');
    await app.expectVerdict(false);
    // Each slide has its own link (and QR); the scenario being edited stays.
    await app.expectText(link, /\?s=1~d1~len$/);
    await page.keyboard.press('PageDown');
    await app.expectText(deck, 'Scenario 2 of 2: On target');
    await app.expectVerdict(true);
    await app.expectText(link, /\?s=1~d1~len~gB[^~]*$/);
    await page.keyboard.press('PageUp');
    await app.expectText(deck, 'Scenario 1 of 2: Baseline');
    await app.expectText(link, /\?s=1~d1~len$/);
    assert.ok((await link.textContent()).startsWith(site.url));
    assert.equal(await app.address(), edited);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: 'target/screenshots/presenter-1280x720.png' });
    await page.keyboard.press('Escape');
    await app.growthField('C').waitFor();
    await app.expectAddress({ is: edited.replace('~wp', '') });
    // Stepping through the deck added no undo step: one undo is the preset.
    await app.undo();
    await app.expectVerdict(false);
    app.assertClean();
    await app.close();
  });
});

describe('shortcut list', () => {
  it('opens with "?", lists every shortcut and closes with Escape; "?" in a field is typed', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    await app.shortcut('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = await dialog.textContent();
    for (const keys of ['Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y', '?', 'Esc', 'PageDown', 'PageUp']) {
      assert.ok(text.includes(keys), keys);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
    await dialog.waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    await app.scenarioName.pressSequentially('What if?');
    assert.equal(await app.scenarioName.inputValue(), 'What if?');
    assert.equal(await dialog.count(), 0);
    app.assertClean();
    await app.close();
  });
});
