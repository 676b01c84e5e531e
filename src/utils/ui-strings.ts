/**
 * An edition's interface strings at build time, for routes and endpoints outside
 * Starlight's pages, which have no `Astro.locals.t`: the same `content/i18n/<edition>.json`
 * that Starlight reads, filled with `fill`.
 */
import { getEntry } from 'astro:content';

import type { LocaleCode } from '../config/locales.ts';
import { fill } from './strings.ts';

/** Looks up and fills one string of an edition; a missing key stops the build, naming it. */
export type Strings = (key: string, values?: Record<string, string | number>) => string;

/** All of an edition's strings, as they are. */
export async function stringTable(locale: LocaleCode): Promise<Record<string, string>> {
  const entry = await getEntry('i18n', locale);
  if (!entry) throw new Error(`Missing interface strings: content/i18n/${locale}.json`);
  return entry.data as Record<string, string>;
}

/** An edition's strings, as a function like Starlight's `t`. */
export async function uiStrings(locale: LocaleCode): Promise<Strings> {
  const table = await stringTable(locale);
  return (key, values = {}) => {
    const template = table[key];
    if (template === undefined) throw new Error(`content/i18n/${locale}.json has no "${key}"`);
    return fill(template, values);
  };
}
