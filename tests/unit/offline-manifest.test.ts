import { createHash } from 'node:crypto';

import { describe, expect, test } from 'vitest';

import { describeFile, editionFiles, fileUrl } from '../../src/offline/manifest.ts';

const site = [
  'index.html',
  '404.html',
  '_headers',
  'favicon.svg',
  '_astro/page.abc.js',
  '_astro/index.def.css',
  'en/index.html',
  'en/about/index.html',
  'en/downloads/index.html',
  'en/downloads/guide-en.pdf',
  'fi/index.html',
  'fi/downloads/guide-fi.pdf',
  'og/en/about.png',
  'translation-status/index.html',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind.en_123.pf_meta',
  'pagefind/pagefind.fi_456.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.fi.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/index/en_1.pf_index',
  'pagefind/index/fi_1.pf_index',
  'pagefind/fragment/en_2.pf_fragment',
  'pagefind/filter/en_3.pf_filter',
  'pagefind/filter/fi_3.pf_filter',
];

describe('the files an edition keeps offline', () => {
  const { pages, pdfs } = editionFiles(site, 'en', { lang: 'en', wasm: 'en' });

  test('are its own pages, the site’s scripts and styles, the icon and its search index', () => {
    expect(pages).toEqual([
      '_astro/index.def.css',
      '_astro/page.abc.js',
      'en/about/index.html',
      'en/downloads/index.html',
      'en/index.html',
      'favicon.svg',
      'pagefind/filter/en_3.pf_filter',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.en_123.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
  });

  test('keep its PDFs apart, a separate choice', () => {
    expect(pdfs).toEqual(['en/downloads/guide-en.pdf']);
  });

  test('use the search without a stemmer for a language that has none', () => {
    const somali = editionFiles(['pagefind/wasm.unknown.pagefind', 'pagefind/wasm.en.pagefind'], 'so', {
      lang: 'so',
      wasm: null,
    });
    expect(somali.pages).toEqual(['pagefind/wasm.unknown.pagefind']);
  });

  test('leave the search out of an edition without an index', () => {
    expect(editionFiles(site, 'fi', undefined).pages.some((path) => path.startsWith('pagefind/'))).toBe(
      false,
    );
  });
});

describe('a file as the worker keeps it', () => {
  test('is found at its page’s address', () => {
    expect(fileUrl('en/about/index.html')).toBe('/en/about/');
    expect(fileUrl('index.html')).toBe('/');
    expect(fileUrl('_astro/page.abc.js')).toBe('/_astro/page.abc.js');
  });

  test('carries a revision and an integrity hash of its content, and its size', () => {
    const content = Buffer.from('<h1>Hello</h1>');
    const sha256 = createHash('sha256').update(content).digest();
    expect(describeFile('en/index.html', content)).toEqual({
      url: '/en/',
      revision: sha256.toString('hex').slice(0, 16),
      integrity: `sha256-${sha256.toString('base64')}`,
      bytes: 14,
    });
    expect(describeFile('en/index.html', Buffer.from('<h1>Hello!</h1>')).revision).not.toBe(
      describeFile('en/index.html', content).revision,
    );
  });

  test('of a PDF keeps its revision when only the time it was printed changed', () => {
    const printed = (time: string) =>
      Buffer.from(`%PDF-1.4\n<< /Creator (Chromium) /CreationDate (D:${time}) /ModDate (D:${time}) >>\n`);
    const first = describeFile('en/downloads/guide-en.pdf', printed("20261127052341+00'00'"));
    const next = describeFile('en/downloads/guide-en.pdf', printed("20261128101500+00'00'"));
    expect(next.revision).toBe(first.revision);
    // The browser still checks the file it gets against the file as built.
    expect(next.integrity).not.toBe(first.integrity);
    const changed = describeFile('en/downloads/guide-en.pdf', Buffer.from('%PDF-1.4\n<< /Title (New) >>\n'));
    expect(changed.revision).not.toBe(first.revision);
  });
});
