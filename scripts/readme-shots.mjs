// The README's two pictures, taken from the built site: the app on a
// 360 px phone (the verdict first, then the levers) and the presenter view
// on a 1920x1080 projector. The end-to-end suite takes them on every run
// (tests/e2e/readme-shots.test.mjs, into target/screenshots/readme/);
// run directly, this writes the committed copies:
//
//   node scripts/readme-shots.mjs            (after scripts/build.sh)
//     -> docs/screenshots/phone-360.png, docs/screenshots/projector-1920.png

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_COMPLETE, APP_VERDICT } from '../tests/e2e/app-page.mjs';

export const SHOTS = [
  { file: 'phone-360.png', width: 360, height: 780, path: '' },
  // Sector C at +12 %: the target met, in the presenter view.
  { file: 'projector-1920.png', width: 1920, height: 1080, path: '?s=1~d1~len~gC12~wp' },
];

/** Takes every shot from the site at `url`, each in a context of its own
 *  from `browser` (playwright's, or anything with its `newContext`),
 *  closed whatever happens. */
export async function takeReadmeShots(browser, url, dir) {
  await mkdir(dir, { recursive: true });
  const written = [];
  for (const shot of SHOTS) {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: shot.width, height: shot.height } });
    try {
      const page = await context.newPage();
      await page.goto(url + shot.path);
      await page.locator(shot.path.endsWith('~wp') ? '[data-testid=presenter]' : APP_VERDICT).waitFor();
      await page.locator(APP_COMPLETE).waitFor();
      // Fonts and the QR code drawn before the picture is taken.
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r()))));
      const path = join(dir, shot.file);
      await page.screenshot({ path });
      written.push(path);
    } finally {
      await context.close();
    }
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { startServer } = await import('./serve-static.mjs');
  const { launchChromium } = await import('./chromium.mjs');
  // The port serve.sh uses, so the QR link in the picture reads as the README's.
  const server = await startServer('dist', Number(process.env.PORT || 8080));
  const browser = await launchChromium();
  try {
    for (const path of await takeReadmeShots(browser, server.url, 'docs/screenshots')) console.log(`wrote ${path}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
