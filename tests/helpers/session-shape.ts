import { parse } from 'yaml';

/**
 * The shape every session page keeps, so that a trainer (and the projector view) can rely
 * on it: one `##` section per agenda part, titled like the part and in the same order,
 * with at most a screenful of projected words and a trainer note that starts with the
 * part's timing; notes for questions, upset and extremist views; the participant handout
 * last, with no trainer notes in it. The schema checks each field; this checks the page
 * text against its own frontmatter.
 */

/** Words a section may put on the projected screen. */
export const SCREEN_WORDS = 100;

interface AgendaPart {
  title: string;
  minutes: number;
  exercise?: string;
}

/** Splits an MDX file into its frontmatter data and body. */
export function splitPage(text: string): { data: Record<string, unknown>; body: string } {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: (parse(frontmatter) ?? {}) as Record<string, unknown>, body };
}

/** The `##` sections of a page body: heading and the text up to the next one. */
export function sections(body: string): { heading: string; text: string }[] {
  return body
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const [heading = '', ...rest] = chunk.split('\n');
      return { heading: heading.trim(), text: rest.join('\n') };
    });
}

const trainerNotes = /<TrainerNote[^>]*>([\s\S]*?)<\/TrainerNote>/g;

/** The words a section puts on the projected screen: everything outside trainer notes. */
export function projectedWords(text: string): number {
  return text
    .replace(trainerNotes, '')
    .replace(/^:::.*$/gm, '')
    .split(/\s+/)
    .filter((word) => /\p{L}|\d/u.test(word)).length;
}

/**
 * What is wrong with a session page's shape, one message per problem; empty when sound.
 * `exerciseMinutes` gives an exercise's duration by its slug.
 */
export function sessionShapeProblems(text: string, exerciseMinutes: (slug: string) => number): string[] {
  const problems: string[] = [];
  const { data, body } = splitPage(text);
  const agenda = (data['agenda'] ?? []) as AgendaPart[];
  const parts = sections(body);
  const duration = Number(data['duration']);
  if (!(duration >= 45 && duration <= 120))
    problems.push(`lasts ${duration} minutes; a session is 45 to 120`);

  const expected = [...agenda.map((part) => part.title), 'Participant handout'];
  const headings = parts.map((part) => part.heading);
  if (headings.join('\n') !== expected.join('\n')) {
    problems.push(`## headings are [${headings.join(' | ')}], expected [${expected.join(' | ')}]`);
  }
  for (const [index, part] of agenda.entries()) {
    const section = parts[index];
    if (section?.heading !== part.title) continue;
    const words = projectedWords(section.text);
    if (words > SCREEN_WORDS) {
      problems.push(
        `“${part.title}” puts ${words} words on screen; move some into a trainer note (at most ${SCREEN_WORDS})`,
      );
    }
    const [first] = [...section.text.matchAll(trainerNotes)].map(([, note = '']) => note.trim());
    if (!first?.startsWith(`**Timing (${part.minutes} minutes).**`)) {
      problems.push(`“${part.title}” needs a trainer note starting **Timing (${part.minutes} minutes).**`);
    }
    if (part.exercise) {
      const minutes = exerciseMinutes(part.exercise);
      if (minutes !== part.minutes) {
        problems.push(
          `“${part.title}” gives ${part.minutes} minutes to ${part.exercise}, which takes ${minutes}`,
        );
      }
    }
  }
  for (const needed of [
    '**Common questions.**',
    '<TrainerNote title="If someone becomes upset">',
    '<TrainerNote title="If a participant voices extremist views">',
  ]) {
    if (!body.includes(needed)) problems.push(`has no ${needed}`);
  }
  if (parts.at(-1)?.text.includes('<TrainerNote'))
    problems.push('the participant handout has a trainer note in it');
  return problems;
}
