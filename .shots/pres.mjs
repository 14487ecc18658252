import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve-static.mjs';
const server = await startServer('/work/main/dist', 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const path = process.argv[2] || '?s=1~d1~len~y6*50000*5';
for (const [w, h] of [[1920, 1080], [1280, 720]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'en-US' });
  const page = await ctx.newPage();
  page.on('pageerror', e => console.log('ERR', String(e)));
  await page.goto(server.url + path);
  await page.locator('[data-testid=verdict]:not([data-prerender] *)').waitFor();
  await page.getByRole('button', { name: 'Presenter view' }).click();
  await page.getByTestId('presenter').waitFor();
  await page.waitForTimeout(1500);
  const sizes = await page.evaluate(() => ({
    word: parseFloat(getComputedStyle(document.querySelector('.presenter-word')).fontSize),
    total: parseFloat(getComputedStyle(document.querySelector('[data-testid=total-2024]')).fontSize),
    gap: parseFloat(getComputedStyle(document.querySelector('.presenter [data-testid=gap]')).fontSize),
    qr: document.querySelector('.presenter [data-testid=qr]').getBoundingClientRect().height / innerHeight,
    scroll: document.documentElement.scrollHeight - innerHeight,
  }));
  console.log(w, h, JSON.stringify(sizes));
  await page.screenshot({ path: `/tmp/shots/presenter-${w}.png` });
  await ctx.close();
}
await browser.close(); await server.close();
