import { z } from 'astro/zod';

import { slug, text } from './fields.ts';

/**
 * A glossary term, one file per term and edition: `content/glossary/<edition>/<id>.yaml`.
 * The file name is the term's anchor on the glossary page (`/{lang}/glossary/#<id>`) and is
 * the same in every edition.
 */
export const glossaryTermSchema = z.object({
  term: text().describe('The term as it appears in text.'),
  definition: text().describe('A plain-language definition of one to three sentences.'),
  related: z.array(slug()).default([]).describe('File names of related terms.'),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
