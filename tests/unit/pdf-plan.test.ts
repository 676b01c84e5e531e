import { describe, expect, test } from 'vitest';

import {
  missingBrowserMessage,
  partStartPages,
  pdfMode,
  planPdfs,
  printedPageNumbers,
  type PlanPage,
} from '../../src/pdf-editions/plan.ts';
import { hasFormSection, hasHandoutSection } from '../../src/utils/page-sections.ts';
import { formatFileSize } from '../../src/utils/strings.ts';

const pages: PlanPage[] = [
  { path: 'manual/building-trust', order: 2, hasHandout: false },
  { path: 'manual', order: 0, hasHandout: false },
  { path: 'manual/the-mentors-role', order: 1, hasHandout: false },
  { path: 'about', hasHandout: false },
  {
    path: 'modules/second',
    type: 'module',
    number: 2,
    sessions: ['only'],
    hasHandout: false,
  },
  {
    path: 'modules/first',
    type: 'module',
    number: 1,
    sessions: ['b', 'a'],
    hasHandout: false,
  },
  {
    path: 'modules/first/a',
    type: 'session',
    exercises: ['pairs', 'quiet'],
    tools: ['log', 'guide'],
    hasHandout: true,
  },
  { path: 'modules/first/b', type: 'session', exercises: ['pairs'], tools: ['plan'], hasHandout: true },
  { path: 'modules/second/only', type: 'session', exercises: [], hasHandout: true },
  { path: 'exercises/pairs', type: 'exercise', hasHandout: true },
  { path: 'exercises/quiet', type: 'exercise', hasHandout: false },
  { path: 'exercises/unused', type: 'exercise', hasHandout: true },
  { path: 'tools/plan', type: 'tool', audience: ['mentor'], hasForm: true, hasHandout: false },
  { path: 'tools/log', type: 'tool', audience: ['mentor', 'trainer'], hasForm: true, hasHandout: false },
  { path: 'tools/guide', type: 'tool', audience: ['mentor'], hasForm: false, hasHandout: false },
  { path: 'tools/programme', type: 'tool', audience: ['practitioner'], hasForm: true, hasHandout: false },
];

describe('which pages go into which PDF', () => {
  const documents = planPdfs(pages, 'fi');

  test('the guide, then a trainer’s pack and a handouts pack per module, in module order', () => {
    expect(documents.map((document) => document.file)).toEqual([
      'mentors-guide-fi.pdf',
      'module-1-trainers-pack-fi.pdf',
      'module-1-handouts-fi.pdf',
      'module-2-trainers-pack-fi.pdf',
      'module-2-handouts-fi.pdf',
    ]);
    expect(documents[1]?.href).toBe('/fi/downloads/module-1-trainers-pack-fi.pdf');
    expect(documents[1]?.module).toEqual({ slug: 'first', number: 1 });
  });

  test('the guide has every chapter in sidebar order, introduction first, then the mentors’ forms', () => {
    expect(documents[0]?.parts).toEqual([
      { path: 'manual', extract: 'page' },
      { path: 'manual/the-mentors-role', extract: 'page' },
      { path: 'manual/building-trust', extract: 'page' },
      { path: 'tools/log', extract: 'form' },
      { path: 'tools/plan', extract: 'form' },
    ]);
  });

  test('a trainer’s pack has the overview, the sessions in teaching order and each exercise and tool they use once', () => {
    expect(documents[1]?.parts).toEqual(
      [
        'modules/first',
        'modules/first/b',
        'modules/first/a',
        'exercises/pairs',
        'exercises/quiet',
        'tools/plan',
        'tools/log',
        'tools/guide',
      ].map((path) => ({ path, extract: 'page' })),
    );
  });

  test('a handouts pack has only the handouts of those sessions and exercises, and the forms of those tools', () => {
    expect(documents[2]?.parts).toEqual([
      ...['modules/first/b', 'modules/first/a', 'exercises/pairs'].map((path) => ({
        path,
        extract: 'handout',
      })),
      { path: 'tools/plan', extract: 'form' },
      { path: 'tools/log', extract: 'form' },
    ]);
  });

  test('a session the content checks will reject is left out rather than breaking the plan', () => {
    const broken = planPdfs(
      pages.map((page) =>
        page.path === 'modules/second' ? { ...page, sessions: ['only', 'missing'] } : page,
      ),
      'en',
    );
    expect(broken[3]?.parts.map((part) => part.path)).toEqual(['modules/second', 'modules/second/only']);
  });
});

