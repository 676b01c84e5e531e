import { z } from 'astro/zod';

import { checkMinutesAddUp, minutes, moduleSlug, pageFields, slug, text, textList } from './fields.ts';

/** One timed part of a session's agenda. */
export const agendaItemSchema = z.object({
  title: text().describe('What happens, as a trainer would say it: “Welcome and check-in”.'),
  minutes: minutes(1, 240),
  exercise: slug().optional().describe('The exercise run in this part, by file name.'),
});

/**
 * A session of a training module, at `/{lang}/modules/{module}/{session}/`. The agenda's
 * minutes must add up to the session's duration. Trainer notes go in the page body inside
 * `<TrainerNote>`, which keeps them off the projected screen.
 */
export const sessionSchema = z
  .object({
    type: z.literal('session'),
    ...pageFields,
    module: moduleSlug().describe('The module this session belongs to.'),
    order: z
      .number({ error: 'expected the session’s place in its module, such as 1' })
      .int({ error: 'expected a whole number' })
      .min(1, { error: 'expected 1 or more' }),
    duration: minutes(15, 240).describe('Length of the session in minutes.'),
    objectives: textList(1).describe('What participants can do after the session.'),
    materials: textList().default([]),
    agenda: z
      .array(agendaItemSchema, { error: 'expected a list of parts, each with a title and minutes' })
      .min(1, { error: 'list at least one part' }),
    exercises: z.array(slug()).default([]).describe('Exercises used in the session, by file name.'),
    tools: z
      .array(slug())
      .default([])
      .describe('Tools from the toolbox that participants use in or after the session, by file name.'),
    keyPoints: textList(1).describe('What participants should take away.'),
  })
  .superRefine((session, context) => {
    checkMinutesAddUp(context, 'agenda', session.agenda, session.duration);
    for (const [index, item] of session.agenda.entries()) {
      if (item.exercise && !session.exercises.includes(item.exercise)) {
        context.addIssue({
          code: 'custom',
          path: ['agenda', index, 'exercise'],
          message: `part ${index + 1} runs "${item.exercise}", which is missing from exercises`,
        });
      }
    }
  });

export type Session = z.output<typeof sessionSchema>;
export type AgendaItem = z.output<typeof agendaItemSchema>;
