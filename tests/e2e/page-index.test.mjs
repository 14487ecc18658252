// A way to each section: the "On this page" index after the verdict (skip
// links to each section's heading, which takes the focus, visibly), the
// Share shortcut, the presses from the top of the page to "Copy link", and
// on a phone an index that does not push the verdict down.
import { AppPage, expect, test } from './fixture.mjs';

const { describe } = test;

/** The index's entries, in order, with the heading each lands on. */
const ENTRIES = {
  en: ['Verdict', 'Levers', 'So far this year', 'Charts', 'Uncertainty', 'Share', 'Saved', 'The record', 'Data notes'],
  vi: ['Kết luận', 'Điều chỉnh theo ngành', 'Số liệu đến nay', 'Biểu đồ', 'Độ bất định', 'Chia sẻ', 'Đã lưu', 'Đối chiếu', 'Ghi chú số liệu'],
};
const TARGETS = ['result-heading', 'scenario-heading', 'so-far-heading', 'charts-heading', 'uncertainty-heading',
  'share-heading', 'compare-heading', 'record-heading', 'data-notes-heading'];
/** The most presses (Tab, or Enter on an index link) from the top of the
 *  page to "Copy link". */
const MOST_PRESSES = 30;

describe('the page index', () => {
  for (const [locale, lang] of [['en-US', 'en'], ['vi-VN', 'vi']]) {
    test(`lists the nine sections and each link puts the focus in its section, visibly, ${lang}`, async ({ site }) => {
      const app = await AppPage.open(site, { locale, viewport: { width: 1280, height: 900 } });
      await expect(app.indexLinks(lang)).toHaveText(ENTRIES[lang]);
      for (const [i, name] of ENTRIES[lang].entries()) {
        await app.followIndexLink(name, lang);
        await expect.poll(() => app.focusPlace(), name).toMatchObject({ id: TARGETS[i], ring: true });
        expect((await app.focusPlace()).section, `${name} is in a named section`).not.toBe('');
      }
    });
  }

  for (const [locale, lang] of [['en-US', 'en'], ['vi-VN', 'vi']]) {
    test(`is in the prerendered baseline as the app draws it, ${lang}`, async ({ site }) => {
      const app = await AppPage.beforeApp(site, { locale });
      const baseline = app.page.locator('[data-prerender] nav.toc');
      await expect(baseline.getByRole('link')).toHaveText(ENTRIES[lang]);
      const markup = await baseline.innerHTML();
      await app.release();
      await app.ready();
      expect(await app.pageIndex(lang).innerHTML()).toBe(markup);
    });
  }

  test('a link taken before its section is drawn lands there once it is', async ({ site }) => {
    const app = await AppPage.beforeApp(site);
    // Share is not in the baseline: the app draws it after the takeover.
    await app.followIndexLink('Share');
    await app.release();
    await app.ready();
    await expect.poll(() => app.focusPlace()).toMatchObject({ id: 'share-heading' });
  });

  test(`from the top of the page, "Copy link" is at most ${MOST_PRESSES} presses away`, async ({ site }) => {
    const app = await AppPage.open(site, { viewport: { width: 1280, height: 900 } });
    const { page } = app;
    let presses = 0;
    const press = async (key) => { presses += 1; await page.keyboard.press(key); };
    const shareLink = app.indexLinks().getByText('Share', { exact: true });
    while (presses < MOST_PRESSES && !(await shareLink.evaluate((a) => a === document.activeElement))) await press('Tab');
    await press('Enter');
    expect(await app.focusPlace()).toMatchObject({ id: 'share-heading', ring: true });
    while (presses < MOST_PRESSES && (await app.focusedText()) !== 'Copy link') await press('Tab');
    await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeFocused();
    console.log(`"Copy link" reached in ${presses} presses`);
    expect(presses).toBeLessThanOrEqual(MOST_PRESSES);
  });

  test('"S" jumps to Share and is listed in the shortcut list', async ({ site }) => {
    const app = await AppPage.open(site, { viewport: { width: 1280, height: 900 } });
    const { page } = app;
    await app.shortcut('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('row').filter({ hasText: 'Go to Share' })).toContainText('S');
    await page.keyboard.press('Escape');
    await app.shortcut('s');
    await expect.poll(() => app.focusPlace()).toMatchObject({ id: 'share-heading', ring: true });
    await expect(page.locator('#share-heading')).toBeInViewport();
    // In a text field "s" is typed.
    await app.scenarioName.pressSequentially('s');
    await expect(app.scenarioName).toHaveValue('s');
    await expect(app.scenarioName).toBeFocused();
  });

  test('on a phone it follows the verdict and does not push it down', async ({ site }) => {
    const app = await AppPage.open(site, { viewport: { width: 360, height: 740 } });
    const verdict = await app.verdict.boundingBox();
    const index = await app.pageIndex().boundingBox();
    expect(index.y, 'the index is below the verdict').toBeGreaterThanOrEqual(verdict.y + verdict.height);
    // Without the index the verdict would be exactly where it is.
    await app.pageIndex().evaluate((nav) => { nav.style.display = 'none'; });
    expect((await app.verdict.boundingBox()).y).toBe(verdict.y);
    expect(verdict.y, 'the verdict starts on the first screen').toBeLessThan(740);
  });
});
