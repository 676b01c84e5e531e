import { z } from 'astro/zod';

import { pageFields, text } from './fields.ts';

/**
 * A story or testimonial, at `/{lang}/stories/{slug}/`. A story told by a real person
 * needs their recorded consent; until such stories arrive, stories are composites.
 */
export const storySchema = z
  .object({
    type: z.literal('story'),
    ...pageFields,
    teller: text().describe(
      'Whose story it is, by role, never a name unless consented: “A community mentor in a city”.',
    ),
    composite: z
      .boolean({ error: 'expected true or false' })
      .describe('True when the story is put together from several situations, not one person’s account.'),
    consent: z
      .object({
        recorded: z.boolean({ error: 'expected true or false' }),
        note: text().optional().describe('Where and how consent is recorded, without personal data.'),
      })
      .describe('Consent of the person whose story it is.'),
  })
  .superRefine((story, context) => {
    if (!story.composite && !story.consent.recorded) {
      context.addIssue({
        code: 'custom',
        path: ['consent', 'recorded'],
        message: 'a story that is not a composite needs the teller’s recorded consent',
      });
    }
  });

export type Story = z.output<typeof storySchema>;
