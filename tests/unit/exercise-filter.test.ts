import { describe, expect, test } from 'vitest';

import {
  filtersToQuery,
  matchesFilters,
  parseFilters,
  type ExerciseFacets,
} from '../../src/utils/exercise-filter.ts';

const circle: ExerciseFacets = {
  modules: ['mental-health-and-resilience', 'individual-and-community'],
  duration: 30,
  groupMin: 2,
  groupMax: 24,
  setting: 'both',
  intensity: 'moderate',
  runBy: 'mentor',
};

describe('catalogue filters', () => {
  test('read from and write to the address in a fixed order', () => {
    const filters = parseFilters(
      new URLSearchParams('intensity=moderate&people=12&module=individual-and-community'),
    );
    expect(filters).toEqual({ module: 'individual-and-community', people: 12, intensity: 'moderate' });
    expect(filtersToQuery(filters)).toBe('?module=individual-and-community&people=12&intensity=moderate');
    expect(filtersToQuery({})).toBe('');
  });

  test('ignore unknown or malformed values instead of hiding everything', () => {
    expect(
      parseFilters(new URLSearchParams('module=cooking&people=-3&duration=forever&setting=both')),
    ).toEqual({});
  });

  test('match by who may run it', () => {
    expect(parseFilters(new URLSearchParams('runBy=trainer'))).toEqual({ runBy: 'trainer' });
    expect(filtersToQuery({ runBy: 'mentor', intensity: 'light' })).toBe('?intensity=light&runBy=mentor');
    expect(matchesFilters(circle, { runBy: 'mentor' })).toBe(true);
    expect(matchesFilters(circle, { runBy: 'trainer' })).toBe(false);
  });

  test('match by module, duration band, group size, setting and intensity', () => {
    expect(matchesFilters(circle, {})).toBe(true);
    expect(matchesFilters(circle, { module: 'individual-and-community' })).toBe(true);
    expect(matchesFilters(circle, { module: 'preventing-radicalisation' })).toBe(false);
    expect(matchesFilters(circle, { duration: 'medium' })).toBe(true);
    expect(matchesFilters(circle, { duration: 'short' })).toBe(false);
    expect(matchesFilters(circle, { people: 24 })).toBe(true);
    expect(matchesFilters(circle, { people: 25 })).toBe(false);
    expect(matchesFilters(circle, { intensity: 'light' })).toBe(false);
  });

  test('let an exercise for both settings match either one', () => {
    expect(matchesFilters(circle, { setting: 'online' })).toBe(true);
    expect(matchesFilters({ ...circle, setting: 'in-person' }, { setting: 'online' })).toBe(false);
  });
});
