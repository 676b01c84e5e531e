import type { CollectionEntry } from 'astro:content';

/**
 * The manual's content, typed once. A page's frontmatter is Starlight's fields with the
 * fields of its `type` (`src/schemas/docs.ts`); everything that reads pages takes these
 * types and narrows them with `isOfType`, instead of flattening data and casting it back.
 * Types only and one guard, with nothing loaded at run time, so that the build, the unit
 * tests and the end-to-end tests (outside Astro) can all import it.
 */

/** A page of the manual, as Astro loads it. */
export type DocsEntry = CollectionEntry<'docs'>;

/** A page's frontmatter: Starlight's fields and those of its page type. */
export type PageData = DocsEntry['data'];

/** The page types that carry structured data of their own. */
export type EntryType = Exclude<PageData['type'], 'page'>;

/** The frontmatter of a page of one type. */
export type DataOf<T extends EntryType> = Extract<PageData, { type: T }>;

/** True when a page's frontmatter is of the given type, typed as that type's. */
export function isOfType<T extends EntryType>(data: PageData, type: T): data is DataOf<T> {
  return data.type === type;
}
