import { existsSync } from 'node:fs';

/**
 * Where Debian and Ubuntu install Chromium. Playwright cannot download its own browsers
 * on every machine (a closed network, say), so the end-to-end tests and the PDF editions
 * use the system's Chromium when there is one (Debian: `apt-get install chromium`).
 */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

/**
 * The system's Chromium, or `undefined` when none is installed. CHROMIUM_PATH names
 * another one; when it names no file, no browser is taken from the system either.
 */
export function systemChromium(): string | undefined {
  const chosen = process.env['CHROMIUM_PATH'];
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
}

/**
 * Flags that keep the browser from calling home, so tests see only the site's own
 * requests and a closed network does not slow every start.
 */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
