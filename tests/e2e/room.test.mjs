// Issue 11 flows, for use in a room: undo and redo (keys and buttons, a
// drag or a run of typing as one step, the field's own undo kept), what
// changed from the baseline, every derived figure's formula, the presenter
// view sized for a projector with its deck of saved scenarios, and the
// shortcut list.
import { mkdir } from 'node:fs/promises';
import { AppPage, expect, test } from './fixture.mjs';

const { describe } = test;
const MANUFACTURING = 'Manufacturing — 2024 growth, %';
const PLANT = 'Semiconductor-components plant';

/** `text` escaped for a RegExp, so that it matches itself. */
const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('undo and redo', () => {
  test('undoes a preset with Ctrl+Z and redoes it with Ctrl+Shift+Z and Ctrl+Y', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await expect.poll(() => app.canUndo(), 'nothing to undo at first').toBe(false);
    await app.applyPreset('target_path');
    await app.expectVerdict(true);
    await app.shortcut('Control+z');
    await app.expectVerdict(false);
    await expect(app.growthField('C')).toHaveValue('3.4');
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
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('takes a whole slider drag back in one step', async ({ site }) => {
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
    await expect.poll(() => app.canUndo(), 'the drag was one step').toBe(false);
    await app.redo();
    await app.expectGrowth('C', { above: 20 });
  });

  test('undoes a project edit (a run of typing is one step) and its switch', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.includeProject(PLANT);
    await expect(app.total).toContainText('107,212.4');
    const capital = app.projectField(PLANT, 'Capital');
    await capital.click();
    await capital.press('End');
    for (const key of ['Backspace', 'Backspace', 'Backspace', 'Backspace', '2', '0', '0', '0']) await capital.press(key);
    await expect(app.total).toContainText('107,962.4');
    await capital.press('Tab');
    await app.shortcut('Control+z');
    await expect(app.total).toContainText('107,212.4');
    await expect(capital).toHaveValue('1000');
    await app.shortcut('Control+z');
    await expect(app.total).toContainText('106,462.4');
    await expect(app.projectSwitch(PLANT)).not.toBeChecked();
    await app.shortcut('Control+Shift+z');
    await expect(app.total).toContainText('107,212.4');
  });

  test('leaves Ctrl+Z inside a text field to the field, and language is not a step', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.switchLanguage('vi');
    await app.switchLanguage('en');
    await expect.poll(() => app.canUndo(), 'a language switch is not a step').toBe(false);
    await app.applyPreset('target_path');
    await app.expectVerdict(true);
    const field = app.growthField('D');
    const before = await field.inputValue();
    await field.click();
    await field.press('End');
    await field.pressSequentially('9');
    await field.press('Control+z');
    await app.expectGrowth('D', before);
    // The preset is still in force: the app's own history was not used.
    await expect(app.growthField('C')).not.toHaveValue('3.4');
  });

  test('keeps at least fifty steps', async ({ site }) => {
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
  });
});

describe('what you changed', () => {
  test('lists each change with its effect, returns to the baseline, and undo brings it back', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    const changes = page.getByTestId('changes');
    await expect(changes).toContainText('Nothing yet');
    await app.setGrowth(MANUFACTURING, '9');
    await app.includeProject(PLANT);
    // 100,867.1 × 5.6 % = 5,648.6; the plant from July adds 750.
    await expect(changes).toContainText('Manufacturing growth +3.4 % → +9.00 %: +5,648.6 billion VND on the 2024 total');
    await expect(changes).toContainText('Semiconductor-components plant switched on or edited: +750.0 billion VND');
    await page.getByRole('button', { name: 'Return to the baseline' }).click();
    await expect(app.total).toContainText('106,462.4');
    await expect(changes).toContainText('Nothing yet');
    await app.shortcut('Control+z');
    await expect(app.total).toContainText('112,860.9');
    await expect(app.growthField('C')).toHaveValue('9');
  });
});

