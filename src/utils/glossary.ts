import { getCollection } from 'astro:content';

import { defaultLocale, type LocaleCode } from '../config/locales.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { editionPages } from './entries.ts';

/** A glossary term as an edition shows it: translated, or the English term. */
export interface EditionTerm extends GlossaryTerm {
  /** The term's file name, its anchor on the glossary page. */
  name: string;
  isFallback: boolean;
}

/** Every glossary term of an edition, in the alphabetical order of that language. */
export async function editionTerms(locale: LocaleCode, lang: string): Promise<EditionTerm[]> {
  const terms = await getCollection('glossary');
  const byId = new Map(terms.map((term) => [term.id, term]));
  const collator = new Intl.Collator(lang);
  return terms
    .filter((term) => term.id.startsWith(`${defaultLocale}/`))
    .map((source) => {
      const name = source.id.slice(defaultLocale.length + 1);
      const translated = byId.get(`${locale}/${name}`);
      return { ...(translated ?? source).data, name, isFallback: !translated };
    })
    .sort((a, b) => collator.compare(a.term, b.term));
}

/** The address of a term on its edition's glossary page. */
export function termHref(locale: LocaleCode, name: string): string {
  return `/${locale}/glossary/#${name}`;
}

/** A page that links a glossary term with `<Term id="…">`. */
export interface TermUse {
  title: string;
  href: string;
  /** True when the edition shows the English page there: its title is English. */
  isFallback: boolean;
}

/**
 * For each term, the pages of an edition that link it with `<Term id="…">`, read from
 * the pages' source text (translations where they exist, English otherwise).
 */
export async function termUses(locale: LocaleCode): Promise<Map<string, TermUse[]>> {
  const uses = new Map<string, TermUse[]>();
  for (const { entry, href, isFallback } of await editionPages(locale)) {
    for (const [, name = ''] of entry.body?.matchAll(/<Term\s+id="([a-z0-9-]+)"/g) ?? []) {
      const list = uses.get(name) ?? [];
      if (!list.some((use) => use.href === href)) list.push({ title: entry.data.title, href, isFallback });
      uses.set(name, list);
    }
  }
  return uses;
}
