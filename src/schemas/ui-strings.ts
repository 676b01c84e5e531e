import { z } from 'astro/zod';

import source from '../../content/i18n/en.json' with { type: 'json' };

/**
 * The manual's own interface strings, added to Starlight's in `content/i18n/<lang>.json`.
 * English (`en.json`) is the source: every key in it is required in every edition, so a
 * new label cannot ship half translated. Keys are namespaced by the component that shows
 * them; `{{name}}` marks a value filled in when the label is shown.
 */
export const uiStringsSchema = z.object(
  Object.fromEntries(
    Object.keys(source).map((key) => [
      key,
      z.string({ error: `missing; translate the "${key}" string of content/i18n/en.json` }).min(1),
    ]),
  ) as Record<keyof typeof source, z.ZodString>,
);
