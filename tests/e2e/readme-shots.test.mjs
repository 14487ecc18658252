// The README's pictures are taken from the built site on every run, so the
// script that refreshes the committed copies (scripts/readme-shots.mjs)
// never breaks unnoticed; each picture has the size the README promises.
import { readFile } from 'node:fs/promises';
import { AppPage, expect, test } from './fixture.mjs';
import { SHOTS, takeReadmeShots } from '../../scripts/readme-shots.mjs';

const { describe } = test;

/** A PNG's width and height, from its IHDR chunk. */
async function pngSize(path) {
  const bytes = await readFile(path);
  expect(bytes.toString('ascii', 1, 4), path).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The site as the shots script sees a browser: each context it opens is
 *  the test's (closed at teardown), each page in it clean-page checked. */
const shotsBrowser = (site) => ({
  async newContext(options) {
    const context = await site.newContext(options);
    context.on('page', (page) => site.watch(new AppPage(page, site.url)));
    return context;
  },
});

describe('README pictures', () => {
  test('the phone and projector pictures come from the built site, at their sizes', async ({ site }) => {
    const written = await takeReadmeShots(shotsBrowser(site), site.url, 'target/screenshots/readme');
    expect(written).toHaveLength(SHOTS.length);
    for (const [k, shot] of SHOTS.entries()) {
      expect(await pngSize(written[k]), shot.file).toEqual([shot.width, shot.height]);
      expect(await pngSize(`docs/screenshots/${shot.file}`), `committed ${shot.file}`).toEqual([shot.width, shot.height]);
    }
  });
});
