import { describe, expect, test } from 'vitest';

import { buildFixtureSite } from '../helpers/fixture-site.ts';

// A first `npm start` on a fresh machine must not fail for want of a browser: it skips the
// PDF editions and says, once, how to get them. A deployment build (`npm run build`,
// MANUAL_PDF unset or on) must fail instead, rather than ship without its PDFs.
// CHROMIUM_PATH pointing nowhere stands in for a machine without Chromium.
const noBrowser = { CHROMIUM_PATH: '/nonexistent/chromium' };

describe('a build on a machine without Chromium', () => {
  test('as npm start runs it (MANUAL_PDF=auto): builds, and says how to get the PDFs', () => {
    const { status, output } = buildFixtureSite(
      'no-browser-auto',
      {},
      { env: { ...noBrowser, MANUAL_PDF: 'auto' } },
    );
    expect(status).toBe(0);
    expect(output).toContain('No Chromium found, so the PDF editions were not built.');
    expect(output.match(/No Chromium found/g)).toHaveLength(1);
    expect(output).toContain('sudo apt-get install chromium');
  });

  test('as a deployment build runs it (MANUAL_PDF on): fails, naming where it looked', () => {
    const { status, output } = buildFixtureSite(
      'no-browser-on',
      {},
      { env: { ...noBrowser, MANUAL_PDF: 'on' } },
    );
    expect(status).not.toBe(0);
    expect(output).toContain('The PDF editions are printed with Chromium, and no Chromium was found.');
    expect(output).toContain('/nonexistent/chromium');
  });
});
