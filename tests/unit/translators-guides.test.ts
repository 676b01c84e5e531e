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

describe.each(localeCodes.filter((code) => code !== defaultLocale))('the %s translators’ guide', (code) => {
  const file = new URL(`${code}.md`, GUIDES);

  test('exists, with the six sections in order', () => {
    expect(existsSync(file), `translators/${code}.md`).toBe(true);
    const text = readFileSync(file, 'utf8');
    const found = SECTIONS.map((heading) => text.indexOf(`\n${heading}\n`));
    expect(found.filter((index) => index < 0).map((_, i) => SECTIONS[i])).toEqual([]);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
  });

  test('gives a term for every glossary term, by its file name', () => {
    const text = readFileSync(file, 'utf8');
    expect(glossaryIds.length).toBeGreaterThanOrEqual(40);
    expect(glossaryIds.filter((id) => !text.includes(`\`${id}\``))).toEqual([]);
  });
});
