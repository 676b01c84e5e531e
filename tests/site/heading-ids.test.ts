import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';

import { defaultLocale } from '../../src/config/locales.ts';
import { headingOutline } from '../../src/utils/heading-outline.ts';
import { builtHtml } from '../helpers/built-site.ts';

// Every heading of a page keeps the anchor its English page gives it, in every edition, so
// that `#anchor` links survive translation (src/plugins/rehype-stable-heading-ids.ts). The
// anchors are worked out here from the source as the plugin does, and looked for in dist/.

const DOCS = new URL('../../content/docs/', import.meta.url);

/** Every page file, by edition: `{ locale: 'fi', path: 'modules/x/y', file: 'fi/modules/x/y.mdx' }`. */
const pages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.mdx?$/.test(name))
  .map((file) => {
    const [locale = '', ...rest] = file.replace(/\.mdx?$/, '').split('/');
    const path = rest.join('/').replace(/\/?index$/, '');
    return { locale, path, file };
  });

/** The anchors the English page at a path gives its headings. */
function englishAnchors(path: string): string[] {
  const source = pages.find((page) => page.locale === defaultLocale && page.path === path);
  if (!source) throw new Error(`No English page at ${path}`);
  const text = readFileSync(new URL(source.file, DOCS), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return headingOutline(text, source.file.endsWith('.md') ? 'md' : 'mdx').map((heading) => heading.id);
}

/** The ids of a built page's headings. */
function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)].map(([, id = '']) => id);
}

test('every English heading has the anchor worked out from its text', () => {
  const english = pages.filter((page) => page.locale === defaultLocale);
  expect(english.length).toBeGreaterThan(100);
  let checked = 0;
  for (const { path } of english) {
    const ids = headingIds(builtHtml(path ? `/${defaultLocale}/${path}/` : `/${defaultLocale}/`));
    for (const anchor of englishAnchors(path)) {
      expect(ids, `/${defaultLocale}/${path}/#${anchor}`).toContain(anchor);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(500);
});

test('a translated page’s headings carry its English page’s anchors', () => {
  const translated = pages.filter((page) => page.locale !== defaultLocale);
  const withHeadings = translated.filter(({ path }) => englishAnchors(path).length > 0);
  expect(withHeadings.length).toBeGreaterThan(0);
  for (const { locale, path } of withHeadings) {
    const ids = headingIds(builtHtml(path ? `/${locale}/${path}/` : `/${locale}/`));
    for (const anchor of englishAnchors(path)) expect(ids, `/${locale}/${path}/#${anchor}`).toContain(anchor);
  }
});
