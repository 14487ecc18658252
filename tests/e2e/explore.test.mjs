// Issue 3 flows: sorting, drill-down, provenance by keyboard, charts and
// their alternatives, languages and units, layouts from phone to projector.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { AppPage, DIST, useSite } from './fixture.mjs';

const site = useSite();
const MANUFACTURING = 'Manufacturing — 2024 growth, %';

describe('sector overview', () => {
  it('sorts by each column, both ways, and says so to assistive tech', async () => {
    const app = await AppPage.open(site);
    assert.equal(await app.sectorOrder(), 'BCDE');
    await app.sortBy('Share of total');
    assert.equal(await app.sectorOrder(), 'CDBE');
    assert.equal(await app.sortState('Share of total'), 'descending');
    await app.sortBy('Share of total');
    assert.equal(await app.sectorOrder(), 'EBDC');
    assert.equal(await app.sortState('Share of total'), 'ascending');
    await app.sortBy('2023 growth');
    assert.equal(await app.sectorOrder(), 'BEDC');
    assert.equal(await app.sortState('Share of total'), 'none');
    await app.sortBy('Contribution');
    assert.equal(await app.sectorOrder(), 'CBDE');
    await app.sortBy('Sector');
    assert.equal(await app.sectorOrder(), 'DCBE'); // Electricity, Manufacturing, Mining, Water
    app.assertClean();
    await app.close();
    // Vietnamese order: Chế biến, Điện, Khai khoáng, Nước (Đ after D, not
    // after every Latin letter as in code-point order).
    const vi = await AppPage.open(site, { locale: 'vi-VN' });
    await vi.sortBy('Ngành');
    assert.equal(await vi.sectorOrder(), 'CDBE');
    await vi.sortBy('Ngành');
    assert.equal(await vi.sectorOrder(), 'EBDC');
    vi.assertClean();
    await vi.close();
  });

  it('shows implied 2022 levels and contributions', async () => {
    const app = await AppPage.open(site);
    const row = await app.sectorRow('C').textContent();
    assert.ok(row.includes('97,550.4'), row);
    assert.ok(row.includes('+3.34'), row);
    const total = await app.sectorRow('total').textContent();
    assert.ok(total.includes('99,446.7') && total.includes('+3.47'), total);
    await app.close();
  });

  it('opens a sector onto its products', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    const button = app.sectorRow('C').getByRole('button', { name: 'Products (3)' });
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const products = await page.getByTestId('products-C').textContent();
    for (const part of ['Rolled steel of all kinds', '264.4 thousand tonnes', '+9.9 %',
      'Electronic components', '109.4 million pieces', 'Camera lenses', '2.4 million pieces', '×2.1']) {
      assert.ok(products.includes(part), `${part} in ${products}`);
    }
    assert.ok(!products.includes('Stone'));
    await button.click();
    assert.equal(await page.getByTestId('products-C').isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-controls')), 'products-C',
      'the button keeps the focus');
    await app.sectorRow('D').getByRole('button', { name: 'Products (0)' }).click();
    assert.match(await page.getByTestId('products-D').textContent(), /names no products/);
    await app.close();
  });

  it('lists the products with volume, unit, growth and parent sector', async () => {
    const app = await AppPage.open(site);
    const lenses = await app.page.getByTestId('product-camera_lenses').textContent();
    for (const part of ['Camera lenses', 'Manufacturing (C)', '2.4 million pieces', '×2.1', '1.1 million pieces']) {
      assert.ok(lenses.includes(part), `${part} in ${lenses}`);
    }
    const stone = await app.page.getByTestId('product-stone').textContent();
    assert.ok(stone.includes('Mining and quarrying (B)') && stone.includes('3.6 million m³') && stone.includes('+8.6 %'));
    await app.close();
  });
});

