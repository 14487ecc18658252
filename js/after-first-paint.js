// When the page has painted: the app starts no sooner, so its work does
// not compete with the first paint of the prerendered baseline, and its
// download ends after that paint, as Lighthouse reads it (its simulation
// charges every request that ends before the largest paint to that
// paint). The paint is the first contentful one as the browser reports
// it, once it is on screen; a frame and a task after the load event
// otherwise, and at most a second after that. Each boot awaits it
// (top-level await in the module script): js/loader.js, and the
// single-file edition's (scripts/site/single-file.mjs).
const afterFirstPaint = () => new Promise((ready) => {
  // A frame and a task after the load event, and `ms` more.
  const afterLoad = (ms) => {
    const go = () => requestAnimationFrame(() => setTimeout(ready, ms));
    if (document.readyState === 'complete') go(); else addEventListener('load', go, { once: true });
  };
  if (!(globalThis.PerformanceObserver?.supportedEntryTypes || []).includes('paint')) {
    afterLoad(0);
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    ready();
  }).observe({ type: 'paint', buffered: true });
  // A browser that paints but reports no contentful paint (a page opened
  // in the background, in some) still gets the app.
  afterLoad(1000);
});
