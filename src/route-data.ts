import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';

import { checkReferences } from './utils/check-references.ts';
import { checkTranslations } from './utils/check-translations.ts';
import { contentLabels } from './utils/labels.ts';
import { generatedSections, type GeneratedSection } from './utils/page-sections.ts';
import { cardMeta } from './social-cards/pages.ts';

let checked: Promise<void> | undefined;

/**
 * Runs the cross-reference and translation checks and fails the page with every problem
 * found: once per build, and on every page in the development server, where content
 * changes as you edit.
 */
function checkContent(): Promise<void> {
  if (import.meta.env.DEV) checked = undefined;
  return (checked ??= (async () => {
    const [pages, terms, sources] = await Promise.all([
      getCollection('docs'),
      getCollection('glossary'),
      getCollection('sources'),
    ]);
    const entry = <Data>(e: { id: string; filePath?: string | undefined; data: Data }) => ({
      id: e.id,
      filePath: e.filePath ?? e.id,
      data: e.data,
    });
    const problems = [
      ...checkReferences(
        pages.map(entry),
        terms.map(entry),
        sources.map((source) => source.id),
      ),
      ...checkTranslations(
        pages.map((page) => ({ ...entry(page), body: page.body ?? '' })),
        new Set(terms.map((term) => term.id)),
      ),
    ];
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
  // A page type draws headings of its own around the page's text (`MarkdownContent`),
  // outside the Markdown that Starlight reads headings from: list them too, after the
  // "Overview" link (`_top`) Starlight puts first.
  const { toc } = route;
  if (toc) {
    const t = contentLabels(context.locals) as unknown as (key: string) => string;
    const item = (section: GeneratedSection) => ({
      depth: 2,
      slug: section.slug,
      text: 'text' in section ? section.text : t(section.label),
      children: [],
    });
    const { before, after } = generatedSections(route.entry.data, route.entry.body);
    const top = toc.items[0]?.slug === '_top' ? 1 : 0;
    toc.items = [
      ...toc.items.slice(0, top),
      ...before.map(item),
      ...toc.items.slice(top),
      ...after.map(item),
    ];
  }
  // Every page points to its social card (`src/social-cards/route.ts`).
  const meta = await cardMeta(context.url.pathname, context.site, context.locals.t);
  route.head.push(...meta.map(({ attrs }) => ({ tag: 'meta' as const, attrs, content: '' })));
});