/** The number a text ends with ("… = 112,110.9" → "112,110.9"). */
const lastNumber = (text) => text.trim().match(/([+−-]?[\d.,]+)( %| pp| điểm %)?$/)[1].replace('−', '-');
const numbers = (text) => (text.match(/[+−-]?\d[\d.,]*/g) || []).map((n) => n.replace('−', '-').replace(/[.,]$/, ''));

describe('every derived figure explains itself', () => {
  test('shows the issue\'s formula for the total, by click, Enter and Space', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9' });
    const summary = app.formulaSwitch('total');
    await summary.click();
    const formula = app.formula('total');
    await expect(formula).toHaveText(
      '2024 total = 575.8 × 1.100 + 100,867.1 × 1.090 + 1,121.4 × 1.048 + 328.9 × 1.086 = 112,110.9');
    await summary.press('Enter');
    await expect(formula).not.toBeAttached();
    await summary.press(' ');
    await expect(formula).toBeVisible();
    await summary.press(' ');
    await expect(formula).not.toBeAttached();
  });

  test('closes a formula lying over the sector table with Escape or a tap elsewhere, on a phone', async ({ site }) => {
    const app = await AppPage.open(site, { viewport: { width: 360, height: 780 } });
    const { page } = app;
    const details = page.getByTestId('explain-share-C');
    const formula = app.formula('share-C');
    await app.toggleFormula('share-C');
    await expect(formula).toBeVisible();
    await formula.click();
    await expect(formula, 'a tap on the formula itself keeps it').toBeVisible();
    // The tap took the focus off the "=": Escape still closes it.
    await page.keyboard.press('Escape');
    await expect(formula).not.toBeAttached();
    await expect(details).not.toHaveAttribute('open');
    await app.toggleFormula('share-C');
    await expect(formula).toBeVisible();
    await page.locator('#sectors-heading').click();
    await expect(formula).not.toBeAttached();
    // Another formula's "=" closes the first and opens its own.
    await app.toggleFormula('share-C');
    await expect(formula).toBeVisible();
    await app.toggleFormula('share-D');
    await expect(formula).not.toBeAttached();
    await expect(app.formula('share-D')).toBeVisible();
  });

  test('ends every formula in the figure shown, in English and in Vietnamese', async ({ site }) => {
    for (const locale of ['en-US', 'vi-VN']) {
      const app = await AppPage.open(site, { locale, path: '' });
      const { page } = app;
      await page.getByRole('checkbox').first().check();
      await expect(async () => {
        await expect(app.mcStatus).toHaveAttribute('data-running', 'false', { timeout: 0 });
        await expect(page.getByTestId('explain-probability')).toBeAttached({ timeout: 0 });
      }).toPass();
      const pairs = [
        ['total', 'total-2024'], ['growth', 'growth-2024'],
        ['gap', 'gap'], ['gap-pp', 'gap'], ['uniform', 'needs-uniform'],
        ['need-C', 'needs-C'], ['share-C', 'share-C'],
        ['implied2022-C', 'implied2022-C'], ['contribution-C', 'contribution-C'],
        ['implied2022-total', 'implied2022-total'], ['probability', 'probability'],
        ['mc-probability', 'mc-probability'], ['p10', 'mc-p10'],
        ['p50', 'mc-p50'], ['p90', 'mc-p90'],
      ];
      for (const [id, figureId] of pairs) {
        await app.toggleFormula(id);
        const text = await app.formula(id).textContent();
        const result = lastNumber(text).replace(/^\+/, '');
        const figure = page.getByTestId(figureId).first();
        const shown = numbers(await figure.evaluate((el) => el.firstChild.textContent ?? el.textContent))
          .concat(numbers(await figure.textContent()))
          .map((n) => n.replace(/^[+-]/, ''));
        expect(shown, `${locale} ${id}: “${text}” ends in ${result}, shown ${shown}`).toContain(result.replace(/^-/, ''));
        await app.toggleFormula(id);
      }
      if (locale === 'vi-VN') {
        await app.toggleFormula('total');
        await expect(app.formula('total')).toHaveText(/^Tổng 2024 = 575,8 × 1,100 \+ 100\.867,1 × 1,034/);
      }
    }
  });
});

