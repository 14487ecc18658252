// Issue 31: every chart, and the scenario itself, as a picture for slides.
// Each chart's PNG decodes (pngjs), is 1920 × 1080 and not blank; its SVG
// parses as XML (the browser's own parser) and holds the title, the source
// and the link as text, with nothing that reaches off the page; the
// slide's QR code decodes (jsQR) to the scenario's link, beside the share
// controls and in the presenter view; "Copy image" puts the PNG on the
// clipboard; file names say what they hold, in ASCII.
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { AppPage, expect, test } from './fixture.mjs';

const { describe } = test;

/** The charts as the full view draws them, "2024 so far" entered. */
const CHARTS = ['chart-waterfall', 'chart-so-far', 'chart-levels', 'chart-shares', 'chart-small-shares', 'chart-products', 'chart-histogram', 'chart-tornado'];

const read = async (download) => readFile(await download.path());

/** A decoded PNG, checked to be a slide's size and to hold a picture:
 *  a tenth of it not white, in several colours. */
function slidePng(buffer) {
  const png = PNG.sync.read(buffer);
  expect([png.width, png.height]).toEqual([1920, 1080]);
  let inked = 0;
  const colours = new Set();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const [r, g, b] = png.data.subarray(i, i + 3);
    if (r + g + b < 720) inked++;
    colours.add((r >> 4) * 256 + (g >> 4) * 16 + (b >> 4));
  }
  expect(inked / (png.data.length / (4 * 7)), 'ink on the picture').toBeGreaterThan(0.02);
  expect(colours.size, 'colours on the picture').toBeGreaterThan(4);
  return png;
}

function qrOf(png) {
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(found, 'no QR code found in the slide').toBeTruthy();
  return found.data;
}

/** The SVG's text as the browser's XML parser reads it: its root, the
 *  words of its <text> elements, and any parse error. */
function parsed(page, svg) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      title: doc.querySelector('title')?.textContent,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
    };
  }, svg);
}

describe('pictures for slides', () => {
  test('every chart offers a 1920 × 1080 PNG and a standalone SVG with its title, verdict, source and link', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.soFar().usePublished();
    await app.setGrowth('C', '9');
    const link = await app.page.waitForFunction(() => {
      const field = document.querySelector('#share-link');
      return field?.value.includes('gC9') && field.value;
    }).then((h) => h.jsonValue());
    const source = (await app.page.getByTestId('source').first().textContent()).trim();
    await app.page.locator('#chart-histogram [data-picture=png]').waitFor();
    for (const chart of CHARTS) {
      const title = (await app.page.locator(`#${chart} h3`).textContent()).trim();
      const png = await app.chartPicture(chart, 'png');
      expect(png.suggestedFilename()).toMatch(new RegExp(`^ninh-binh-2024-${chart.slice('chart-'.length)}-[0-9a-z]{6}\\.png$`));
      slidePng(await read(png));
      const svgDownload = await app.chartPicture(chart, 'svg');
      expect(svgDownload.suggestedFilename()).toBe(png.suggestedFilename().replace(/png$/, 'svg'));
      const svg = (await read(svgDownload)).toString('utf8');
      for (const outside of ['foreignObject', 'href', 'url(', '<image', '<style', '@import']) {
        expect(svg, `${chart}: ${outside}`).not.toContain(outside);
      }
      const doc = await parsed(app.page, svg);
      expect(doc.error, chart).toBeNull();
      expect(doc.root).toBe('http://www.w3.org/2000/svg svg');
      expect(doc.size).toEqual(['1920', '1080']);
      expect(doc.title).toBe(title);
      const words = doc.texts.join(' ');
      expect(words, chart).toContain(title);
      expect(words, chart).toMatch(/^.*Target (not )?met: Projected 2024 total: [\d,.]+ billion VND\. /);
      expect(words.replace(/\s+/g, ' '), chart).toContain(source.replace(/\s+/g, ' '));
      expect(words, chart).toContain('entered by the reader');
      expect(doc.texts.join(''), chart).toContain(link);
    }
  });

  test('the scenario slide shows the verdict and a QR code that opens the scenario, beside the share controls and in the presenter view', async ({ site }) => {
    const app = await AppPage.open(site, { path: '?s=1~d1~len~gC9' });
    const link = await app.linkField.inputValue();
    const slide = await app.slidePicture();
    expect(slide.suggestedFilename()).toMatch(/^ninh-binh-2024-slide-[0-9a-z]{6}\.png$/);
    expect(qrOf(slidePng(await read(slide)))).toBe(link);
    await app.openPresenter();
    const fromPresenter = await app.slidePicture();
    expect(fromPresenter.suggestedFilename()).toBe(slide.suggestedFilename());
    expect(qrOf(slidePng(await read(fromPresenter)))).toBe(link);
  });

  test('in Vietnamese the pictures speak Vietnamese, with Vietnamese numbers, in files named in ASCII', async ({ site }) => {
    const app = await AppPage.open(site, { locale: 'vi-VN' });
    const svgDownload = await app.chartPicture('chart-waterfall', 'svg');
    expect(svgDownload.suggestedFilename()).toMatch(/^ninh-binh-2024-waterfall-[0-9a-z]{6}\.svg$/);
    const doc = await parsed(app.page, (await read(svgDownload)).toString('utf8'));
    const words = doc.texts.join(' ');
    expect(words).toContain('Chưa đạt mục tiêu: Tổng giá trị dự báo 2024: 106.462,4 tỷ đồng.');
    expect(words).toContain('Nguồn');
    // The baseline is the app's, not the reader's.
    expect(words).not.toContain('do người dùng nhập');
  });

  test('"Copy image" puts the PNG on the clipboard and says so', async ({ site }) => {
    const app = await AppPage.open(site, { permissions: ['clipboard-read', 'clipboard-write'] });
    await app.chartPicture('chart-levels', 'copy');
    await expect(app.pictureStatus('chart-levels')).toHaveText('Image copied.');
    const size = await app.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const bitmap = await createImageBitmap(await item.getType('image/png'));
      return [bitmap.width, bitmap.height];
    });
    expect(size).toEqual([1920, 1080]);
  });
});
