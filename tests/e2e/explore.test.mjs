// Issue 3 flows: sorting, drill-down, provenance by keyboard, charts and
// their alternatives, languages and units, layouts from phone to projector.
import { mkdir, readFile } from 'node:fs/promises';
import { AppPage, DIST, expect, test } from './fixture.mjs';

const { describe } = test;
const MANUFACTURING = 'Manufacturing — 2024 growth, %';

describe('sector overview', () => {
  test('sorts by each column, both ways, and says so to assistive tech', async ({ site }) => {
    const app = await AppPage.open(site);
    await expect.poll(() => app.sectorOrder()).toBe('BCDE');
    await app.sortBy('Share of total');
    await expect.poll(() => app.sectorOrder()).toBe('CDBE');
    await expect.poll(() => app.sortState('Share of total')).toBe('descending');
    await app.sortBy('Share of total');
    await expect.poll(() => app.sectorOrder()).toBe('EBDC');
    await expect.poll(() => app.sortState('Share of total')).toBe('ascending');
    await app.sortBy('2023 growth');
    await expect.poll(() => app.sectorOrder()).toBe('BEDC');
    await expect.poll(() => app.sortState('Share of total')).toBe('none');
    await app.sortBy('Contribution');
    await expect.poll(() => app.sectorOrder()).toBe('CBDE');
    await app.sortBy('Sector');
    await expect.poll(() => app.sectorOrder()).toBe('DCBE'); // Electricity, Manufacturing, Mining, Water
    // Vietnamese order: Chế biến, Điện, Khai khoáng, Nước (Đ after D, not
    // after every Latin letter as in code-point order).
    const vi = await AppPage.open(site, { locale: 'vi-VN' });
    await vi.sortBy('Ngành');
    await expect.poll(() => vi.sectorOrder()).toBe('CDBE');
    await vi.sortBy('Ngành');
    await expect.poll(() => vi.sectorOrder()).toBe('EBDC');
  });

  test('shows implied 2022 levels and contributions', async ({ site }) => {
    const app = await AppPage.open(site);
    await expect(app.sectorRow('C')).toContainText('97,550.4');
    await expect(app.sectorRow('C')).toContainText('+3.34');
    await expect(app.sectorRow('total')).toContainText('99,446.7');
    await expect(app.sectorRow('total')).toContainText('+3.47');
  });

  test('opens a sector onto its products', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    const button = app.sectorRow('C').getByRole('button', { name: 'Products (3)' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const products = page.getByTestId('products-C');
    for (const part of ['Rolled steel of all kinds', '264.4 thousand tonnes', '+9.9 %',
      'Electronic components', '109.4 million pieces', 'Camera lenses', '2.4 million pieces', '×2.1']) {
      await expect(products).toContainText(part);
    }
    await expect(products).not.toContainText('Stone');
    await button.click();
    await expect(products).toBeHidden();
    await expect(button, 'the button keeps the focus').toBeFocused();
    await expect(button).toHaveAttribute('aria-controls', 'products-C');
    await app.sectorRow('D').getByRole('button', { name: 'Products (0)' }).click();
    await expect(page.getByTestId('products-D')).toHaveText(/names no products/);
  });

  test('lists the products with volume, unit, growth and parent sector', async ({ site }) => {
    const app = await AppPage.open(site);
    const lenses = app.page.getByTestId('product-camera_lenses');
    for (const part of ['Camera lenses', 'Manufacturing (C)', '2.4 million pieces', '×2.1', '1.1 million pieces']) {
      await expect(lenses).toContainText(part);
    }
    const stone = app.page.getByTestId('product-stone');
    for (const part of ['Mining and quarrying (B)', '3.6 million m³', '+8.6 %']) await expect(stone).toContainText(part);
  });
});

describe('provenance', () => {
  test('every published figure names its source on keyboard focus, and derived ones their formula', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    const value = app.value('C');
    await value.focus();
    const tip = app.provenance('value-C');
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(/Published figure: Ninh Bình Department of Industry and Trade, 2023 estimate/);
    await expect(tip).toContainText('100.867,1 tỷ đồng, tăng 3,4%');
    await expect(value).toHaveAttribute('aria-describedby', await tip.getAttribute('id'));

    // Tab moves on to the next figure: its note shows, the previous one hides.
    await page.keyboard.press('Tab');
    const shareTip = app.provenance('share-C');
    await expect(shareTip).toBeVisible();
    await expect(shareTip).toHaveText(/^Derived: the sector's 2023 value ÷ the sum/);
    await expect(tip).toBeHidden();

    await page.getByTestId('implied2022-B').hover();
    await expect(app.provenance('implied2022-B'))
      .toHaveText(/Derived: 2023 value ÷ \(1 \+ 2023 growth\) = 575\.8 ÷ \(1 \+ 10\.0 %\)/);

    const published = await page.locator('.fig.published')
      .evaluateAll((els) => els.map((e) => e.querySelector('[role=tooltip]').textContent));
    expect(published.length, `only ${published.length} published figures`).toBeGreaterThanOrEqual(15);
    for (const note of published) expect(note).toMatch(/^Published (figure|target)/);
    await expect(app.provenance('target')).toHaveText(/111\.816 tỷ đồng, tăng 8,7%/);
  });

  test('states the data notes plainly', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await expect(page.getByTestId('note-total-growth')).toHaveText(/stated 2023 growth of the total is 3\.4 %.*imply 3\.47 %/);
    await expect(page.getByTestId('note-target-growth')).toHaveText(/111,816\.0 billion VND is \+8\.67 % on 2023, published as “8\.7 %”.*111,844\.9/);
    await expect(page.getByTestId('note-price-basis')).toHaveText(/does not say whether values are at current or at comparable/);
  });
});

