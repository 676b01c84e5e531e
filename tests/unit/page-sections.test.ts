import { describe, expect, test } from 'vitest';

import { generatedSections } from '../../src/utils/page-sections.ts';

const slugs = (data: Record<string, unknown>) => {
  const { before, after } = generatedSections(data);
  return { before: before.map((s) => s.slug), after: after.map((s) => s.slug) };
};

describe('the headings a page type adds to its table of contents', () => {
  test('an exercise lists its purpose, care note, steps and debrief before its text, variations after', () => {
    expect(
      slugs({
        type: 'exercise',
        careNote: ['Offer a way out.'],
        preparation: ['Chairs'],
        debrief: { minutes: 5, questions: ['What helped?'] },
        variations: [{}],
      }),
    ).toEqual({
      before: ['purpose', 'care-note', 'preparation', 'steps', 'debrief'],
      after: ['variations'],
    });
  });

  test('leaves out a section the page does not draw', () => {
    expect(slugs({ type: 'exercise', preparation: [], variations: [] })).toEqual({
      before: ['purpose', 'steps'],
      after: [],
    });
  });

  test('a participant handout closes the page’s own text, before what the page type adds after it', () => {
    const body = '## Part one\n\nText.\n\n<Handout>\n\nTake home.\n\n</Handout>\n';
    const { after } = generatedSections({ type: 'session', keyPoints: ['One'] }, body);
    expect(after).toEqual([
      { slug: 'participant-handout', label: 'handout.title' },
      { slug: 'key-points', label: 'session.keyPoints' },
    ]);
    expect(generatedSections({ type: 'session', keyPoints: ['One'] }, '## Part one').after).toHaveLength(1);
  });

  test('a programme lists who it is for and each day, and its run sheets and print list last', () => {
    const { before, after } = generatedSections({ type: 'programme', days: [{ title: 'Day 1' }] });
    expect(before).toEqual([
      { slug: 'participants', label: 'training.participants' },
      { slug: 'day-1', text: 'Day 1' },
    ]);
    expect(after.map((section) => section.slug)).toEqual(['run-sheets', 'print-list']);
    expect(slugs({ type: 'programme', days: [] })).toEqual({ before: ['participants'], after: [] });
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
