import { z } from 'astro/zod';

/**
 * The manual's own interface strings, added to Starlight's in `content/i18n/<lang>.json`.
 * Keys are namespaced by the component or page that shows them. English is the source;
 * a test checks that every edition has every key.
 */
export const uiStringsSchema = z.object({
  'editions.title': z
    .string()
    .describe('Heading of the edition chooser at `/`, in the edition’s language: “Choose your language”.'),
  'editions.open': z
    .string()
    .describe('Link text under an edition’s name at `/`: “Read the manual in English”.'),
  'editions.suggested': z
    .string()
    .describe('Badge on the edition that matches the browser’s language: “Your browser’s language”.'),
});

export type UiStrings = z.output<typeof uiStringsSchema>;
