// Section `input`: input to the next painted frame. In the page, from
// dispatching an `input` event on the manufacturing slider to a task
// queued from the first animation frame whose DOM holds the new total;
// the app and scripts/bench/plain.html alternating in the same browser, at
// 1x and 4x CPU (Emulation.setCPUThrottlingRate).

import { APP_SLIDER, PLAIN_PATH, editValue, median, ms, openApp, openPage, quantile, waitMark } from './common.mjs';

export const name = 'input';
export const title = 'Input to next painted frame';

/** Runs in the page: for each value, sets the slider, dispatches `input`
 *  and waits for the first animation frame whose DOM holds a new total,
 *  then for a task queued from it (the frame has been produced by then).
 *  Returns, per edit, the time from dispatch to that task (`frame`) and to
 *  the new total in the DOM (`dom`, seen by a MutationObserver). */
function measureEdits({ slider, total, values }) {
  const input = document.querySelector(slider);
  const text = () => document.querySelector(total)?.textContent;
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    const inFrame = text();
    channel.port1.onmessage = () => resolve(inFrame);
    channel.port2.postMessage(0);
  }));
  return (async () => {
    const samples = [];
    for (const value of values) {
      const before = text();
      let dom = NaN;
      const observer = new MutationObserver(() => {
        if (Number.isNaN(dom) && text() !== before) dom = performance.now() - t0;
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Normally the first frame; a later one if the page renders later.
      let changed = false;
      for (let frames = 0; frames < 60 && !changed; frames++) changed = (await afterFrame()) !== before;
      observer.disconnect();
      samples.push({ frame: changed ? performance.now() - t0 : NaN, dom });
    }
    return samples;
  })();
}

export async function run({ browser, url, options: { edits: EDITS }, record }) {
  const sites = {
    app: { url, slider: APP_SLIDER, total: '[data-testid=total-2024]' },
    plain: { url: url + PLAIN_PATH, slider: '#growth-C', total: '#total' },
  };
  for (const [site, s] of Object.entries(sites)) {
    Object.assign(s, await openPage(browser));
    if (site === 'app') await openApp(s.page, s.url);
    else { await s.page.goto(s.url); await waitMark(s.page, 'first-total'); }
  }
  const BLOCK = 25;
  let index = 0;
  try {
    for (const rate of [1, 4]) {
      for (const site of Object.values(sites)) {
        await site.cdp.send('Emulation.setCPUThrottlingRate', { rate });
        site.samples = [];
        await site.page.bringToFront();
        await site.page.evaluate(measureEdits, { slider: site.slider, total: site.total, values: [...Array(20)].map(() => editValue(index++)) });
      }
      for (let done = 0, block = 0; done < EDITS; done += BLOCK, block++) {
        const n = Math.min(BLOCK, EDITS - done);
        const order = block % 2 ? ['plain', 'app'] : ['app', 'plain'];
        for (const which of order) {
          const site = sites[which];
          await site.page.bringToFront();
          const values = [...Array(n)].map(() => editValue(index++));
          site.samples.push(...await site.page.evaluate(measureEdits, { slider: site.slider, total: site.total, values }));
        }
      }
      const lost = Object.entries(sites).filter(([, x]) => x.samples.some((e) => Number.isNaN(e.frame))).map(([n]) => n);
      if (lost.length) throw new Error(`an edit did not change the total on: ${lost.join(', ')}`);
      const a = sites.app.samples.map((e) => e.frame);
      const p = sites.plain.samples.map((e) => e.frame);
      const aDom = sites.app.samples.map((e) => e.dom).filter((x) => !Number.isNaN(x));
      const ratio = quantile(a, 0.95) / quantile(p, 0.95);
      console.log(`Input to next painted frame at ${rate}x CPU, ${EDITS} edits each, alternating in blocks of ${BLOCK}:`);
      console.log(`  app    median ${ms(median(a))}, p95 ${ms(quantile(a, 0.95))}, max ${ms(Math.max(...a))}`);
      console.log(`  plain  median ${ms(median(p))}, p95 ${ms(quantile(p, 0.95))}, max ${ms(Math.max(...p))}`);
      console.log(`  app / plain: median ${(median(a) / median(p)).toFixed(2)}, p95 ${ratio.toFixed(2)} (budget: p95 ≤ 1.5)`);
      console.log(`  app, input to the new total in the DOM (before the frame): median ${ms(median(aDom))}, p95 ${ms(quantile(aDom, 0.95))}`);
      record(`input → next frame, ${rate}x CPU: app median / p95`, `${ms(median(a))} / ${ms(quantile(a, 0.95))}`);
      record(`input → next frame, ${rate}x CPU: plain median / p95`, `${ms(median(p))} / ${ms(quantile(p, 0.95))}`);
      record(`input → next frame, ${rate}x CPU: p95 app / plain`, ratio.toFixed(2), '≤ 1.5', ratio <= 1.5);
      record(`input → total in the DOM, ${rate}x CPU: app median / p95`, `${ms(median(aDom))} / ${ms(quantile(aDom, 0.95))}`);
    }
  } finally {
    for (const site of Object.values(sites)) await site.context.close();
  }
}
