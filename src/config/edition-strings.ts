/**
 * Every edition's interface strings, `content/i18n/<edition>.json`: the one file a
 * translator edits for everything around the pages, from the manual's name to the
 * buttons. Imported as data, so that the configuration (site title, sidebar) and the
 * build read the same file Starlight does.
 */
import ar from '../../content/i18n/ar.json' with { type: 'json' };
import da from '../../content/i18n/da.json' with { type: 'json' };
import en from '../../content/i18n/en.json' with { type: 'json' };
import fi from '../../content/i18n/fi.json' with { type: 'json' };
import nb from '../../content/i18n/nb.json' with { type: 'json' };
import so from '../../content/i18n/so.json' with { type: 'json' };
import sv from '../../content/i18n/sv.json' with { type: 'json' };
import type { LocaleCode } from './locales.ts';

export const editionStrings: Record<LocaleCode, Record<string, string>> = { en, fi, sv, nb, da, ar, so };

/** One string in every edition, such as the manual's name; a key missing from an edition stops the build. */
export function inEveryEdition(key: string): Record<LocaleCode, string> {
  const entries = Object.entries(editionStrings).map(([code, strings]) => {
    const value = strings[key];
    if (value === undefined) throw new Error(`content/i18n/${code}.json has no "${key}"`);
    return [code, value];
  });
  return Object.fromEntries(entries) as Record<LocaleCode, string>;
}
