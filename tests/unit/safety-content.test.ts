import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

import { FLAGGED_PHRASES, serviceNumbers, typedNumbers } from '../helpers/safety-rules.ts';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const files = (dir: string, pattern: RegExp) =>
  readdirSync(join(contentDir, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

const pages = files('docs', /\.mdx?$/);
const texts = [
  ...pages,
  ...files('glossary', /\.yaml$/),
  ...files('safety', /\.yaml$/),
  ...files('i18n', /\.json$/),
];
const numbers = serviceNumbers();
const name = (file: string) => relative(contentDir, file);

/** The decision path, the signs and the emergency rule live in components; these pages show them. */
const SHOWS: Record<string, string[]> = {
  'docs/en/manual/concern-safety-and-referral.mdx': [
    'DecisionPath',
    'SignsOfConcern',
    'Confidentiality',
    'LegalDuties',
    'NationalRoutes',
    'WhenAsked',
  ],
  'docs/en/about/worried-about-someone.mdx': [
    'DecisionPath',
    'SignsOfConcern',
    'NationalRoutes',
    'EmergencyAside',
  ],
  'docs/en/tools/concern-and-referral-guide.mdx': ['DecisionPath', 'SignsOfConcern'],
  'docs/en/tools/first-meeting-guide.mdx': ['Confidentiality', 'RecordsAndRights'],
};

describe('safety content is said once', () => {
  test('the services collection has numbers to look for', () => {
    expect(numbers.size).toBeGreaterThan(10);
    expect(typedNumbers('call **112** now', numbers)).toEqual(['112']);
    expect(typedNumbers('ring 22 40 00 40', new Set(['22400040']))).toEqual(['22 40 00 40']);
    expect(typedNumbers('Call 112.', numbers)).toEqual(['112']);
    expect(typedNumbers('in 2024, 1.125 and 60 mentors, 3/112', numbers)).toEqual([]);
  });

  test.each(pages.map((file) => [name(file), file]))(
    '%s types no emergency or service number: they come from content/services/',
    (_name, file) => {
      expect(typedNumbers(readFileSync(file, 'utf8'), numbers)).toEqual([]);
    },
  );

  test.each(texts.map((file) => [name(file), file]))(
    '%s has none of the phrasings reviewers flagged',
    (_name, file) => {
      // Source lines wrap mid-sentence; the reader sees one line of words.
      const text = readFileSync(file, 'utf8').replace(/\s+/g, ' ');
      for (const [pattern, why] of FLAGGED_PHRASES) {
        expect(text.match(pattern)?.[0], why).toBeUndefined();
      }
    },
  );

  test.each(Object.entries(SHOWS))('%s shows the shared safety content', (page, components) => {
    const text = readFileSync(join(contentDir, page), 'utf8');
    for (const component of components)
      expect(text, `<${component} />`).toMatch(new RegExp(`<${component}\\b`));
  });
});
