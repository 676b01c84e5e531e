import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * A page missing from an edition is shown in English with a notice. Its English text
 * must stay out of that edition's search index, or a Finnish search would return
 * English pages, so fallback pages are not indexed.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!route.isFallback) return;
  // The entry object is shared with the English page itself: copy, never mutate.
  route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
});
