import { z } from 'astro/zod';

import { RUN_BY } from '../config/taxonomy.ts';
import { minutes, pageFields, slug, text } from './fields.ts';

/** Who leads a programme: the trainers of the mentor training, or mentors in their community. */
const LEADERS = RUN_BY.filter((who) => who !== 'mentor-with-partner');

const sessionFormat = 'a session as module/session, such as mental-health-and-resilience/what-keeps-us-well';

/**
 * A part of a programme day: either one of the modules' sessions, which brings its own
 * title and minutes, or another part (a break, an opening round, a part taught from the
 * page itself) with a title and minutes.
 */
const programmePartSchema = z
  .strictObject(
    {
      session: z
        .string({ error: `expected ${sessionFormat}` })
        .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: `expected ${sessionFormat}` })
        .optional()
        .describe('The session, as module/session; its title and minutes come from the session.'),
      title: text().optional().describe('What happens: “Lunch”, “Closing the day”.'),
      minutes: minutes(5, 240).optional(),
      exercise: slug().optional().describe('An exercise run in this part, by file name.'),
      break: z
        .literal(true, { error: 'expected break: true, or leave it out' })
        .optional()
        .describe('A break or a meal: the day needs one at least every 90 minutes.'),
    },
    { error: 'expected a part: session: module/session, or a title with minutes' },
  )
  .superRefine((part, context) => {
    if (part.break && (part.session || part.exercise)) {
      context.addIssue({
        code: 'custom',
        message: 'a break has a title and minutes only, no session or exercise',
      });
      return;
    }
    const message = part.session
      ? part.title || part.minutes
        ? 'a session part takes its title and minutes from the session; leave out title and minutes'
        : undefined
      : !part.title || !part.minutes
        ? `expected ${sessionFormat}, or a title with minutes`
        : undefined;
    if (message) context.addIssue({ code: 'custom', message });
  });

/** One day of a programme, timed from its start. */
export const programmeDaySchema = z.object({
  title: text().describe('The day’s heading: “Day 1”.'),
  start: z
    .string({ error: 'expected a start time such as "09:00", in quotes' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a start time such as "09:00", in quotes' }),
  parts: z
    .array(programmePartSchema, { error: 'expected a list of parts' })
    .min(1, { error: 'list at least one part' }),
});

/**
 * A training programme at `/{lang}/training/{slug}/`: who it is for, its format, and an
 * hour-by-hour plan per day built from the modules' sessions. A programme without `days`
 * describes its plan in the page text.
 */
export const programmeSchema = z.object({
  type: z.literal('programme'),
  ...pageFields,
  participants: text().describe('Who the programme is for.'),
  format: text().describe('How it runs: “Two days in person, for 12 to 20 participants”.'),
  ledBy: z
    .enum(LEADERS, { error: `expected who leads it: one of ${LEADERS.join(', ')}` })
    .describe('Who leads it: trainer, or mentor for a mentor’s own community workshops.'),
  days: z.array(programmeDaySchema).default([]),
});

export type Programme = z.output<typeof programmeSchema>;
export type ProgrammeDay = z.output<typeof programmeDaySchema>;
export type ProgrammePart = ProgrammeDay['parts'][number];
