import { z } from 'astro/zod';

import { INTENSITIES, SETTINGS } from '../config/taxonomy.ts';
import { checkMinutesAddUp, minutes, moduleSlug, pageFields, text, textList } from './fields.ts';

/** One step of an exercise, with the minutes it takes. */
export const exerciseStepSchema = z.object({
  text: text(),
  minutes: minutes(1, 240),
});

/**
 * A workshop exercise in the catalogue, at `/{lang}/exercises/{slug}/`. The steps'
 * minutes add up to its duration; any intensity other than light needs a care note.
 */
export const exerciseSchema = z
  .object({
    type: z.literal('exercise'),
    ...pageFields,
    modules: z
      .array(moduleSlug(), { error: 'expected a list of the modules this exercise serves' })
      .min(1, { error: 'name at least one module' }),
    duration: minutes(5, 240).describe('Minutes the whole exercise takes.'),
    groupSize: z
      .object(
        {
          min: z.number({ error: 'expected a number of people' }).int().min(1),
          max: z.number({ error: 'expected a number of people' }).int().min(1),
        },
        { error: 'expected min and max, such as { min: 2, max: 20 }' },
      )
      .refine((size) => size.min <= size.max, { error: 'min must not be larger than max' }),
    setting: z.enum(SETTINGS, { error: `expected one of ${SETTINGS.join(', ')}` }),
    intensity: z
      .enum(INTENSITIES, { error: `expected one of ${INTENSITIES.join(', ')}` })
      .describe('How strong the feelings it can stir: light, moderate or deep.'),
    purpose: text().describe('What the exercise is for and what it makes possible.'),
    materials: textList().default([]),
    preparation: textList().default([]),
    steps: z
      .array(exerciseStepSchema, { error: 'expected a list of steps, each with text and minutes' })
      .min(1, { error: 'list at least one step' }),
    debrief: textList(1).describe('Questions for the closing conversation.'),
    careNote: text()
      .optional()
      .describe('How to look after people: the opt-out, signs to watch for, how to close safely.'),
    variations: z
      .array(z.object({ label: text(), text: text() }))
      .default([])
      .describe('Ways to run it online, with a larger group, or in less time.'),
    origin: text().describe(
      'Where the exercise comes from: “Written for this manual”, or the format it adapts.',
    ),
  })
  .superRefine((exercise, context) => {
    checkMinutesAddUp(context, 'steps', exercise.steps, exercise.duration);
    if (exercise.intensity !== 'light' && !exercise.careNote) {
      context.addIssue({
        code: 'custom',
        path: ['careNote'],
        message: `required when intensity is ${exercise.intensity}; say how people can opt out and how to close safely`,
      });
    }
  });

export type Exercise = z.output<typeof exerciseSchema>;
