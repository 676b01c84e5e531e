import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';

import { checkReferences } from './utils/check-references.ts';
import { cardMeta } from './utils/social-card-pages.ts';

let checked: Promise<void> | undefined;

/**
 * Runs the cross-reference checks and fails the page with every problem found: once per
 * build, and on every page in the development server, where content changes as you edit.
 */
function checkContent(): Promise<void> {
  if (import.meta.env.DEV) checked = undefined;
  return (checked ??= (async () => {
    const [pages, terms, sources] = await Promise.all([
      getCollection('docs'),
      getCollection('glossary'),
      getCollection('sources'),
    ]);
    const entry = (e: { id: string; filePath?: string | undefined; data: object }) => ({
      id: e.id,
      filePath: e.filePath ?? e.id,
      data: e.data as Record<string, unknown>,
    });
    const problems = checkReferences(
      pages.map(entry),
      terms.map(entry),
      sources.map((source) => source.id),
    );
    if (problems.length > 0) {
      throw new Error(`The content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    }
  })());
}

export const onRequest = defineRouteMiddleware(async (context) => {
  await checkContent();
  const route = context.locals.starlightRoute;
  // A page missing from an edition is shown in English with a notice. Its English text
  // must stay out of that edition's search index, or a Finnish search would return
  // English pages. The entry object is shared with the English page itself: copy it.
  if (route.isFallback) {
    route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
  }
  // The sources list is drawn after the page's text (`SourceList`), outside the Markdown
  // that Starlight reads headings from: add it to the table of contents by hand.
  const { sources } = route.entry.data as { sources?: unknown[] };
  if (sources?.length && route.toc) {
    const text = (context.locals.t as (key: string) => string)('sources.title');
    route.toc.items.push({ depth: 2, slug: 'sources', text, children: [] });
  }
  // Every page points to its social card (`src/routes/social-card.ts`).
  const meta = await cardMeta(context.url.pathname, context.site, context.locals.t);
  route.head.push(...meta.map(({ attrs }) => ({ tag: 'meta' as const, attrs, content: '' })));
});
