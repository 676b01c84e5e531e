import { z } from 'astro/zod';

import { TOOL_KINDS } from '../config/taxonomy.ts';
import { AUDIENCES, pageFields, text } from './fields.ts';

/** A practical tool, at `/{lang}/tools/{slug}/`. */
export const toolSchema = z.object({
  type: z.literal('tool'),
  ...pageFields,
  kind: z.enum(TOOL_KINDS, { error: `expected one of ${TOOL_KINDS.join(', ')}` }),
  purpose: text().describe('What the tool is for.'),
  usedBy: z
    .array(z.enum(AUDIENCES, { error: `expected one or more of ${AUDIENCES.join(', ')}` }))
    .min(1, { error: 'name at least one user' })
    .describe('Who uses the tool.'),
  when: text().describe('When to use it: “before a first meeting”, “after every session”.'),
  printable: z.boolean({ error: 'expected true or false' }).describe('Whether it is laid out to print.'),
});

export type Tool = z.output<typeof toolSchema>;
