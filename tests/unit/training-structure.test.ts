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

describe('the training modules', () => {
  test.each(modules.map((module) => [module.slug, module.sessions]))(
    '%s has at least three sessions',
    (_slug, sessions) => {
      expect(sessions.length).toBeGreaterThanOrEqual(3);
    },
  );

  test.each(modules.flatMap((module) => module.sessions))(
    '%s keeps the session shape: a screen per agenda part, timed trainer notes, a handout',
    async (path) => {
      expect(await sessionShapeProblems(read(path))).toEqual([]);
    },
  );
});

describe('the community mentor training', () => {
  const { data } = splitPage(read('training/community-mentor-training.mdx'));
  const days = data['days'] as { parts: { session?: string }[] }[];

  test('runs over two days and two follow-up afternoons', () => {
    expect(days).toHaveLength(4);
  });

  test('teaches every session of the four modules once, each module in its own order', () => {
    const taught = days.flatMap((day) => day.parts.flatMap((part) => (part.session ? [part.session] : [])));
    const all = modules.flatMap((module) =>
      module.sessions.map((path) => path.replace(/^modules\//, '').replace(/\.mdx$/, '')),
    );
    expect([...taught].sort()).toEqual([...all].sort());
    for (const module of modules) {
      const inModule = taught.filter((session) => session.startsWith(`${module.slug}/`));
      expect(inModule).toEqual(
        module.sessions.map((path) => path.replace(/^modules\//, '').replace(/\.mdx$/, '')),
      );
    }
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

test('the session shape check catches what a trainer would trip over', async () => {
  const session = read('modules/mental-health-and-resilience/what-keeps-us-well.mdx');
  const broken = session
    .replace('## Exercise: Circle of support', '## Circle of support')
    .replace('**Timing (10 minutes).** Four minutes', '**Timing (12 minutes).** Four minutes')
    .replace('<TrainerNote kind="upset">', '<TrainerNote>')
    .replace(
      '## What protects us: resources in people and communities\n',
      `## What protects us: resources in people and communities\n\n${'word '.repeat(60)}\n`,
    );
  expect(await sessionShapeProblems(broken)).toEqual([
    expect.stringMatching(
      /^## headings are \[.*\| Circle of support\], expected the agenda’s \[.*\| Exercise: Circle of support\]$/,
    ),
    '“Mental health: a continuum we all move along” needs a trainer note that gives its timing (10 minutes)',
    expect.stringMatching(
      /^“What protects us: resources in people and communities” puts \d+ words on screen; move some into a trainer note \(at most 100\)$/,
    ),
    'has no <TrainerNote kind="upset">',
  ]);
});

describe('the exercise catalogue reads in minutes', () => {
  // A facilitator should take in an exercise in about five minutes: the whole page, its
  // front matter included, stays near 1,400 words on average, and none runs far over.
  const words = (text: string) =>
    text
      .replace(/^import .*$/gm, '')
      .split(/\s+/)
      .filter((word) => /\p{L}|\d/u.test(word)).length;
  const pages = readdirSync(new URL('exercises/', docs))
    .filter((name) => name !== 'index.mdx')
    .map((name) => ({ name, words: words(read(`exercises/${name}`)) }));

  test('has exercises to measure', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  test('averages at most 1,400 words a page', () => {
    const average = pages.reduce((sum, page) => sum + page.words, 0) / pages.length;
    expect(average).toBeLessThanOrEqual(1400);
  });

  test.each(pages.map((page) => [page.name, page.words]))('%s has at most 1,600 words', (_name, count) => {
    expect(count).toBeLessThanOrEqual(1600);
  });
});
