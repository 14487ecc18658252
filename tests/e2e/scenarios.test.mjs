// Issue 4 flows: levers, target reading, presets, goal seek, projects,
// uncertainty (Monte Carlo), sensitivity and comparing saved scenarios.
import { AppPage, expect, test } from './fixture.mjs';

const { describe } = test;
const MANUFACTURING = 'Manufacturing — 2024 growth, %';
const PLANT = 'Semiconductor-components plant';

describe('levers', () => {
  test('keeps slider and field in sync, resets one sector and all', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await expect(app.slider('C')).toHaveValue('3.4');
    await app.slide('C', 9);
    await app.expectVerdict(true);
    await expect(app.growthField(MANUFACTURING)).toHaveValue('9');
    await app.setGrowth(MANUFACTURING, '12.5');
    await app.expectSlider('C', '12.5');
    await app.setGrowth('Electricity — 2024 growth, %', '7');
    await page.getByRole('button', { name: 'Reset Manufacturing to its 2023 growth (+3.4 %)' }).click();
    await app.expectGrowth('C', '3.4');
    await expect(app.growthField('Electricity — 2024 growth, %')).toHaveValue('7');
    await app.resetAll();
    await app.expectGrowth('D', '4.8');
    await expect(app.total).toContainText('106,462.4');
  });

  test('takes −100 % to +300 % in the field, explains values beyond the slider and refuses the rest', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.setGrowth(MANUFACTURING, '80');
    await app.expectVerdict(true);
    await expect(app.slider('C')).toHaveValue('50');
    await expect(app.page.getByTestId('lever-C').locator('.lever-note')).toHaveText(/Outside the slider's range \(-30 % to \+50 %\)/);
    await app.setGrowth(MANUFACTURING, '350');
    await expect(app.growthError('C')).toHaveText(/Above \+300 %.*still uses 80 %/);
    await app.setGrowth(MANUFACTURING, '-100');
    await app.expectVerdict(false);
    await expect(app.growthError('C')).toBeHidden();
  });

  test('says what each sector alone would need, in words when implausible', async ({ site }) => {
    const app = await AppPage.open(site);
    await expect(app.needs('C')).toHaveText(/Alone, this sector would need \+8\.71 % to meet the target/);
    // Beyond what a field accepts (+300 %), no number is shown: words only.
    await expect(app.needs('E')).toHaveText(/cannot close the gap alone: even \+300 % would not be enough/);
    await expect(app.needs('E')).not.toHaveText(/1,636/);
    await expect(app.needs('uniform')).toHaveText(/each would need \+8\.67 %/);
    await app.setGrowth(MANUFACTURING, '10');
    await expect(app.needs('C')).toContainText('still met if this sector grows only +8.71 %');
  });

  test('says in words, never as a number, a uniform growth below -100 % or above +300 %', async ({ site }) => {
    // A project of 100,000 billion VND a year: the sectors could all fall to nothing.
    const app = await AppPage.open(site, { path: '?s=1~d1~len~pu*C*100000*12*1*1' });
    const uniform = app.needs('uniform');
    await expect(uniform).toHaveText(/projects alone reach the target/);
    await expect(uniform).not.toHaveText(/-1,157/);
    // Needed growth only: the projection's own growth may well be large.
    const text = await app.page.locator('.needs, .lever-needs').allTextContents();
    for (const [, number] of text.join(' ').matchAll(/([+-]?[\d,]+(?:\.\d+)?) %/g)) {
      const value = Number(number.replace(/,/g, ''));
      expect(value, `${number} % shown as a number`).toBeGreaterThanOrEqual(-100);
      expect(value, `${number} % shown as a number`).toBeLessThanOrEqual(300);
    }
  });
});

