// Published figures inside the app (data/published.json): one click puts
// Q1 2024 as published into "2024 so far", in either language, with its
// source, and the link carries it; the record sets the other figures
// beside what the app derives, in the reader's language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppPage, useSite } from './fixture.mjs';

const site = useSite();

describe('published figures', () => {
  it('Q1 2024 as published fills "2024 so far": the rest needs +9.95 %, and the link round-trips', async () => {
    const app = await AppPage.open(site);
    const soFar = app.soFar();
    await app.expectText(soFar.offer, 'Q1 2024 as published: 22,170 billion VND, +3.8 %');
    await app.expectText(app.page.getByTestId('so-far-published'), 'vietnamhoinhap.vn');
    await soFar.usePublished();
    assert.deepEqual(await soFar.values(), ['3', '22170', '3.8']);
    assert.equal(await soFar.offer.getAttribute('aria-pressed'), 'true');
    // By hand: (111,816 − 22,170) ÷ (102,893.2 − 22,170 ÷ 1.038) − 1 = +9.948 %.
    await app.expectText(soFar.need, '+9.95 %');
    await app.expectAddress({ includes: '~y3*22170*3.8' });
    const link = app.page.url();
    app.assertClean();
    await app.close();

    const opened = await AppPage.open(site, { path: link.slice(site.url.length) });
    const again = opened.soFar();
    assert.deepEqual(await again.values(), ['3', '22170', '3.8']);
    await opened.expectText(again.need, '+9.95 %');
    assert.equal(await again.offer.getAttribute('aria-pressed'), 'true');
    opened.assertClean();
    await opened.close();
  });

  it('in Vietnamese: the same offer, in Vietnamese notation', async () => {
    const app = await AppPage.open(site, { locale: 'vi-VN' });
    const soFar = app.soFar('vi');
    await app.expectText(soFar.offer, 'Quý I/2024 đã công bố: 22.170 tỷ đồng, +3,8 %');
    await soFar.usePublished();
    assert.deepEqual(await soFar.values(), ['3', '22170', '3,8']);
    await app.expectText(soFar.need, '+9,95 %');
    app.assertClean();
    await app.close();
  });

  it('the record: published figures beside the derived ones, each with its source, in both languages', async () => {
    const app = await AppPage.open(site);
    const record = app.page.locator('[data-testid=record]:not([data-prerender] *)');
    await record.scrollIntoViewIfNeeded();
    // By hand: 110,000 − 102,893.2 = 7,106.8, ÷ 110,000 = 6.46 %.
    await app.expectText(record.getByTestId('record-target-2023'), 'missed by 7,106.8 billion VND, 6.5 % of the target');
    await app.expectText(record.getByTestId('record-2022'), 'baoninhbinh.org.vn');
    // 40,865 ÷ 102,893.2 = 39.72 %.
    await app.expectText(record.getByTestId('record-part-2023'), '39.7 % of the 2023 total');
    const steel = record.locator('tr[data-product=rolled_steel]');
    await app.expectText(steel, '+18.9 %');
    await app.expectText(steel, '+9.9 %');
    assert.equal(await record.locator('a[href^="https://"]').count(), 6);
    assert.ok(await record.isVisible());

    await app.switchLanguage('vi');
    await app.expectText(app.page.locator('[data-testid=record]'), 'thiếu 7.106,8 tỷ đồng, tức 6,5 %');
    assert.equal(await app.page.locator('[data-testid=record]').count(), 1);
    app.assertClean();
    await app.close();
  });

  it('the record shows when the page opens a link, with no prerendered copy to take it from', async () => {
    const app = await AppPage.open(site, { path: '?s=1~d1~lvi~gC9' });
    await app.expectText(app.page.locator('[data-testid=record]'), '39,7 %');
    await app.close();
  });
});

