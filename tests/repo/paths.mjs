// Finds the repository paths that the docs and the code's comments name,
// and which of them do not exist. Read by paths.test.mjs.
//
// What is read: README.md and docs/**/*.md whole (CHANGELOG.md is history
// and may name what has gone); in the code (.rs, .mjs, .js, .sh, .toml,
// .css, index.html), the comments only.
//
// What counts as a path:
//   - a relative link target in Markdown, `[text](target)`, resolved from
//     the file that holds it;
//   - a word that starts with one of the repository's top-level folders
//     (`src/…`, `scripts/site/…`, `.ci/run`), resolved from the root;
//   - a file name with a source extension (`post-build.mjs`, `app.rs`),
//     which some file of the repository must have as its name (comments
//     name files by their bare name);
//   - a section of a Markdown file: a link's `#anchor`, or a title quoted
//     beside the file's name (`README.md "Hosting"`, `"Hosting" in
//     README.md`), which must be one of that file's headings.
// A path under a crate (`src/schema.rs` in crates/model/build.rs) is
// resolved from the file's folder and each folder above it, too.
// Globs and placeholders (`*`, `NNNN`, `<…>`, `{…}`) match any name in
// their place. Addresses (`https://…`) are not paths. A name the build or
// the tools make (under dist/ or target/, say) is listed in GENERATED.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize } from 'node:path';

/** Files the build, the tests or the tools write; named in docs as outputs. */
export const GENERATED = new Set([
  'prerender.html', 'record.html', 'page-values.json', 'ninh-binh-industry.js',
  'ninh-binh-industry_bg.wasm', 'manifest.json', 'sw.js', 'ninh-binh-industry.html',
  'trace.zip', 'test-failed-1.png', 'error-context.md', 'ninh-binh-industry-offline.html', 'en.html',
]);

const SOURCE_EXT = 'rs|mjs|js|sh|toml|json|md|html|css|txt';
const TOP_LEVEL_FOLDERS = ['src', 'crates', 'scripts', 'tests', 'docs', 'data', 'styles', 'js', 'assets',
  'examples', 'proptest-regressions', '.ci'];

/** The repository's files, as git knows them (tracked or new, not ignored). */
export function repoFiles(root) {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return out.split('\n').filter((f) => f && existsSync(join(root, f)));
}

/** The text of `file` in which paths are looked for: all of a Markdown
 *  file, the comments of a code file, each with its line number. */
export function readableLines(file, text) {
  const lines = text.split('\n').map((line, i) => ({ line: i + 1, text: line }));
  if (file.endsWith('.md')) return lines;
  if (/\.(rs|mjs|js|css)$/.test(file)) {
    let inBlock = false;
    return lines.flatMap(({ line, text: t }) => {
      const found = [];
      if (inBlock || /^\s*\/\*/.test(t)) {
        found.push({ line, text: t });
        inBlock = !t.includes('*/');
        return found;
      }
      const at = t.search(/(^|\s)\/\/|^\s*\*/);
      return at >= 0 ? [{ line, text: t.slice(at) }] : [];
    });
  }
  if (/\.(sh|toml)$/.test(file) || basename(file) === 'run') {
    return lines.flatMap(({ line, text: t }) => {
      const at = t.search(/(^|\s)#/);
      return at >= 0 && !/^#!/.test(t) ? [{ line, text: t.slice(at) }] : [];
    });
  }
  if (file.endsWith('.html')) {
    return [...text.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => ({
      line: text.slice(0, m.index).split('\n').length, text: m[1],
    }));
  }
  return [];
}

const placeholder = /\*|NNNN|<[^>]*>|\{[^}]*\}|\.\.\.|…/;

