import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';

import { DIST, TEST_SITE_URL, builtHtml, sitePaths } from '../helpers/built-site.ts';

// Absolute addresses come from SITE_URL only, which the test build sets to TEST_SITE_URL;
// nothing the build writes may point at the machine it was built on (a build without
// SITE_URL is checked in tests/build/site-address.test.ts).

/** The `href` of a page's `<link rel="…">`, or of its `<meta property="…">` content. */
function headValue(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map(([, value = '']) => value);
}

test('every page names its public address as canonical and shared address', () => {
  const paths = sitePaths().filter((path) => path !== '/404.html');
  expect(paths.length).toBeGreaterThan(100);
  for (const path of paths) {
    const html = builtHtml(path);
    const expected = new URL(path.slice(1), TEST_SITE_URL).href;
    expect(headValue(html, /<link rel="canonical" href="([^"]*)"/g), path).toEqual([expected]);
    expect(headValue(html, /<meta property="og:url" content="([^"]*)"/g), path).toEqual([expected]);
  }
});

test('no file of the built site names a development address', () => {
  const names = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((name) =>
    /\.(html|xml|json|txt|js|css|pdf)$/.test(name),
  );
  expect(names.filter((name) => name.endsWith('.pdf')).length).toBeGreaterThan(8);
  // PDFs keep their link addresses uncompressed, so reading them as bytes finds those too.
  const found = names.filter((name) =>
    /localhost|127\.0\.0\.1/.test(readFileSync(new URL(name, DIST), 'latin1')),
  );
  expect(found).toEqual([]);
});
