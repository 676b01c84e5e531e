import { defineConfig, devices } from '@playwright/test';

import { QUIET_CHROMIUM_ARGS, systemChromium } from './src/utils/system-chromium.ts';
import { PREVIEW_URL } from './tests/helpers/built-site.ts';

// Playwright cannot download its own browsers on every machine (a closed network, say):
// use the system Chromium when there is one (Debian: `apt-get install chromium`).
const chromium = systemChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: PREVIEW_URL,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(chromium ? { executablePath: chromium } : {}),
          // Keep the browser itself from calling home, so the privacy test sees only the
          // site's own requests (and a closed network does not slow every start).
          args: QUIET_CHROMIUM_ARGS,
        },
      },
    },
  ],
  // Tests run against the production build: search exists only after a build.
  webServer: {
    command: `astro preview --port ${new URL(PREVIEW_URL).port} --host 127.0.0.1`,
    url: PREVIEW_URL,
    reuseExistingServer: !process.env['CI'],
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 60_000,
  },
});