describe('provenance', () => {
  it('every published figure names its source on keyboard focus, and derived ones their formula', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    const value = app.value('C');
    await value.focus();
    const tip = app.provenance('value-C');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.textContent();
    assert.match(text, /Published figure: Ninh Bình Department of Industry and Trade, 2023 estimate/);
    assert.ok(text.includes('100.867,1 tỷ đồng, tăng 3,4%'), text);
    assert.equal(await value.getAttribute('aria-describedby'), await tip.getAttribute('id'));

    // Tab moves on to the next figure: its note shows, the previous one hides.
    await page.keyboard.press('Tab');
    const shareTip = app.provenance('share-C');
    await shareTip.waitFor({ state: 'visible' });
    assert.match(await shareTip.textContent(), /^Derived: the sector's 2023 value ÷ the sum/);
    assert.equal(await tip.isVisible(), false);

    await page.getByTestId('implied2022-B').hover();
    assert.match(await app.provenance('implied2022-B').textContent(),
      /Derived: 2023 value ÷ \(1 \+ 2023 growth\) = 575\.8 ÷ \(1 \+ 10\.0 %\)/);

    const published = await page.$$eval('.fig.published', (els) => els.map((e) => e.querySelector('[role=tooltip]').textContent));
    assert.ok(published.length >= 15, `only ${published.length} published figures`);
    for (const note of published) assert.match(note, /^Published (figure|target)/);
    assert.match(await app.provenance('target').textContent(), /111\.816 tỷ đồng, tăng 8,7%/);
    app.assertClean();
    await app.close();
  });

  it('states the data notes plainly', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    assert.match(await page.getByTestId('note-total-growth').textContent(), /stated 2023 growth of the total is 3\.4 %.*imply 3\.47 %/);
    assert.match(await page.getByTestId('note-target-growth').textContent(), /111,816\.0 billion VND is \+8\.67 % on 2023, published as “8\.7 %”.*111,844\.9/);
    assert.match(await page.getByTestId('note-price-basis').textContent(), /does not say whether values are at current or at comparable/);
    await app.close();
  });
});

describe('charts', () => {
  it('each chart has a title, a summary and a table alternative', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    const charts = await page.$$eval('figure.chart', (figs) => figs.map((f) => ({
      id: f.id,
      title: f.querySelector('h3')?.textContent ?? '',
      summary: f.querySelector('.chart-summary')?.textContent ?? '',
      labelled: f.querySelector('svg')?.getAttribute('aria-labelledby') === `${f.id}-title`,
      rows: f.querySelectorAll('details table tbody tr').length,
      marks: f.querySelectorAll('svg .mark[tabindex="0"]').length,
    })));
    assert.deepEqual(charts.map((c) => c.id).sort(),
      ['chart-histogram', 'chart-levels', 'chart-products', 'chart-shares', 'chart-small-shares', 'chart-tornado', 'chart-waterfall']);
    for (const c of charts) {
      assert.ok(c.title.length > 10 && c.summary.length > 20 && c.labelled, JSON.stringify(c));
      assert.ok(c.rows >= 3 && c.marks >= 3, JSON.stringify(c));
    }
    const small = charts.find((c) => c.id === 'chart-small-shares');
    assert.match(small.title, /zoomed \(without manufacturing\)/);
    assert.match(charts.find((c) => c.id === 'chart-levels').summary, /own scale/);
    await app.chart('waterfall').locator('summary').click();
    assert.ok((await app.chart('waterfall').locator('details table').textContent()).includes('+3,429.5'));
    await app.close();
  });

  it('waterfall shows the gap to the target line and follows the scenario', async () => {
    const app = await AppPage.open(site);
    const waterfall = app.chart('waterfall');
    const summary = waterfall.locator('.chart-summary');
    assert.match(await summary.textContent(), /106,462\.4 billion VND in 2024, 5,353\.6 billion VND short of the target line/);
    const line = waterfall.locator('line.target');
    assert.equal(await line.count(), 1);
    assert.match(await waterfall.locator('text.target-label').textContent(), /Target 111,816\.0/);
    assert.match(await waterfall.locator('text.axis-note').textContent(), /Axis starts at .* not at zero/);
    // Bars run along the value axis; the 2024 total is the last row.
    const endBar = waterfall.locator('rect.mark').last();
    const barEnd = async () => Number(await endBar.getAttribute('x')) + Number(await endBar.getAttribute('width'));
    const targetX = async () => Number(await line.getAttribute('x1'));
    assert.ok(await barEnd() < await targetX(), 'baseline total ends short of the target line');
    await app.setGrowth(MANUFACTURING, '9');
    await app.expectText(summary, 'above the target line');
    assert.ok(await barEnd() > await targetX(), 'now it passes the line');
    await app.close();
  });

  it('chart marks show their tooltip on keyboard focus', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    const marks = app.chart('waterfall').locator('rect.mark');
    await marks.first().focus();
    const tooltip = app.chart('waterfall').getByTestId('chart-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    assert.match(await tooltip.textContent(), /Total 2023: 102,893\.2 billion VND \(published\)/);
    await page.keyboard.press('Tab');
    await app.expectText(tooltip, 'Mining and quarrying: +57.6 billion VND (+10.0 % in 2024');
    assert.equal(await marks.nth(1).getAttribute('aria-label'), await tooltip.textContent());
    const levels = app.chart('levels');
    await levels.locator('rect.mark').nth(2).hover();
    await app.expectText(levels.getByTestId('chart-tooltip'), 'Mining and quarrying, 2024: 633.4 billion VND (your scenario)');
    await app.close();
  });
});

