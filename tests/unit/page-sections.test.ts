import { describe, expect, test } from 'vitest';

import { generatedSections } from '../../src/utils/page-sections.ts';

const slugs = (data: Record<string, unknown>) => {
  const { before, after } = generatedSections(data);
  return { before: before.map((s) => s.slug), after: after.map((s) => s.slug) };
};

describe('the headings a page type adds to its table of contents', () => {
  test('an exercise lists its purpose, steps and debrief before its text, variations after', () => {
    expect(
      slugs({ type: 'exercise', preparation: ['Chairs'], debrief: ['What helped?'], variations: [{}] }),
    ).toEqual({ before: ['purpose', 'preparation', 'steps', 'debrief'], after: ['variations'] });
  });

  test('leaves out a section the page does not draw', () => {
    expect(slugs({ type: 'exercise', preparation: [], debrief: [], variations: [] })).toEqual({
      before: ['purpose', 'steps'],
      after: [],
    });
  });

  test('a session lists its objectives, agenda, materials and tools, and key points last', () => {
    expect(
      slugs({ type: 'session', objectives: ['a'], materials: ['b'], tools: ['c'], keyPoints: ['d'] }),
    ).toEqual({ before: ['objectives', 'agenda', 'materials', 'tools'], after: ['key-points'] });
  });

  test('any page with sources lists them at the end', () => {
    expect(slugs({ sources: ['gdpr'] })).toEqual({ before: [], after: ['sources'] });
  });
});
