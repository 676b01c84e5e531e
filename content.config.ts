import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

import { docsExtension } from './src/schemas/docs.ts';
import { glossaryTermSchema } from './src/schemas/glossary.ts';
import { lawSchema } from './src/schemas/law.ts';
import { safetySchema } from './src/schemas/safety.ts';
import { serviceSchema } from './src/schemas/service.ts';
import { sourceSchema } from './src/schemas/source.ts';
import { uiStringsSchema } from './src/schemas/ui-strings.ts';

const starlightSchema = docsSchema({ extend: docsExtension });

/**
 * Starlight's page schema with ours, and one rule for the sidebar: a module's overview comes
 * first in its group and its sessions follow in teaching order, without each file having
 * to repeat its `order` as `sidebar.order`.
 */
const pageSchema = (context: SchemaContext) =>
  starlightSchema(context).transform((page) => {
    const place = page.type === 'module' ? 0 : page.type === 'session' ? page.order : undefined;
    return place === undefined || page.sidebar.order !== undefined
      ? page
      : { ...page, sidebar: { ...page.sidebar, order: place } };
  });

export const collections = {
  /** Every page, in every edition: content/docs/<edition>/… */
  docs: defineCollection({ loader: docsLoader(), schema: pageSchema }),
  /** Interface strings: content/i18n/<edition>.json */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
  /** Glossary terms, one file per term and edition: content/glossary/<edition>/<term>.yaml */
  glossary: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/glossary' }),
    schema: glossaryTermSchema,
  }),
  /** Help routes, one file per service: content/services/<country>/<name>.yaml */
  services: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/services' }),
    schema: serviceSchema,
  }),
  /** Legal duties, one file per duty: content/laws/<country>/<name>.yaml */
  laws: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/laws' }),
    schema: lawSchema,
  }),
  /** Publications and laws pages cite, one file each: content/sources/<name>.yaml */
  sources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/sources' }),
    schema: sourceSchema,
  }),
  /** The safety texts, one file per edition: content/safety/<edition>.yaml */
  safety: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/safety' }),
    schema: safetySchema,
  }),
};
