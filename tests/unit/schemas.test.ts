import { describe, expect, test } from 'vitest';

import { exerciseSchema } from '../../src/schemas/exercise.ts';
import { programmeSchema } from '../../src/schemas/programme.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { storySchema } from '../../src/schemas/story.ts';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

const exercise = {
  title: 'Example',
  description: 'An example.',
  audience: ['trainer'],
  type: 'exercise',
  modules: ['mental-health-and-resilience'],
  duration: 25,
  groupSize: { min: 2, max: 12 },
  setting: 'in-person',
  intensity: 'light',
  runBy: 'mentor',
  purpose: 'To show the schema.',
  steps: [
    { text: 'Explain.', minutes: 5 },
    { text: 'Work in pairs.', minutes: 15 },
  ],
  debrief: { minutes: 5, questions: ['What did you notice?'] },
  origin: 'Written for a test.',
};

describe('the exercise schema', () => {
  test('accepts a complete exercise and fills in the optional lists', () => {
    const parsed = exerciseSchema.parse(exercise);
    expect(parsed.materials).toEqual([]);
    expect(parsed.variations).toEqual([]);
  });

  test('sums the steps and the debrief into the duration', () => {
    expect(messages(exerciseSchema.safeParse({ ...exercise, duration: 20 }))).toEqual([
      'duration: the steps and the debrief add up to 25 minutes, but duration is 20 minutes',
    ]);
  });

  test('gives every debrief question time', () => {
    const debrief = { minutes: 5, questions: ['How was it?', 'What helped?', 'What next?'] };
    expect(messages(exerciseSchema.safeParse({ ...exercise, debrief }))).toEqual([
      'debrief.minutes: 5 minutes for 3 questions; give at least 9 (3 a question) or ask fewer',
    ]);
  });

  test('asks who may run it, and never leaves a deep exercise to a mentor alone', () => {
    expect(messages(exerciseSchema.safeParse({ ...exercise, runBy: undefined }))).toEqual([
      'runBy: expected who may run it: one of mentor, mentor-with-partner, trainer',
    ]);
    expect(
      messages(exerciseSchema.safeParse({ ...exercise, intensity: 'deep', careNote: ['Offer a way out.'] })),
    ).toEqual([
      'runBy: a deep exercise needs a professional partner or a trainer; expected mentor-with-partner or trainer',
    ]);
  });

  test('keeps the purpose short enough to take in at a glance', () => {
    const purpose = Array.from({ length: 61 }, () => 'word').join(' ');
    expect(messages(exerciseSchema.safeParse({ ...exercise, purpose }))).toEqual([
      'purpose: has 61 words; keep it to 60 or fewer',
    ]);
  });

  test('asks for a care note when the intensity is not light', () => {
    expect(messages(exerciseSchema.safeParse({ ...exercise, intensity: 'moderate' }))).toEqual([
      'careNote: required when intensity is moderate; say how people can opt out and how to close safely',
    ]);
  });

  test('says what it expected, in an editor’s words', () => {
    expect(
      messages(
        exerciseSchema.safeParse({ ...exercise, groupSize: { min: 10, max: 2 }, setting: 'outdoors' }),
      ),
    ).toEqual([
      'groupSize: min must not be larger than max',
      'setting: expected one of in-person, online, both',
    ]);
  });
});

describe('the session schema', () => {
  const session = {
    title: 'Example',
    description: 'An example.',
    audience: ['trainer'],
    type: 'session',
    module: 'individual-and-community',
    order: 1,
    duration: 45,
    objectives: ['Learn.'],
    agenda: [
      { title: 'Start', minutes: 15 },
      { title: 'Exercise', minutes: 30, exercise: 'circle-of-support' },
    ],
    exercises: ['circle-of-support'],
    keyPoints: ['Remember.'],
  };

  test('sums the agenda into the duration', () => {
    expect(sessionSchema.safeParse(session).success).toBe(true);
    expect(messages(sessionSchema.safeParse({ ...session, duration: 60 }))).toEqual([
      'agenda: the parts add up to 45 minutes, but duration is 60 minutes',
    ]);
  });

  test('requires an exercise run in the agenda to be listed under exercises', () => {
    expect(messages(sessionSchema.safeParse({ ...session, exercises: [] }))).toEqual([
      'agenda.1.exercise: part 2 runs "circle-of-support", which is missing from exercises',
    ]);
  });
});

describe('the story schema', () => {
  const story = {
    title: 'Example',
    description: 'An example.',
    audience: ['public'],
    type: 'story',
    teller: 'A parent',
    composite: true,
    consent: { recorded: false },
  };

  test('lets a composite stand without individual consent', () => {
    expect(storySchema.safeParse(story).success).toBe(true);
  });

  test('refuses a real person’s story without recorded consent', () => {
    expect(messages(storySchema.safeParse({ ...story, composite: false }))).toEqual([
      'consent.recorded: a story that is not a composite needs the teller’s recorded consent',
    ]);
  });
});

describe('the programme schema', () => {
  const programme = {
    title: 'Example',
    description: 'An example.',
    audience: ['trainer'],
    type: 'programme',
    participants: 'New mentors.',
    format: 'One day.',
    ledBy: 'trainer',
    days: [
      {
        title: 'Day 1',
        start: '09:00',
        parts: [
          { session: 'mental-health-and-resilience/what-keeps-us-well' },
          { title: 'Lunch', minutes: 45, break: true },
        ],
      },
    ],
  };
  const withParts = (...parts: object[]) => ({ ...programme, days: [{ ...programme.days[0], parts }] });

  test('accepts sessions and timed parts, and a programme with no days', () => {
    expect(programmeSchema.safeParse(programme).success).toBe(true);
    expect(programmeSchema.parse({ ...programme, days: undefined }).days).toEqual([]);
  });

  test('says what a part should look like', () => {
    expect(messages(programmeSchema.safeParse(withParts({ title: 'Lunch' })))).toEqual([
      'days.0.parts.0: expected a session as module/session, such as mental-health-and-resilience/what-keeps-us-well, or a title with minutes',
    ]);
    expect(messages(programmeSchema.safeParse(withParts({ session: 'what-keeps-us-well' })))).toEqual([
      'days.0.parts.0.session: expected a session as module/session, such as mental-health-and-resilience/what-keeps-us-well',
    ]);
    expect(messages(programmeSchema.safeParse(withParts({ session: 'a/b', minutes: 30 })))).toEqual([
      'days.0.parts.0: a session part takes its title and minutes from the session; leave out title and minutes',
    ]);
    expect(
      messages(
        programmeSchema.safeParse(withParts({ title: 'Break', minutes: 15, break: true, exercise: 'x' })),
      ),
    ).toEqual(['days.0.parts.0: a break has a title and minutes only, no session or exercise']);
  });

  test('asks who leads it', () => {
    expect(messages(programmeSchema.safeParse({ ...programme, ledBy: 'anyone' }))).toEqual([
      'ledBy: expected who leads it: one of mentor, trainer',
    ]);
  });

  test('wants a start time it can count from', () => {
    expect(
      messages(programmeSchema.safeParse({ ...programme, days: [{ ...programme.days[0], start: '9' }] })),
    ).toEqual(['days.0.start: expected a start time such as "09:00", in quotes']);
  });
});