describe('charts', () => {
  test('each chart has a title, a summary and a table alternative', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    const charts = await page.locator('figure.chart').evaluateAll((figs) => figs.map((f) => ({
      id: f.id,
      title: f.querySelector('h3')?.textContent ?? '',
      summary: f.querySelector('.chart-summary')?.textContent ?? '',
      labelled: f.querySelector('svg')?.getAttribute('aria-labelledby') === `${f.id}-title`,
      rows: f.querySelectorAll('details table tbody tr').length,
      marks: f.querySelectorAll('svg .mark[tabindex="0"]').length,
    })));
    expect(charts.map((c) => c.id).sort()).toEqual(
      ['chart-histogram', 'chart-levels', 'chart-products', 'chart-shares', 'chart-small-shares', 'chart-tornado', 'chart-waterfall']);
    for (const c of charts) {
      const what = JSON.stringify(c);
      expect(c.title.length, what).toBeGreaterThan(10);
      expect(c.summary.length, what).toBeGreaterThan(20);
      expect(c.labelled, what).toBe(true);
      expect(c.rows, what).toBeGreaterThanOrEqual(3);
      expect(c.marks, what).toBeGreaterThanOrEqual(3);
    }
    const small = charts.find((c) => c.id === 'chart-small-shares');
    expect(small.title).toMatch(/zoomed \(without manufacturing\)/);
    expect(charts.find((c) => c.id === 'chart-levels').summary).toMatch(/own scale/);
    await app.chart('waterfall').locator('summary').click();
    await expect(app.chart('waterfall').locator('details table')).toContainText('+3,429.5');
  });

  test('waterfall shows the gap to the target line and follows the scenario', async ({ site }) => {
    const app = await AppPage.open(site);
    const waterfall = app.chart('waterfall');
    const summary = waterfall.locator('.chart-summary');
    await expect(summary).toHaveText(/106,462\.4 billion VND in 2024, 5,353\.6 billion VND short of the target line/);
    const line = waterfall.locator('line.target');
    await expect(line).toHaveCount(1);
    await expect(waterfall.locator('text.target-label')).toHaveText(/Target 111,816\.0/);
    await expect(waterfall.locator('text.axis-note')).toHaveText(/Axis starts at .* not at zero/);
    // Bars run along the value axis; the 2024 total is the last row. How far
    // the total's bar ends past the target line (negative: short of it).
    const endBar = waterfall.locator('rect.mark').last();
    const pastTheLine = async () => Number(await endBar.getAttribute('x')) + Number(await endBar.getAttribute('width'))
      - Number(await line.getAttribute('x1'));
    expect(await pastTheLine(), 'baseline total ends short of the target line').toBeLessThan(0);
    await app.setGrowth(MANUFACTURING, '9');
    await expect(summary).toContainText('above the target line');
    await expect.poll(pastTheLine, { message: 'now it passes the line' }).toBeGreaterThan(0);
  });

  test('chart marks show their tooltip on keyboard focus', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    const marks = app.chart('waterfall').locator('rect.mark');
    await marks.first().focus();
    const tooltip = app.chart('waterfall').getByTestId('chart-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveText(/Total 2023: 102,893\.2 billion VND \(published\)/);
    await page.keyboard.press('Tab');
    await expect(tooltip).toContainText('Mining and quarrying: +57.6 billion VND (+10.0 % in 2024');
    await expect(marks.nth(1)).toHaveAttribute('aria-label', await tooltip.textContent());
    const levels = app.chart('levels');
    await levels.locator('rect.mark').nth(2).hover();
    await expect(levels.getByTestId('chart-tooltip')).toContainText('Mining and quarrying, 2024: 633.4 billion VND (your scenario)');
  });
});

