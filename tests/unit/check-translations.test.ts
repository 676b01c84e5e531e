import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import {
  checkTranslations,
  schemaProblems,
  translationProblems,
  untranslatedTerms,
  type TranslatedEntry,
} from '../../src/utils/check-translations.ts';
import { splitPage } from '../helpers/session-shape.ts';

const docs = new URL('../../content/docs/', import.meta.url);
const glossary = new URL('../../content/glossary/', import.meta.url);

/** Every glossary term of every edition, by id (`en/resilience`). */
const termIds = new Set(
  readdirSync(glossary, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, '')),
);

/** Every page of every edition, as the build's check sees it. */
const pages: TranslatedEntry[] = readdirSync(docs, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => {
    const { data, body } = splitPage(readFileSync(new URL(name, docs), 'utf8'));
    return {
      id: name.replace(/\.mdx?$/, '').replace(/\/index$/, ''),
      filePath: `content/docs/${name}`,
      data,
      body,
    };
  });

const english: TranslatedEntry = {
  id: 'en/exercises/circle-of-support',
  filePath: 'content/docs/en/exercises/circle-of-support.mdx',
  data: {
    title: 'Circle of support',
    type: 'exercise',
    duration: 35,
    modules: ['mental-health-and-resilience'],
    groupSize: { min: 2, max: 30 },
    steps: [
      { text: 'Draw two rings.', minutes: 20 },
      { text: 'Share in pairs.', minutes: 10 },
    ],
  },
  body: [
    "import Term from '~/components/glossary/Term.astro';",
    '',
    '## Facilitator tips',
    '',
    'Give people 10 minutes, then see [the decision path](/en/manual/concern/#the-decision-path).',
    '',
    'A <Term id="resilience">resilient</Term> circle. <EmergencyRule />',
  ].join('\n'),
};

const finnish: TranslatedEntry = {
  id: 'fi/exercises/circle-of-support',
  filePath: 'content/docs/fi/exercises/circle-of-support.mdx',
  data: {
    title: 'Tukipiiri',
    type: 'exercise',
    duration: 35,
    modules: ['mental-health-and-resilience'],
    groupSize: { min: 2, max: 30 },
    steps: [
      { text: 'Piirrä kaksi kehää.', minutes: 20 },
      { text: 'Jaa pareittain.', minutes: 10 },
    ],
  },
  body: [
    "import Term from '~/components/glossary/Term.astro';",
    '',
    '## Vinkkejä ohjaajalle',
    '',
    'Anna 10 minuuttia ja katso [toimintapolku](/fi/manual/concern/#the-decision-path).',
    '',
    'Kestävä <Term id="resilience">tukipiiri</Term>. <EmergencyRule />',
  ].join('\n'),
};

describe('a translation that keeps every fact', () => {
  test('passes', () => {
    expect(translationProblems(english, finnish)).toEqual([]);
  });
});

describe('a translation that drifts fails, naming the file and what differs', () => {
  const file = 'content/docs/fi/exercises/circle-of-support.mdx';

  test('a changed duration, group size or step time', () => {
    const changed = {
      ...finnish,
      data: {
        ...finnish.data,
        duration: 30,
        groupSize: { min: 2, max: 20 },
        steps: [
          { text: 'Piirrä kaksi kehää.', minutes: 15 },
          { text: 'Jaa pareittain.', minutes: 10 },
        ],
      },
    };
    expect(translationProblems(english, changed)).toEqual([
      `${file}: duration: is 30, the English page says 35`,
      `${file}: groupSize.max: is 20, the English page says 30`,
      `${file}: steps[0].minutes: is 15, the English page says 20`,
    ]);
  });

  test('a module, step or field added or left out', () => {
    const changed = {
      ...finnish,
      data: {
        ...finnish.data,
        modules: ['preventing-radicalisation'],
        steps: [{ text: 'Piirrä.', minutes: 20 }],
        extra: 1,
      },
    };
    delete (changed.data as Record<string, unknown>)['groupSize'];
    expect(translationProblems(english, changed)).toEqual([
      `${file}: modules: is ["preventing-radicalisation"], the English page says ["mental-health-and-resilience"]`,
      `${file}: groupSize: missing; the English page has it`,
      `${file}: steps: has 1 items, the English page 2`,
      `${file}: extra: not in the English page`,
    ]);
  });

  test('a lost number, a link that goes elsewhere, a lost component or section', () => {
    const changed = {
      ...finnish,
      body: finnish.body
        .replace('Anna 10 minuuttia', 'Anna kymmenen minuuttia')
        .replace('/fi/manual/concern/', '/en/manual/concern/')
        .replace(' <EmergencyRule />', '')
        .replace('## Vinkkejä ohjaajalle', '**Vinkkejä ohjaajalle**'),
    };
    expect(translationProblems(english, changed)).toEqual([
      `${file}: links to /fi/manual/concern/#the-decision-path are missing; the English page has them`,
      `${file}: the number(s) 10 of the English page are missing`,
      `${file}: components differ from the English page: missing <EmergencyRule>`,
      `${file}: headings differ from the English page: none here, ## in English`,
    ]);
  });

  test('a heading at another depth', () => {
    const deeper = { ...finnish, body: finnish.body.replace('## Vinkkejä', '### Vinkkejä') };
    expect(translationProblems(english, deeper)).toEqual([
      `${file}: headings differ from the English page: ### here, ## in English`,
    ]);
  });
});

