// Docs that cannot point to nothing: every repository path that README.md,
// docs/ and the code's comments name exists (tests/repo/paths.mjs says
// what counts as a path). And the check itself fails on planted stale
// paths of each kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { stalePaths, staleIn, slug } from './paths.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('every path the docs and comments name exists', () => {
  const stale = stalePaths(ROOT).map((s) => `${s.file}:${s.line} names ${s.path}`);
  assert.deepEqual(stale, [], 'stale paths');
});

test('a planted stale path fails the check, in each kind of place', () => {
  const planted = [
    ['docs/planted.md', 'See `scripts/post-build.mjs` for the details.', 'scripts/post-build.mjs'],
    ['docs/planted.md', 'The [format](link-formats.md) is versioned.', 'link-formats.md'],
    ['docs/planted.md', 'See [the fixtures](link-format.md#fixtures-lost-forever).', 'link-format.md#fixtures-lost-forever'],
    ['README.md', 'Details in docs/perf.md.', 'docs/perf.md'],
    ['src/planted.rs', '//! Drawn by src/charts/geometry.rs at 12 px.', 'src/charts/geometry.rs'],
    ['src/planted.rs', 'let x = 1; // see app_root.rs', 'app_root.rs'],
    ['scripts/planted.mjs', '// See "Hosting" in README.md.', 'README.md#Hosting'],
    ['scripts/planted.sh', '# written by post-build.mjs', 'post-build.mjs'],
    ['Cargo.toml', '# renders into index.html (post-build.mjs).', 'post-build.mjs'],
  ];
  for (const [file, text, path] of planted) {
    assert.deepEqual(staleIn(ROOT, file, text).map((s) => s.path), [path], `${file}: ${text}`);
  }
});

test('what exists passes, and code outside comments is not read', () => {
  const fine = [
    ['docs/planted.md', 'See `scripts/build.sh`, [the format](link-format.md#fixtures-kept-forever) and [home](../README.md).'],
    ['docs/planted.md', 'Docs live in `docs/*.md`; modules in `src/components/*.rs`.'],
    ['crates/model/planted.rs', '//! Reads the types of src/schema.rs (this crate\'s).'],
    ['scripts/planted.mjs', "const file = 'missing-file.mjs'; // the page: index.html"],
    ['scripts/planted.mjs', '// served from https://example.org/gone.html'],
  ];
  for (const [file, text] of fine) assert.deepEqual(staleIn(ROOT, file, text), [], `${file}: ${text}`);
});

test('headings become anchors as GitHub writes them', () => {
  assert.equal(slug('Set-up: two commands'), 'set-up-two-commands');
  assert.equal(slug('Fixtures kept forever'), 'fixtures-kept-forever');
  assert.equal(slug('Số liệu “2024 đến nay”'), 'số-liệu-2024-đến-nay');
});
