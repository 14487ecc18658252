// `AppPage`, the end-to-end tests' page object: what a reader does (set a
// growth, apply a preset, save and compare scenarios, switch language,
// choose a unit, undo, open a formula or the presenter view, copy the
// link, download its QR code, print the brief) and what they read (verdict,
// total, gap, needed growth, the link and why one was refused), so the tests
// say what happens and the selectors live here, once. `SoFar` is the "2024
// so far" section. Editions: `chooseEdition`, `outcome`, `actualGrowth`.
//
// Sectors are named by their VSIC letter (B, C, D, E). Where a control is
// found by its accessible name, the name is part of what is tested, so the
// English name is used unless the method says otherwise.
//
// Every wait is Playwright's `expect(locator)`, which retries until the
// condition holds: never a fixed time.

import { expect } from '@playwright/test';

/** The verdict the app draws; the one prerendered into index.html (shown
 *  before the wasm runs) does not count as the app being ready. */
export const APP_VERDICT = '[data-testid=verdict]:not([data-prerender] *)';

/** The app has drawn everything: the full page once its last, deferred
 *  section is built; the presenter and embed views have no such section. */
export const APP_COMPLETE = '.details[aria-busy=false], [data-testid=presenter], main.embed';

const WASM = /\.wasm$/;
const STORE_KEY = 'ninh-binh-industry.saved';
const SECTORS = { B: 'Mining and quarrying', C: 'Manufacturing', D: 'Electricity', E: 'Water and waste' };
/** Each language's button is named in that language, whatever the page's. */
const LANGUAGE_BUTTONS = { en: 'English', vi: 'Tiếng Việt' };
const SAVE_BUTTONS = { en: 'Save this scenario', vi: 'Lưu kịch bản này' };
/** The page's index ("On this page"), by its name in each language. */
const INDEX_NAMES = { en: 'On this page', vi: 'Trên trang này' };

const isSector = (s) => Object.hasOwn(SECTORS, s);

