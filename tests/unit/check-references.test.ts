import { describe, expect, test } from 'vitest';

import { checkReferences, type CheckedEntry } from '../../src/utils/check-references.ts';
import type { PageData } from '../../src/utils/page-data.ts';

/**
 * A page with only the fields a test is about, and the lists its schema fills in when a
 * file leaves them out (`sources`, a session's `exercises` and `tools` …), as Astro loads it.
 */
const page = (id: string, data: object = {}): CheckedEntry => ({
  id,
  filePath: `content/docs/${id}.mdx`,
  data: { sources: [], exercises: [], tools: [], agenda: [], days: [], ...data } as unknown as PageData,
});
const withData = (entry: CheckedEntry, data: object): CheckedEntry =>
  page(entry.id, { ...entry.data, ...data });
const module = page('en/modules/mental-health-and-resilience', {
  type: 'module',
  number: 1,
  sessions: ['one'],
});
const session = page('en/modules/mental-health-and-resilience/one', {
  type: 'session',
  module: 'mental-health-and-resilience',
  order: 1,
  exercises: ['circle'],
});
const exercise = page('en/exercises/circle', { type: 'exercise' });

describe('cross-reference checks', () => {
  test('accept a module, its session and the exercise it uses', () => {
    expect(checkReferences([module, session, exercise])).toEqual([]);
  });

  test('name the file and field of a reference to a missing entry', () => {
    expect(checkReferences([module, session])).toEqual([
      'content/docs/en/modules/mental-health-and-resilience/one.mdx: exercises[0]: no exercise "circle" (expected content/docs/en/exercises/circle.mdx)',
    ]);
  });

  test('name the file and field of a session tool that does not exist', () => {
    const withTools = withData(session, { tools: ['meeting-log', 'risk-score'] });
    expect(
      checkReferences([module, withTools, exercise, page('en/tools/meeting-log', { type: 'tool' })]),
    ).toEqual([
      'content/docs/en/modules/mental-health-and-resilience/one.mdx: tools[1]: no tool "risk-score" (expected content/docs/en/tools/risk-score.mdx)',
    ]);
  });

  test('catch a session its module does not list', () => {
    const problems = checkReferences([
      withData(module, { sessions: [] }),
      withData(session, { order: 2 }),
      exercise,
    ]);
    expect(problems).toEqual([
      'content/docs/en/modules/mental-health-and-resilience.mdx: sessions: does not list "one", which is in its folder',
    ]);
  });

  test('catch a module whose number does not match its place', () => {
    expect(checkReferences([withData(module, { number: 3 }), session, exercise])).toEqual([
      'content/docs/en/modules/mental-health-and-resilience.mdx: number: mental-health-and-resilience is module 1, not 3',
    ]);
  });

  test('check the sessions and exercises a programme day names', () => {
    const programme = page('en/training/two-days', {
      type: 'programme',
      days: [
        {
          start: '09:00',
          parts: [
            { session: 'mental-health-and-resilience/one' },
            { title: 'Closing', minutes: 15, exercise: 'circle' },
            { session: 'preventing-radicalisation/missing' },
            { title: 'Check-in', minutes: 10, exercise: 'weather' },
          ],
        },
      ],
    });
    expect(checkReferences([module, session, exercise, programme])).toEqual([
      'content/docs/en/training/two-days.mdx: days[0].parts[2].session: no session "preventing-radicalisation/missing" (expected content/docs/en/modules/preventing-radicalisation/missing.mdx)',
      'content/docs/en/training/two-days.mdx: days[0].parts[3].exercise: no exercise "weather" (expected content/docs/en/exercises/weather.mdx)',
    ]);
  });

  test('keep a programme day to real time: breaks, and room for each exercise it runs', () => {
    const long = withData(session, { duration: 75 });
    const timed = withData(exercise, { duration: 20, runBy: 'trainer' });
    const programme = (ledBy: string, parts: object[]) =>
      page('en/training/a-day', { type: 'programme', ledBy, days: [{ start: '09:00', parts }] });
    expect(
      checkReferences([
        module,
        long,
        timed,
        programme('trainer', [
          { title: 'Welcome', minutes: 30 },
          { session: 'mental-health-and-resilience/one' },
          { title: 'Lunch', minutes: 45, break: true },
          { title: 'Closing', minutes: 15, exercise: 'circle' },
        ]),
      ]),
    ).toEqual([
      'content/docs/en/training/a-day.mdx: days[0].parts[3].minutes: gives 15 minutes to circle, which takes 20 with its debrief',
      'content/docs/en/training/a-day.mdx: days[0]: runs 105 minutes without a break, 09:00–10:45; add a part with break: true at least every 90 minutes',
    ]);
    expect(
      checkReferences([
        module,
        long,
        timed,
        programme('mentor', [{ title: 'Start', minutes: 20, exercise: 'circle' }]),
      ]),
    ).toEqual([
      'content/docs/en/training/a-day.mdx: days[0].parts[0].exercise: circle is for trainers only (runBy: trainer), but mentors lead this programme',
    ]);
  });

  test('give an exercise in a session agenda its whole duration', () => {
    const timed = withData(exercise, { duration: 30 });
    const short = withData(session, { agenda: [{ title: 'Exercise', minutes: 25, exercise: 'circle' }] });
    expect(checkReferences([module, short, timed])).toEqual([
      'content/docs/en/modules/mental-health-and-resilience/one.mdx: agenda[0].minutes: gives 25 minutes to circle, which takes 30 with its debrief',
    ]);
  });

  test('catch a translation without an English source', () => {
    expect(checkReferences([page('fi/about/only-finnish')])).toEqual([
      'content/docs/fi/about/only-finnish.mdx: a translation with no English source (expected content/docs/en/about/only-finnish.md or .mdx); translate an existing page, or write the English page first',
    ]);
  });

  test('catch glossary terms pointing at terms that do not exist', () => {
    const term = {
      id: 'en/resilience',
      filePath: 'content/glossary/en/resilience.yaml',
      data: { related: ['grit'] },
    };
    expect(checkReferences([], [term])).toEqual([
      'content/glossary/en/resilience.yaml: related[0]: no term "grit" (expected content/glossary/en/grit.yaml)',
    ]);
  });
});

describe('sources', () => {
  test('a page may cite only sources that exist in content/sources/', () => {
    const cited = page('en/manual/chapter', { sources: ['gdpr', 'no-such-study'] });
    expect(checkReferences([cited], [], ['gdpr'])).toEqual([
      'content/docs/en/manual/chapter.mdx: sources[1]: no source "no-such-study" (expected content/sources/no-such-study.yaml)',
    ]);
  });
});
