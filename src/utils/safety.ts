import { getCollection, getEntry } from 'astro:content';

import { defaultLocale, locales, type LocaleCode } from '../config/locales.ts';
import { RETENTION_MONTHS } from '../config/records.ts';
import { COUNTRIES, SERVICE_KINDS } from '../config/taxonomy.ts';
import type { Law } from '../schemas/law.ts';
import type { SafetyText } from '../schemas/safety.ts';
import type { Service } from '../schemas/service.ts';
import { editionOf } from './entries.ts';
import { fill } from './strings.ts';

/** Text in the language it is written in, for the `lang` attribute of what shows it. */
export interface InLanguage<T> {
  value: T;
  /** BCP 47 tag of the text. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The language the safety texts of a page are shown in: the page's own. A page shown in
 * English in another edition (a fallback) gets the English texts, so that a page is never
 * half in one language and half in another.
 */
function contentLocale(locals: App.Locals): LocaleCode {
  return locals.starlightRoute.isFallback ? defaultLocale : editionOf(locals);
}

/**
 * The safety texts for a page: the edition's translation, or the English ones until there
 * is one. `{{months}}` is filled with the one retention rule.
 */
export async function safetyText(locals: App.Locals): Promise<InLanguage<SafetyText>> {
  const wanted = contentLocale(locals);
  const entry = (await getEntry('safety', wanted)) ?? (await getEntry('safety', defaultLocale));
  if (!entry) throw new Error(`Missing safety texts: content/safety/${defaultLocale}.yaml`);
  const locale = entry.id as LocaleCode;
  const value = JSON.parse(JSON.stringify(entry.data), (_key, text: unknown) =>
    typeof text === 'string' ? fill(text, { months: RETENTION_MONTHS }) : text,
  ) as SafetyText;
  return { value, lang: locales[locale].lang, dir: locales[locale].dir };
}

/**
 * The attributes of an element that shows a safety text: its language and direction, and,
 * when it stands in for a translation not made yet (English on a Finnish page),
 * `data-pagefind-ignore`, so that an edition's search index holds its own language only.
 */
export function textAttributes(
  text: { lang: string; dir: 'ltr' | 'rtl' },
  locals: App.Locals,
): { lang: string; dir: 'ltr' | 'rtl'; 'data-pagefind-ignore'?: '' } {
  const standIn = !locals.starlightRoute.isFallback && text.lang !== locales[editionOf(locals)].lang;
  return { lang: text.lang, dir: text.dir, ...(standIn ? { 'data-pagefind-ignore': '' as const } : {}) };
}

/** A sentence kept with data, `{ en: '…', fi: '…' }`, in the page's language or English. */
export function localised(
  text: Partial<Record<LocaleCode, string>> & { en: string },
  locals: App.Locals,
): InLanguage<string> {
  const wanted = contentLocale(locals);
  const locale = text[wanted] ? wanted : defaultLocale;
  return { value: text[locale] ?? text.en, lang: locales[locale].lang, dir: locales[locale].dir };
}

/** Every help route, by country in the manual's order and by kind in the order of need. */
export async function services(): Promise<Service[]> {
  const all = (await getCollection('services')).map((entry) => entry.data);
  return all.sort(
    (a, b) =>
      COUNTRIES.indexOf(a.country) - COUNTRIES.indexOf(b.country) ||
      SERVICE_KINDS.indexOf(a.kind) - SERVICE_KINDS.indexOf(b.kind) ||
      a.name.localeCompare(b.name),
  );
}

/** Every legal duty, by country in the manual's order. */
export async function laws(): Promise<Law[]> {
  const all = (await getCollection('laws')).map((entry) => entry.data);
  return all.sort((a, b) => COUNTRIES.indexOf(a.country) - COUNTRIES.indexOf(b.country));
}
