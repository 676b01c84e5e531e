import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { INTENSITIES, MODULE_SLUGS } from '../../src/config/taxonomy.ts';
import {
  DURATION_BANDS,
  matchesFilters,
  type DurationBand,
  type ExerciseFacets,
} from '../../src/utils/exercise-filter.ts';
import { splitPage } from '../helpers/session-shape.ts';

// What mentors and trainers reach for in the room must be there: enough exercises that
// every filter of the catalogue finds some, the tools the manual promises, and stories.

const docs = new URL('../../content/docs/en/', import.meta.url);
const entries = (folder: string) =>
  readdirSync(new URL(`${folder}/`, docs))
    .filter((name) => name !== 'index.mdx')
    .map((name) => ({ name, ...splitPage(readFileSync(new URL(`${folder}/${name}`, docs), 'utf8')) }));

const exercises = entries('exercises');
const facets = exercises.map(({ data }): ExerciseFacets => ({
  modules: data['modules'] as string[],
  duration: Number(data['duration']),
  groupMin: (data['groupSize'] as { min: number }).min,
  groupMax: (data['groupSize'] as { max: number }).max,
  setting: String(data['setting']),
  intensity: String(data['intensity']),
  runBy: String(data['runBy']),
}));
const found = (filters: Parameters<typeof matchesFilters>[1]) =>
  facets.filter((exercise) => matchesFilters(exercise, filters)).length;

describe('the exercise catalogue', () => {
  test('has at least thirty exercises', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(30);
  });

  test('finds at least three exercises for every module, intensity and setting', () => {
    for (const module of MODULE_SLUGS) expect(found({ module }), module).toBeGreaterThanOrEqual(3);
    for (const intensity of INTENSITIES) expect(found({ intensity }), intensity).toBeGreaterThanOrEqual(2);
    for (const setting of ['in-person', 'online'] as const)
      expect(found({ setting }), setting).toBeGreaterThanOrEqual(3);
  });

  test('finds, for every module, exercises a mentor may run in their own workshops', () => {
    for (const module of MODULE_SLUGS)
      expect(found({ module, runBy: 'mentor' }), module).toBeGreaterThanOrEqual(1);
  });

  test('finds exercises of every length, from ten minutes to ninety', () => {
    for (const duration of Object.keys(DURATION_BANDS) as DurationBand[]) {
      expect(found({ duration }), duration).toBeGreaterThanOrEqual(1);
    }
    const durations = facets.map((exercise) => exercise.duration);
    expect(Math.min(...durations)).toBeLessThanOrEqual(10);
    expect(Math.max(...durations)).toBeGreaterThanOrEqual(90);
  });

  // Group sizes are what the timings hold for: a larger group splits into smaller ones.
  test('finds exercises for a pair and for a group of thirty', () => {
    expect(found({ people: 2 })).toBeGreaterThanOrEqual(5);
    expect(found({ people: 30 })).toBeGreaterThanOrEqual(3);
  });
});

describe('the tools', () => {
  const tools = entries('tools');
  test('include at least twelve, among them every tool the manual promises', () => {
    expect(tools.length).toBeGreaterThanOrEqual(12);
    expect(tools.map((tool) => tool.name.replace(/\.mdx$/, ''))).toEqual(
      expect.arrayContaining([
        'matching-checklist',
        'first-meeting-guide',
        'conversation-guide',
        'concern-and-referral-guide',
        'meeting-log',
        'workshop-planner',
        'ground-rules-template',
        'self-care-plan',
        'case-discussion-format',
        'parent-conversation-guide',
        'role-model-visit-plan',
        'session-feedback-form',
        'implementation-plan-template',
        'progression-tool',
      ]),
    );
  });
});

describe('where the tools are used', () => {
  // A tool nobody points to is a tool nobody finds at the moment they need it.
  const read = (folder: string) =>
    readdirSync(new URL(`${folder}/`, docs), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({
        name: `${folder}/${name}`,
        ...splitPage(readFileSync(new URL(`${folder}/${name}`, docs), 'utf8')),
      }));
  const guide = read('manual');
  const sessions = read('modules').filter(({ data }) => data['type'] === 'session');
  const training = read('training');
  const tools = entries('tools').map((tool) => tool.name.replace(/\.mdx$/, ''));

  test.each(tools)('%s is linked from the guide or the training, or a session lists it', (tool) => {
    const link = `/en/tools/${tool}/`;
    const users = [
      ...[...guide, ...training].filter((page) => page.body.includes(link)).map((page) => page.name),
      ...sessions
        .filter((session) => (session.data['tools'] as string[]).includes(tool))
        .map((page) => page.name),
    ];
    expect(users, tool).not.toEqual([]);
  });

  test('every session lists the tools its participants take away', () => {
    for (const session of sessions) expect(session.data['tools'], session.name).not.toEqual([]);
  });
});

describe('the stories', () => {
  const stories = entries('stories');
  test('are at least eight, each a labelled composite or told with recorded consent', () => {
    expect(stories.length).toBeGreaterThanOrEqual(8);
    for (const { name, data } of stories) {
      const consent = data['consent'] as { recorded: boolean };
      expect(data['composite'] === true || consent.recorded, name).toBe(true);
    }
  });
});
