// The README's pictures are taken from the built site on every run, so the
// script that refreshes the committed copies (scripts/readme-shots.mjs)
// never breaks unnoticed; each picture has the size the README promises.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixture.mjs';
import { SHOTS, takeReadmeShots } from '../../scripts/readme-shots.mjs';

const { describe } = test;

/** A PNG's width and height, from its IHDR chunk. */
async function pngSize(path) {
  const bytes = await readFile(path);
  expect(bytes.toString('ascii', 1, 4), path).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Runs `work`, then closes every context of `browser` that it opened and
 *  left open, whether it succeeded or failed: takeReadmeShots closes a
 *  context only once its picture is taken. */
async function closingItsContexts(browser, work) {
  const before = new Set(browser.contexts());
  try {
    return await work();
  } finally {
    await Promise.allSettled(browser.contexts().filter((c) => !before.has(c)).map((c) => c.close()));
  }
}

describe('README pictures', () => {
  test('the phone and projector pictures come from the built site, at their sizes', async ({ site }) => {
    const written = await closingItsContexts(site.browser,
      () => takeReadmeShots(site.browser, site.url, 'target/screenshots/readme'));
    expect(written).toHaveLength(SHOTS.length);
    for (const [k, shot] of SHOTS.entries()) {
      expect(await pngSize(written[k]), shot.file).toEqual([shot.width, shot.height]);
      expect(await pngSize(`docs/screenshots/${shot.file}`), `committed ${shot.file}`).toEqual([shot.width, shot.height]);
    }
  });
});
