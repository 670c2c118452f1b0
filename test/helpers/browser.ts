import { chromium, type Browser } from 'playwright-core';
import { requireProgram } from './system-programs';

/** Debian's Chromium (scripts/install-test-deps.sh installs it). Tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Launch headless Chromium; throws (the test fails, never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  requireProgram(CHROMIUM, 'chromium');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
