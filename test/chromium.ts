// Debian's Chromium for browser tests, driven by playwright-core (which downloads no browser of its
// own). .ci/run installs the package (apt-get chromium). Locally, without /usr/bin/chromium,
// `launchChromium()` returns undefined and the browser tests say why they skip; in CI (CI set) a
// missing browser is an error, so the browser tests can never be skipped silently.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_MISSING: string = `no Chromium at ${CHROMIUM_PATH} (CI installs Debian's chromium package)`;

function inCi(): boolean {
  const ci = process.env['CI'];
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

export async function launchChromium(): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM_PATH)) {
    if (inCi()) throw new Error(`CI: ${CHROMIUM_MISSING}`);
    return undefined;
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
}
