import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve-static.mjs';
const server = await startServer('/work/main/dist', 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [path, name, ...widths] = process.argv.slice(2);
for (const w of widths.map(Number)) {
  const ctx = await browser.newContext({ viewport: { width: w, height: w < 500 ? 780 : 900 }, locale: 'en-US' });
  const page = await ctx.newPage();
  page.on('pageerror', e => console.log('ERR', String(e)));
  await page.goto(server.url + path);
  await page.locator('[data-testid=verdict]:not([data-prerender] *)').waitFor();
  await page.locator('.details[aria-busy=false]').waitFor();
  const sel = process.env.SEL;
  if (sel) { const el = page.locator(sel).first(); await el.scrollIntoViewIfNeeded(); await el.screenshot({ path: `/tmp/shots/${name}-${w}.png` }); }
  else await page.screenshot({ path: `/tmp/shots/${name}-${w}.png`, fullPage: !!process.env.FULL });
  await ctx.close();
}
await browser.close(); await server.close();