describe('charts at every width', () => {
  // Every chart is laid out for the width it has: no text under 11 CSS px
  // (a drawing scaled down to a phone's width would have 6-10 px text) and no two
  // labels overlapping, whether the target is met or not.
  const measure = (figures) => figures.map((figure) => {
    const texts = [...figure.querySelectorAll('svg text')].map((t) => {
      const box = t.getBoundingClientRect();
      const svg = t.ownerSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale,
               l: box.left, r: box.right, t: box.top, b: box.bottom };
    });
    const overlaps = [];
    texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
      const apart = a.r <= b.l + 0.5 || b.r <= a.l + 0.5 || a.b <= b.t + 0.5 || b.b <= a.t + 0.5;
      if (!apart) overlaps.push(`${a.text} / ${b.text}`);
    }));
    const small = texts.filter((t) => t.px < 11).map((t) => `${t.text}: ${t.px.toFixed(1)} px`);
    return { id: figure.id, count: texts.length, overlaps, small };
  });
  for (const width of [360, 768, 1280, 1920]) {
    for (const [label, path, met] of [['not met', '', false], ['met', '?s=1~d1~len~gC12', true]]) {
      test(`${width} px, target ${label}: chart text >= 11 px, no overlapping labels`, async ({ site }) => {
        const app = await AppPage.open(site, { viewport: { width, height: 900 }, path });
        await app.expectVerdict(met);
        await expect.poll(() => app.page.evaluate(() => performance.getEntriesByName('mc-done').length),
          { message: 'the first Monte Carlo run is done' }).toBeGreaterThan(0);
        await expect(app.chart('histogram')).toBeVisible();
        const charts = await app.page.locator('figure.chart').evaluateAll(measure);
        expect(charts.length, `${charts.length} charts`).toBeGreaterThanOrEqual(7);
        for (const c of charts) {
          expect(c.count, `${c.id} has text`).toBeGreaterThan(0);
          expect(c.small, `${c.id}: text under 11 px`).toEqual([]);
          expect(c.overlaps, `${c.id}: overlapping labels`).toEqual([]);
        }
      });
    }
  }
});

