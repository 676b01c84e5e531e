import { getCollection } from 'astro:content';

import { defaultLocale, isLocaleCode, type LocaleCode } from '../config/locales.ts';
import { isOfType, type DataOf, type DocsEntry, type EntryType } from './page-data.ts';

/** A page of one type, shown in an edition: its own translation, or the English page. */
export interface EditionEntry<T extends EntryType> {
  entry: DocsEntry;
  data: DataOf<T>;
  /** The page's path inside an edition, such as `exercises/circle-of-support`. */
  path: string;
  /** Address of the page in the edition being shown. */
  href: string;
  /** True when the edition has no translation and the English page stands in. */
  isFallback: boolean;
}

/** Splits a page id (`fi/exercises/circle-of-support`) into its edition and path. */
function splitId(id: string): { locale: LocaleCode; path: string } {
  const [locale = '', ...rest] = id.split('/');
  if (!isLocaleCode(locale))
    throw new Error(`Page "${id}" is not inside an edition folder (content/docs/<edition>/)`);
  return { locale, path: rest.join('/') };
}

/** The address of a page path in an edition, with the trailing slash the site uses. */
export function pageHref(locale: LocaleCode, path: string): string {
  return path ? `/${locale}/${path}/` : `/${locale}/`;
}

/** A page as an edition shows it, whatever its type. */
export type EditionPage = Omit<EditionEntry<EntryType>, 'data'>;

/**
 * Every page as an edition shows it, in the English order of file names: the edition's
 * translation where there is one, the English page otherwise.
 */
export async function editionPages(locale: LocaleCode): Promise<EditionPage[]> {
  const all = await getCollection('docs');
  const byId = new Map(all.map((entry) => [entry.id, entry]));
  return all
    .filter((entry) => splitId(entry.id).locale === defaultLocale)
    .map((source) => {
      const { path } = splitId(source.id);
      // An edition's home page has the edition as its whole id (`fi`), with no path.
      const translation = byId.get(path ? `${locale}/${path}` : locale);
      return { entry: translation ?? source, path, href: pageHref(locale, path), isFallback: !translation };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every page of a type as an edition shows it (see `editionPages`). */
export async function editionEntries<T extends EntryType>(
  locale: LocaleCode,
  type: T,
): Promise<EditionEntry<T>[]> {
  return (await editionPages(locale)).flatMap(({ entry, ...page }) =>
    isOfType(entry.data, type) ? [{ ...page, entry, data: entry.data }] : [],
  );
}

/** One page of a type in an edition, by its path; `undefined` when there is none. */
export async function editionEntry<T extends EntryType>(
  locale: LocaleCode,
  type: T,
  path: string,
): Promise<EditionEntry<T> | undefined> {
  return (await editionEntries(locale, type)).find((found) => found.path === path);
}

/** The edition of the page being rendered; the source edition outside editions. */
export function editionOf(locals: App.Locals): LocaleCode {
  const { locale } = locals.starlightRoute;
  return locale && isLocaleCode(locale) ? locale : defaultLocale;
}
