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

/**
 * A day (YYYY-MM-DD, or a Date at UTC) as a language writes it: `long` in running text
 * ("26 November 2026"), `short` in tables ("26 Nov 2026", "26.11.2026"). The Somali locale
 * data writes the month first ("Noofeembar 26, 2026"; "26-Nof-2026"); the Somali edition
 * writes the day first, and numbers in tables: "26 Noofeembar 2026", "26/11/2026".
 */
export function formatDay(day: string | Date, lang: string, style: 'long' | 'short'): string {
  const date = typeof day === 'string' ? new Date(`${day}T12:00:00Z`) : day;
  const format = new Intl.DateTimeFormat(intlLocale(lang), {
    dateStyle: style === 'long' ? 'long' : 'medium',
    timeZone: 'UTC',
  });
  if (lang !== 'so') return format.format(date);
  const part = (type: Intl.DateTimeFormatPartTypes, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('so', { ...options, timeZone: 'UTC' })
      .formatToParts(date)
      .find((found) => found.type === type)?.value ?? '';
  if (style === 'short') {
    const numeric = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
    return `${part('day', numeric)}/${part('month', numeric)}/${part('year', numeric)}`;
  }
  return `${part('day', { day: 'numeric' })} ${part('month', { month: 'long' })} ${part('year', { year: 'numeric' })}`;
}

/**
 * A file size for readers, in the edition's language and number format: "850 kB",
 * "1.4 MB" (decimal units, as file managers show them).
 */
export function formatFileSize(bytes: number, lang: string): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`Not a file size: ${bytes}`);
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [bytes / 1000, 'kilobyte'];
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'unit',
    unit,
    // Arabic's short unit for megabytes («م.ب») is one few readers know; the word is not.
    unitDisplay: lang === 'ar' ? 'long' : 'short',
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(Math.max(value, unit === 'kilobyte' ? 1 : 0));
}
