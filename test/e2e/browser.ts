/** Launches Debian's Chromium through playwright-core with the flags CI needs. */
import { chromium, type Browser } from 'playwright-core';

/** The Chromium binary the tests drive (installed by scripts/ensure-chromium.sh). */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Starts a headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
