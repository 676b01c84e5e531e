import { z } from 'astro/zod';

import { pageFields } from './fields.ts';

/** An ordinary page of the manual: a guide chapter, an about page, a catalogue. */
export const pageSchema = z.object({
  type: z.literal('page').optional().default('page').describe('Leave out for ordinary pages.'),
  ...pageFields,
});

export type Page = z.output<typeof pageSchema>;
