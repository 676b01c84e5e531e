/**
 * The headings a page type draws around the page's own text (an exercise's purpose, steps
 * and debrief; a session's objectives and agenda; the sources of any page), so that the
 * table of contents lists them with the headings typed in the text, and a facilitator can
 * jump to the debrief. Each matches the `id` its component gives the heading.
 */

/**
 * A generated heading: its anchor, and the interface string of its text or, for a heading
 * written in the page's data (a programme's day), the text itself.
 */
export type GeneratedSection = { slug: string; label: string } | { slug: string; text: string };

const has = (value: unknown) => Array.isArray(value) && value.length > 0;

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
  data: Record<string, unknown>,
  body?: string,
): {
  before: GeneratedSection[];
  after: GeneratedSection[];
} {
  const before: GeneratedSection[] = [];
  const after: GeneratedSection[] = [];
  if (hasHandoutSection(body)) after.push({ slug: 'participant-handout', label: 'handout.title' });
  if (data['type'] === 'exercise') {
    before.push({ slug: 'purpose', label: 'exercise.purpose' });
    if (has(data['careNote'])) before.push({ slug: 'care-note', label: 'exercise.careNote' });
    if (has(data['preparation'])) before.push({ slug: 'preparation', label: 'exercise.preparation' });
    before.push({ slug: 'steps', label: 'exercise.steps' });
    if (data['debrief']) before.push({ slug: 'debrief', label: 'exercise.debrief' });
    if (has(data['variations'])) after.push({ slug: 'variations', label: 'exercise.variations' });
  }
  if (data['type'] === 'session') {
    if (has(data['objectives'])) before.push({ slug: 'objectives', label: 'session.objectives' });
    before.push({ slug: 'agenda', label: 'session.agenda' });
    if (has(data['materials'])) before.push({ slug: 'materials', label: 'session.materials' });
    if (has(data['tools'])) before.push({ slug: 'tools', label: 'session.tools' });
    if (has(data['keyPoints'])) after.push({ slug: 'key-points', label: 'session.keyPoints' });
  }
  if (data['type'] === 'programme') {
    before.push({ slug: 'participants', label: 'training.participants' });
    const days = Array.isArray(data['days']) ? (data['days'] as { title?: unknown }[]) : [];
    for (const [index, day] of days.entries())
      before.push({ slug: `day-${index + 1}`, text: String(day.title) });
    if (days.length > 0) {
      after.push({ slug: 'run-sheets', label: 'programme.runSheets' });
      after.push({ slug: 'print-list', label: 'programme.printList' });
    }
  }
  if (has(data['sources'])) after.push({ slug: 'sources', label: 'sources.title' });
  return { before, after };
}
