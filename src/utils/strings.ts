/**
 * Filling interface strings (`content/i18n/<edition>.json`, one file per edition, the one
 * place a translator edits), and the few facts of a language that formatting needs (its
 * list comma, the locale `Intl` formats with). Runs in the browser as well as in the build,
 * so it imports nothing; loading an edition's strings at build time is `ui-strings.ts`.
 */

/**
 * Fills `{{name}}` in an interface string. A placeholder without a value stays, so a
 * string can be filled at build time and again in the browser ("Screen {{n}} of {{total}}").
 */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** The comma between the items of a list in a language: Arabic writes «،». */
export function listComma(lang: string): string {
  return lang === 'ar' ? '، ' : ', ';
}

/** The semicolon between groups of a list in a language: Arabic writes «؛». */
export function listSemicolon(lang: string): string {
  return lang === 'ar' ? '؛ ' : '; ';
}

/**
 * The locale to format numbers, dates and times with, in the build and in the browser: the
 * manual's English is British ("6 December", "A, B and C"), which a bare `en` would format
 * the American way; the Arabic edition writes Western digits (0–9), as its text and phone
 * numbers do, which older locale data would replace with Arabic-Indic ones.
 */
export function intlLocale(lang: string): string {
  if (lang === 'en') return 'en-GB';
  if (lang === 'ar') return 'ar-u-nu-latn';
  return lang;
}
