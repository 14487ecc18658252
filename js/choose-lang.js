// The reader's language, chosen before the first paint (a classic script
// inlined in the head by scripts/site/build.mjs). The order is the app's
// (model::Lang::choose), and so are the names and languages below, filled
// in from the build's `prerender page-values`: the address's language,
// else the last choice on this device, else the browser's languages, else
// the fallback; tests/fixtures/lang-choice.json holds both to the same
// cases. A link's scenario (its code in the address) marks the page so
// the prerendered figures are hidden: only the app can show that scenario.
(function () {
  var d = document.documentElement, q = new URLSearchParams(location.search), langs = '__LANGS__';
  var pick = function (tag) {
    tag = String(tag || '').split(/[-_]/)[0].toLowerCase();
    return langs.indexOf(tag) >= 0 ? tag : null;
  };
  var lang = pick(q.get('__LANG_PARAM__'));
  try { lang = lang || pick(localStorage.getItem('__LANG_KEY__')); } catch (e) { /* storage off: not remembered */ }
  (navigator.languages || [navigator.language]).forEach(function (tag) { lang = lang || pick(tag); });
  d.lang = lang || '__FALLBACK_LANG__';
  d.dataset.lang = d.lang;
  if (q.get('__CODE_PARAM__')) d.dataset.link = '';
})();
