import { z } from 'astro/zod';

import { pageFields, slug, text, textList } from './fields.ts';

/**
 * A training module: the overview page at `/{lang}/modules/{module}/`. Its schedule and
 * total duration are computed from its sessions.
 */
export const moduleSchema = z.object({
  type: z.literal('module'),
  ...pageFields,
  number: z
    .number({ error: 'expected the module’s number, 1 to 4' })
    .int({ error: 'expected 1, 2, 3 or 4' })
    .min(1, { error: 'expected 1, 2, 3 or 4' })
    .max(4, { error: 'expected 1, 2, 3 or 4' })
    .describe('The module’s place in the training, 1 to 4.'),
  purpose: text().describe('Why the module matters, in one or two sentences.'),
  participants: text().describe('Who the module is for.'),
  objectives: textList(1).describe('Learning objectives: what participants can do afterwards.'),
  prerequisites: textList().default([]).describe('What participants should know or have done first.'),
  materials: textList().default([]).describe('Materials for the whole module.'),
  preparation: textList().default([]).describe('What the trainer prepares before the module.'),
  sessions: z
    .array(slug(), { error: 'expected a list of session file names, in teaching order' })
    .min(1, { error: 'list at least one session' })
    .describe('The module’s sessions in teaching order, by file name (without .mdx).'),
});

export type Module = z.output<typeof moduleSchema>;