describe('target reading and presets', () => {
  test('tests the published figure by default, and the +8.7 % reading on request', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await expect(app.verdict).toHaveText(/Tests the published absolute target: 111,816\.0 billion VND/);
    await page.getByRole('radio', { name: /\+8\.7 % on 2023: 111,844\.9/ }).check();
    await expect(app.verdict).toContainText('Tests the “+8.7 % on 2023” reading: 111,844.9 billion VND');
    await expect(app.target).toContainText('111,844.9');
  });

  test('applies each preset as its rationale says', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.applyPreset('target_path');
    await app.expectVerdict(true);
    await expect(app.total).toContainText('111,816.0');
    await expect(app.growthField(MANUFACTURING)).toHaveValue('8.67');
    await expect(app.page.locator('#preset-target_path-why')).toHaveText(/just enough to meet the target exactly/);

    await app.applyPreset('weak_export_demand');
    await app.expectGrowth('C', '1');
    await app.expectVerdict(false);
    await expect(app.total).toContainText('104,041.6');

    await app.applyPreset('semiconductor_online');
    await expect(app.total).toContainText('107,212.4');
    await expect(app.projectSwitch(PLANT)).toBeChecked();

    await app.applyPreset('repeat_2023');
    await expect(app.total).toContainText('106,462.4');
    await expect(app.projectSwitch(PLANT)).not.toBeChecked();
  });
});

describe('projects', () => {
  test('switches the semiconductor plant on and edits its assumptions', async ({ site }) => {
    const app = await AppPage.open(site);
    const plant = app.project(0);
    await expect(plant).toHaveText(/your assumptions, not published data.*gives only the capital: 1,000\.0 billion VND/s);
    await app.includeProject(PLANT);
    await expect(app.total).toContainText('107,212.4');
    await expect(app.page.getByTestId('project-0-output')).toHaveText(/Adds \+750\.0 billion VND in 2024 \(6 months of output\)/);
    await plant.locator('select').nth(1).selectOption('1');
    await expect(app.total).toContainText('107,962.4');
    await app.projectField(PLANT, 'Output per unit of capital per year').fill('2');
    await expect(app.total).toContainText('108,462.4');
  });

  test('adds, names, sizes and removes a project; names are shown as text', async ({ site }) => {
    const app = await AppPage.open(site);
    const name = '<b>Auto</b> & "parts"';
    const row = await app.addProject(name);
    await app.projectField(name, 'Capital (billion VND)').fill('3000');
    await app.includeProject(name);
    // 3,000 × 1.0 × 12/12 into manufacturing.
    await expect(app.total).toContainText('109,462.4');
    await expect(row.locator('b'), 'the name is text, not markup').toHaveCount(0);
    // The charts follow once the edits rest.
    await expect(app.chart('tornado')).toContainText(name);
    await app.removeProject(name);
    await expect(app.total).toContainText('106,462.4');
    await expect(app.project(1)).toHaveCount(0);
  });
});

