// Runs right after the prerendered baseline (a classic script, inlined).
// The page has one language's copy in the document and the other's aside
// in a <template> (scripts/site/build.mjs): if the reader's language is
// the other, the copies are swapped here, before the first paint (the
// stylesheet hides a copy in the wrong language until then). Both go when
// the app must open a link's scenario. The language buttons work before
// the app does: a press swaps the copies and is remembered as the app
// remembers it (browser::remember_lang, under the key the build fills in;
// and in the address's language, which comes first), so the app starts
// in it.
(function () {
  var d = document.documentElement;
  var shown = document.querySelector('[data-prerender]');
  // The page has two languages: one in the document, one in this template.
  var template = document.querySelector('template[data-prerender-aside]');
  var aside = template && template.content.firstElementChild;
  if (template) template.remove();
  if (!shown) return;
  if ('link' in d.dataset) { shown.remove(); aside = null; }
  else if (aside && d.dataset.lang && shown.lang !== d.dataset.lang) { shown.replaceWith(aside); aside = shown; }
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
      else if (f.value === f.defaultValue) t.value = t.defaultValue;
      else t.value = f.type === 'range' || !/^[+-]?[0-9]+[.,][0-9]+$/.test(f.value)
        ? f.value : f.value.replace(/[.,]/, button.lang === 'vi' ? ',' : '.');
    }
    shown.replaceWith(aside); aside = shown;
    // The pressed button is gone with its copy: the focus goes to its twin.
    var twin = d.querySelector('[data-prerender] .lang-switch button[lang="' + button.lang + '"]');
    if (twin) twin.focus();
    d.lang = d.dataset.lang = button.lang;
    try { localStorage.setItem('__LANG_KEY__', button.lang); } catch (e) { /* storage off: this visit only */ }
    var q = new URLSearchParams(location.search);
    if (q.has('__LANG_PARAM__')) { q.set('__LANG_PARAM__', button.lang); history.replaceState(history.state, '', '?' + q + location.hash); }
  });
})();
