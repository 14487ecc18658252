// Issue 10 flows: "2024 so far" — typing the published cumulative figure in
// either language, what the rest of the year needs, validation that keeps
// the result, the chart, and the figures carried by links, the presenter
// view, export and import.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AppPage, useSite } from './fixture.mjs';

const site = useSite();

describe('2024 so far', () => {
  it('is empty by default and changes nothing until filled', async () => {
    const app = await AppPage.open(site);
    const soFar = app.soFar();
    for (const field of [soFar.months, soFar.value, soFar.growth]) {
      assert.equal(await field.inputValue(), '');
    }
    await app.expectText(app.total, '106,462.4');
    assert.equal(await soFar.need.count(), 0);
    assert.equal(await app.chart('so-far').count(), 0);
    app.assertClean();
    await app.close();
  });

  it('says what the rest of the year needs, in English, and the scenario follows', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    const soFar = app.soFar();
    await soFar.enter('6', '50,000', '5');
    // The example: same period 47,619.0, rest 55,274.2, +11.83 %
    // (11.8353, written with two decimals).
    await app.expectText(soFar.need, '+11.84 %');
    await app.expectText(page.getByTestId('so-far-same-period'), '47,619.0');
    await app.expectText(page.getByTestId('so-far-rest-2023'), '55,274.2');
    // Levers now describe July–December: 50,000 + 55,274.2 × 1.0347 = 107,191.5.
    await app.expectText(app.total, '107,191.5');
    await app.expectText(app.needs('rest'), '+11.84 %');
    await app.expectText(page.getByTestId('levers-rest'), 'July–December');
    await app.expectVerdict(false);
    // The target path now meets the target on the remaining months.
    await app.applyPreset('target_path');
    await app.expectVerdict(true);
    assert.equal(await app.growthField('C').inputValue(), '11.84');
    // The chart: 2023 in two parts, 2024 so far and the rest, the target.
    const chart = app.chart('so-far');
    await chart.waitFor();
    assert.equal(await chart.locator('rect.mark').count(), 6);
    await app.expectText(chart.locator('.chart-summary'), '50,000.0');
    // The link carries the figures once edits rest.
    await app.expectAddress({ includes: '~y6*50000*5' });
    app.assertClean();
    await app.close();
  });

  it('reads Vietnamese notation and speaks Vietnamese', async () => {
    const app = await AppPage.open(site, { locale: 'vi-VN' });
    const soFar = app.soFar('vi');
    await soFar.enter('6', '50.000', '5,0');
    await app.expectText(soFar.need, '+11,84 %');
    await app.expectText(soFar.need, 'tháng 7–12');
    await app.expectText(app.total, '107.191,5');
    await app.expectAddress({ includes: '~y6*50000*5' });
    app.assertClean();
    await app.close();
  });

  it('explains each invalid figure beside its field and keeps the last result', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    const soFar = app.soFar();
    await soFar.enter('6', '50000', '5');
    await app.expectText(app.total, '107,191.5');
    await soFar.months.fill('13');
    await app.expectText(soFar.error('months'), 'whole number from 1 to 12');
    assert.equal(await soFar.months.getAttribute('aria-invalid'), 'true');
    await app.expectText(page.locator('.so-far-kept'), 'still uses January–June');
    await app.expectText(app.total, '107,191.5');
    await soFar.months.fill('6');
    await soFar.value.fill('0');
    await app.expectText(soFar.error('value'), 'must be more than 0');
    await soFar.value.fill('50000');
    await soFar.growth.fill('-100');
    await app.expectText(soFar.error('growth'), 'above −100 %');
    // 103,000 at +0 % in six months would be more than all of 2023.
    await soFar.value.fill('103000');
    await soFar.growth.fill('0');
    await app.expectText(soFar.error('value'), 'would be all of 2023 (102,893.2 billion VND) or more');
    await soFar.value.fill('');
    await app.expectText(soFar.error('value'), 'This one is needed too');
    await app.expectText(app.total, '107,191.5');
    // Emptied completely: back to the whole-year scenario.
    await soFar.months.fill('');
    await soFar.growth.fill('');
    await app.expectText(app.total, '106,462.4');
    await app.expectAddress({ excludes: '~y' });
    app.assertClean();
    await app.close();
  });

  it('opens from a link with twelve months in: the verdict is the value so far against the target', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~y12*112000*8.85' });
    const soFar = app.soFar();
    assert.equal(await soFar.months.inputValue(), '12');
    assert.equal(await soFar.value.inputValue(), '112000');
    assert.equal(await soFar.growth.inputValue(), '8.85');
    await app.expectVerdict(true);
    await app.expectText(app.total, '112,000.0');
    await app.expectText(soFar.need, 'All twelve months are in');
    await app.expectText(soFar.need, '184.0 billion VND above the target');
    app.assertClean();
    await app.close();
  });

  it('shows the figures on the presenter view', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~y6*50000*5' });
    const presenter = await app.openPresenter();
    await app.expectAddress({ endsWith: '~y6*50000*5~wp' });
    await app.expectText(presenter.getByTestId('so-far-figure'), '50,000.0');
    await app.expectText(presenter.getByTestId('needs-rest'), '+11.84 %');
    app.assertClean();
    await app.close();
  });

  it('goes out in the JSON and CSV exports and comes back on import', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~ps0*C*1000*1.5*3*1~y9*80000*6' });
    const { page } = app;
    // The plant from March adds only October–December: 1,000 × 1.5 × 3/12.
    await app.expectText(page.locator('.project'), '+375.0 billion VND in 2024 (3 months of output)');
    const jsonPath = await app.exportScenario('JSON');
    const json = JSON.parse(await readFile(jsonPath, 'utf8'));
    assert.deepEqual(json.scenario.so_far_2024, { months_covered: 9, value_so_far_bn_vnd: 80000, growth_on_same_period_2023_pct: 6 });
    assert.equal(json.scenario.projects[0].output_2024_bn_vnd, 375);
    assert.equal(typeof json.result.rest_of_year_needs_pct, 'number');
    const csv = await readFile(await app.exportScenario('CSV'), 'utf8');
    assert.match(csv, /^so_far,January to month 9,,75471\.698113,6,80000$/m);

    const soFar = app.soFar();
    await soFar.clear();
    await app.expectAddress({ excludes: '~y' });
    assert.equal(await soFar.months.inputValue(), '');
    await app.importScenario(jsonPath);
    await soFar.expectMonths('9');
    assert.equal(await soFar.value.inputValue(), '80000');
    app.assertClean();
    await app.close();
  });

  it('prints in the brief, still on one page', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~y6*50000*5' });
    await app.page.emulateMedia({ media: 'print' });
    for (const visible of ['#so-far-months', '[data-testid=so-far-need]', '#chart-so-far svg', '#chart-waterfall svg', '[data-testid=verdict]']) {
      assert.ok(await app.page.locator(visible).isVisible(), visible);
    }
    const pdf = await app.page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `the brief takes ${pages} pages`);
    await app.close();
  });

  it('is listed with the inputs of a saved scenario in the comparison', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~y6*50000*5' });
    const { page } = app;
    await app.saveScenario('Half year');
    await app.compare(0);
    await app.expectText(page.getByTestId('compare-so-far'), '2024 so far (January–June): 50,000.0 billion VND, +5.00 %');
    await app.expectText(page.getByTestId('compare-total'), '107,191.5');
    app.assertClean();
    await app.close();
  });
});