describe('charts at every width', () => {
  // Every chart is laid out for the width it has: no text under 11 CSS px
  // (a drawing scaled down to a phone's width would have 6-10 px text) and no two
  // labels overlapping, whether the target is met or not.
  const measure = () => [...document.querySelectorAll('figure.chart')].map((figure) => {
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
      it(`${width} px, target ${label}: chart text >= 11 px, no overlapping labels`, async () => {
        const app = await AppPage.open(site, { viewport: { width, height: 900 }, path });
        await app.expectVerdict(met);
        await app.page.waitForFunction(() => performance.getEntriesByName('mc-done').length > 0);
        await app.chart('histogram').waitFor();
        const charts = await app.page.evaluate(measure);
        assert.ok(charts.length >= 7, `${charts.length} charts`);
        for (const c of charts) {
          assert.ok(c.count > 0, `${c.id} has text`);
          assert.deepEqual(c.small, [], `${c.id}: text under 11 px`);
          assert.deepEqual(c.overlaps, [], `${c.id}: overlapping labels`);
        }
        app.assertClean();
        await app.close();
      });
    }
  }
});

describe('languages and units', () => {
  it('follows ?lang= over the browser language, keeps it in the address', async () => {
    const app = await AppPage.open(site, { locale: 'en-US', path: '?lang=vi' });
    assert.equal(await app.language(), 'vi');
    assert.match(await app.page.locator('h1').textContent(), /Công nghiệp Ninh Bình/);
    await app.switchLanguage('en');
    await app.expectAddress({ code: '1~d1~len' });
    await app.close();
  });

  it('formats numbers by each locale and keeps scenario and unit across the switch', async () => {
    const app = await AppPage.open(site);
    await app.setGrowth(MANUFACTURING, '9');
    await app.chooseUnit('trillion VND');
    await app.expectText(app.total, '112.1109');
    assert.ok((await app.value('C').textContent()).includes('100.8671'));
    await app.switchLanguage('vi');
    await app.expectText(app.total, '112,1109');
    assert.ok((await app.value('total').textContent()).includes('102,8932'));
    assert.ok(await app.unit('nghìn tỷ đồng').isChecked());
    assert.equal(await app.verdict.getAttribute('data-met'), 'true');
    await app.chooseUnit('tỷ đồng');
    await app.expectText(app.total, '112.110,9');
    assert.ok((await app.value('total').textContent()).includes('102.893,2'));
    await app.close();
  });

  it('converts to USD only at the rate the user sets, and says it is theirs', async () => {
    const app = await AppPage.open(site);
    const { page } = app;
    await app.chooseUnit('million USD');
    const rate = page.getByLabel('Exchange rate, VND per USD (your assumption)');
    await rate.fill('25000');
    // 102,893.2 × 10^9 ÷ 25,000 ÷ 10^6 = 4,115.7 million USD.
    await app.expectText(app.value('total'), '4,115.7');
    await app.value('total').focus();
    assert.match(await app.provenance('value-total').textContent(), /your assumed rate of 25,000 VND per USD/);
    await rate.fill('abc');
    assert.match(await page.locator('#usd-rate-error').textContent(), /Not a number.*still uses 25000/);
    await rate.fill('500');
    assert.match(await page.locator('#usd-rate-error').textContent(), /lowest accepted value is 1000/);
    assert.ok((await app.value('total').textContent()).includes('4,115.7'));
    app.assertClean();
    await app.close();
  });
});

