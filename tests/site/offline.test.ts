import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { localeCodes } from '../../src/config/locales.ts';
import type { EditionManifest } from '../../src/offline/protocol.ts';
import { DIST } from '../helpers/built-site.ts';
import { parseHeaders } from '../helpers/static-host.ts';

// What the build writes for reading offline (src/offline/): each edition's list of files
// and the service worker. The worker itself is exercised in tests/e2e/offline.spec.ts.

const manifest = (code: string) =>
  JSON.parse(readFileSync(new URL(`offline/${code}.json`, DIST), 'utf8')) as EditionManifest;
const worker = readFileSync(new URL('sw.js', DIST), 'utf8');

/** Every page of an edition, as the addresses it is served at. */
function editionPages(code: string): string[] {
  return readdirSync(new URL(`${code}/`, DIST), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('index.html'))
    .map((path) => `/${code}/${path.replace(/index\.html$/, '')}`.replace(/\/\/$/, '/'));
}

describe.each(localeCodes)('the %s edition offline', (code) => {
  const { build, edition, pages, pdfs } = manifest(code);
  const urls = new Set(pages.map((file) => file.url));

  test('keeps every page of the edition and nothing of another', () => {
    expect(edition).toBe(code);
    const own = editionPages(code);
    expect(own.length).toBeGreaterThan(100);
    for (const page of own) expect(urls, page).toContain(page);
    const others = localeCodes.filter((other) => other !== code);
    for (const url of urls)
      expect(
        others.some((other) => url.startsWith(`/${other}/`)),
        url,
      ).toBe(false);
  });

  test('keeps the projector views, the progression tool, the styles and scripts, and the search', () => {
    expect(urls).toContain(`/${code}/modules/mental-health-and-resilience/present/`);
    expect(urls).toContain(`/${code}/tools/progression-tool/`);
    expect(
      [...urls].filter((url) => url.startsWith('/_astro/') && url.endsWith('.css')).length,
    ).toBeGreaterThan(3);
    expect(urls).toContain('/pagefind/pagefind.js');
    expect(urls).toContain('/pagefind/pagefind-entry.json');
  });

  test('lists its PDFs apart, each a file of the edition', () => {
    for (const file of pdfs) expect(file.url).toMatch(new RegExp(`^/${code}/downloads/[^/]+\\.pdf$`));
    if (existsSync(new URL(`${code}/downloads/guide-${code}.pdf`, DIST)))
      expect(pdfs.length).toBeGreaterThan(0);
  });

  test('describes each file as it was built', () => {
    for (const file of [...pages.slice(0, 40), ...pdfs]) {
      const path = file.url.endsWith('/') ? `${file.url.slice(1)}index.html` : file.url.slice(1);
      const content = readFileSync(new URL(path, DIST));
      expect(file.bytes, file.url).toBe(content.length);
      expect(file.integrity, file.url).toBe(
        `sha256-${createHash('sha256').update(content).digest('base64')}`,
      );
    }
  });

  test('belongs to the build the service worker serves', () => {
    expect(build).toMatch(/^[0-9a-f]{12}$/);
    expect(worker.includes(build), `sw.js serves build ${build}`).toBe(true);
  });
});

test('the service worker is served fresh, under a policy of its own', () => {
  const rules = parseHeaders(readFileSync(new URL('_headers', DIST), 'utf8'));
  const headers = new Map(
    rules
      .filter((rule) => rule.pattern.test('/sw.js'))
      .flatMap((rule) => rule.headers.map(([name, value]) => [name.toLowerCase(), value])),
  );
  expect(headers.get('cache-control')).toBe('no-cache');
  expect(headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self'/);
});

test('the service worker loads no code from anywhere', () => {
  expect(/importScripts|\beval\(|new Function/.exec(worker)?.[0]).toBeUndefined();
});