test('finds a form in a page’s MDX', () => {
  expect(hasFormSection('Guidance.\n\n<Form>\n\nName: <Blank />\n\n</Form>')).toBe(true);
  expect(hasFormSection('A page about forms, with no <FormList /> to fill in.')).toBe(false);
  expect(hasFormSection(undefined)).toBe(false);
});

test('finds the participant handout in a page’s MDX, in any language', () => {
  expect(hasHandoutSection('Intro\n\n<Handout>\n\nTake this home.\n\n</Handout>')).toBe(true);
  expect(
    hasHandoutSection('Johdanto\n\n<Handout subject="neljä kysymystä">\n\nOta mukaan.\n\n</Handout>'),
  ).toBe(true);
  expect(hasHandoutSection('## Participant handout\n\nA heading alone is not a handout.')).toBe(false);
  expect(hasHandoutSection(undefined)).toBe(false);
});

describe('file sizes', () => {
  test('in kilobytes below a megabyte, whole', () => {
    expect(formatFileSize(91_233, 'en')).toBe('91 kB');
    expect(formatFileSize(12, 'en')).toBe('1 kB');
  });
  test('in megabytes with one decimal, in the edition’s number format', () => {
    expect(formatFileSize(1_676_777, 'en')).toBe('1.7 MB');
    expect(formatFileSize(1_676_777, 'fi')).toMatch(/^1,7\s?Mt$|^1,7\s?MB$/);
    // Arabic's short unit («م.ب») is little known; the word is written out.
    expect(formatFileSize(8_400_000, 'ar')).toBe('8.4 ميغابايت');
  });
  test('refuse what is not a size', () => {
    expect(() => formatFileSize(-1, 'en')).toThrow(/Not a file size/);
  });
});

describe('page numbers for the contents', () => {
  const destinations = new Map([
    ['p1', 3],
    ['p2', 7],
    ['p3', 12],
    ['pdf-other', 1],
  ]);

  test('are the pages of the parts’ link targets, in order', () => {
    expect(partStartPages(destinations, 3)).toEqual([3, 7, 12]);
  });
  test('fail when a part is missing from the PDF', () => {
    expect(() => partStartPages(destinations, 4)).toThrow(/part 4 is not in the PDF/);
  });
  test('fail when parts are out of order or overlap the contents', () => {
    expect(() => partStartPages(new Map([['p1', 2]]), 1)).toThrow(/not after the cover and contents/);
    expect(() =>
      partStartPages(
        new Map([
          ['p1', 3],
          ['p2', 3],
        ]),
        2,
      ),
    ).toThrow(/part 2 starts on page 3, not after part 1/);
  });
});

describe('page numbers for the contents and the "see page" references', () => {
  const destinations = new Map([
    ['p1', 3],
    ['p2', 7],
    ['p2-the-decision-path', 9],
  ]);

  test('are the pages of each part and each target, by name', () => {
    expect(printedPageNumbers(destinations, 2, ['p2-the-decision-path', 'p1'])).toEqual({
      p1: 3,
      p2: 7,
      'p2-the-decision-path': 9,
    });
  });
  test('fail when a reference points to something not in the PDF', () => {
    expect(() => printedPageNumbers(destinations, 2, ['p2-gone'])).toThrow(
      /"p2-gone", which is not in the PDF/,
    );
  });
  test('fail as the contents do when a part is missing', () => {
    expect(() => printedPageNumbers(destinations, 3, [])).toThrow(/part 3 is not in the PDF/);
  });
});

test('the missing-browser message says what was looked for, how to get Chromium and how to build without', () => {
  const message = missingBrowserMessage(['/usr/bin/chromium', '/home/me/.cache/ms-playwright/chrome']);
  expect(message).toContain('/usr/bin/chromium, /home/me/.cache/ms-playwright/chrome');
  expect(message).toContain('apt-get install chromium');
  expect(message).toContain('npx playwright install chromium');
  expect(message).toContain('MANUAL_PDF=off');
});

test('MANUAL_PDF switches the PDF editions off, or to "when a browser is found", and only when it says so', () => {
  for (const off of ['off', 'OFF', '0', 'false', 'no']) expect(pdfMode(off)).toBe('off');
  for (const on of [undefined, '', 'on', '1']) expect(pdfMode(on)).toBe('on');
  expect(pdfMode(' Auto ')).toBe('auto');
});
