import { z } from 'astro/zod';

import { INTENSITIES, RUN_BY, SETTINGS } from '../config/taxonomy.ts';
import { minutes, moduleSlug, pageFields, shortText, text, textList } from './fields.ts';

/** One step of an exercise, with the minutes it takes. */
export const exerciseStepSchema = z.object({
  text: text(),
  minutes: minutes(1, 240),
});

/** Debrief time a question needs at least: a few voices, not a full round. */
export const MINUTES_PER_DEBRIEF_QUESTION = 3;

/** Words a purpose may have, so a facilitator takes it in at a glance. */
export const PURPOSE_WORDS = 60;

/** The closing conversation: its questions and the minutes set aside for them. */
export const debriefSchema = z
  .object(
    {
      minutes: minutes(3, 60),
      questions: textList(1),
    },
    { error: 'expected minutes and questions, such as { minutes: 10, questions: [...] }' },
  )
  .superRefine((debrief, context) => {
    const needed = debrief.questions.length * MINUTES_PER_DEBRIEF_QUESTION;
    if (debrief.minutes < needed) {
      context.addIssue({
        code: 'custom',
        path: ['minutes'],
        message: `${debrief.minutes} minutes for ${debrief.questions.length} questions; give at least ${needed} (${MINUTES_PER_DEBRIEF_QUESTION} a question) or ask fewer`,
      });
    }
  });

/**
 * A workshop exercise in the catalogue, at `/{lang}/exercises/{slug}/`. Its steps and its
 * debrief add up to its duration, so the time a page promises covers everything it asks;
 * any intensity other than light needs a care note; a deep one is never run by a mentor
 * alone.
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
    runBy: z
      .enum(RUN_BY, { error: `expected who may run it: one of ${RUN_BY.join(', ')}` })
      .describe('Who may run it: a trained mentor, a mentor with a professional partner, or a trainer only.'),
    purpose: shortText(PURPOSE_WORDS).describe('What the exercise is for and what it makes possible.'),
    materials: textList().default([]),
    preparation: textList().default([]),
    steps: z
      .array(exerciseStepSchema, { error: 'expected a list of steps, each with text and minutes' })
      .min(1, { error: 'list at least one step' }),
    debrief: debriefSchema.describe('The closing conversation: its minutes and questions.'),
    careNote: textList(1)
      .optional()
      .describe(
        'How to look after people, as short points: the opt-out, signs to watch for, how to close safely.',
      ),
    variations: z
      .array(z.object({ label: text(), text: text() }))
      .default([])
      .describe('Ways to run it online, with a larger group, or in less time.'),
    origin: text().describe(
      'Where the exercise comes from: “Written for this manual”, or the format it adapts.',
    ),
  })
  .superRefine((exercise, context) => {
    const planned = exercise.steps.reduce((sum, step) => sum + step.minutes, 0) + exercise.debrief.minutes;
    if (planned !== exercise.duration) {
      context.addIssue({
        code: 'custom',
        path: ['duration'],
        message: `the steps and the debrief add up to ${planned} minutes, but duration is ${exercise.duration} minutes`,
      });
    }
    if (exercise.intensity !== 'light' && !exercise.careNote) {
      context.addIssue({
        code: 'custom',
        path: ['careNote'],
        message: `required when intensity is ${exercise.intensity}; say how people can opt out and how to close safely`,
      });
    }
    if (exercise.intensity === 'deep' && exercise.runBy === 'mentor') {
      context.addIssue({
        code: 'custom',
        path: ['runBy'],
        message:
          'a deep exercise needs a professional partner or a trainer; expected mentor-with-partner or trainer',
      });
    }
  });

export type Exercise = z.output<typeof exerciseSchema>;