export class AppPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.requests = [];
    this.errors = [];
    /** Errors the test provokes on purpose: { reason, patterns }. */
    this.provoked = [];
    page.on('request', (r) => this.requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(m.text()); });
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  /** Says that this test provokes errors on this page, and why: console
   *  or page errors matching one of `patterns` (RegExps) are then not a
   *  failure of the clean-page check. Requests off the origin still are. */
  provokes(reason, ...patterns) {
    if (!reason || patterns.length === 0) throw new Error('provokes(reason, ...patterns): both are needed');
    this.provoked.push({ reason, patterns });
    return this;
  }

  /** What the clean-page check finds wrong: requests that left the page's
   *  origin, and errors no `provokes` accounts for. */
  problems() {
    // A blob: of the page's own making (a download: the QR code's PNG) is
    // not a request to anywhere.
    const ownBlob = `blob:${new URL(this.baseUrl).origin}/`;
    const foreign = this.requests.filter((u) => !u.startsWith(this.baseUrl) && !u.startsWith('data:') && !u.startsWith(ownBlob));
    const allowed = (e) => this.provoked.some(({ patterns }) => patterns.some((p) => p.test(e)));
    return [
      ...foreign.map((u) => `request off the origin: ${u}`),
      ...this.errors.filter((e) => !allowed(e)).map((e) => `error: ${e}`),
    ];
  }

  /** A page in a fresh context (clean storage) of `site`, watched by the
   *  clean-page check, not yet opened: `contextOptions` are Playwright's
   *  (locale, viewport, …); `init` runs in the page before any of its own
   *  scripts. The one way every AppPage of a test is made. */
  static async blank(site, { init, ...contextOptions } = {}) {
    const context = await site.newContext({ locale: 'en-US', ...contextOptions });
    if (init) await context.addInitScript(init);
    const app = site.watch(new AppPage(await context.newPage(), site.url));
    app.page.setDefaultTimeout(10_000);
    return app;
  }

  /** A fresh context (clean storage) in the given browser locale, the app
   *  ready. `bypassCSP` lets a test inject a script (axe); `permissions` are
   *  granted from the start (the clipboard's); `init` runs in the page
   *  before any of its own scripts. */
  static async open(site, { locale = 'en-US', viewport, path = '', bypassCSP, permissions, init } = {}) {
    const app = await AppPage.blank(site, { locale, viewport, bypassCSP, permissions, init });
    await app.goto(path);
    return app;
  }

  /** The page as served, before the app takes over: the file matching
   *  `hold` (the wasm) is held back, as on a slow phone, until `release()`,
   *  or with `fail` its download fails until `release()`. `init` runs in
   *  the page before any of its own scripts. */
  static async beforeApp(site, { locale = 'en-US', path = '', hold = WASM, fail = false, javaScriptEnabled, init } = {}) {
    const app = await AppPage.blank(site, { locale, javaScriptEnabled, init });
    let open;
    const held = new Promise((resolve) => { open = resolve; });
    await app.page.route(hold, async (route) => {
      if (fail) return route.abort();
      await held;
      return route.continue();
    });
    app.release = async () => (fail ? app.page.unroute(hold) : open());
    await app.page.goto(site.url + path, { waitUntil: 'domcontentloaded' });
    return app;
  }

  /** Opens the page and waits until everything is rendered (the verdict
   *  comes first, charts and products a frame later). */
  async goto(path = '') {
    await this.page.goto(this.baseUrl + path);
    await this.ready();
  }

  /** Waits for the app to have taken over and drawn everything. */
  async ready() {
    await this.verdict.waitFor();
    await this.page.locator(APP_COMPLETE).waitFor();
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /** A second tab of the same browser profile (same storage), app ready;
   *  watched by the clean-page check with `site`. */
  async newTab(site) {
    const tab = site.watch(new AppPage(await this.page.context().newPage(), this.baseUrl));
    await tab.goto();
    return tab;
  }

  // What the reader reads.

  get verdict() { return this.page.locator(APP_VERDICT); }
  get total() { return this.page.getByTestId('total-2024'); }
  get gap() { return this.page.getByTestId('gap'); }
  get target() { return this.page.getByTestId('target'); }
  /** The growth needed: of one sector ('C'), of all alike ('uniform'), of
   *  the rest of the year ('rest'). */
  needs(key) { return this.page.getByTestId(`needs-${key}`); }
  /** A row of the sector table: a VSIC letter or 'total'. */
  sectorRow(key) { return this.page.getByTestId(`sector-${key}`); }
  /** A 2023 value in the sector table: a VSIC letter or 'total'. */
  value(key) { return this.page.getByTestId(`value-${key}`); }
  /** The note naming where a figure (by test id) comes from. */
  provenance(figure) { return this.page.getByTestId(figure).locator('[role=tooltip]'); }
  /** A chart's figure: 'waterfall', 'levels', 'histogram', 'tornado', … */
  chart(name) { return this.page.locator(`#chart-${name}`); }
  /** The record section: every copy in the page (the prerendered one
   *  while it shows), or the app's own. */
  get recordCopies() { return this.page.getByTestId('record'); }
  get record() { return this.page.locator('[data-testid=record]:not([data-prerender] *)'); }
  /** What the page says while the scenario tools download. */
  get loadingNote() { return this.page.getByTestId('loading-tools'); }
  /** The message shown when the tools could not be downloaded. */
  get loadFailed() { return this.page.getByTestId('load-failed'); }
  /** Why a link or an imported file was refused (the baseline is shown). */
  get banner() { return this.page.getByTestId('banner'); }
  async dismissBanner() { await this.banner.getByRole('button', { name: 'Dismiss' }).click(); }
  /** What the page says when a new release could not be kept offline. */
  get offlineNotice() { return this.page.getByTestId('offline-notice'); }

  async language() { return this.page.getAttribute('html', 'lang'); }
  /** Waits until the page is in `lang` ('vi', 'en'). */
  async expectLanguage(lang) { await expect(this.page.locator('html')).toHaveAttribute('lang', lang); }
  /** The address's query, where the share code lives. */
  async address() { return this.page.evaluate(() => location.search); }

  /** Waits until the app's verdict says the target is met (true) or not. */
  async expectVerdict(met) {
    await expect(this.verdict).toHaveAttribute('data-met', String(met));
  }

  /** Waits until the address's query (`location.search`) passes every check
   *  given: it `includes`/`excludes` a string, `endsWith` one, `is` one, or
   *  its share code (`?s=`) is `code`. */
  async expectAddress(check) {
    await expect.poll(() => this.page.evaluate((c) => {
      const q = location.search;
      return (c.includes === undefined || q.includes(c.includes))
        && (c.excludes === undefined || !q.includes(c.excludes))
        && (c.endsWith === undefined || q.endsWith(c.endsWith))
        && (c.is === undefined || q === c.is)
        && (c.code === undefined || new URL(location.href).searchParams.get('s') === c.code);
    }, check), { message: `the address passes ${JSON.stringify(check)}` }).toBe(true);
  }

  // Levers.

  /** A sector's growth field: by VSIC letter, or by its accessible name
   *  (in the page's language) where the name is under test. */
  growthField(sector) {
    return isSector(sector)
      ? this.page.locator(`#growth-${sector}`)
      : this.page.getByLabel(sector, { exact: true });
  }

  async setGrowth(sector, text) { await this.growthField(sector).fill(text); }

  /** The message beside a sector's growth field. */
  growthError(sector) { return this.page.locator(`#growth-${sector}-error`); }

  /** Waits for a sector's growth field to read `value`, or with
   *  `{ above: n }` any number above n (where a drag ends is not exact). */
  async expectGrowth(sector, value) {
    const field = this.growthField(sector);
    if (typeof value === 'string') await expect(field).toHaveValue(value);
    else await expect.poll(async () => parseFloat(await field.inputValue())).toBeGreaterThan(value.above);
  }

  /** A sector's growth slider, by its English name. */
  slider(sector) { return this.page.getByLabel(`${SECTORS[sector]} — 2024 growth slider`, { exact: true }); }

  /** Moves a slider to `value` as a drag does (an input event, no change). */
  async slide(sector, value) {
    await this.slider(sector).evaluate((el, v) => {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
  }

  /** In any language, and through the takeover (the element may be new). */
  async expectSlider(sector, value) {
    await expect(this.page.getByTestId(`lever-${sector}`).locator('input[type=range]')).toHaveValue(value);
  }

  async resetAll() { await this.page.getByRole('button', { name: 'Reset all to 2023 growth' }).click(); }

  /** The uncertainty range 'below' or 'above' a sector's chosen growth, in pp. */
  rangeField(sector, side) { return this.page.getByLabel(`${SECTORS[sector]} — ${side} the chosen growth, pp`); }
  async setRange(sector, side, pp) { await this.rangeField(sector, side).fill(pp); }

  /** 'repeat_2023', 'target_path', 'weak_export_demand', 'semiconductor_online'. */
  async applyPreset(id) { await this.page.getByTestId(`preset-${id}`).click(); }

  // Projects.

  project(index) { return this.page.getByTestId(`project-${index}`); }
  /** A project's name field, by its row: the name itself may be anything. */
  projectName(index) { return this.project(index).getByLabel('Project name'); }
  projectSwitch(name) {
    return this.page.getByRole('checkbox', { name: `Include ${name} in the scenario`, exact: true });
  }
  async includeProject(name) { await this.projectSwitch(name).check(); }
  /** A project's field by the part of its label after the project's name. */
  projectField(name, field) { return this.page.getByLabel(`${name} — ${field}`); }

  /** Adds a project, names it, and returns its row. */
  async addProject(name) {
    const index = await this.page.locator('.project').count();
    await this.page.getByRole('button', { name: 'Add a project' }).click();
    await this.projectName(index).fill(name);
    return this.project(index);
  }

  async removeProject(name) { await this.page.getByRole('button', { name: `Remove ${name}` }).click(); }

  // Uncertainty.

  /** The probability of meeting the target, once the draws are done. */
  get mcStatus() { return this.page.getByTestId('mc-status'); }
  get mcProbability() { return this.page.getByTestId('mc-probability'); }

  async probability() {
    await expect(this.mcStatus).toHaveAttribute('data-running', 'false');
    return this.mcProbability.textContent();
  }

  async expectProbability(text) {
    await expect(this.mcProbability).toHaveText(text);
  }

  /** Waits for a finished run whose `figure` (a test id: 'mc-probability',
   *  'mc-p50', …) reads other than `before`. */
  async expectNewSample(figure, before) {
    await expect(async () => {
      await expect(this.mcStatus).toHaveAttribute('data-running', 'false', { timeout: 0 });
      await expect(this.page.getByTestId(figure)).not.toHaveText(before, { timeout: 0 });
    }).toPass();
  }

  // Language and units.

  languageButton(lang) { return this.page.getByRole('button', { name: LANGUAGE_BUTTONS[lang] }); }

  async switchLanguage(lang) {
    await this.languageButton(lang).click();
    await this.expectLanguage(lang);
  }

  /** A unit of the unit picker, by its name in the page's language. */
  unit(name) { return this.page.getByRole('radio', { name, exact: true }); }
  async chooseUnit(name) { await this.unit(name).check(); }

  // Sorting and drilling down.

  /** Sorts the sector table by the column whose name starts with `column`. */
  async sortBy(column) { await this.page.getByRole('button', { name: new RegExp(`^${column}`) }).click(); }

  /** The column's aria-sort: 'ascending', 'descending' or 'none'. */
  async sortState(column) {
    const button = this.page.getByRole('button', { name: new RegExp(`^${column}`) });
    return this.page.locator('.sector-table thead th', { has: button }).getAttribute('aria-sort');
  }

  /** The sector table's rows, top to bottom, as VSIC letters ('BCDE'). */
  async sectorOrder() {
    return this.page.$$eval('.sector-table tbody.sector tr[data-testid^=sector-]',
      (rows) => rows.map((r) => r.dataset.testid.replace('sector-', '')).join(''));
  }

  async openProducts(sector) { await this.sectorRow(sector).locator('button.drill').click(); }

  // Saved scenarios and the store behind them.

  get scenarioName() { return this.page.getByLabel('Name', { exact: true }); }

  /** Saves what is on screen, under `name` if given; in the page's language. */
  async saveScenario(name) {
    if (name !== undefined) await this.scenarioName.fill(name);
    await this.page.getByRole('button', { name: SAVE_BUTTONS[await this.language()] }).click();
  }

  /** The checkbox that puts saved scenario `index` into the comparison. */
  compareBox(index) { return this.page.getByTestId(`saved-${index}`).getByRole('checkbox'); }
  async compare(...indices) { for (const i of indices) await this.compareBox(i).check(); }
  get compareColumns() { return this.page.getByTestId('compare-column'); }

  async openSaved(index) {
    await this.page.getByTestId(`saved-${index}`).getByRole('button', { name: 'Open' }).click();
  }

  async deleteSaved(name) { await this.page.getByRole('button', { name: `Delete ${name}` }).click(); }

  get savedNameList() { return this.page.locator('.saved-name'); }
  async savedNames() { return this.savedNameList.allTextContents(); }

  /** Waits until the list shows `count` saved scenarios (another tab's too). */
  async expectSavedCount(count) {
    await expect(this.savedNameList).toHaveCount(count);
  }

  get storeNotice() { return this.page.getByTestId('store-notice'); }
  async readStore() { return this.page.evaluate((k) => localStorage.getItem(k), STORE_KEY); }
  async writeStore(text) { await this.page.evaluate(([k, t]) => localStorage.setItem(k, t), [STORE_KEY, text]); }

  // Editions: the control near the title, what happened in an edition
  // whose year is over, and each lever's actual growth.

  /** The edition control's button for a target year ("2023"). */
  editionButton(year) { return this.page.getByTestId('edition-switch').locator(`[data-edition="${year}"]`); }
  async chooseEdition(year) {
    await this.editionButton(year).click();
    await expect(this.editionButton(year)).toHaveAttribute('aria-pressed', 'true');
    await this.ready();
  }
  get title() { return this.page.locator('.app-header h1:not([data-prerender] *)'); }
  get outcome() { return this.page.getByTestId('outcome'); }
  actualGrowth(sector) { return this.page.getByTestId(`actual-${sector}`); }
  async resetToActual() { await this.page.getByTestId('reset-to-actual').click(); }
  /** The edition a saved scenario is listed with. */
  savedEdition(index) { return this.page.getByTestId(`saved-${index}-edition`); }

  // Export and import.

  /** Exports the scenario ('JSON' or 'CSV'); returns the downloaded file's path. */
  async exportScenario(format) { return (await this.download(`Export ${format}`)).path(); }

  async importScenario(path) { await this.page.setInputFiles('.share input[type=file]', path); }

  /** Clicks the button named `button` and returns the download it starts;
   *  listening first, so a quick download is not missed. */
  async download(button) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    return download;
  }

  // Sharing: the link's field, copying it, its QR code, the embed view's way
  // out, and the brief as printed.

  /** The share panel's field with the whole link to what is on screen. */
  get linkField() { return this.page.locator('#share-link'); }
  get copyStatus() { return this.page.getByTestId('copy-status'); }

  /** Copies the link by the panel's button; returns what the page then says.
   *  The status is empty until the copy has been tried, so the wait ends on
   *  the first answer, whatever it is, and the test judges it. */
  async copyLink() {
    await this.page.getByRole('button', { name: 'Copy link' }).click();
    await expect(this.copyStatus).not.toHaveText('');
    return this.copyStatus.textContent();
  }

  /** The share panel's QR code, as drawn. */
  get qr() { return this.page.locator('.share [data-testid=qr]'); }

  /** Waits until the share panel's QR code is drawn for `link`: it follows
   *  the link a moment later, so a picture taken earlier may be stale. */
  async expectQr(link) { await this.page.locator(`.share .qr-box[data-link="${link}"]`).waitFor(); }

  /** Downloads the QR code ('SVG' or 'PNG'); returns the download, whose
   *  suggested file name is part of what is tested. */
  async downloadQr(format) { return this.download(`Download the QR code as ${format}`); }

  // Pictures for slides.

  /** A chart's picture ('png', 'svg' or 'copy' for "Copy image") by its
   *  button under the chart (`chart`: the figure's id); returns the
   *  download, or nothing for a copy. */
  async chartPicture(chart, how) {
    const button = this.page.locator(`#${chart} [data-picture=${how}]`);
    await button.scrollIntoViewIfNeeded();
    if (how === 'copy') return button.click();
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }

  /** What a chart's picture row says after "Copy image". */
  pictureStatus(chart) { return this.page.locator(`#${chart} [data-testid=chart-pictures] [role=status]`); }

  /** The scenario's slide ("Slide (PNG)"), beside the share controls or
   *  in the presenter view; returns the download. */
  async slidePicture() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('slide-png').click()]);
    return download;
  }

  /** The embed view's one way out: a link to the full app. */
  get fullAppLink() { return this.page.getByRole('link', { name: 'Open the full app' }); }

  /** Lays the page out as printed (the brief), for what shows on paper. */
  async print() { await this.page.emulateMedia({ media: 'print' }); }

  /** How many A4 pages the printed brief takes (pages counted in the PDF). */
  async printedPages() {
    const pdf = await this.page.pdf({ format: 'A4' });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  }

  /** Draws every section at once, for a full-page picture or an audit:
   *  sections far below are skipped by `content-visibility: auto` until
   *  scrolled near. */
  async drawAll() {
    await this.page.evaluate(() => document.querySelectorAll('*').forEach((e) => {
      if (getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible';
    }));
  }

  // The page's index: a skip link to each section.

  /** The index ("On this page") in the page's language, or in `lang`. */
  pageIndex(lang = 'en') { return this.page.getByRole('navigation', { name: INDEX_NAMES[lang], exact: true }); }
  indexLinks(lang = 'en') { return this.pageIndex(lang).getByRole('link'); }

  /** Follows an index link from the keyboard: the focus on it, Enter. */
  async followIndexLink(name, lang = 'en') {
    await this.indexLinks(lang).getByText(name, { exact: true }).focus();
    await this.page.keyboard.press('Enter');
  }

  /** Where the focus is: the focused element's id, the name of the
   *  landmark section it is in (its heading's text), and whether it shows
   *  a focus ring (`:focus-visible` with a visible outline). */
  async focusPlace() {
    return this.page.evaluate(() => {
      const e = document.activeElement;
      const section = e?.closest('section[aria-labelledby]');
      const s = e ? getComputedStyle(e) : null;
      return {
        id: e?.id ?? '',
        section: section ? document.getElementById(section.getAttribute('aria-labelledby'))?.textContent ?? '' : '',
        ring: Boolean(e?.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1),
      };
    });
  }

  /** The focused element's text, trimmed. */
  async focusedText() { return this.page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''); }

  // For a room: undo, shortcuts, formulas, the presenter view.

  async undo() { await this.page.getByTestId('undo').click(); }
  async redo() { await this.page.getByTestId('redo').click(); }
  async canUndo() { return !(await this.page.getByTestId('undo').isDisabled()); }

  /** Presses a shortcut with the focus on the page, not in a field. */
  async shortcut(keys) {
    await this.page.evaluate(() => document.activeElement?.blur());
    await this.page.keyboard.press(keys);
  }

  /** The "=" that opens and closes a derived figure's formula ('total', 'share-C', …). */
  formulaSwitch(id) { return this.page.getByTestId(`explain-${id}`).locator('summary'); }
  async toggleFormula(id) { await this.formulaSwitch(id).click(); }
  formula(id) { return this.page.getByTestId(`formula-${id}`); }

  get presenter() { return this.page.getByTestId('presenter'); }

  async openPresenter() {
    await this.page.getByRole('button', { name: 'Presenter view' }).click();
    await this.presenter.waitFor();
    return this.presenter;
  }

  /** The presenter view's QR code, sized for a projector. */
  get presenterQr() { return this.presenter.getByTestId('qr'); }

  /** Back to the full app by the presenter view's button; waits for the levers. */
  async closePresenter() {
    await this.page.getByRole('button', { name: 'Back to the full app' }).click();
    await this.growthField('C').waitFor();
  }

  /** The "2024 so far" section, its fields named in `lang`. */
  soFar(lang = 'en') { return new SoFar(this, lang); }

  async close() { await this.page.context().close(); }
}

