// Section `mc`: Monte Carlo in the page, 10^6 draws: time drawing (the sum
// of the slices, the app's data-compute-ms) and wall time from the run's
// mc-start to its mc-done mark, median of 3 fresh loads at 1x CPU.

import { median, ms, openApp, openPage } from './common.mjs';

export const name = 'mc';
export const title = 'Monte Carlo';

export async function run({ browser, url, record }) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await openPage(browser);
    await openApp(page, url);
    await page.waitForFunction(() => document.querySelector('[data-testid=mc-status]')?.dataset.running === 'false');
    await page.evaluate(() => performance.clearMarks());
    await page.getByTestId('mc-draws').selectOption('1000000');
    await page.waitForFunction(() => /1,000,000 draws/.test(document.querySelector('[data-testid=probability]').textContent));
    runs.push(await page.evaluate(() => {
      const start = performance.getEntriesByName('mc-start').at(-1).startTime;
      const done = performance.getEntriesByName('mc-done').at(-1).startTime;
      return { compute: Number(document.querySelector('[data-testid=mc-status]').dataset.computeMs), wall: done - start };
    }));
    await context.close();
  }
  const compute = median(runs.map((r) => r.compute));
  const wall = median(runs.map((r) => r.wall));
  console.log(`Monte Carlo in Chromium: 10^6 draws, ${ms(compute)} drawing (${(1e3 / compute).toFixed(1)} million draws/s), ` +
    `${ms(wall)} wall in slices (median of 3; budget: 100 ms)`);
  record('Monte Carlo 10^6 draws in Chromium: drawing / wall', `${ms(compute)} / ${ms(wall)}`, '< 100 ms', wall < 100);
}
