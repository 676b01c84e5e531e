import { z } from 'astro/zod';

import { COUNTRIES, EMERGENCIES, SERVICE_KINDS, SERVICE_USERS, WEEKDAYS } from '../config/taxonomy.ts';
import { checkedDate, localisedText, text, webAddress } from './fields.ts';

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(', ')}` });

/** A time of day, 24-hour: '09:00', or '24:00' for midnight at the end of a day. */
const time = () =>
  z
    .string({ error: `expected a time in quotes, such as '09:00'` })
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: `expected a time such as '09:00' or '24:00'` });

/** When a line answers: `always` (day and night, every day), or days and times. */
export const hoursSchema = z.union(
  [
    z.literal('always'),
    z
      .array(
        z.object({
          days: z.array(choice(WEEKDAYS)).min(1, { error: 'name at least one day' }),
          from: time(),
          to: time(),
        }),
      )
      .min(1),
  ],
  { error: `expected always, or a list of { days: [mon, tue], from: '09:00', to: '15:00' }` },
);

/** A way to reach a service: a phone line, a web page (chat, form) or an e-mail address. */
const contactSchema = z
  .object({
    phone: z
      .string({ error: `expected a phone number in quotes, as the service writes it: '09 2525 0111'` })
      .regex(/^\+?\d[\d -]*\d$/, { error: `expected digits and spaces only, such as '116 123'` })
      .optional()
      .describe('The number as the service writes it for callers in the country.'),
    web: webAddress().optional().describe('A page where readers can chat, fill in a form or read more.'),
    email: z.email({ error: 'expected an e-mail address' }).optional(),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, { error: 'expected a two-letter language code, such as fi' }))
      .optional()
      .describe('The languages the line answers in, if the service says.'),
    hours: hoursSchema.optional().describe('Leave out when the service does not state its hours.'),
  })
  .refine((contact) => contact.phone ?? contact.web ?? contact.email, {
    error: 'a contact needs a phone, a web address or an e-mail address',
  });

/**
 * A help route the manual names: `content/services/<country>/<name>.yaml`. Pages show
 * services from here through components; none is typed into a page by hand, so a number
 * is checked, sourced and corrected in one place.
 */
export const serviceSchema = z
  .object({
    country: choice(COUNTRIES).describe('The country the service works in.'),
    kind: choice(SERVICE_KINDS).describe('What kind of help route it is.'),
    name: text().describe('The official name, in the country’s language, as the service writes it.'),
    englishName: text().optional().describe('The service’s own English name, only if it publishes one.'),
    provider: text().optional().describe('Who runs it, by official name.'),
    for: z
      .array(choice(SERVICE_USERS))
      .min(1, { error: `name at least one of ${SERVICE_USERS.join(', ')}` })
      .describe('Whom it is for.'),
    covers: z
      .array(choice(EMERGENCIES))
      .min(1)
      .optional()
      .describe('For emergency numbers: what the number answers for (police, medical, fire).'),
    anonymous: z
      .boolean({ error: 'expected true or false' })
      .optional()
      .describe('Only if the source says so.'),
    free: z.boolean({ error: 'expected true or false' }).optional().describe('Only if the source says so.'),
    contacts: z
      .array(contactSchema)
      .default([])
      .describe('Phone lines and web pages, in the order to try them.'),
    how: localisedText()
      .optional()
      .describe('How or when to use it, in one plain sentence without numbers; required without a phone.'),
    source: webAddress().describe('The page that states the number, read when it was checked.'),
    checked: checkedDate().describe('When the source was last read and found to say this.'),
  })
  .superRefine((service, context) => {
    if (!service.how && !service.contacts.some((contact) => contact.phone)) {
      context.addIssue({
        code: 'custom',
        path: ['how'],
        message: 'a service without a phone number needs `how`: one sentence saying how to reach it',
      });
    }
    if (service.how && /\d{3}/.test(Object.values(service.how).join(' '))) {
      context.addIssue({
        code: 'custom',
        path: ['how'],
        message: 'phone numbers go in `contacts`, not in `how`, so that each is written once',
      });
    }
    if ((service.kind === 'emergency') !== (service.covers !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['covers'],
        message: 'emergency numbers, and only they, say what they cover: police, medical, fire',
      });
    }
  });

export type Service = z.output<typeof serviceSchema>;
