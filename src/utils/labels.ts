/**
 * The labels of a page's own content (facts, agenda, headings) in the language of that
 * content. On a fallback page the content is English inside another edition, marked
 * `lang="en"`, so its labels are English too; elsewhere they are the edition's.
 */
export function contentLabels(locals: App.Locals): App.Locals['t'] {
  const { t, starlightRoute } = locals;
  if (!starlightRoute.isFallback) return t;
  return Object.assign(inLanguage(t, 'en'), t);
}

/** Starlight's `t` for another language than the page's, with `{{name}}` values filled in. */
export function inLanguage(
  t: App.Locals['t'],
  lang: string,
): (key: string, values?: Record<string, string | number>) => string {
  // Starlight's `t` is an i18next function: the `lng` option picks another language.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return (key, values) => translate(key, { ...values, lng: lang });
}
