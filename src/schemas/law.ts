import { z } from 'astro/zod';

import { COUNTRIES, DUTY_HOLDERS, DUTY_KINDS } from '../config/taxonomy.ts';
import { checkedDate, localisedText, text, webAddress } from './fields.ts';

/**
 * A legal duty that can bind a mentor or a professional, in one country:
 * `content/laws/<country>/<name>.yaml`. Each names its act and section as that country
 * writes them and the page where the current text was read.
 */
export const lawSchema = z.object({
  country: z.enum(COUNTRIES, { error: `expected one of ${COUNTRIES.join(', ')}` }),
  kind: z.enum(DUTY_KINDS, { error: `expected one of ${DUTY_KINDS.join(', ')}` }),
  act: text().describe('The act’s official short name in the country’s language: Lastensuojelulaki.'),
  actNumber: text().optional().describe('Its official number, as the source writes it: 417/2007.'),
  section: text()
    .optional()
    .describe(
      'The section, written as that country writes it: 25 §, § 196, 10 kap. 1 §. Leave it out only when ' +
        'the current section could not be read; the page then names the act alone.',
    ),
  binds: z
    .enum(DUTY_HOLDERS, { error: `expected one of ${DUTY_HOLDERS.join(', ')}` })
    .describe('Whom the duty binds.'),
  personal: z
    .boolean({ error: 'expected true or false' })
    .describe('True when the duty rests on the person and telling someone else does not fulfil it.'),
  overridesConfidentiality: z
    .boolean({ error: 'expected true or false' })
    .optional()
    .describe('True when the law says the duty applies despite confidentiality.'),
  duty: localisedText().describe('What the duty asks, in plain words.'),
  source: webAddress().describe('The page with the section’s current text.'),
  checked: checkedDate().describe('When that text was last read.'),
});

export type Law = z.output<typeof lawSchema>;
