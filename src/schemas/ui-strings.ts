import { z } from 'astro/zod';

import source from '../../content/i18n/en.json' with { type: 'json' };

/**
 * The plural forms a language may add to a string that counts (`facts.minutes_few`): i18next
 * picks the one the language's plural rules name for `count` and falls back to the plain key.
 * Arabic needs them: 5 دقائق but 20 دقيقة.
 */
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * The manual's own interface strings, added to Starlight's in `content/i18n/<lang>.json`.
 * English (`en.json`) is the source: every key in it is required in every edition, so a
 * new label cannot ship half translated. Keys are namespaced by the component that shows
 * them; `{{name}}` marks a value filled in when the label is shown.
 */
export const uiStringsSchema = z.object(
  Object.fromEntries(
    Object.keys(source).flatMap((key) => [
      [key, z.string({ error: `missing; translate the "${key}" string of content/i18n/en.json` }).min(1)],
      ...PLURAL_FORMS.map((form) => [`${key}_${form}`, z.string().min(1).optional()]),
    ]),
  ) as Record<keyof typeof source, z.ZodString>,
);
