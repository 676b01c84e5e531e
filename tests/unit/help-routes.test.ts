import { describe, expect, test } from 'vitest';

import {
  countryName,
  coversAll,
  dayRuns,
  formatHours,
  groupEmergencyNumbers,
  telHref,
} from '../../src/utils/help-routes.ts';

describe('phone links', () => {
  test('keep short national numbers as they are', () => {
    expect(telHref('fi', '112')).toBe('tel:112');
    expect(telHref('se', '114 14')).toBe('tel:11414');
    expect(telHref('no', '02800')).toBe('tel:02800');
    expect(telHref('no', '116 123')).toBe('tel:116123');
  });

  test('give full numbers the country code, without the trunk 0 of Finland and Sweden', () => {
    expect(telHref('fi', '09 2525 0111')).toBe('tel:+358925250111');
    expect(telHref('se', '08-527 44 290')).toBe('tel:+46852744290');
    expect(telHref('no', '22 40 00 40')).toBe('tel:+4722400040');
    expect(telHref('dk', '41 74 90 90')).toBe('tel:+4541749090');
  });

  test('leave international numbers alone', () => {
    expect(telHref('dk', '+45 41 74 90 90')).toBe('tel:+4541749090');
  });
});

describe('opening hours', () => {
  test('group consecutive days, whatever order they are written in', () => {
    expect(dayRuns(['fri', 'mon', 'tue', 'wed'])).toEqual([['mon', 'tue', 'wed'], ['fri']]);
  });

  test('read as the reader’s language writes days and times', () => {
    expect(
      formatHours([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '15:00' }], 'en'),
    ).toEqual(['Monday–Friday 9:00–15:00']);
    const [finnish] = formatHours([{ days: ['sat', 'sun'], from: '08:00', to: '22:00' }], 'fi');
    expect(finnish).toMatch(/^lauantai.*sunnuntai 8\.00–22\.00$/);
  });

  test('write ranges as the language does: in Arabic in words, as a dash reads either way', () => {
    const words = (from: string, to: string) => `من ${from} إلى ${to}`;
    expect(
      formatHours([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '15:00' }], 'ar', words),
    ).toEqual(['من الاثنين إلى الجمعة من 09:00 إلى 15:00']);
  });
});

describe('emergency numbers', () => {
  test('put together the countries whose numbers are the same', () => {
    const all = ['police', 'medical', 'fire'] as const;
    const groups = groupEmergencyNumbers([
      { country: 'fi', phone: '112', covers: all },
      { country: 'se', phone: '112', covers: all },
      { country: 'no', phone: '110', covers: ['fire'] },
      { country: 'no', phone: '113', covers: ['medical'] },
      { country: 'no', phone: '112', covers: ['police'] },
      { country: 'dk', phone: '112', covers: all },
    ]);
    expect(groups.map((group) => group.countries)).toEqual([['fi', 'se', 'dk'], ['no']]);
    // Police, then medical emergencies, then fire, whatever order the files come in.
    expect(groups[1]?.numbers.map((number) => number.phone)).toEqual(['112', '113', '110']);
    expect(coversAll(all)).toBe(true);
    expect(coversAll(['police'])).toBe(false);
  });

  test('name countries in the reader’s language', () => {
    expect(countryName('no', 'en')).toBe('Norway');
    expect(countryName('se', 'fi')).toBe('Ruotsi');
  });
});