describe('languages and units', () => {
  test('follows ?lang= over the browser language, keeps it in the address', async ({ site }) => {
    const app = await AppPage.open(site, { locale: 'en-US', path: '?lang=vi' });
    await app.expectLanguage('vi');
    await expect(app.page.locator('h1')).toHaveText(/Công nghiệp Ninh Bình/);
    await app.switchLanguage('en');
    await app.expectAddress({ code: '1~d1~len' });
  });

  test('formats numbers by each locale and keeps scenario and unit across the switch', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.setGrowth(MANUFACTURING, '9');
    await app.chooseUnit('trillion VND');
    await expect(app.total).toContainText('112.1109');
    await expect(app.value('C')).toContainText('100.8671');
    await app.switchLanguage('vi');
    await expect(app.total).toContainText('112,1109');
    await expect(app.value('total')).toContainText('102,8932');
    await expect(app.unit('nghìn tỷ đồng')).toBeChecked();
    await expect(app.verdict).toHaveAttribute('data-met', 'true');
    await app.chooseUnit('tỷ đồng');
    await expect(app.total).toContainText('112.110,9');
    await expect(app.value('total')).toContainText('102.893,2');
  });

  test('converts to USD only at the rate the user sets, and says it is theirs', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await app.chooseUnit('million USD');
    const rate = page.getByLabel('Exchange rate, VND per USD (your assumption)');
    const rateError = page.locator('#usd-rate-error');
    await rate.fill('25000');
    // 102,893.2 × 10^9 ÷ 25,000 ÷ 10^6 = 4,115.7 million USD.
    await expect(app.value('total')).toContainText('4,115.7');
    await app.value('total').focus();
    await expect(app.provenance('value-total')).toHaveText(/your assumed rate of 25,000 VND per USD/);
    await rate.fill('abc');
    await expect(rateError).toHaveText(/Not a number.*still uses 25000/);
    await rate.fill('500');
    await expect(rateError).toHaveText(/lowest accepted value is 1000/);
    await expect(app.value('total')).toContainText('4,115.7');
  });
});

describe('layout, contrast and print', () => {
  for (const width of [360, 1024, 1920]) {
    test(`fits a ${width} px screen without sideways scrolling (screenshot)`, async ({ site }) => {
      const app = await AppPage.open(site, { viewport: { width, height: 900 } });
      const { page } = app;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `page is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
      await expect(app.growthField(MANUFACTURING)).toBeVisible();
      await mkdir('target/screenshots', { recursive: true });
      // A full-page picture needs every section drawn at once.
      await app.drawAll();
      await page.screenshot({ path: `target/screenshots/explore-${width}.png`, fullPage: true });
    });
  }

  // The answer comes first in the document, as the prerendered page is
  // parsed and as the keyboard goes, and on screen: above the levers on a
  // phone, left of them on a wide screen. A page painted half parsed (a
  // slow phone) then only grows below or to the right.
  for (const [width, placed] of [[360, 'above'], [1280, 'left of']]) {
    test(`puts the answer first in the document and ${placed} the levers at ${width} px`, async ({ site }) => {
      const app = await AppPage.open(site, { viewport: { width, height: 900 } });
      const order = await app.page.locator('.top').evaluate((top) => {
        const box = (e) => e.getBoundingClientRect();
        const [result, inputs] = [top.querySelector(':scope > .result'), top.querySelector(':scope > .inputs')];
        return { first: top.firstElementChild.className, result: box(result).toJSON(), inputs: box(inputs).toJSON() };
      });
      expect(order.first).toBe('result');
      if (placed === 'above') expect(order.result.bottom, JSON.stringify(order)).toBeLessThanOrEqual(order.inputs.top);
      else expect(order.result.right, JSON.stringify(order)).toBeLessThanOrEqual(order.inputs.left);
      const prerendered = await readFile(`${DIST}/index.html`, 'utf8');
      const tops = prerendered.match(/<div class="top"><[^>]*>/g);
      expect(tops, 'one top per language').toHaveLength(2);
      for (const top of tops) expect(top).toMatch(/^<div class="top"><section [^>]*class="result"/);
    });
  }

  test('text meets WCAG AA contrast against its background', async ({ site }) => {
    const app = await AppPage.open(site);
    const failures = await app.page.evaluate(() => {
      const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!n.textContent.trim() || !el.checkVisibility() || el.closest('svg')) continue;
        const style = getComputedStyle(el);
        const fg = lum(parse(style.color).slice(0, 3));
        const bg = lum(background(el));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5)) out.push(`${n.textContent.trim().slice(0, 30)}: ${ratio.toFixed(2)}`);
      }
      return out;
    });
    expect(failures).toEqual([]);
  });

  test('prints without the controls', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.print();
    await expect(app.page.locator('.lang-switch')).toBeHidden();
    await expect(app.page.locator('.unit-picker')).toBeHidden();
    await expect(app.verdict).toBeVisible();
    await expect(app.chart('waterfall').locator('svg')).toBeVisible();
  });
});
