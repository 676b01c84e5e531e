import { expect, test } from 'vitest';

import { fill, formatDay, intlLocale, listComma, listSemicolon } from '../../src/utils/strings.ts';

test('fill puts values into {{name}} and leaves placeholders it has no value for', () => {
  expect(fill('Screen {{n}} of {{total}}', { n: 2 })).toBe('Screen 2 of {{total}}');
});

test('dates and numbers are formatted the way each edition writes them', () => {
  // British English, not American.
  expect(new Intl.DateTimeFormat(intlLocale('en'), { dateStyle: 'long' }).format(new Date(2026, 11, 6))).toBe(
    '6 December 2026',
  );
  // Arabic with Western digits, as its text and dialled phone numbers are written.
  expect(new Intl.NumberFormat(intlLocale('ar')).format(1234)).toMatch(/^1.?234$/);
  expect(intlLocale('fi')).toBe('fi');
});

test('a list is separated by the comma of its language', () => {
  expect(['a', 'b'].join(listComma('ar'))).toBe('a، b');
  expect(['a', 'b'].join(listComma('fi'))).toBe('a, b');
  expect(['a', 'b'].join(listSemicolon('ar'))).toBe('a؛ b');
  expect(['a', 'b'].join(listSemicolon('en'))).toBe('a; b');
});

test('a day is written day first in every edition, Somali included', () => {
  // Somali locale data puts the month first ("Noofeembar 26, 2026"); the Somali guide does not.
  expect(formatDay('2026-11-26', 'so', 'long')).toBe('26 Noofeembar 2026');
  expect(formatDay('2026-09-01', 'so', 'short')).toBe('01/09/2026');
  expect(formatDay('2026-11-26', 'en', 'long')).toBe('26 November 2026');
  expect(formatDay(new Date(Date.UTC(2026, 10, 26)), 'fi', 'long')).toBe('26. marraskuuta 2026');
});
