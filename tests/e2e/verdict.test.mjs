// Issue 2 flows: the baseline verdict, flipping it, and invalid input.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppPage, useSite } from './fixture.mjs';

const site = useSite();
const MANUFACTURING = 'Manufacturing — 2024 growth, %';

describe('baseline page', () => {
  it('shows title, source, the four sectors and the 2024 verdict', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    assert.match(await page.locator('h1').textContent(), /Ninh Bình/);
    assert.match(await page.getByTestId('source').textContent(), /Sở Công Thương Ninh Bình.*estimates/s);

    const rows = {
      B: ['Mining and quarrying', '575.8', '0.6 %', '+10.0 %', '10'],
      C: ['Manufacturing', '100,867.1', '98.0 %', '+3.4 %', '3.4'],
      D: ['Electricity', '1,121.4', '1.1 %', '+4.8 %', '4.8'],
      E: ['Water and waste', '328.9', '0.3 %', '+8.6 %', '8.6'],
    };
    for (const [vsic, [name, value, share, growth, prefilled]] of Object.entries(rows)) {
      const text = await app.sectorRow(vsic).textContent();
      for (const part of [name, value, share, growth]) assert.ok(text.includes(part), `${vsic}: ${part} in ${text}`);
      assert.equal(await app.growthField(`${name} — 2024 growth, %`).inputValue(), prefilled);
    }
    assert.ok((await app.sectorRow('total').textContent()).includes('102,893.2'));

    assert.ok((await app.total.textContent()).includes('106,462.4'));
    assert.ok((await app.target.textContent()).includes('111,816.0'));
    assert.ok((await page.getByTestId('growth-2024').textContent()).includes('+3.47 %'));
    assert.equal(await app.verdict.getAttribute('data-met'), 'false');
    assert.match(await app.verdict.textContent(), /Target not met/);
    assert.match(await app.gap.textContent(), /5,353\.6 billion VND short.*-5\.20 percentage points/);
    assert.match(await app.needs('E').textContent(), /cannot close the gap alone/);
    app.assertClean();
    await app.close();
  });

  it('meets the target with manufacturing at 9 % and back again', async () => {
    const app = await AppPage.open(site);
    await app.setGrowth(MANUFACTURING, '9');
    await app.expectVerdict(true);
    await app.expectText(app.total, '112,110.9');
    assert.match(await app.verdict.textContent(), /Target met/);
    assert.match(await app.gap.textContent(), /294\.9 billion VND above/);

    await app.setGrowth(MANUFACTURING, '3.4');
    await app.expectVerdict(false);
    await app.expectText(app.total, '106,462.4');
    app.assertClean();
    await app.close();
  });

  it('explains invalid input beside the field and keeps the last result', async () => {
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
      assert.ok(describedBy, `no message for "${text}"`);
      const note = app.page.locator(`#${describedBy}`);
      assert.match(await note.textContent(), message);
      assert.match(await note.textContent(), /still uses 9 %/);
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.ok((await app.total.textContent()).includes('112,110.9'));
      assert.equal(await app.verdict.getAttribute('data-met'), 'true');
    }
    await field.fill('4');
    await app.expectText(app.total, '107,067.6');
    assert.equal(await field.getAttribute('aria-invalid'), 'false');
    assert.equal(await app.page.locator('.field-error:visible').count(), 0);
    app.assertClean();
    await app.close();
  });

  it('keeps the focus while typing, through invalid text and back', async () => {
    const app = await AppPage.open(site);
    const field = app.growthField(MANUFACTURING);
    await field.click();
    await field.press('Control+a');
    await app.page.keyboard.type('9x');
    assert.match(await app.growthError('C').textContent(), /Not a number/);
    await app.page.keyboard.press('Backspace');
    await app.page.keyboard.type('.5');
    assert.equal(await field.inputValue(), '9.5');
    assert.equal(await app.page.evaluate(() => document.activeElement.id), 'growth-C');
    await app.expectVerdict(true);
    assert.equal(await app.growthError('C').isVisible(), false);
    await app.close();
  });

  it('resets every sector to its 2023 growth', async () => {
    const app = await AppPage.open(site);
    await app.setGrowth(MANUFACTURING, '9');
    await app.expectVerdict(true);
    await app.resetAll();
    await app.expectVerdict(false);
    assert.equal(await app.growthField(MANUFACTURING).inputValue(), '3.4');
    await app.close();
  });
});

describe('languages', () => {
  it('opens in Vietnamese for a Vietnamese browser, with Vietnamese numbers', async () => {
    const app = await AppPage.open(site, { locale: 'vi-VN' });
    assert.equal(await app.language(), 'vi');
    assert.ok((await app.total.textContent()).includes('106.462,4'));
    assert.match(await app.verdict.textContent(), /Chưa đạt mục tiêu/);
    await app.setGrowth('Chế biến, chế tạo — tăng trưởng 2024, %', '9,5');
    await app.expectVerdict(true);
    app.assertClean();
    await app.close();
  });

  it('switching language keeps the scenario and is remembered', async () => {
    const app = await AppPage.open(site);
    await app.setGrowth(MANUFACTURING, '9.5');
    await app.expectVerdict(true);
    await app.switchLanguage('vi');
    const field = app.growthField('Chế biến, chế tạo — tăng trưởng 2024, %');
    assert.equal(await field.inputValue(), '9,5');
    assert.equal(await app.verdict.getAttribute('data-met'), 'true');
    await app.reload();
    assert.equal(await app.language(), 'vi');
    await app.close();
  });
});

describe('a crash in the wasm', () => {
  // The release build aborts on a panic with a WebAssembly trap (no Rust
  // runs after it); the page's loader must then say so, never freeze.
  it('replaces the page with a message in both languages', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    await page.evaluate(() => {
      const trap = new WebAssembly.RuntimeError('unreachable');
      dispatchEvent(new ErrorEvent('error', { error: trap, message: 'unreachable' }));
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Lỗi ứng dụng \/ Application error/);
    assert.match(await alert.textContent(), /Please reload the page/);
    await app.close();
  });

  it('ignores errors that are not a wasm trap', async () => {
    const app = await AppPage.open(site);
    await app.page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new Error('x') })));
    await app.verdict.waitFor();
    assert.equal(await app.page.getByRole('alert').filter({ hasText: 'Application error' }).count(), 0);
    await app.close();
  });
});
