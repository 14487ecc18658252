// The baseline verdict, flipping it, invalid input, languages and a crash.
import { AppPage, expect, test } from './fixture.mjs';

const { describe } = test;
const MANUFACTURING = 'Manufacturing — 2024 growth, %';

describe('baseline page', () => {
  test('shows title, source, the four sectors and the 2024 verdict', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await expect(page.locator('h1')).toContainText('Ninh Bình');
    await expect(page.getByTestId('source')).toHaveText(/Sở Công Thương Ninh Bình.*estimates/s);

    const rows = {
      B: ['Mining and quarrying', '575.8', '0.6 %', '+10.0 %', '10'],
      C: ['Manufacturing', '100,867.1', '98.0 %', '+3.4 %', '3.4'],
      D: ['Electricity', '1,121.4', '1.1 %', '+4.8 %', '4.8'],
      E: ['Water and waste', '328.9', '0.3 %', '+8.6 %', '8.6'],
    };
    for (const [vsic, [name, value, share, growth, prefilled]] of Object.entries(rows)) {
      for (const part of [name, value, share, growth]) await expect(app.sectorRow(vsic), `${vsic}: ${part}`).toContainText(part);
      await expect(app.growthField(`${name} — 2024 growth, %`)).toHaveValue(prefilled);
    }
    await expect(app.sectorRow('total')).toContainText('102,893.2');

    await expect(app.total).toContainText('106,462.4');
    await expect(app.target).toContainText('111,816.0');
    await expect(page.getByTestId('growth-2024')).toContainText('+3.47 %');
    await expect(app.verdict).toHaveAttribute('data-met', 'false');
    await expect(app.verdict).toContainText('Target not met');
    await expect(app.gap).toHaveText(/5,353\.6 billion VND short.*-5\.20 percentage points/);
    await expect(app.needs('E')).toContainText('cannot close the gap alone');
  });

  test('meets the target with manufacturing at 9 % and back again', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.setGrowth(MANUFACTURING, '9');
    await app.expectVerdict(true);
    await expect(app.total).toContainText('112,110.9');
    await expect(app.verdict).toContainText('Target met');
    await expect(app.gap).toContainText('294.9 billion VND above');

    await app.setGrowth(MANUFACTURING, '3.4');
    await app.expectVerdict(false);
    await expect(app.total).toContainText('106,462.4');
  });

  test('explains invalid input beside the field and keeps the last result', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.setGrowth(MANUFACTURING, '9');
    await app.expectVerdict(true);
    const field = app.growthField(MANUFACTURING);
    const cases = [
      ['', /Enter a growth rate/],
      ['abc', /Not a number/],
      ['-150', /below −100/],
      ['5000', /Above \+300 %/],
    ];
    for (const [text, message] of cases) {
      await field.fill(text);
      const describedBy = await field.getAttribute('aria-describedby');
      expect(describedBy, `no message for "${text}"`).toBeTruthy();
      const note = app.page.locator(`#${describedBy}`);
      await expect(note).toHaveText(message);
      await expect(note).toContainText('still uses 9 %');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(app.total).toContainText('112,110.9');
      await expect(app.verdict).toHaveAttribute('data-met', 'true');
    }
    await field.fill('4');
    await expect(app.total).toContainText('107,067.6');
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await expect(app.page.locator('.field-error:visible')).toHaveCount(0);
  });

  test('keeps the focus while typing, through invalid text and back', async ({ site }) => {
    const app = await AppPage.open(site);
    const field = app.growthField(MANUFACTURING);
    await field.click();
    await field.press('Control+a');
    await app.page.keyboard.type('9x');
    await expect(app.growthError('C')).toContainText('Not a number');
    await app.page.keyboard.press('Backspace');
    await app.page.keyboard.type('.5');
    await expect(field).toHaveValue('9.5');
    await expect(field).toBeFocused();
    await app.expectVerdict(true);
    await expect(app.growthError('C')).toBeHidden();
  });

  test('resets every sector to its 2023 growth', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.setGrowth(MANUFACTURING, '9');
    await app.expectVerdict(true);
    await app.resetAll();
    await app.expectVerdict(false);
    await expect(app.growthField(MANUFACTURING)).toHaveValue('3.4');
  });
});

describe('languages', () => {
  test('opens in Vietnamese for a Vietnamese browser, with Vietnamese numbers', async ({ site }) => {
    const app = await AppPage.open(site, { locale: 'vi-VN' });
    await app.expectLanguage('vi');
    await expect(app.total).toContainText('106.462,4');
    await expect(app.verdict).toContainText('Chưa đạt mục tiêu');
    await app.setGrowth('Chế biến, chế tạo — tăng trưởng 2024, %', '9,5');
    await app.expectVerdict(true);
  });

  test('switching language keeps the scenario and is remembered', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.setGrowth(MANUFACTURING, '9.5');
    await app.expectVerdict(true);
    await app.switchLanguage('vi');
    await expect(app.growthField('Chế biến, chế tạo — tăng trưởng 2024, %')).toHaveValue('9,5');
    await expect(app.verdict).toHaveAttribute('data-met', 'true');
    await app.reload();
    await app.expectLanguage('vi');
  });
});

describe('a crash in the wasm', () => {
  // The release build aborts on a panic with a WebAssembly trap (no Rust
  // runs after it); the page's loader must then say so, never freeze.
  test('replaces the page with a message in both languages', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await page.evaluate(() => {
      const trap = new WebAssembly.RuntimeError('unreachable');
      dispatchEvent(new ErrorEvent('error', { error: trap, message: 'unreachable' }));
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Lỗi ứng dụng / Application error');
    await expect(alert).toContainText('Please reload the page');
  });

  test('ignores errors that are not a wasm trap', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new Error('x') })));
    await app.verdict.waitFor();
    await expect(app.page.getByRole('alert').filter({ hasText: 'Application error' })).toHaveCount(0);
  });
});