describe('presenter view for a projector', () => {
  test('is readable from the back of a hall and steps through the saved scenarios', async ({ site }) => {
    const app = await AppPage.open(site, { viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    await app.saveScenario('Baseline');
    await app.applyPreset('target_path');
    await app.expectVerdict(true);
    await app.saveScenario('On target');
    const presenter = await app.openPresenter();
    const px = (locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const sizes = {
      word: await px(presenter.locator('.presenter-word')),
      total: await px(presenter.getByTestId('total-2024')),
      gap: await px(presenter.getByTestId('gap')),
      qr: await app.presenterQr.evaluate((el) => el.getBoundingClientRect().height / innerHeight),
      overflow: await page.evaluate(() => document.documentElement.scrollHeight > innerHeight),
    };
    expect(sizes.word, `verdict ${sizes.word}px`).toBeGreaterThanOrEqual(96);
    expect(sizes.total, `total ${sizes.total}px, gap ${sizes.gap}px`).toBeGreaterThanOrEqual(64);
    expect(sizes.gap, `total ${sizes.total}px, gap ${sizes.gap}px`).toBeGreaterThanOrEqual(64);
    expect(sizes.qr, `QR ${sizes.qr} of the height`).toBeGreaterThanOrEqual(0.4);
    expect(sizes.overflow, 'one glance: no scrolling').toBe(false);
    await expect(presenter).not.toHaveText(/lever|slider|thanh điều chỉnh/i);
    await mkdir('target/screenshots', { recursive: true });
    await page.screenshot({ path: 'target/screenshots/presenter-1920x1080.png' });

    await app.expectAddress({ endsWith: '~wp' });
    const edited = await app.address();
    const link = page.locator('.presenter-link');
    const deck = page.getByTestId('deck');
    await page.keyboard.press('ArrowRight');
    await expect(deck).toContainText('Scenario 1 of 2: Baseline');
    await app.expectVerdict(false);
    // Each slide has its own link (and QR); the scenario being edited stays.
    await expect(link).toHaveText(/\?s=1~d1~len$/);
    await page.keyboard.press('PageDown');
    await expect(deck).toContainText('Scenario 2 of 2: On target');
    await app.expectVerdict(true);
    await expect(link).toHaveText(/\?s=1~d1~len~gB[^~]*$/);
    await page.keyboard.press('PageUp');
    await expect(deck).toContainText('Scenario 1 of 2: Baseline');
    await expect(link).toHaveText(/\?s=1~d1~len$/);
    await expect(link).toHaveText(new RegExp(`^${literal(site.url)}`));
    expect(await app.address()).toBe(edited);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: 'target/screenshots/presenter-1280x720.png' });
    await page.keyboard.press('Escape');
    await expect(app.growthField('C')).toBeVisible();
    await app.expectAddress({ is: edited.replace('~wp', '') });
    // Stepping through the deck added no undo step: one undo is the preset.
    await app.undo();
    await app.expectVerdict(false);
  });
});

describe('shortcut list', () => {
  test('opens with "?", lists every shortcut and closes with Escape; "?" in a field is typed', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await app.shortcut('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const keys of ['Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y', '?', 'Esc', 'PageDown', 'PageUp']) {
      await expect(dialog, keys).toContainText(keys);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).not.toBeAttached();
    await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
    await expect(dialog).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).not.toBeAttached();
    await app.scenarioName.pressSequentially('What if?');
    await expect(app.scenarioName).toHaveValue('What if?');
    await expect(dialog).toHaveCount(0);
  });
});
