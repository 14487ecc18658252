// Issue 10 flows: "2024 so far" — typing the published cumulative figure in
// either language, what the rest of the year needs, validation that keeps
// the result, the chart, and the figures carried by links, the presenter
// view, export and import.
import { readFile } from 'node:fs/promises';
import { AppPage, expect, test } from './fixture.mjs';

const { describe } = test;

describe('2024 so far', () => {
  test('is empty by default and changes nothing until filled', async ({ site }) => {
    const app = await AppPage.open(site);
    const soFar = app.soFar();
    for (const field of [soFar.months, soFar.value, soFar.growth]) {
      await expect(field).toHaveValue('');
    }
    await expect(app.total).toContainText('106,462.4');
    await expect(soFar.need).toHaveCount(0);
    await expect(app.chart('so-far')).toHaveCount(0);
  });

  test('says what the rest of the year needs, in English, and the scenario follows', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    const soFar = app.soFar();
    await soFar.enter('6', '50,000', '5');
    // The example: same period 47,619.0, rest 55,274.2, +11.83 %
    // (11.8353, written with two decimals).
    await expect(soFar.need).toContainText('+11.84 %');
    await expect(page.getByTestId('so-far-same-period')).toContainText('47,619.0');
    await expect(page.getByTestId('so-far-rest-2023')).toContainText('55,274.2');
    // Levers now describe July–December: 50,000 + 55,274.2 × 1.0347 = 107,191.5.
    await expect(app.total).toContainText('107,191.5');
    await expect(app.needs('rest')).toContainText('+11.84 %');
    await expect(page.getByTestId('levers-rest')).toContainText('July–December');
    await app.expectVerdict(false);
    // The target path now meets the target on the remaining months.
    await app.applyPreset('target_path');
    await app.expectVerdict(true);
    await expect(app.growthField('C')).toHaveValue('11.84');
    // The chart: 2023 in two parts, 2024 so far and the rest, the target.
    const chart = app.chart('so-far');
    await expect(chart).toBeVisible();
    await expect(chart.locator('rect.mark')).toHaveCount(6);
    await expect(chart.locator('.chart-summary')).toContainText('50,000.0');
    // The link carries the figures once edits rest.
    await app.expectAddress({ includes: '~y6*50000*5' });
  });

  test('reads Vietnamese notation and speaks Vietnamese', async ({ site }) => {
    const app = await AppPage.open(site, { locale: 'vi-VN' });
    const soFar = app.soFar('vi');
    await soFar.enter('6', '50.000', '5,0');
    await expect(soFar.need).toContainText('+11,84 %');
    await expect(soFar.need).toContainText('tháng 7–12');
    await expect(app.total).toContainText('107.191,5');
    await app.expectAddress({ includes: '~y6*50000*5' });
  });

  test('explains each invalid figure beside its field and keeps the last result', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    const soFar = app.soFar();
    await soFar.enter('6', '50000', '5');
    await expect(app.total).toContainText('107,191.5');
    await soFar.months.fill('13');
    await expect(soFar.error('months')).toContainText('whole number from 1 to 12');
    await expect(soFar.months).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.so-far-kept')).toContainText('still uses January–June');
    await expect(app.total).toContainText('107,191.5');
    await soFar.months.fill('6');
    await soFar.value.fill('0');
    await expect(soFar.error('value')).toContainText('must be more than 0');
    await soFar.value.fill('50000');
    await soFar.growth.fill('-100');
    await expect(soFar.error('growth')).toContainText('above −100 %');
    // 103,000 at +0 % in six months would be more than all of 2023.
    await soFar.value.fill('103000');
    await soFar.growth.fill('0');
    await expect(soFar.error('value')).toContainText('would be all of 2023 (102,893.2 billion VND) or more');
    await soFar.value.fill('');
    await expect(soFar.error('value')).toContainText('This one is needed too');
    await expect(app.total).toContainText('107,191.5');
    // Emptied completely: back to the whole-year scenario.
    await soFar.months.fill('');
    await soFar.growth.fill('');
    await expect(app.total).toContainText('106,462.4');
    await app.expectAddress({ excludes: '~y' });
  });

  test('opens from a link with twelve months in: the verdict is the value so far against the target', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~y12*112000*8.85' });
    const soFar = app.soFar();
    await expect(soFar.months).toHaveValue('12');
    await expect(soFar.value).toHaveValue('112000');
    await expect(soFar.growth).toHaveValue('8.85');
    await app.expectVerdict(true);
    await expect(app.total).toContainText('112,000.0');
    await expect(soFar.need).toContainText('All twelve months are in');
    await expect(soFar.need).toContainText('184.0 billion VND above the target');
  });

  test('shows the figures on the presenter view', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~y6*50000*5' });
    const presenter = await app.openPresenter();
    await app.expectAddress({ endsWith: '~y6*50000*5~wp' });
    await expect(presenter.getByTestId('so-far-figure')).toContainText('50,000.0');
    await expect(presenter.getByTestId('needs-rest')).toContainText('+11.84 %');
  });

  test('goes out in the JSON and CSV exports and comes back on import', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~ps0*C*1000*1.5*3*1~y9*80000*6' });
    const { page } = app;
    // The plant from March adds only October–December: 1,000 × 1.5 × 3/12.
    await expect(page.locator('.project')).toContainText('+375.0 billion VND in 2024 (3 months of output)');
    const jsonPath = await app.exportScenario('JSON');
    const json = JSON.parse(await readFile(jsonPath, 'utf8'));
    expect(json.scenario.so_far_2024).toEqual({ months_covered: 9, value_so_far_bn_vnd: 80000, growth_on_same_period_2023_pct: 6 });
    expect(json.scenario.projects[0].output_2024_bn_vnd).toBe(375);
    expect(typeof json.result.rest_of_year_needs_pct).toBe('number');
    const csv = await readFile(await app.exportScenario('CSV'), 'utf8');
    expect(csv).toMatch(/^so_far,January to month 9,,75471\.698113,6,80000$/m);

    const soFar = app.soFar();
    await soFar.clear();
    await app.expectAddress({ excludes: '~y' });
    await expect(soFar.months).toHaveValue('');
    await app.importScenario(jsonPath);
    await soFar.expectMonths('9');
    await expect(soFar.value).toHaveValue('80000');
  });

  test('prints in the brief, still on one page', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~y6*50000*5' });
    await app.print();
    const soFar = app.soFar();
    const onPaper = {
      'the months': soFar.months,
      'what the rest needs': soFar.need,
      'the so-far chart': app.chart('so-far').locator('svg'),
      'the waterfall': app.chart('waterfall').locator('svg'),
      'the verdict': app.verdict,
    };
    for (const [what, part] of Object.entries(onPaper)) await expect(part, what).toBeVisible();
    const pages = await app.printedPages();
    expect(pages, `the brief takes ${pages} pages`).toBe(1);
  });

  test('is listed with the inputs of a saved scenario in the comparison', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~y6*50000*5' });
    const { page } = app;
    await app.saveScenario('Half year');
    await app.compare(0);
    await expect(page.getByTestId('compare-so-far')).toContainText('2024 so far (January–June): 50,000.0 billion VND, +5.00 %');
    await expect(page.getByTestId('compare-total')).toContainText('107,191.5');
  });
});
