import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

import { docsExtension } from './src/schemas/docs.ts';
import { glossaryTermSchema } from './src/schemas/glossary.ts';
import { uiStringsSchema } from './src/schemas/ui-strings.ts';

export const collections = {
  /** Every page, in every edition: content/docs/<edition>/… */
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: docsExtension }) }),
  /** Interface strings: content/i18n/<edition>.json */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
  /** Glossary terms, one file per term and edition: content/glossary/<edition>/<term>.yaml */
  glossary: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/glossary' }),
    schema: glossaryTermSchema,
  }),
};
