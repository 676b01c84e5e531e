import { existsSync } from 'node:fs';

import { inEveryEdition } from './edition-strings.ts';
import type { LocaleCode } from './locales.ts';
import { sectionNames } from './sections.ts';
import { MODULE_SLUGS } from './taxonomy.ts';

/** A sidebar group's label in every edition. */
type Labels = Record<LocaleCode, string>;

/** Turns per-edition labels into Starlight's `label` plus `translations`, keyed by `lang`. */
function group(labels: Labels, directory: string) {
  const { en, ...translations } = labels;
  return { label: en, translations, items: [{ autogenerate: { directory } }] };
}

/**
 * A single link to a catalogue page, named in every edition. Catalogues with many entries
 * (exercises, stories) are found through their own page, with its filters, rather than
 * a long list repeated in the sidebar of every page.
 */
function catalogue(labels: Labels, slug: string) {
  const { en, ...translations } = labels;
  return { label: en, translations, slug };
}

const content = new URL('../../content/', import.meta.url);

/** Each module that has pages, as a group named after the module in every edition. */
function moduleGroups() {
  return MODULE_SLUGS.filter((slug) => existsSync(new URL(`docs/en/modules/${slug}/`, content))).map((slug) =>
    group(inEveryEdition(`moduleName.${slug}`), `modules/${slug}`),
  );
}

/**
 * The sidebar: one group per part of the manual, filled from its folder in each edition.
 * Labels are written for every edition (in its strings, see `sections.ts`), since a
 * group label is not a page that can fall back to English.
 */
export const sidebar = [
  group(sectionNames.about, 'about'),
  group(sectionNames.manual, 'manual'),
  {
    ...group(sectionNames.training, 'training'),
    // The programmes first, then one group per module, so each is named in the edition's language.
    items: [{ autogenerate: { directory: 'training' } }, ...moduleGroups()],
  },
  catalogue(sectionNames.exercises, 'exercises'),
  group(sectionNames.tools, 'tools'),
  catalogue(sectionNames.stories, 'stories'),
  group(sectionNames.glossary, 'glossary'),
  // The PDF editions: the guide and each module's packs, to print or read offline.
  catalogue(sectionNames.downloads, 'downloads'),
];