function asPattern(path) {
  const parts = path.split(/(\*\*?|NNNN|<[^>]*>|\{[^}]*\}|\.\.\.|…)/);
  const source = parts.map((p, i) => (i % 2 ? '.*' : p.replace(/[.+?^$()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`);
}

/** The paths named in `lines` of `file`, each { line, path, kind }. */
export function namedPaths(file, lines) {
  const found = [];
  const top = TOP_LEVEL_FOLDERS.map((f) => f.replace('.', '\\.')).join('|');
  const underTop = new RegExp(`(?<![\\w./@:-])((?:${top})/[\\w./*{},<>-]*)`, 'g');
  const bareFile = new RegExp(`(?<![\\w./@:<-])([\\w][\\w.-]*\\.(?:${SOURCE_EXT}))(?![\\w/-])`, 'g');
  for (const { line, text } of lines) {
    const plain = text.replace(/\b[a-z][\w+.-]*:\/\/\S+/gi, ' ');
    if (file.endsWith('.md')) {
      for (const m of plain.matchAll(/\]\(([^)\s#]*)(?:#([^)\s]*))?\)/g)) {
        if (/^[a-z]+:/i.test(m[1])) continue;
        if (m[1]) found.push({ line, path: m[1], kind: 'link' });
        if (m[2]) found.push({ line, path: m[1] || basename(file), section: decodeURIComponent(m[2]), kind: 'anchor' });
      }
    }
    for (const m of plain.matchAll(/([\w./-]+\.md)\)?,?\s+(?:section\s+)?["“]([^"”]+)["”]/g)) {
      found.push({ line, path: m[1], section: m[2], kind: 'title' });
    }
    for (const m of plain.matchAll(/["“]([^"”]+)["”],?\s+in\s+([\w./-]+\.md)/g)) {
      found.push({ line, path: m[2], section: m[1], kind: 'title' });
    }
    const withoutLinks = plain.replace(/\]\([^)]*\)/g, ']');
    for (const m of withoutLinks.matchAll(underTop)) {
      const path = m[1].replace(/[.,:;)]+$/, '');
      if (path.includes('/')) found.push({ line, path, kind: 'path' });
    }
    for (const m of withoutLinks.matchAll(bareFile)) {
      found.push({ line, path: m[1].replace(/[.,:;]+$/, ''), kind: 'name' });
    }
  }
  return found;
}

/** GitHub's anchor for a heading: lower case, spaces to hyphens, other
 *  punctuation dropped. */
export function slug(heading) {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\p{M} _-]/gu, '').replace(/ /g, '-');
}

/** The headings of a Markdown text, as written. */
export function headings(text) {
  return [...text.matchAll(/^#{1,6}\s+(.*?)\s*#*\s*$/gm)].map((m) => m[1].replace(/`/g, ''));
}

/** The folders a path named in `file` may be written from: the root, the
 *  file's own folder and each folder between. */
function bases(file, kind) {
  if (kind === 'link' || kind === 'anchor') return [dirname(file)];
  const out = ['.'];
  for (let d = dirname(file); d !== '.' && d !== '/'; d = dirname(d)) out.push(d);
  return out;
}

/** Whether `named` (of `kind`, found in `file`) is in the repository. */
export function exists(named, file, files, names, root = '.') {
  const { path, kind } = named;
  if (kind === 'anchor' || kind === 'title') {
    const target = bases(file, kind).map((b) => normalize(join(b, path))).find((f) => files.includes(f))
      ?? files.find((f) => f === path || f.endsWith(`/${path}`));
    if (!target) return false;
    const titles = headings(readFileSync(join(root, target), 'utf8'));
    return kind === 'anchor'
      ? titles.some((t) => slug(t) === named.section.toLowerCase())
      : titles.some((t) => t.toLowerCase().startsWith(named.section.toLowerCase()));
  }
  if (kind !== 'name') {
    return bases(file, kind).some((b) => existsUnder(normalize(join(b, path)), files));
  }
  if (GENERATED.has(path) || names.has(path)) return true;
  return placeholder.test(path) && [...names].some((n) => asPattern(path).test(n));
}

function existsUnder(full, files) {
  const rel = full.replace(/\/$/, '');
  if (placeholder.test(rel)) return files.some((f) => asPattern(rel).test(f) || asPattern(`${rel}/**`).test(f));
  return files.includes(rel) || files.some((f) => f.startsWith(`${rel}/`));
}

/** The stale paths of `text`, read as if it were `file` of the repository
 *  at `root` (for a planted text, in the tests). */
export function staleIn(root, file, text, files = repoFiles(root)) {
  const names = new Set(files.map((f) => basename(f)));
  return namedPaths(file, readableLines(file, text))
    .filter((named) => !exists(named, file, files, names, root))
    .map((named) => ({ file, line: named.line, path: named.section ? `${named.path}#${named.section}` : named.path }));
}

/** Every named path that does not exist: { file, line, path }. */
export function stalePaths(root, { only } = {}) {
  const files = repoFiles(root);
  const read = files.filter((f) => (only ? only.includes(f) : true))
    .filter((f) => (f.endsWith('.md') ? f === 'README.md' || f.startsWith('docs/') : /\.(rs|mjs|js|sh|toml|css)$|^\.ci\/run$|^index\.html$/.test(f)))
    .filter((f) => !f.startsWith('tests/repo/'));
  return read.flatMap((file) => staleIn(root, file, readFileSync(join(root, file), 'utf8'), files));
}
