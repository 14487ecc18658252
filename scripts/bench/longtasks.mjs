// Section `longtasks`: long tasks (> 50 ms) starting after the app's
// first-verdict mark at 4x CPU, over 3 fresh loads: during the load (up to
// all-rendered and the first Monte Carlo run's mc-done), during a drag (60
// input events, one per animation frame) and during a run of 10^6 Monte
// Carlo draws.

import { APP_SLIDER, editValue, ms, openApp, openPage, waitMark } from './common.mjs';

export const name = 'longtasks';
export const title = 'Long tasks after the first verdict';

function observeLongTasks() {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    window.__longTasksError = String(error);
  }
}

/** Runs in the page: 60 input events on the slider, one per animation
 *  frame, like a drag; resolves after the frame following the last one. */
function drag({ slider, values }) {
  const input = document.querySelector(slider);
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  return (async () => {
    performance.mark('drag-start');
    for (const value of values) {
      await frame();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await frame();
    performance.mark('drag-end');
  })();
}

export async function run({ browser, url, record }) {
  const RATE = 4;
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await openPage(browser, RATE);
    await page.addInitScript(observeLongTasks);
    await openApp(page, url);
    // Observer callbacks run after the tasks they report: let one run.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const load = await page.evaluate(() => {
      const verdict = performance.getEntriesByName('first-verdict')[0].startTime;
      // Each task with the app's last mark before it (which section, or
      // the Monte Carlo result), to say where a long task comes from.
      const marks = performance.getEntriesByType('mark');
      const after = (t) => marks.filter((m) => m.startTime <= t.start + 1).map((m) => m.name).pop();
      const tasks = window.__longTasks.filter((t) => t.start >= verdict).map((t) => ({ ...t, after: after(t) }));
      return { error: window.__longTasksError, tasks, all: window.__longTasks.length };
    });
    if (load.error) throw new Error(`longtask observer: ${load.error}`);
    const mcRuns = await page.evaluate(() => performance.getEntriesByName('mc-done').length);
    await page.evaluate(drag, { slider: APP_SLIDER, values: [...Array(60)].map((_, k) => editValue(k + 1)) });
    // The drag's last edit starts a Monte Carlo run: wait for it to finish.
    await waitMark(page, 'mc-done', mcRuns + 1);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const dragTasks = await page.evaluate(() => {
      const start = performance.getEntriesByName('drag-start')[0].startTime;
      return window.__longTasks.filter((t) => t.start >= start);
    });
    // A million draws run in slices between frames: none may block.
    const millionStart = await page.evaluate(() => performance.now());
    await page.getByTestId('mc-draws').selectOption('1000000');
    await page.waitForFunction(() => /1,000,000/.test(document.querySelector('[data-testid=probability]').textContent));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const millionTasks = await page.evaluate((start) => window.__longTasks.filter((t) => t.start >= start), millionStart);
    runs.push({ load: load.tasks, drag: dragTasks, million: millionTasks, before: load.all - load.tasks.length });
    await context.close();
  }
  const report = (phase) => {
    const tasks = runs.flatMap((r) => r[phase]);
    const longest = tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0;
    const perRun = runs.map((r) => r[phase].length).join(', ');
    const where = [...new Set(tasks.map((t) => t.after).filter(Boolean))].join(', ');
    return { tasks, longest, text: tasks.length ? `${tasks.length} (per run ${perRun}), longest ${ms(longest)}${where ? ` (after ${where})` : ''}` : 'none' };
  };
  const load = report('load');
  const dragged = report('drag');
  const million = report('million');
  console.log(`Long tasks (> 50 ms) at ${RATE}x CPU over 3 fresh loads, starting after first-verdict:`);
  console.log(`  load, to all-rendered and the first Monte Carlo result: ${load.text}`);
  console.log(`  drag, 60 input events one per frame, to the Monte Carlo result: ${dragged.text}`);
  console.log(`  10^6 Monte Carlo draws, from choosing them to the result: ${million.text}`);
  console.log(`  (before first-verdict, per run: ${runs.map((r) => r.before).join(', ')} long tasks: loading the wasm and the first render)`);
  record(`long tasks after first verdict, load, ${RATE}x CPU`, load.text, 'none', load.tasks.length === 0);
  record(`long tasks, 60-event drag, ${RATE}x CPU`, dragged.text, 'none', dragged.tasks.length === 0);
  record(`long tasks, 10^6 Monte Carlo draws, ${RATE}x CPU`, million.text, 'none', million.tasks.length === 0);
}