describe('uncertainty', () => {
  test('gives a seeded probability, percentiles and a histogram, the same every time', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    expect(await app.probability()).toBe('0.0 %');
    await app.setGrowth(MANUFACTURING, '8.5');
    await app.setRange('C', 'above', '4');
    await app.expectNewSample('mc-probability', '0.0 %');
    const first = await app.probability();
    const p = parseFloat(first);
    expect(p, first).toBeGreaterThan(5);
    expect(p, first).toBeLessThan(95);
    await expect(page.getByTestId('probability')).toHaveText(new RegExp(`${first.replace('.', '\\.')} \\(100,000 draws`));
    const p50 = await page.getByTestId('mc-p50').textContent();
    const histogram = app.chart('histogram');
    await expect(histogram.locator('line.target')).toHaveCount(1);
    await expect.poll(() => histogram.locator('rect.bin').count()).toBeGreaterThan(5);

    // Same scenario, fresh page: the same answer.
    const again = await AppPage.open(site);
    await again.setGrowth(MANUFACTURING, '8.5');
    await again.setRange('C', 'above', '4');
    await again.expectNewSample('mc-probability', '0.0 %');
    expect(await again.probability()).toBe(first);
    expect(await again.page.getByTestId('mc-p50').textContent()).toBe(p50);

    // A different seed gives a (slightly) different sample.
    await page.getByLabel('Seed').fill('99');
    await app.expectNewSample('mc-p50', p50);
  });

  test('zero-width ranges give exactly 0 % or 100 %', async ({ site }) => {
    const app = await AppPage.open(site);
    for (const v of ['B', 'C', 'D', 'E']) {
      await app.setRange(v, 'below', '0');
      await app.setRange(v, 'above', '0');
    }
    await app.setGrowth(MANUFACTURING, '9');
    await app.expectProbability('100.0 %');
    await app.setGrowth(MANUFACTURING, '8.7');
    await app.expectProbability('0.0 %');
  });

  // How long the slices take is the benchmark's; that there are slices,
  // with the page drawn between them, is the app's behaviour. On a CPU
  // slowed 4x the run lasts long enough for its progress to be shown.
  // That a large run is drawn in slices, with the page's own tasks and the
  // progress shown in between, is the app's behaviour; how long the slices
  // take is the benchmark's. So this test reads only the order of events:
  // the app's marks (mc-start, one mc-slice per slice, mc-done), a task
  // of the page's own that re-queues itself ("turn"), and each text the
  // status shows. The app caps a slice's draws, so a million draws are
  // sliced on a machine of any speed.
  test('draws a million in slices, showing their progress in between', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await app.probability();
    await app.mcStatus.evaluate((status) => {
      const order = [];
      window.__mcOrder = order;
      const mark = performance.mark.bind(performance);
      performance.mark = (name, ...rest) => { order.push(name); return mark(name, ...rest); };
      new MutationObserver(() => order.push(`status: ${status.textContent}`))
        .observe(status, { childList: true, characterData: true, subtree: true });
      // Queued as the slices are (a message), so it runs only between them.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        order.push('turn');
        if (!order.includes('mc-done')) channel.port2.postMessage(null);
      };
      channel.port2.postMessage(null);
    });
    await page.getByTestId('mc-draws').selectOption('1000000');
    await expect(page.getByTestId('probability')).toHaveText(/1,000,000 draws/);
    const order = await page.evaluate(() => window.__mcOrder);
    const run = order.slice(order.lastIndexOf('mc-start'), order.lastIndexOf('mc-done') + 1);
    const slices = run.flatMap((e, i) => (e === 'mc-slice' ? [i] : []));
    expect(slices.length, `slices: ${run.join(' | ')}`).toBeGreaterThanOrEqual(10);
    const between = run.slice(slices[0], slices.at(-1));
    expect(between, 'the page had its turn between slices').toContain('turn');
    // Partway: after the first slice, before the result. (The run starts
    // once the scenario has rested, which is at least as long as progress
    // waits between two showings, so the first slice always shows it.)
    const partway = run.slice(slices[0]).map((e) => e.match(/^status: Simulating: ([\d,]+) of 1,000,000 draws/))
      .filter(Boolean).map((m) => Number(m[1].replaceAll(',', '')));
    expect(partway.some((done) => done > 0 && done < 1_000_000), `progress shown partway: ${run.join(' | ')}`).toBe(true);
  });
});

