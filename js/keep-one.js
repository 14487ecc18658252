// Runs right after the prerendered baseline (a classic script, inlined).
// Only one language's copy stays in the document (no duplicate ids): the
// other is kept aside; both are removed when the app must open a link's
// scenario. The language buttons work before the app does: a press swaps
// the copies and is remembered as the app remembers it
// (browser::remember_lang, under the key the build fills in; and in the
// address's language, which comes first), so the app starts in it.
(function () {
  var d = document.documentElement, aside = null;
  document.querySelectorAll('[data-prerender]').forEach(function (e) {
    if ('link' in d.dataset || e.lang !== d.dataset.lang) { e.remove(); if (!('link' in d.dataset)) aside = e; } });
  document.getElementById('app').addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-prerender] .lang-switch button[lang]');
    if (!button || !aside || button.lang === d.dataset.lang) return;
    var shown = button.closest('[data-prerender]');
    // What the reader changed goes along (the copies have the same fields,
    // in the same order); a typed decimal takes the other language's point.
    var from = shown.querySelectorAll('input'), to = aside.querySelectorAll('input');
    for (var i = 0; from.length === to.length && i < from.length; i++) {
      var f = from[i], t = to[i];
      if (f.type === 'radio' || f.type === 'checkbox') t.checked = f.checked;
      else if (f.value !== f.defaultValue) t.value = f.type === 'range' || !/^[+-]?[0-9]+[.,][0-9]+$/.test(f.value)
        ? f.value : f.value.replace(/[.,]/, button.lang === 'vi' ? ',' : '.');
    }
    shown.replaceWith(aside); aside = shown;
    d.lang = d.dataset.lang = button.lang;
    try { localStorage.setItem('__LANG_KEY__', button.lang); } catch (e) { /* storage off: this visit only */ }
    var q = new URLSearchParams(location.search);
    if (q.has('__LANG_PARAM__')) { q.set('__LANG_PARAM__', button.lang); history.replaceState(history.state, '', '?' + q); }
  });
})();
