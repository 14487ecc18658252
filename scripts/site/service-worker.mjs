// sw.js for one build: js/sw.js with the build's id and precache list.
//
// The PNG icons are only for installing the app, which the browser does
// online and fetches them for itself: precaching them would add 8 KB to
// every first visit for nothing the page shows. The page is precached
// once, as './' (the address a visit loads, so the worker's request
// revalidates what the browser just fetched: a 304, not the page again);
// every navigation is answered with it. The build's id is a hash of every
// precached file's name and content. Minified like the page's scripts.

import { createHash } from 'node:crypto';
import { fill, read, shipped } from './page-scripts.mjs';

const INSTALL_ONLY = /^icon-\d+\.png$/;

/** Every build's cache name starts so; the worker drops the others'. */
export const CACHE_PREFIX = 'ninh-binh-industry-';

/** `files`: name → content of every file of the build but sw.js. */
export async function serviceWorker(files) {
  const precache = [...files.keys()]
    .filter((f) => !INSTALL_ONLY.test(f) && f.endsWith('.html') === (f === 'index.html'))
    .sort();
  const hash = createHash('sha256');
  for (const f of precache) hash.update(f).update(files.get(f));
  const build = hash.digest('hex').slice(0, 16);
  const urls = precache.map((f) => (f === 'index.html' ? './' : `./${f}`));
  const code = await shipped(fill(await read('sw.js'), { CACHE_PREFIX, CACHE: CACHE_PREFIX + build, PRECACHE: urls }));
  return { code, precache, build };
}