describe('sensitivity and compare', () => {
  test('tornado ranks ±1 pp of each sector and each active project', async ({ site }) => {
    const app = await AppPage.open(site);
    const tornado = app.chart('tornado');
    const labels = tornado.locator('text.label');
    await expect(labels).toHaveText(['Manufacturing', 'Electricity', 'Mining and quarrying', 'Water and waste']);
    await expect(tornado.locator('.chart-summary')).toHaveText(/Manufacturing moves the total most: each point of its growth is worth 1,008\.7 billion VND/);
    await app.includeProject(PLANT);
    await expect(labels).toHaveCount(5);
    await expect(labels.nth(1)).toHaveText('Semiconductor-components plant');
  });

  test('saves scenarios, compares up to three side by side and opens one again', async ({ site }) => {
    const app = await AppPage.open(site);
    const { page } = app;
    await app.saveScenario('Baseline');
    await app.applyPreset('target_path');
    await app.expectVerdict(true);
    await app.saveScenario('On target');
    await app.applyPreset('semiconductor_online');
    await app.saveScenario();
    await app.applyPreset('weak_export_demand');
    await app.saveScenario();

    await app.compare(0, 1, 2);
    await expect(app.compareBox(3), 'at most three').toBeDisabled();
    const columns = app.compareColumns;
    await expect(columns).toHaveCount(3);
    await expect(page.getByTestId('compare-probability')).toHaveText([/%$/, /%$/, /%$/]);
    await expect(page.getByTestId('compare-total')).toHaveText(['106,462.4 billion VND', '111,816.0 billion VND', '107,212.4 billion VND']);
    await expect(columns.nth(1)).toHaveText(/On target.*Target met/s);
    await expect(columns.nth(0).getByTestId('compare-probability')).toHaveText(/^0\.0 %$/);

    // Saved scenarios survive a reload and open again.
    await app.reload();
    await app.openSaved(1);
    await app.expectVerdict(true);
    await expect(app.total).toContainText('111,816.0');
  });

  test('clears an unreadable store with a message instead of failing', async ({ site }) => {
    const app = await AppPage.open(site);
    await app.writeStore('{"corrupt": true');
    await app.reload();
    await expect(app.storeNotice).toHaveText(/could not be read and were cleared/);
    expect(await app.readStore()).toBeNull();
    await expect(app.total).toContainText('106,462.4');
    await app.writeStore('ninh-binh-industry saved 0\n');
    await app.reload();
    await expect(app.storeNotice).toHaveText(/another format \(“0”\) and were cleared/);
    // A newer version's store is kept untouched.
    await app.writeStore('ninh-binh-industry saved 7\n');
    await app.reload();
    await expect(app.storeNotice).toHaveText(/newer version of the app are kept/);
    expect(await app.readStore()).toBe('ninh-binh-industry saved 7\n');
    // Saving then refuses, says why, and writes nothing over it.
    await app.saveScenario();
    await expect(app.storeNotice).toContainText('does not write over them');
    expect(await app.readStore()).toBe('ninh-binh-industry saved 7\n');
    await expect(app.page.locator('.saved-list li')).toHaveCount(0);
    // The message follows a language switch.
    await app.switchLanguage('vi');
    await expect(app.storeNotice).toContainText('phiên bản này không ghi đè lên chúng');
  });

  test('never loses what another tab saved, and follows it', async ({ site }) => {
    const a = await AppPage.open(site);
    await a.saveScenario('From A');
    // A second tab of the same browser profile.
    const b = await a.newTab(site);
    await expect.poll(() => b.savedNames()).toEqual(['From A']);
    await b.saveScenario('From B');
    // A's list follows B's save (storage event)...
    await a.expectSavedCount(2);
    await expect.poll(() => a.savedNames()).toEqual(['From A', 'From B']);
    // ...and a delete in A keeps what B saved, in the store and in B.
    await a.deleteSaved('From A');
    await b.expectSavedCount(1);
    await expect.poll(() => b.savedNames()).toEqual(['From B']);
    await expect.poll(() => a.savedNames()).toEqual(['From B']);
    const stored = await a.readStore();
    expect(stored.trim().split('\n'), stored).toHaveLength(2);
    // An entry another tab wrote straight into the store ("From C") is kept
    // when A deletes: the delete applies to the store as it is now, by
    // value. (A delete from a list that has not caught up yet is covered
    // natively in share::store.)
    await b.writeStore(`${await b.readStore()}RnJvbSBD\t1~d1~len~gC9\n`);
    await a.expectSavedCount(2);
    await a.deleteSaved('From B');
    await expect.poll(() => a.readStore()).not.toMatch(/RnJvbSBC/);
    const after = await a.readStore();
    expect(after, 'the entry written by the other tab is kept').toMatch(/RnJvbSBD\t1~d1~len~gC9/);
    await expect.poll(() => a.savedNames()).toEqual(['From C']);
  });
});
