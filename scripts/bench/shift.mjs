// Section `shift`: layout shift while the app takes over from the
// prerendered page, at 360 and 1280 px and 4x CPU: the sum of the
// layout-shift entries (none after input) once the whole page is built
// and two more frames are painted, 3 loads each.

import { openPage, waitMark } from './common.mjs';

export const name = 'shift';
export const title = 'Layout shift as the app takes over';

export async function run({ browser, url, record }) {
  const RATE = 4;
  for (const width of [360, 1280]) {
    const shifts = [];
    for (let i = 0; i < 3; i++) {
      const { context, page } = await openPage(browser, RATE, { viewport: { width, height: 800 } });
      await page.goto(url);
      await waitMark(page, 'all-rendered');
      shifts.push(await page.evaluate(() => new Promise((done) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(sum), 0)));
      })));
      await context.close();
    }
    const worst = Math.max(...shifts);
    console.log(`Layout shift at ${width} px, ${RATE}x CPU, 3 loads: ${shifts.map((x) => x.toFixed(4)).join(', ')}`);
    record(`layout shift as the app takes over, ${width} px, ${RATE}x CPU (worst of 3)`, worst.toFixed(4), '< 0.01', worst < 0.01);
  }
}
