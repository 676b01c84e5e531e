import { expect, test } from 'vitest';

import { headingOutline, outlineShape } from '../../src/utils/heading-outline.ts';

test('lists a page’s Markdown headings with the anchors Astro gives them', () => {
  const body = [
    "import Term from '~/components/glossary/Term.astro';",
    '',
    '## The decision path',
    '',
    '<TrainerNote>',
    '',
    '## Inside a component',
    '',
    '</TrainerNote>',
    '',
    '### If someone is in `immediate` danger',
    '',
    '## The decision path',
    '',
    '```text',
    '## not a heading',
    '```',
  ].join('\n');
  const outline = headingOutline(body);
  expect(outline.map(({ depth, id }) => ({ depth, id }))).toEqual([
    { depth: 2, id: 'the-decision-path' },
    { depth: 2, id: 'inside-a-component' },
    { depth: 3, id: 'if-someone-is-in-immediate-danger' },
    // The second heading of the same text gets a number, as in Astro.
    { depth: 2, id: 'the-decision-path-1' },
  ]);
  expect(outlineShape(outline)).toBe('## ## ### ##');
});

test('reads a plain Markdown page as Markdown, where braces are text', () => {
  expect(headingOutline('## Ages {13–17}\n\nText.', 'md').map((heading) => heading.id)).toEqual([
    'ages-1317',
  ]);
});
