/**
 * The exercise catalogue's filters: which exercises match, and the filters written into
 * and read from the page address. Runs in the browser (the catalogue's script) as well as
 * in the build (the module overview's links into the catalogue), so it imports nothing but
 * the taxonomy.
 */
import {
  INTENSITIES,
  MODULE_SLUGS,
  RUN_BY,
  SETTINGS,
  type Intensity,
  type ModuleSlug,
  type RunBy,
} from '../config/taxonomy.ts';

/** Duration bands a trainer picks from, in minutes (inclusive). */
export const DURATION_BANDS = {
  short: [0, 15],
  medium: [16, 30],
  long: [31, 60],
  extended: [61, Infinity],
} as const;
export type DurationBand = keyof typeof DURATION_BANDS;

/** The facts of an exercise that the catalogue filters on. */
export interface ExerciseFacets {
  modules: readonly string[];
  duration: number;
  groupMin: number;
  groupMax: number;
  setting: string;
  intensity: string;
  runBy: string;
}

/** A catalogue view: every filter is optional; an empty object shows everything. */
export interface ExerciseFilters {
  module?: ModuleSlug;
  duration?: DurationBand;
  /** How many people the trainer has. */
  people?: number;
  /** `in-person` or `online`; exercises that work in both settings match either. */
  setting?: 'in-person' | 'online';
  intensity?: Intensity;
  runBy?: RunBy;
}

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  options.find((option) => option === value);

/** Reads filters from a URL's query (`?module=…&people=12`), ignoring anything unknown. */
export function parseFilters(query: URLSearchParams): ExerciseFilters {
  const filters: ExerciseFilters = {};
  const module = oneOf(MODULE_SLUGS, query.get('module'));
  if (module) filters.module = module;
  const duration = oneOf(Object.keys(DURATION_BANDS) as DurationBand[], query.get('duration'));
  if (duration) filters.duration = duration;
  const people = Number(query.get('people'));
  if (Number.isInteger(people) && people > 0) filters.people = people;
  const setting = oneOf(
    SETTINGS.filter((s): s is 'in-person' | 'online' => s !== 'both'),
    query.get('setting'),
  );
  if (setting) filters.setting = setting;
  const intensity = oneOf(INTENSITIES, query.get('intensity'));
  if (intensity) filters.intensity = intensity;
  const runBy = oneOf(RUN_BY, query.get('runBy'));
  if (runBy) filters.runBy = runBy;
  return filters;
}

/** Writes filters as a URL query, in a fixed order so equal views share one address. */
export function filtersToQuery(filters: ExerciseFilters): string {
  const query = new URLSearchParams();
  if (filters.module) query.set('module', filters.module);
  if (filters.duration) query.set('duration', filters.duration);
  if (filters.people) query.set('people', String(filters.people));
  if (filters.setting) query.set('setting', filters.setting);
  if (filters.intensity) query.set('intensity', filters.intensity);
  if (filters.runBy) query.set('runBy', filters.runBy);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** True when an exercise fits every filter that is set. */
export function matchesFilters(exercise: ExerciseFacets, filters: ExerciseFilters): boolean {
  if (filters.module && !exercise.modules.includes(filters.module)) return false;
  if (filters.duration) {
    const [min, max] = DURATION_BANDS[filters.duration];
    if (exercise.duration < min || exercise.duration > max) return false;
  }
  if (filters.people && (filters.people < exercise.groupMin || filters.people > exercise.groupMax))
    return false;
  if (filters.setting && exercise.setting !== 'both' && exercise.setting !== filters.setting) return false;
  if (filters.intensity && exercise.intensity !== filters.intensity) return false;
  if (filters.runBy && exercise.runBy !== filters.runBy) return false;
  return true;
}
