// Issue 29 flows: the 2023 edition (the 2023 target asked again with what
// happened) beside the default 2024 one. A link names its edition and
// opens it; the control near the title switches, keeping each edition's
// scenario; what happened shows beside the verdict, on the waterfall and on
// each lever, and "What you changed" resets to it; saved scenarios, exports
// and imports carry their edition; the presenter and embed views name it; a
// link to an edition this build does not have is explained, the default
// opened and the link kept in the address.
import { readFile } from 'node:fs/promises';
import { AppPage, expect, test } from './fixture.mjs';

const { describe } = test;
const EDITION_2023 = '?s=1~d1~e2023~len';
const AS_IT_HAPPENED = 'gB10*C3.4*D4.8*E8.6';

describe('editions', () => {
  test('a 2023 link opens the 2023 question with what happened beside it', async ({ site }) => {
    const app = await AppPage.open(site, { path: EDITION_2023 });
    await expect(app.title).toHaveText('Ninh Bình industry 2023');
    await expect(app.editionButton('2023')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.editionButton('2024')).toHaveAttribute('aria-pressed', 'false');
    await expect(app.page.locator('.question')).toHaveText("Will 2023 industrial output reach the province's target?");
    // The levers start on the target path: 110,000 met by construction.
    await expect(app.total).toContainText('110,000.0');
    await app.expectVerdict(true);
    await expect(app.outcome).toContainText('What happened in 2023');
    await expect(app.outcome).toContainText('reached 102,893.2 billion VND, +3.47 % on 2022');
    await expect(app.outcome).toContainText('The target of 110,000.0 billion VND was missed by 7,106.8 billion VND.');
    await expect(app.outcome).toContainText('Your scenario is 7,106.8 billion VND above what happened.');
    // The backtest in plain words is the record's, one link away.
    await expect(app.outcome.getByRole('link')).toHaveAttribute('href', '#record-heading');
    await expect(app.record).toContainText('gives back the estimate, 102,893.2 billion VND: 7,106.8 billion VND short of the target');
    await expect(app.record).toContainText('the rest of the year needed +14.29 %');
    await expect(app.record).toContainText('the rest of the year grew +2.54 %');
    await expect(app.actualGrowth('C')).toHaveText('actual +3.4 %');
    // The growth into 2022 is not published; the target's source is named.
    await expect(app.sectorRow('B')).toContainText('not published');
    // The sectors' sum, 99,446.7, with the 2022 total as published beside it.
    await expect(app.value('total')).toContainText('99,446.7');
    await expect(app.page.getByTestId('published-total')).toContainText('(published: over 99,500.0)');
    await expect(app.page.getByTestId('source')).toContainText('Target: Báo Ninh Bình');
    // The estimates are the 2023 article's, from which 2022 is implied.
    await expect(app.page.getByTestId('source')).toContainText('2023 figures are estimates');
    await expect(app.page.getByTestId('products-not-published')).toHaveText("The products' figures for 2022 are not published.");
    // The data notes are the edition's: 110,000 ÷ 99,446.7 = 1.1061; 99,446.7 × 1.10 = 109,391.4.
    await expect(app.page.getByTestId('note-target-growth')).toHaveText(
      'The target of 110,000.0 billion VND is +10.61 % on 2022, published as “10.0 %”; exactly +10.0 % would be 109,391.4 billion VND.');

    await app.resetToActual();
    await expect(app.total).toContainText('102,893.2');
    await app.expectVerdict(false);
    await expect(app.gap).toContainText('7,106.8');
    await expect(app.outcome).toContainText('Your scenario gives what happened.');
    await app.expectAddress({ includes: 'e2023', endsWith: AS_IT_HAPPENED });
    await expect(app.chart('waterfall').locator('line.actual')).toHaveCount(1);
    await expect(app.chart('waterfall')).toContainText('Actual 102,893.2');
  });

  test('"2023 so far" offers January–May 2023 and says what the rest of 2023 needed', async ({ site }) => {
    const app = await AppPage.open(site, { path: EDITION_2023 });
    await expect(app.page.locator('#so-far-heading')).toHaveText('2023 so far');
    await expect(app.page.getByTestId('so-far-use-q1-2024')).toHaveCount(0);
    await app.page.getByTestId('so-far-use-jan-may-2023').click();
    await expect(app.page.getByLabel('Months of 2023 covered')).toHaveValue('5');
    // The same +14.29 % the record states, from the same formula.
    await expect(app.page.getByTestId('so-far-need')).toContainText('+14.29 %');
  });

  test('the control switches editions and keeps each one\'s scenario', async ({ site }) => {
    const app = await AppPage.open(site);
    await expect(app.editionButton('2024')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.outcome).toHaveCount(0);
    await app.setGrowth('C', '9');
    await expect(app.total).toContainText('112,');
    await expect(app.page.getByTestId('note-target-growth')).toContainText('111,816.0 billion VND is +8.67 % on 2023');
    await app.chooseEdition('2023');
    await expect(app.title).toHaveText('Ninh Bình industry 2023');
    await expect(app.total).toContainText('110,000.0');
    await expect(app.page.getByTestId('note-target-growth')).toContainText('110,000.0 billion VND is +10.61 % on 2022');
    await app.expectAddress({ includes: 'e2023' });
    await app.resetToActual();
    await expect(app.total).toContainText('102,893.2');

    await app.chooseEdition('2024');
    await expect(app.title).toHaveText('Ninh Bình industry 2024');
    await app.expectGrowth('C', '9');
    await app.expectAddress({ excludes: '~e', includes: 'gC9' });
    await app.chooseEdition('2023');
    await expect(app.total).toContainText('102,893.2');
  });

  test('switching editions keeps the reader\'s language; a saved scenario opens in it', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.chooseEdition('2023');
    await app.saveScenario('Target 2023');
    await app.switchLanguage('vi');
    // The data notes follow the language, then the edition.
    await expect(app.page.getByTestId('note-target-growth')).toContainText('Mục tiêu 110.000,0 tỷ đồng là tăng 10,61 % so với 2022');
    await app.chooseEdition('2024');
    await app.expectLanguage('vi');
    await expect(app.page.getByTestId('note-target-growth')).toContainText('Mục tiêu 111.816,0 tỷ đồng là tăng 8,67 % so với 2023');
    // Saved in English, opened by a Vietnamese reader: in Vietnamese.
    await app.page.getByTestId('saved-0').locator('button').first().click();
    await expect(app.editionButton('2023')).toHaveAttribute('aria-pressed', 'true');
    await app.expectLanguage('vi');
  });

  test('"so far" and what happened: setting the year as it happened clears the months so far', async ({ site }) => {
    const app = await AppPage.open(site, { path: EDITION_2023 });
    await app.page.getByTestId('so-far-use-jan-may-2023').click();
    await expect(app.page.getByTestId('so-far-need')).toBeVisible();
    // The levers are the rest of the year's: no whole-year growth beside them.
    await expect(app.actualGrowth('C')).toHaveCount(0);
    await app.resetToActual();
    await expect(app.total).toContainText('102,893.2');
    await expect(app.page.getByTestId('so-far-need')).toHaveCount(0);
    await expect(app.actualGrowth('C')).toHaveText('actual +3.4 %');
  });

  test('a 2023 link that cannot be read opens the 2023 baseline, not another edition', async ({ site }) => {
    const app = await AppPage.open(site, { path: `${EDITION_2023}~gZ9` });
    await expect(app.banner).toHaveText(/growth cannot be read/);
    await expect(app.editionButton('2023')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.total).toContainText('110,000.0');
  });

  test('the 2023 edition in Vietnamese', async ({ site }) => {
    const app = await AppPage.open(site, { locale: 'vi-VN', path: '?s=1~d1~e2023~lvi' });
    await app.expectLanguage('vi');
    await expect(app.title).toHaveText('Công nghiệp Ninh Bình 2023');
    await expect(app.editionButton('2023')).toHaveText('Mục tiêu 2023 (kết quả)');
    await expect(app.outcome).toContainText('Thực tế năm 2023');
    await expect(app.outcome).toContainText('102.893,2');
    await expect(app.actualGrowth('C')).toHaveText('thực tế +3,4 %');
    await expect(app.page.getByTestId('note-target-growth')).toContainText('Mục tiêu 110.000,0 tỷ đồng là tăng 10,61 % so với 2022');
  });

  test('saved scenarios are listed with their edition and open it', async ({ site }) => {
    const app = await AppPage.open(site, { path: `${EDITION_2023}~${AS_IT_HAPPENED}` });
    await app.saveScenario('What happened');
    await app.chooseEdition('2024');
    await app.saveScenario('Baseline 2024');
    await expect(app.savedEdition(0)).toHaveText('2023 target (what happened)');
    await expect(app.savedEdition(1)).toHaveText('2024 target');
    // Only this edition's scenarios can be set side by side.
    await expect(app.compareBox(0)).toBeDisabled();
    await expect(app.compareBox(1)).toBeEnabled();
    await app.openSaved(0);
    await expect(app.editionButton('2023')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.total).toContainText('102,893.2');
  });

  test('exports name their edition, and an import opens it', async ({ site }) => {
    const app = await AppPage.open(site, { path: `${EDITION_2023}~${AS_IT_HAPPENED}` });
    const download = await app.download('Export JSON');
    expect(download.suggestedFilename()).toBe('ninh-binh-2023-scenario.json');
    const json = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(json.edition).toBe('2023');
    expect(json.result.total_2023_bn_vnd).toBe(102893.2);
    expect(json.result.met).toBe(false);
    const csv = await app.download('Export CSV');
    expect(csv.suggestedFilename()).toBe('ninh-binh-2023-scenario.csv');
    expect((await readFile(await csv.path(), 'utf8')).split('\n')[0]).toBe('kind,name,vsic,value_2022_bn_vnd,growth_2023_pct,value_2023_bn_vnd');

    await app.chooseEdition('2024');
    await expect(app.total).toContainText('106,462.4');
    await app.importScenario(await download.path());
    await expect(app.editionButton('2023')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.total).toContainText('102,893.2');
  });

  test('the presenter and embed views name the edition', async ({ site }) => {
    const presenter = await AppPage.open(site, { path: `${EDITION_2023}~wp` });
    await expect(presenter.page.getByTestId('edition-label')).toHaveText('2023 target (what happened)');
    await expect(presenter.page.locator('.presenter h1')).toHaveText("Will 2023 industrial output reach the province's target?");
    const embed = await AppPage.open(site, { path: `${EDITION_2023}~we` });
    await expect(embed.page.getByTestId('edition-label')).toContainText('2023 target (what happened)');
    await expect(embed.outcome).toContainText('missed by 7,106.8');
    await expect(embed.chart('waterfall').locator('line.actual')).toHaveCount(1);
  });

  test('a link to an edition this build does not have is explained and kept', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~e2031~len~gC9' });
    await expect(app.banner).toHaveText(/it is for the 2031 target, which this version of the app does not have\. Showing the baseline instead\./);
    await expect(app.editionButton('2024')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.total).toContainText('106,462.4');
    // Nothing is lost: the link stays in the address until the reader
    // changes something. `open` waited for the whole page, built one
    // section a frame (over 200 ms), past the address's rest (120 ms).
    await expect(app.page).toHaveURL(/e2031~len~gC9$/);
    await app.setGrowth('D', '5');
    await app.expectAddress({ excludes: 'e2031' });
  });
});