/** "2024 so far": three fields found by their accessible names, what the
 *  rest of the year needs, and the offer of the published Q1 2024 figure. */
export class SoFar {
  constructor(app, lang = 'en') {
    this.app = app;
    this.page = app.page;
    const names = lang === 'en'
      ? ['Months of 2024 covered', '2024 value so far (billion VND)', 'Growth on the same period of 2023 (%)']
      : ['Số tháng của năm 2024 đã có', 'Giá trị năm 2024 đến nay (tỷ đồng)', 'Tăng so với cùng kỳ năm 2023 (%)'];
    [this.months, this.value, this.growth] = names.map((n) => this.page.getByLabel(n));
  }

  async enter(months, value, growth) {
    await this.months.fill(months);
    await this.value.fill(value);
    await this.growth.fill(growth);
  }

  /** Months, value and growth as the fields show them. */
  async values() { return Promise.all([this.months, this.value, this.growth].map((f) => f.inputValue())); }

  get need() { return this.page.getByTestId('so-far-need'); }
  /** The message beside 'months', 'value' or 'growth'. */
  error(field) { return this.page.locator(`#so-far-${field}-error`); }

  /** Waits for the months field to read `months` (after an import, say). */
  async expectMonths(months) {
    await expect(this.months).toHaveValue(months);
  }

  get offer() { return this.page.getByTestId('so-far-use-q1-2024'); }

  /** Puts Q1 2024 as published into the fields. */
  async usePublished() {
    await this.offer.click();
    await this.expectMonths('3');
  }

  async clear() { await this.page.getByRole('button', { name: 'Clear the figures so far' }).click(); }
}
