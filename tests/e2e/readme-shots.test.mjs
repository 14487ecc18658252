// The README's pictures are taken from the built site on every run, so the
// script that refreshes the committed copies (scripts/readme-shots.mjs)
// never breaks unnoticed; each picture has the size the README promises.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useSite } from './fixture.mjs';
import { SHOTS, takeReadmeShots } from '../../scripts/readme-shots.mjs';

const site = useSite();

/** A PNG's width and height, from its IHDR chunk. */
async function pngSize(path) {
  const bytes = await readFile(path);
  assert.equal(bytes.toString('ascii', 1, 4), 'PNG', path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('README pictures', () => {
  it('the phone and projector pictures come from the built site, at their sizes', async () => {
    const written = await takeReadmeShots(site.browser, site.url, 'target/screenshots/readme');
    assert.equal(written.length, SHOTS.length);
    for (const [k, shot] of SHOTS.entries()) {
      assert.deepEqual(await pngSize(written[k]), [shot.width, shot.height], shot.file);
      assert.deepEqual(await pngSize(`docs/screenshots/${shot.file}`), [shot.width, shot.height], `committed ${shot.file}`);
    }
  });
});
