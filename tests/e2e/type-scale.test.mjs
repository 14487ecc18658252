// The first view uses few font sizes and weights (styles/main.css, the
// type scale). Each size and weight the browser meets is a font strike set
// up before the first paint, on Linux Chromium a synchronous request to the
// browser process each: the page used 20 and its first paint waited for
// them. Counted on the prerendered baseline (the first paint) and on the
// app's page once built (what it lays out), at a phone's width and a
// laptop's.
import { AppPage, expect, test } from './fixture.mjs';

/** At most this many size × weight × style combinations in view. */
const MAX_STRIKES = 6;

/** The distinct fonts of the text shown in `root`'s subtree, skipping
 *  what the browser does not lay out (hidden, or off screen under
 *  `content-visibility: auto`). */
function fontsShown(root) {
  const fonts = new Set();
  const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.data.trim() || element.closest('svg')) continue;
    if (!element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
    const style = getComputedStyle(element);
    fonts.add(`${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
  }
  return [...fonts].sort();
}

for (const width of [360, 1280]) {
  for (const locale of ['en-US', 'vi-VN']) {
    test(`the prerendered page at ${width} px (${locale}) uses at most ${MAX_STRIKES} fonts`, async ({ site }) => {
      const app = await AppPage.beforeApp(site, { locale });
      await app.page.setViewportSize({ width, height: 800 });
      await expect(app.total).toBeVisible();
      const fonts = await app.page.evaluate(fontsShown, '[data-prerender]');
      expect(fonts.length, fonts.join(', ')).toBeLessThanOrEqual(MAX_STRIKES);
      expect(fonts.length, 'the count read text at all').toBeGreaterThan(2);
    });
  }

  test(`the app's page at ${width} px uses at most ${MAX_STRIKES} fonts in what it lays out`, async ({ site }) => {
    const app = await AppPage.open(site, { viewport: { width, height: 800 } });
    await app.ready();
    const fonts = await app.page.evaluate(fontsShown, '#app');
    expect(fonts.length, fonts.join(', ')).toBeLessThanOrEqual(MAX_STRIKES);
    expect(fonts.length, 'the count read text at all').toBeGreaterThan(2);
  });
}
