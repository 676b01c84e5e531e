import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';

import { NO_SITE_ADDRESS_MESSAGE } from '../../src/utils/site-address.ts';
import { buildFixtureSite, type BuildResult } from '../helpers/fixture-site.ts';

// A build without SITE_URL (the first `npm start`, or a deployment that forgot it) must
// not point anyone at the machine it was built on: no canonical, social-card or sitemap
// addresses, and no web addresses in the PDFs, only a line saying what was left out.

const DEVELOPMENT = /localhost|127\.0\.0\.1/;

/** Every file under a folder, as paths relative to it. */
function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) =>
    /\.(html|xml|json|txt|js|css|pdf|mdx?|ya?ml)$/.test(name),
  );
}

/** The web addresses a PDF's links point to, and the text of its cover. */
async function readPdf(file: string): Promise<{ urls: string[]; cover: string }> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const cover = (await (await pdf.getPage(1)).getTextContent()).items
    .map((item) => ('str' in item ? item.str : ''))
    .join(' ');
  const urls: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    for (const annotation of await (await pdf.getPage(number)).getAnnotations()) {
      const url = (annotation as { url?: string }).url;
      if (url) urls.push(url);
    }
  }
  await pdf.destroy();
  return { urls, cover };
}

describe('a build without SITE_URL', () => {
  let build: BuildResult & { site: string };
  let dist: string;
  beforeAll(() => {
    // The PDFs are printed too: their links are what pointed at localhost before.
    build = buildFixtureSite('no-site-address', {}, { env: { SITE_URL: '', MANUAL_PDF: 'on' } });
    dist = join(build.site, 'dist');
  }, 300_000);

  test('builds, and says once what it leaves out and how to set the address', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output.split(NO_SITE_ADDRESS_MESSAGE)).toHaveLength(2);
  });

  test('writes no canonical, language-alternate, social-card or sitemap addresses', () => {
    for (const page of [
      'index.html',
      'en/manual/index.html',
      'en/modules/mental-health-and-resilience/present/index.html',
    ]) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toContain('<meta property="og:title"');
      for (const tag of [
        'rel="canonical"',
        'property="og:url"',
        'property="og:image"',
        'name="twitter:image"',
        'rel="alternate"',
      ])
        expect(html, `${page}: ${tag}`).not.toContain(tag);
    }
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
  });

  test('has no development address in any file', () => {
    const found = files(dist).filter((name) => DEVELOPMENT.test(readFileSync(join(dist, name), 'latin1')));
    expect(found).toEqual([]);
  });

  test('prints PDFs whose links point to no page of the site and no development address', async () => {
    const pdfs = files(dist).filter((name) => name.endsWith('.pdf'));
    const readOnline =
      (JSON.parse(readFileSync(join(build.site, 'content/i18n/en.json'), 'utf8')) as Record<string, string>)[
        'pdf.readOnline'
      ] ?? 'missing';
    const written = ['content/docs/en', 'content/services', 'content/laws', 'content/sources']
      .flatMap((folder) =>
        files(join(build.site, folder)).map((name) => readFileSync(join(build.site, folder, name), 'utf8')),
      )
      .join('\n');
    expect(pdfs.length).toBeGreaterThan(8);
    for (const name of pdfs.filter((name) => name.includes('/en/') || name.startsWith('en/'))) {
      const { urls, cover } = await readPdf(join(dist, name));
      // The cover's "Read online: <address>" line is left out.
      expect(cover, name).not.toContain(readOnline);
      for (const url of urls) {
        expect(url, name).not.toMatch(DEVELOPMENT);
        // Without a public address, links to the site's own pages print as plain text:
        // what links remain go to other sites, whose addresses the content itself gives.
        expect(written, `${name}: ${url}`).toContain(new URL(url).host);
      }
    }
  }, 120_000);
});

test('a SITE_URL that is not an address stops the build, naming it and what was expected', () => {
  const { status, output } = buildFixtureSite(
    'bad-site-address',
    {},
    { env: { SITE_URL: 'manual.example.org' } },
  );
  expect(status).not.toBe(0);
  expect(output).toContain('SITE_URL is "manual.example.org": expected the site\'s public address');
});
