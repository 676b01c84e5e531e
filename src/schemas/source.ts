import { z } from 'astro/zod';

import { text, webAddress } from './fields.ts';

/**
 * A publication, law or web page the manual rests on, one file each:
 * `content/sources/<name>.yaml`. Pages list the file names in their `sources` field and
 * show them under "Sources", so a title or an address is corrected in one place.
 */
export const sourceSchema = z.object({
  title: text().describe('The title as the publication gives it, in its own language.'),
  author: text().describe('The people or the body that wrote or published it.'),
  year: z
    .number({ error: 'expected a year, such as 2024' })
    .int({ error: 'expected a year, such as 2024' })
    .min(1900)
    .max(2100)
    .optional()
    .describe('The year of publication, if it has one.'),
  url: webAddress().optional().describe('Where a reader can find it, if it is on the web.'),
});

export type Source = z.output<typeof sourceSchema>;
