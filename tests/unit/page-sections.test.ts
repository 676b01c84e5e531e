import { describe, expect, test } from 'vitest';

import type { PageData } from '../../src/utils/page-data.ts';
import { generatedSections as sectionsOf } from '../../src/utils/page-sections.ts';

/** A page with the fields a test is about, and the lists its schema fills in when left out. */
const generatedSections = (data: object, body?: string) =>
  sectionsOf(
    {
      sources: [],
      preparation: [],
      variations: [],
      materials: [],
      tools: [],
      days: [],
      ...data,
    } as unknown as PageData,
    body,
  );

const slugs = (data: object) => {
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
      before: ['purpose', 'steps', 'debrief'],
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

  test('a session leaves out materials and tools it does not have', () => {
    expect(slugs({ type: 'session', objectives: ['a'], keyPoints: ['d'] })).toEqual({
      before: ['objectives', 'agenda'],
      after: ['key-points'],
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
