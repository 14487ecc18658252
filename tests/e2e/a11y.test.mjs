// Accessibility kept by tests: axe-core (pinned in package.json) finds no
// WCAG 2.1 A/AA violation on the full page, the presenter and the embed
// views, with the products, a provenance tooltip and the compare list
// open, in both languages, at 360 and 1280 px; and the main flow works
// from the keyboard alone, with a visible focus ring on every control.
import { createRequire } from 'node:module';
import { AppPage, expect, test } from './fixture.mjs';

const { describe } = test;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A page where axe can be injected (the app's CSP allows no inline script). */
const open = (site, locale, width, path = '') =>
  AppPage.open(site, { locale, viewport: { width, height: 900 }, path, bypassCSP: true });

async function violations(app) {
  await app.page.addScriptTag({ path: AXE });
  // Off-screen sections are skipped by content-visibility: draw them all.
  await app.drawAll();
  const result = await app.page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function openEverything(app) {
  // Products of manufacturing, a provenance tooltip, two saved scenarios compared.
  await app.openProducts('C');
  await app.saveScenario();
  await app.applyPreset('target_path');
  await app.saveScenario();
  await app.compare(0, 1);
  await expect(app.compareColumns.nth(1)).toBeVisible();
  await app.page.locator('.fig').first().focus();
}

describe('axe-core: no WCAG 2.1 A/AA violation', () => {
  for (const [locale, lang] of [['en-US', 'en'], ['vi-VN', 'vi']]) {
    for (const width of [360, 1280]) {
      test(`full page, everything open, ${lang}, ${width} px`, async ({ site }) => {
        const app = await open(site, locale, width);
        await openEverything(app);
        expect(await violations(app)).toEqual([]);
      });
    }
    test(`presenter and embed views, ${lang}`, async ({ site }) => {
      for (const view of ['wp', 'we']) {
        const app = await open(site, locale, 1280, `?s=1~d1~l${lang}~gC9~${view}`);
        expect(await violations(app), view).toEqual([]);
      }
    });
  }
});

describe('keyboard only', () => {
  test('changes a lever, reads the verdict and copies the link, every focus visible', async ({ site }) => {
    const app = await AppPage.open(site, {
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page } = app;
    const copyButton = page.getByRole('button', { name: 'Copy link', exact: true });
    const unringed = [];
    const checkFocus = async () => {
      const ring = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
        const stroke = s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 2;
        return { ok: outline || stroke || s.boxShadow !== 'none', what: `${e.tagName}#${e.id}.${e.className}` };
      });
      if (ring && !ring.ok) unringed.push(ring.what);
    };
    // Tab to the manufacturing growth field, checking each stop.
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      await checkFocus();
      if (await page.evaluate(() => document.activeElement?.id === 'growth-C')) break;
    }
    await expect(app.growthField('C')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('9');
    await page.keyboard.press('Tab');
    await app.expectVerdict(true);
    await expect(app.verdict).toHaveText(/Target met/);
    // On to the copy button, checking each stop.
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      await checkFocus();
      if (await page.evaluate(() => document.activeElement?.textContent === 'Copy link')) break;
    }
    await expect(copyButton).toBeFocused();
    await expect(copyButton).toHaveText('Copy link');
    await page.keyboard.press('Enter');
    await expect(app.copyStatus).toContainText('copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?s=1~d1~len~gC9$/);
    expect(unringed, 'controls without a visible focus ring').toEqual([]);
  });
});
