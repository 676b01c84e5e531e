import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { defaultLocale, localeCodes } from '../../src/config/locales.ts';

// Every edition has a translators' guide (translators/<edition>.md) before its pages are
// translated: the same six sections, and a term for each glossary term, named by its file.

const GUIDES = new URL('../../translators/', import.meta.url);
const SECTIONS = [
  '## 1. Who you write for',
  '## 2. Register and form of address',
  '## 3. Terms',
  '## 4. Numbers, dates, times and phone numbers',
  '## 5. What never changes',
  '## 6. How to check your work',
];
const glossaryIds = readdirSync(new URL('../../content/glossary/en/', import.meta.url))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

const DOCS = new URL('../../content/docs/', import.meta.url);

/** The pages an edition has translated, by path (`manual/building-trust`), with their titles. */
function translatedPages(code: string): { path: string; title: string }[] {
  return readdirSync(new URL(`${code}/`, DOCS), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const source = readFileSync(new URL(`${code}/${name}`, DOCS), 'utf8');
      const title =
        /^title:\s*(.+)$/m
          .exec(source)?.[1]
          ?.trim()
          .replace(/^(['"])(.*)\1$/, '$2') ?? '';
      return { path: name.replace(/\.mdx?$/, '').replace(/\/?index$/, '') || 'index', title };
    });
}

describe.each(localeCodes.filter((code) => code !== defaultLocale))('the %s translators’ guide', (code) => {
  const file = new URL(`${code}.md`, GUIDES);

  test('exists, with the six sections in order', () => {
    expect(existsSync(file), `translators/${code}.md`).toBe(true);
    const text = readFileSync(file, 'utf8');
    const found = SECTIONS.map((heading) => text.indexOf(`\n${heading}\n`));
    expect(found.filter((index) => index < 0).map((_, i) => SECTIONS[i])).toEqual([]);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
  });

  test('gives each translated page the title the page has, in its table of page titles', () => {
    const text = readFileSync(file, 'utf8');
    const section = text.split('### Page titles used in links')[1]?.split(/\n##/)[0] ?? '';
    const rows = [...section.matchAll(/^\| `([^`]+)` +\| (.+?) +\| (.*?) *\|$/gm)];
    const pages = translatedPages(code);
    // Before the pages are translated, the guide proposes titles by English title; once more
    // than the home and downloads pages are, it keeps a table by page, one row for each.
    if (rows.length === 0) {
      expect(pages.length, `translators/${code}.md needs a table of page titles by page`).toBeLessThanOrEqual(
        2,
      );
      return;
    }
    const titles = new Map(rows.map(([, path = '', , title = '']) => [path, title]));
    for (const page of pages) {
      expect(titles.get(page.path), `${page.path} in translators/${code}.md`).toBe(page.title);
    }
  });

  test('gives a term for every glossary term, by its file name', () => {
    const text = readFileSync(file, 'utf8');
    expect(glossaryIds.length).toBeGreaterThanOrEqual(40);
    expect(glossaryIds.filter((id) => !text.includes(`\`${id}\``))).toEqual([]);
  });
});
