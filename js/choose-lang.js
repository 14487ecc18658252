// The reader's language, chosen before the first paint (a classic script
// inlined in the head by scripts/site/build.mjs). Same order as the app's
// browser::initial_lang: the link's scenario is the app's to show; else
// ?lang=, else the last choice on this device, else the browser's
// languages, else English. A link's scenario (?s=) marks the page so the
// prerendered figures are hidden: only the app can show that scenario.
(function () {
  var d = document.documentElement, q = new URLSearchParams(location.search), pick = function (t) {
    t = String(t || '').split(/[-_]/)[0].toLowerCase(); return t === 'vi' || t === 'en' ? t : null; };
  var lang = pick(q.get('lang'));
  try { lang = lang || pick(localStorage.getItem('ninh-binh-industry.lang')); } catch (e) {}
  (navigator.languages || [navigator.language]).forEach(function (t) { lang = lang || pick(t); });
  d.lang = lang || 'en'; d.dataset.lang = d.lang;
  if (q.get('s')) d.dataset.link = '';
})();