describe('layout, contrast and print', () => {
  for (const width of [360, 1024, 1920]) {
    it(`fits a ${width} px screen without sideways scrolling (screenshot)`, async () => {
      const app = await AppPage.open(site, { viewport: { width, height: 900 } });
      const { page } = app;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow} px wider than the screen`);
      assert.ok(await app.growthField(MANUFACTURING).isVisible());
      await mkdir('target/screenshots', { recursive: true });
      // Sections far below are skipped by `content-visibility: auto` until
      // scrolled near; a full-page picture needs them all drawn at once.
      await page.evaluate(() => document.querySelectorAll('*').forEach((e) => {
        if (getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible';
      }));
      await page.screenshot({ path: `target/screenshots/explore-${width}.png`, fullPage: true });
      await app.close();
    });
  }

  // The answer comes first in the document, as the prerendered page is
  // parsed and as the keyboard goes, and on screen: above the levers on a
  // phone, left of them on a wide screen. A page painted half parsed (a
  // slow phone) then only grows below or to the right.
  for (const [width, placed] of [[360, 'above'], [1280, 'left of']]) {
    it(`puts the answer first in the document and ${placed} the levers at ${width} px`, async () => {
      const app = await AppPage.open(site, { viewport: { width, height: 900 } });
      const order = await app.page.evaluate(() => {
        const top = document.querySelector('.top');
        const box = (e) => e.getBoundingClientRect();
        const [result, inputs] = [top.querySelector(':scope > .result'), top.querySelector(':scope > .inputs')];
        return { first: top.firstElementChild.className, result: box(result).toJSON(), inputs: box(inputs).toJSON() };
      });
      assert.equal(order.first, 'result');
      if (placed === 'above') assert.ok(order.result.bottom <= order.inputs.top, JSON.stringify(order));
      else assert.ok(order.result.right <= order.inputs.left, JSON.stringify(order));
      const prerendered = await readFile(`${DIST}/index.html`, 'utf8');
      const tops = prerendered.match(/<div class="top"><[^>]*>/g);
      assert.equal(tops.length, 2, 'one top per language');
      for (const top of tops) assert.match(top, /^<div class="top"><section [^>]*class="result"/);
      await app.close();
    });
  }

  it('text meets WCAG AA contrast against its background', async () => {
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
    assert.deepEqual(failures, []);
    await app.close();
  });

  it('prints without the controls', async () => {
    const app = await AppPage.open(site);
    await app.page.emulateMedia({ media: 'print' });
    assert.equal(await app.page.locator('.lang-switch').isVisible(), false);
    assert.equal(await app.page.locator('.unit-picker').isVisible(), false);
    assert.ok(await app.verdict.isVisible());
    assert.ok(await app.chart('waterfall').locator('svg').isVisible());
    await app.close();
  });
});
