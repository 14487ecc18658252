// Published figures inside the app (data/published.json): one click puts
// Q1 2024 as published into "2024 so far", in either language, with its
// source, and the link carries it; the record sets the other figures
// beside what the app derives, in the reader's language.
import { AppPage, expect, test } from './fixture.mjs';

const { describe } = test;

describe('published figures', () => {
  test('Q1 2024 as published fills "2024 so far": the rest needs +9.95 %, and the link round-trips', async ({ site }) => {
    const app = await AppPage.open(site);
    const soFar = app.soFar();
    await expect(soFar.offer).toContainText('Q1 2024 as published: 22,170 billion VND, +3.8 %');
    await expect(app.page.getByTestId('so-far-published')).toContainText('vietnamhoinhap.vn');
    await soFar.usePublished();
    await expect.poll(() => soFar.values()).toEqual(['3', '22170', '3.8']);
    await expect(soFar.offer).toHaveAttribute('aria-pressed', 'true');
    // By hand: (111,816 − 22,170) ÷ (102,893.2 − 22,170 ÷ 1.038) − 1 = +9.948 %.
    await expect(soFar.need).toContainText('+9.95 %');
    await app.expectAddress({ includes: '~y3*22170*3.8' });
    const link = app.page.url();

    const opened = await AppPage.open(site, { path: link.slice(site.url.length) });
    const again = opened.soFar();
    await expect.poll(() => again.values()).toEqual(['3', '22170', '3.8']);
    await expect(again.need).toContainText('+9.95 %');
    await expect(again.offer).toHaveAttribute('aria-pressed', 'true');
  });

  test('in Vietnamese: the same offer, in Vietnamese notation', async ({ site }) => {
    const app = await AppPage.open(site, { locale: 'vi-VN' });
    const soFar = app.soFar('vi');
    await expect(soFar.offer).toContainText('Quý I/2024 đã công bố: 22.170 tỷ đồng, +3,8 %');
    await soFar.usePublished();
    await expect.poll(() => soFar.values()).toEqual(['3', '22170', '3,8']);
    await expect(soFar.need).toContainText('+9,95 %');
  });

  test('the record: published figures beside the derived ones, each with its source, in both languages', async ({ site }) => {
    const app = await AppPage.open(site);
    const { record } = app;
    await record.scrollIntoViewIfNeeded();
    // By hand: 110,000 − 102,893.2 = 7,106.8, ÷ 110,000 = 6.46 %.
    await expect(record.getByTestId('record-target-2023')).toContainText('missed by 7,106.8 billion VND, 6.5 % of the target');
    await expect(record.getByTestId('record-2022')).toContainText('baoninhbinh.org.vn');
    // 40,865 ÷ 102,893.2 = 39.72 %.
    await expect(record.getByTestId('record-part-2023')).toContainText('39.7 % of the 2023 total');
    const steel = record.locator('tr[data-product=rolled_steel]');
    await expect(steel).toContainText('+18.9 %');
    await expect(steel).toContainText('+9.9 %');
    await expect(record.locator('a[href^="https://"]')).toHaveCount(6);
    // The 2023 question asked again with what happened (its edition's
    // backtest): 102,893.2 given back, 7,106.8 short; +14.29 % needed after
    // January–May, +2.54 % had.
    const backtest = record.getByTestId('record-backtest-2023');
    await expect(backtest).toContainText('gives back the estimate, 102,893.2 billion VND: 7,106.8 billion VND short of the target of 110,000 billion VND');
    await expect(backtest).toContainText('the rest of the year needed +14.29 % on the same months of 2022');
    await expect(backtest).toContainText('the rest of the year grew +2.54 %, 11.75 percentage points less');
    await expect(record).toBeVisible();

    await app.switchLanguage('vi');
    await expect(app.recordCopies).toContainText('thiếu 7.106,8 tỷ đồng, tức 6,5 %');
    await expect(app.recordCopies.getByTestId('record-backtest-2023')).toContainText('tăng +2,54 %, thấp hơn 11,75 điểm phần trăm');
    await expect(app.recordCopies).toHaveCount(1);
  });

  test('the record shows when the page opens a link, with no prerendered copy to take it from', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~lvi~gC9' });
    await expect(app.recordCopies).toContainText('39,7 %');
  });
});
