import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve-static.mjs';
const server = await startServer('/work/main/dist', 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const w of [360, 1280]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto(server.url + '?s=1~d1~len~gC9~ps0*C*1000*1.5*7*1');
  await page.locator('[data-testid=verdict]:not([data-prerender] *)').waitFor();
  await page.locator('.details[aria-busy=false]').waitFor();
  await page.getByTestId('explain-total').locator('summary').click();
  await page.screenshot({ path: `/tmp/shots/explain-${w}.png` });
  await page.getByTestId('explain-total').locator('summary').click();
  await page.getByTestId('explain-share-C').locator('summary').click();
  await page.getByTestId('explain-share-C').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/explain-share-${w}.png` });
  await ctx.close();
}
await browser.close(); await server.close();
