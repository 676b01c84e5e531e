import { expect, test } from 'vitest';

import { isOutdated, translationStatus } from '../../src/utils/translation-status.ts';

const pages = [
  { id: 'en/about', filePath: 'content/docs/en/about.md', title: 'About' },
  { id: 'fi/about', filePath: 'content/docs/fi/about.md', title: 'Tietoa', reviewed: true },
  { id: 'en/tools', filePath: 'content/docs/en/tools.md', title: 'Tools' },
  { id: 'fi/tools', filePath: 'content/docs/fi/tools.md', title: 'Työkalut' },
];
// Seconds since 1970 of each file's last change: the English tools page changed after its translation.
const changed = new Map([
  ['content/docs/en/about.md', 100],
  ['content/docs/fi/about.md', 200],
  ['content/docs/en/tools.md', 300],
  ['content/docs/fi/tools.md', 200],
]);

test('a translation is outdated when its English page changed after it', () => {
  expect(isOutdated('content/docs/fi/tools.md', 'content/docs/en/tools.md', changed)).toBe(true);
  expect(isOutdated('content/docs/fi/about.md', 'content/docs/en/about.md', changed)).toBe(false);
  // Without a history to read, nothing is outdated.
  expect(isOutdated('content/docs/fi/tools.md', 'content/docs/en/tools.md', undefined)).toBe(false);
});

test('the status lists each edition’s state, file and review', () => {
  const [about, tools] = translationStatus(pages, changed);
  expect(about?.editions.fi).toEqual({
    state: 'translated',
    file: 'content/docs/fi/about.md',
    reviewed: true,
  });
  expect(tools?.editions.fi).toEqual({
    state: 'outdated',
    file: 'content/docs/fi/tools.md',
    reviewed: false,
  });
  expect(tools?.editions.ar).toEqual({ state: 'missing' });
});
