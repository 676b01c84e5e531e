import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { MODULE_SLUGS } from '../../src/config/taxonomy.ts';
import { sections, sessionShapeProblems, splitPage } from '../helpers/session-shape.ts';

// The training is taught from these pages: projected a section at a time, with the
// trainer's notes beside them, and run as a programme of days. These checks hold the
// English sources to that shape; the schemas have already checked each field.

const docs = new URL('../../content/docs/en/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, docs), 'utf8');

const modules = MODULE_SLUGS.map((slug) => {
  const overview = `modules/${slug}/index.mdx`;
  const data = existsSync(new URL(overview, docs)) ? splitPage(read(overview)).data : {};
  const sessions = ((data['sessions'] ?? []) as string[]).map((name) => `modules/${slug}/${name}.mdx`);
  return { slug, sessions };
});
const exerciseMinutes = (slug: string) => {
  const path = `exercises/${slug}.mdx`;
  return existsSync(new URL(path, docs)) ? Number(splitPage(read(path)).data['duration']) : Number.NaN;
};

describe('the training modules', () => {
  test.each(modules.map((module) => [module.slug, module.sessions]))(
    '%s has at least three sessions',
    (_slug, sessions) => {
      expect(sessions.length).toBeGreaterThanOrEqual(3);
    },
  );

  test.each(modules.flatMap((module) => module.sessions))(
    '%s keeps the session shape: a screen per agenda part, timed trainer notes, a handout',
    (path) => {
      expect(sessionShapeProblems(read(path), exerciseMinutes)).toEqual([]);
    },
  );
});

describe('the community mentor training', () => {
  const { data } = splitPage(read('training/community-mentor-training.mdx'));
  const days = data['days'] as { parts: { session?: string }[] }[];

  test('runs over two days', () => {
    expect(days).toHaveLength(2);
  });

  test('teaches every session of the four modules once, in module order', () => {
    const taught = days.flatMap((day) => day.parts.flatMap((part) => (part.session ? [part.session] : [])));
    const all = modules.flatMap((module) =>
      module.sessions.map((path) => path.replace(/^modules\//, '').replace(/\.mdx$/, '')),
    );
    expect(taught).toEqual(all);
  });
});

test('the training section has its programmes and the guidance every session links to', () => {
  expect(readdirSync(new URL('training/', docs))).toEqual(
    expect.arrayContaining([
      'index.mdx',
      'community-mentor-training.mdx',
      'training-for-professionals.mdx',
      'professional-mentor-programme.mdx',
      'running-a-training.mdx',
    ]),
  );
  expect(
    sections(splitPage(read('training/running-a-training.mdx')).body).map((part) => part.heading),
  ).toEqual(
    expect.arrayContaining([
      'If someone becomes upset',
      'If a participant voices extremist views',
      'Evaluation and feedback',
    ]),
  );
});

test('the session shape check catches what a trainer would trip over', () => {
  const session = read('modules/mental-health-and-resilience/what-keeps-us-well.mdx');
  const broken = session
    .replace('## Closing round', '## Closing')
    .replace('**Timing (10 minutes).** Three minutes', '**Timing (12 minutes).** Three minutes')
    .replace('<TrainerNote title="If someone becomes upset">', '<TrainerNote>')
    .replace(
      '## Everyday strain or a sign to get help?\n',
      `## Everyday strain or a sign to get help?\n\n${'word '.repeat(60)}\n`,
    );
  expect(sessionShapeProblems(broken, () => 30)).toEqual([
    expect.stringMatching(
      /^## headings are \[.*Closing \| Participant handout\], expected \[.*Closing round \| Participant handout\]$/,
    ),
    '“Welcome and group agreement” needs a trainer note starting **Timing (10 minutes).**',
    '“Everyday strain or a sign to get help?” puts 139 words on screen; move some into a trainer note (at most 100)',
    'has no <TrainerNote title="If someone becomes upset">',
  ]);
});