test('numbers are compared digit by digit, so each language writes dates, times and amounts its own way', () => {
  const withNumbers = (entry: TranslatedEntry, text: string) => ({
    ...entry,
    body: `${entry.body}\n\n${text}`,
  });
  const englishText = withNumbers(english, 'On 1 July 2025 at 09:30, 10,000 people.');
  expect(
    translationProblems(englishText, withNumbers(finnish, '1.7.2025 klo 9.30, 10 000 ihmistä.')),
  ).toEqual([]);
  expect(
    translationProblems(englishText, withNumbers(finnish, '1.7.2024 klo 9.30, 10 000 ihmistä.')),
  ).toEqual([
    'content/docs/fi/exercises/circle-of-support.mdx: the number(s) 2025 of the English page are missing',
  ]);
});

test('every translated page in the repository keeps the facts of its English page', () => {
  expect(pages.filter((page) => !page.id.startsWith('en/')).length).toBeGreaterThan(0);
  expect(checkTranslations(pages, termIds)).toEqual([]);
});

test('a translated page may link only glossary terms its edition has translated', () => {
  const page = {
    id: 'fi/exercises/circle-of-support',
    filePath: 'content/docs/fi/exercises/circle-of-support.mdx',
    data: {},
    body: 'Tukipiiri vahvistaa <Term id="resilience">resilienssiä</Term> ja <Term id="belonging">yhteenkuuluvuutta</Term>.',
  };
  expect(untranslatedTerms(page, new Set(['en/resilience', 'en/belonging', 'fi/belonging']))).toEqual([
    'content/docs/fi/exercises/circle-of-support.mdx: <Term id="resilience">: the edition\'s glossary has no "resilience" yet (expected content/glossary/fi/resilience.yaml); translate the glossary terms before the pages that use them',
  ]);
  expect(untranslatedTerms(page, new Set(['fi/resilience', 'fi/belonging']))).toEqual([]);
});

test('a translation whose frontmatter no longer fits its schema is named, with the field and why', () => {
  const page = (id: string) => {
    const found = pages.find((entry) => entry.id === id);
    if (!found) throw new Error(`no page ${id}`);
    return found;
  };
  const exercise = page('fi/exercises/circle-of-support');
  const session = page('fi/modules/mental-health-and-resilience/what-keeps-us-well');
  expect(schemaProblems(exercise)).toEqual([]);
  expect(schemaProblems(session)).toEqual([]);

  // A purpose that grew past its limit in translation, and an objective that an unquoted
  // ": " turned into a YAML map.
  const longer = { ...exercise, data: { ...exercise.data, purpose: Array(61).fill('sana').join(' ') } };
  expect(schemaProblems(longer)).toEqual([
    'content/docs/fi/exercises/circle-of-support.mdx: purpose: has 61 words; keep it to 60 or fewer',
  ]);
  const data = session.data as { objectives: unknown[] };
  const mapped = {
    ...session,
    data: { ...data, objectives: [...data.objectives.slice(0, 1), { 'Osaa erottaa': 'murrosiän kapinan' }] },
  };
  expect(schemaProblems(mapped)).toEqual([
    'content/docs/fi/modules/mental-health-and-resilience/what-keeps-us-well.mdx: objectives.1: expected text',
  ]);
});
