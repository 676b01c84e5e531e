import { z } from 'astro/zod';

import { AUDIENCES, MODULE_SLUGS } from '../config/taxonomy.ts';
import { defaultLocale, localeCodes } from '../config/locales.ts';

export { AUDIENCES, MODULE_SLUGS, type Audience, type ModuleSlug } from '../config/taxonomy.ts';

/**
 * Building blocks shared by the content schemas. Every message is written for an editor
 * reading a build error: it says what was expected, in plain words.
 */

/** A non-empty line of text. */
export const text = () => z.string({ error: `expected text` }).trim().min(1, { error: `must not be empty` });

/** Words in a text, counted as a reader would: runs of letters or digits between spaces. */
export const wordCount = (value: string) =>
  value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Non-empty text of at most `max` words, for fields a reader should take in at a glance. */
export const shortText = (max: number) =>
  text().refine((value) => wordCount(value) <= max, {
    error: (issue) => `has ${wordCount(String(issue.input))} words; keep it to ${max} or fewer`,
  });

/** A list of non-empty lines of text, with at least `min` items. */
export const textList = (min = 0) =>
  z
    .array(text(), { error: `expected a list (lines starting with "- ")` })
    .min(min, { error: `list at least ${min}` });

/** A whole number of minutes within a range. */
export const minutes = (min = 1, max = 480) =>
  z
    .number({ error: `expected a number of minutes, such as 30` })
    .int({ error: `expected whole minutes` })
    .min(min, { error: `at least ${min} minutes` })
    .max(max, { error: `at most ${max} minutes` });

/** The file name of another entry, lower case with hyphens, such as `river-of-life`. */
export const slug = () =>
  z
    .string({ error: `expected the file name of an entry, such as river-of-life` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `expected lower-case letters, digits and hyphens, such as river-of-life`,
    });

/** One of the four module slugs. */
export const moduleSlug = () => z.enum(MODULE_SLUGS, { error: `expected one of ${MODULE_SLUGS.join(', ')}` });

/** A web address, such as https://example.org/page. */
export const webAddress = () =>
  z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' });

/**
 * The day someone last read a source and found it still says what the manual says, written
 * as 2026-11-26. A help route or a law is only as good as its last check, so it is shown.
 */
export const checkedDate = () =>
  z.coerce
    .date({ error: 'expected the date it was checked, such as 2026-11-26' })
    .refine((date) => date.getTime() <= Date.now(), { error: 'the date it was checked is in the future' });

/**
 * A sentence kept with data rather than in a page (a service's route, a law's duty),
 * written in English and translated beside it: `{ en: "…", fi: "…" }`.
 */
export const localisedText = () =>
  z
    .object(
      Object.fromEntries(
        localeCodes.map((code) => [code, code === defaultLocale ? text() : text().optional()]),
      ) as Record<(typeof localeCodes)[number], ReturnType<typeof text>>,
      { error: `expected the text by edition, such as { ${defaultLocale}: "…" }` },
    )
    // An unknown key is most likely a mistyped edition code: say so rather than drop it.
    .strict();

/** Fields every page has, whatever its type. */
export const pageFields = {
  description: text().describe(
    'One or two sentences saying what the page offers. Shown in search results and link previews.',
  ),
  audience: z
    .array(z.enum(AUDIENCES, { error: `expected one or more of ${AUDIENCES.join(', ')}` }), {
      error: `expected a list of readers, one or more of ${AUDIENCES.join(', ')}`,
    })
    .min(1, { error: `name at least one of ${AUDIENCES.join(', ')}` })
    .describe('Who the page is written for: mentor, trainer, practitioner, public.'),
  sources: z
    .array(slug(), { error: 'expected a list of file names from content/sources/, such as [gdpr]' })
    .default([])
    .describe(
      'Where the research findings and legal facts on the page come from: file names of content/sources/.',
    ),
  translation: z
    .object(
      {
        reviewed: z
          .boolean({ error: 'expected true or false' })
          .describe(
            'True once a native-speaking reviewer has checked the translation against the English page.',
          ),
      },
      { error: 'expected { reviewed: true } or { reviewed: false }' },
    )
    .optional()
    .describe(
      'Translated pages only: whether a native-speaking reviewer has checked it. Until then readers are told.',
    ),
};

/**
 * Checks that timed parts add up to the stated duration, reporting on the list's field:
 * "the steps add up to 25 minutes, but duration is 30 minutes".
 */
export function checkMinutesAddUp(
  context: z.RefinementCtx,
  field: string,
  parts: readonly { minutes: number }[],
  duration: number,
): void {
  const total = parts.reduce((sum, part) => sum + part.minutes, 0);
  if (total !== duration) {
    context.addIssue({
      code: 'custom',
      path: [field],
      message: `the ${field === 'agenda' ? 'parts' : field} add up to ${total} minutes, but duration is ${duration} minutes`,
    });
  }
}
