/**
 * The editions of the manual. This is the one list of locales: the Astro config, the
 * tests, the language chooser at `/` and the translation tools all import it.
 *
 * `label` is the edition's name in its own language (an endonym), because a reader
 * looks for their language written the way they write it.
 */
export interface Locale {
  /** Name of the edition in its own language, shown in language pickers. */
  readonly label: string;
  /** BCP 47 tag written into `<html lang>`; Pagefind builds one index per tag. */
  readonly lang: string;
  /** Text direction of the edition. */
  readonly dir: 'ltr' | 'rtl';
  /** The edition's name in English, for editors and for test output. */
  readonly englishName: string;
}

export const locales = {
  en: { label: 'English', lang: 'en', dir: 'ltr', englishName: 'English' },
  fi: { label: 'Suomi', lang: 'fi', dir: 'ltr', englishName: 'Finnish' },
  sv: { label: 'Svenska', lang: 'sv', dir: 'ltr', englishName: 'Swedish' },
  nb: { label: 'Norsk bokmål', lang: 'nb', dir: 'ltr', englishName: 'Norwegian Bokmål' },
  da: { label: 'Dansk', lang: 'da', dir: 'ltr', englishName: 'Danish' },
  ar: { label: 'العربية', lang: 'ar', dir: 'rtl', englishName: 'Arabic' },
  so: { label: 'Soomaali', lang: 'so', dir: 'ltr', englishName: 'Somali' },
} as const satisfies Record<string, Locale>;

export type LocaleCode = keyof typeof locales;

/** The source edition: every page is written here first, and others fall back to it. */
export const defaultLocale = 'en' satisfies LocaleCode;

/** Every edition code, source edition first. */
export const localeCodes = Object.keys(locales) as LocaleCode[];

/** Narrows an arbitrary string (a URL segment, a browser language) to an edition code. */
export function isLocaleCode(value: string): value is LocaleCode {
  return Object.hasOwn(locales, value);
}

/**
 * Picks the edition that best matches a visitor's preferred languages, as the browser
 * lists them in `navigator.languages` (`fi-FI`, `nb`, `no`, …). Returns `undefined`
 * when none matches, so the caller can leave the choice to the reader.
 */
export function matchEdition(preferred: readonly string[]): LocaleCode | undefined {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    // Browsers report Norwegian as `no` or `nn` as often as `nb`; the bokmål edition
    // is the closest one we have for all three.
    const code = base === 'no' || base === 'nn' ? 'nb' : base;
    if (isLocaleCode(code)) return code;
  }
  return undefined;
}
