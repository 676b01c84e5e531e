import { expect, test } from 'vitest';

import { builtHtml } from '../helpers/built-site.ts';

// Arabic counts with the noun in the form its number takes: 3 to 10 take the plural
// (5 دقائق، من 3 إلى 8 أشخاص), 11 to 99 the singular accusative (20 دقيقة، من 4 إلى 24
// شخصًا), 100 the singular (100 دقيقة). The interface strings carry these forms as i18next
// plurals (`facts.minutes_few`); here the catalogue's printed counts are read back.

const plural = new Intl.PluralRules('ar');
const html = builtHtml('/ar/exercises/');

test('minutes: دقائق for 3 to 10, دقيقة otherwise', () => {
  const counts = [...html.matchAll(/(\d+) (دقيقة|دقائق)/g)];
  expect(counts.length).toBeGreaterThan(20);
  for (const [shown, number = '', noun] of counts) {
    expect(noun, shown).toBe(plural.select(Number(number)) === 'few' ? 'دقائق' : 'دقيقة');
  }
});

test('people: the noun agrees with the larger number of the range', () => {
  const ranges = [...html.matchAll(/من (\d+) إلى (\d+) (شخصًا|أشخاص|شخص)(?![\p{L}\p{M}])/gu)];
  expect(ranges.length).toBeGreaterThan(20);
  const nouns = { few: 'أشخاص', many: 'شخصًا' } as Record<string, string>;
  for (const [shown, , max = '', noun] of ranges) {
    expect(noun, shown).toBe(nouns[plural.select(Number(max))] ?? 'شخص');
  }
});
