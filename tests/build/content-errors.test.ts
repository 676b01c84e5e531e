import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { buildFixtureSite } from '../helpers/fixture-site.ts';

/** A valid exercise, to break one field at a time. */
const exercise = (overrides: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    title: 'Broken example',
    description: 'An exercise used by a build test.',
    audience: '[trainer]',
    type: 'exercise',
    modules: '[mental-health-and-resilience]',
    duration: '15',
    groupSize: '{ min: 2, max: 10 }',
    setting: 'both',
    intensity: 'light',
    runBy: 'mentor',
    purpose: 'To test the build.',
    steps: '\n  - text: Do the thing.\n    minutes: 10',
    debrief: '{ minutes: 5, questions: [What happened?] }',
    origin: 'Written for a test.',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\nText.\n`;
};

/** A session with the given agenda, its text in the shape the build checks. */
const session = (parts: { title: string; minutes: number }[], exercises = '[circle-of-support]') => `---
title: Broken session
description: A session used by a build test.
audience: [trainer]
type: session
module: mental-health-and-resilience
order: 1
duration: 90
objectives: [Test the build.]
agenda:${parts.map((part) => `\n  - title: ${part.title}\n    minutes: ${part.minutes}`).join('')}
exercises: ${exercises}
keyPoints: [A point.]
---

import TrainerNote from '~/components/training/TrainerNote.astro';
import Handout from '~/components/training/Handout.astro';

${parts.map((part) => `## ${part.title}\n\nText.\n\n<TrainerNote>\n\nTiming (${part.minutes} minutes).\n\n</TrainerNote>\n`).join('\n')}
<TrainerNote kind="questions">Questions.</TrainerNote>

<TrainerNote kind="upset">Upset.</TrainerNote>

<TrainerNote kind="extremist-views">Views.</TrainerNote>

<Handout>

Take home.

</Handout>
`;

// Each case builds a copy of the site with one broken file and checks that the build
// fails with a message naming the file, the field and what was expected.
describe('a content file that breaks its schema fails the build with a clear message', () => {
  test('a missing required field', () => {
    const { status, output } = buildFixtureSite('missing-field', {
      'content/docs/en/exercises/broken-example.mdx': exercise({ runBy: '' }),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/en/exercises/broken-example.mdx');
    expect(output).toMatch(/runBy: expected who may run it: one of mentor, mentor-with-partner, trainer/);
  });

  test('a field of the wrong type', () => {
    const { status, output } = buildFixtureSite('wrong-type', {
      'content/docs/en/exercises/broken-example.mdx': exercise({ duration: 'half an hour' }),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/en/exercises/broken-example.mdx');
    expect(output).toMatch(/duration: expected a number of minutes/);
  });

  test('a value outside the allowed choices', () => {
    const { status, output } = buildFixtureSite('bad-choice', {
      'content/docs/en/exercises/broken-example.mdx': exercise({ intensity: 'intense' }),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/intensity: expected one of light, moderate, deep/);
  });

  test('an exercise that can stir strong feelings but has no care note', () => {
    const { status, output } = buildFixtureSite('no-care-note', {
      'content/docs/en/exercises/broken-example.mdx': exercise({ intensity: 'deep' }),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/careNote: required when intensity is deep/);
  });

  test('a reference to an entry that does not exist', () => {
    const { status, output } = buildFixtureSite('unknown-reference', {
      'content/docs/en/modules/mental-health-and-resilience/what-keeps-us-well.mdx': session(
        [{ title: 'All of it', minutes: 90 }],
        '[no-such-exercise]',
      ),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/en/modules/mental-health-and-resilience/what-keeps-us-well.mdx');
    expect(output).toContain('exercises[0]: no exercise "no-such-exercise"');
  });

  test('a Finnish session that breaks its shape, named in the edition’s own words', () => {
    const finnish = session([
      { title: 'Alku', minutes: 30 },
      { title: 'Loppu', minutes: 60 },
    ])
      .replace('## Loppu', '## Lopetus')
      .replace('<TrainerNote kind="upset">', '<TrainerNote>');
    const { status, output } = buildFixtureSite('finnish-session-shape', {
      'content/docs/en/modules/mental-health-and-resilience/what-keeps-us-well.mdx': session([
        { title: 'Start', minutes: 30 },
        { title: 'End', minutes: 60 },
      ]),
      'content/docs/fi/modules/mental-health-and-resilience/what-keeps-us-well.mdx': finnish,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/fi/modules/mental-health-and-resilience/what-keeps-us-well.mdx');
    expect(output).toContain('## headings are [Alku | Lopetus], expected the agenda’s [Alku | Loppu]');
    expect(output).toContain('has no <TrainerNote kind="upset">');
  });

  test('a Finnish translation that changes a fact, loses a number or links an untranslated glossary term', () => {
    const english = readFileSync(
      new URL('../../content/docs/en/exercises/circle-of-support.mdx', import.meta.url),
      'utf8',
    );
    const finnish = english
      .replace('title: Circle of support', 'title: Tukipiiri')
      .replace('groupSize: { min: 2, max: 24 }', 'groupSize: { min: 2, max: 20 }')
      .replace('5. **My card:**', '- **My card:**');
    const { status, output } = buildFixtureSite('finnish-drift', {
      'content/docs/fi/exercises/circle-of-support.mdx': finnish,
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/docs/fi/exercises/circle-of-support.mdx: groupSize.max: is 20, the English page says 24',
    );
    expect(output).toContain(
      'content/docs/fi/exercises/circle-of-support.mdx: the number(s) 5 of the English page are missing',
    );
    // The copy keeps the English page's glossary links, and the fixture has no Finnish glossary.
    expect(output).toContain(
      'content/docs/fi/exercises/circle-of-support.mdx: <Term id="strength-based-approach">: the edition\'s glossary has no "strength-based-approach" yet (expected content/glossary/fi/strength-based-approach.yaml)',
    );
  });

  test('an agenda that does not add up to the duration', () => {
    const { status, output } = buildFixtureSite('agenda-sum', {
      'content/docs/en/modules/mental-health-and-resilience/what-keeps-us-well.mdx': session([
        { title: 'Start', minutes: 30 },
        { title: 'End', minutes: 50 },
      ]),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('what-keeps-us-well.mdx');
    expect(output).toMatch(/agenda: the parts add up to 80 minutes, but duration is 90 minutes/);
  });

  test('an image without alt text', () => {
    const { status, output } = buildFixtureSite('image-alt', {
      'content/docs/en/about/photo.md': `---\ntitle: Photo\ndescription: A page with an image.\naudience: [public]\n---\n\n![](/favicon.svg)\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/en/about/photo.md');
    expect(output).toContain('has no alt text');
  });

  test('a translated page with no English source', () => {
    const { status, output } = buildFixtureSite('orphan-translation', {
      'content/docs/fi/about/vain-suomeksi.md': `---\ntitle: Vain suomeksi\ndescription: Sivu ilman englanninkielistä lähdettä.\naudience: [public]\n---\n\nTeksti.\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/fi/about/vain-suomeksi.md');
    expect(output).toContain('a translation with no English source');
  });
});

/** A valid help route, to break one field at a time. */
const service = (drop: string) =>
  [
    'country: fi',
    'kind: crisis-line',
    'name: Testilinja',
    'for: [anyone]',
    "contacts:\n  - phone: '09 1234 5678'",
    'source: https://example.org/testilinja',
    'checked: 2026-01-15',
  ]
    .filter((line) => !line.startsWith(`${drop}:`))
    .join('\n');

// Help routes and sources are what a reader in trouble acts on: each must say where it was
// checked and when, or the build stops and names the file.
describe('a help route or a source without its evidence fails the build', () => {
  test('a service without a source address', () => {
    const { status, output } = buildFixtureSite('service-no-source', {
      'content/services/fi/test-line.yaml': service('source'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('fi/test-line');
    expect(output).toMatch(/source/);
    expect(output).toMatch(/expected a web address/);
  });

  test('a service without the date it was checked', () => {
    const { status, output } = buildFixtureSite('service-no-date', {
      'content/services/fi/test-line.yaml': service('checked'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('fi/test-line');
    expect(output).toMatch(/checked: expected the date it was checked/);
  });

  test('a source without a title', () => {
    const { status, output } = buildFixtureSite('source-no-title', {
      'content/sources/untitled.yaml': 'author: Someone\nyear: 2020\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/sources/untitled.yaml');
    expect(output).toMatch(/title: expected text/);
  });

  test('a page citing a source that does not exist', () => {
    const { status, output } = buildFixtureSite('unknown-source', {
      'content/docs/en/about/sourced.md': `---\ntitle: Sourced\ndescription: A page with a source.\naudience: [public]\nsources: [no-such-study]\n---\n\nText.\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/en/about/sourced.md: sources[0]: no source "no-such-study"');
  });
});
