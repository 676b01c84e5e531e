/**
 * The headings a page type draws around the page's own text (an exercise's purpose, steps
 * and debrief; a session's objectives and agenda; the sources of any page), so that the
 * table of contents lists them with the headings typed in the text, and a facilitator can
 * jump to the debrief. Each matches the `id` its component gives the heading.
 */
import { isOfType, type PageData } from './page-data.ts';

/**
 * A generated heading: its anchor, and the interface string of its text or, for a heading
 * written in the page's data (a programme's day), the text itself.
 */
export type GeneratedSection = { slug: string; label: string } | { slug: string; text: string };

/** True when a page's MDX body has a participant handout: the `<Handout>` component. */
export function hasHandoutSection(body: string | undefined): boolean {
  return /<Handout[\s>]/.test(body ?? '');
}

/** True when a page's MDX body has a form to fill in: the `<Form>` component. */
export function hasFormSection(body: string | undefined): boolean {
  return /<Form>/.test(body ?? '');
}

/**
 * The generated headings before the page's own text and after it, in the order drawn.
 * The participant handout (`<Handout>`) closes the page's own text, before what follows it.
 */
export function generatedSections(
  data: PageData,
  body?: string,
): {
  before: GeneratedSection[];
  after: GeneratedSection[];
} {
  const before: GeneratedSection[] = [];
  const after: GeneratedSection[] = [];
  if (hasHandoutSection(body)) after.push({ slug: 'participant-handout', label: 'handout.title' });
  if (isOfType(data, 'exercise')) {
    before.push({ slug: 'purpose', label: 'exercise.purpose' });
    if (data.careNote) before.push({ slug: 'care-note', label: 'exercise.careNote' });
    if (data.preparation.length > 0) before.push({ slug: 'preparation', label: 'exercise.preparation' });
    before.push({ slug: 'steps', label: 'exercise.steps' });
    before.push({ slug: 'debrief', label: 'exercise.debrief' });
    if (data.variations.length > 0) after.push({ slug: 'variations', label: 'exercise.variations' });
  }
  if (isOfType(data, 'session')) {
    before.push({ slug: 'objectives', label: 'session.objectives' });
    before.push({ slug: 'agenda', label: 'session.agenda' });
    if (data.materials.length > 0) before.push({ slug: 'materials', label: 'session.materials' });
    if (data.tools.length > 0) before.push({ slug: 'tools', label: 'session.tools' });
    after.push({ slug: 'key-points', label: 'session.keyPoints' });
  }
  if (isOfType(data, 'programme')) {
    before.push({ slug: 'participants', label: 'training.participants' });
    for (const [index, day] of data.days.entries())
      before.push({ slug: `day-${index + 1}`, text: day.title });
    if (data.days.length > 0) {
      after.push({ slug: 'run-sheets', label: 'programme.runSheets' });
      after.push({ slug: 'print-list', label: 'programme.printList' });
    }
  }
  if (data.sources.length > 0) after.push({ slug: 'sources', label: 'sources.title' });
  return { before, after };
}
