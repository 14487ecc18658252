// Debian's Chromium as every tool here starts it: the end-to-end suite
// (through playwright.config.mjs), the benchmark and the README's pictures.
// Never a downloaded browser. The flags keep Chromium from calling out to
// the network, which this machine refuses (and the tests forbid).

import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A headless Chromium, for tools that run outside the test runner. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
