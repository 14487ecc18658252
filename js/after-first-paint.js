// Waits for the page to have loaded and painted (top-level await in the
// module script): the glue and the wasm would otherwise compete with, and
// in Lighthouse's simulation be charged to, the first paint of the
// prerendered baseline.
await new Promise((ready) => {
  const paint = () => requestAnimationFrame(() => setTimeout(ready, 0));
  if (document.readyState === 'complete') paint(); else addEventListener('load', paint, { once: true });
});
