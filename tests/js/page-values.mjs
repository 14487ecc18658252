// What the page's scripts share with the app, read from the app itself
// (`prerender page-values`, as scripts/build.sh writes it for the site),
// and the shipped scripts, read from the built site (DIST, default dist/).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = process.env.DIST || 'dist';

export const readShipped = (name) => readFileSync(join(DIST, name), 'utf8');

/** The app's page values (cargo builds the prerender first if need be). */
export function pageValues() {
  const json = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', 'page-values'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(json);
}

/** The shipped page's inline classic script that contains `marker`. */
export function inlineScript(page, marker) {
  const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const found = scripts.filter((code) => code.includes(marker));
  if (found.length !== 1) throw new Error(`${found.length} inline scripts contain ${marker}`);
  return found[0];
}
