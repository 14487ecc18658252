// The head's language choice as it ships (minified, filled in by the
// build), run in a bare context against tests/fixtures/lang-choice.json:
// the same cases the app's model::Lang::choose passes (tests/lang_choice.rs).
// Also: it reads the app's storage key and parameters, survives storage
// that throws, and marks a page opened from a link.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { inlineScript, pageValues, readShipped } from './page-values.mjs';

const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/lang-choice.json', import.meta.url), 'utf8'));

/** Runs the script for one visit; returns the document's state and the
 *  storage keys it asked for. */
function visit(code, { query = '', remembered = null, languages = [], storage = 'works' }) {
  const asked = [];
  const documentElement = { lang: '', dataset: {} };
  const localStorage = {
    getItem(key) {
      asked.push(key);
      if (storage === 'throws') throw new Error('SecurityError: storage is disabled');
      return remembered;
    },
  };
  runInNewContext(code, {
    document: { documentElement },
    location: { search: query },
    URLSearchParams,
    localStorage,
    navigator: { languages, language: languages[0] },
  });
  return { lang: documentElement.lang, dataset: documentElement.dataset, asked };
}

describe('js/choose-lang.js as shipped', () => {
  let code, values;
  before(() => {
    code = inlineScript(readShipped('index.html'), 'navigator.languages');
    values = pageValues();
  });

  it('chooses as the app does, in every fixture case', () => {
    assert.ok(FIXTURE.cases.length >= 10);
    for (const c of FIXTURE.cases) {
      const seen = visit(code, c);
      assert.equal(seen.lang, c.expected, JSON.stringify(c));
      assert.equal(seen.dataset.lang, c.expected);
    }
  });

  it("reads the app's storage key, and only when the address names no language", () => {
    assert.deepEqual(visit(code, { remembered: 'vi' }).asked, [values.LANG_KEY]);
    assert.deepEqual(visit(code, { query: `?${values.LANG_PARAM}=vi`, remembered: 'en' }).asked, []);
  });

  it('falls back to the browser when storage throws', () => {
    assert.equal(visit(code, { remembered: 'en', languages: ['vi-VN'], storage: 'throws' }).lang, 'vi');
  });

  it("marks a page opened from a link (the app's code parameter), and only that", () => {
    assert.ok('link' in visit(code, { query: `?${values.CODE_PARAM}=1~d1` }).dataset);
    assert.ok(!('link' in visit(code, { query: `?${values.CODE_PARAM}=` }).dataset));
    assert.ok(!('link' in visit(code, { query: `?${values.LANG_PARAM}=vi` }).dataset));
  });

  it('falls back to the language the app falls back to', () => {
    assert.equal(visit(code, { languages: ['de'] }).lang, values.FALLBACK_LANG);
  });
});
