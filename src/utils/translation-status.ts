import { defaultLocale, localeCodes, type LocaleCode } from '../config/locales.ts';

export type TranslationState = 'translated' | 'outdated' | 'missing';

/** A source page and the state of its translation in every other edition. */
export interface StatusRow {
  /** Path inside an edition, such as `about` or `exercises/circle-of-support`. */
  path: string;
  title: string;
  sourceFile: string;
  editions: Record<LocaleCode, { state: TranslationState; file?: string }>;
}

/** A page as the status needs it: its id (`fi/about`), file and title. */
export interface StatusPage {
  id: string;
  filePath: string;
  title: string;
}

/**
 * Works out, for every English page, whether each edition has it translated, has a
 * translation older than the latest change to the English page (outdated), or has none.
 * `changed` gives each file's last change in seconds; without it nothing is outdated.
 */
export function translationStatus(pages: StatusPage[], changed?: Map<string, number>): StatusRow[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  return pages
    .filter((page) => page.id.startsWith(`${defaultLocale}/`) || page.id === defaultLocale)
    .map((source) => {
      const path = source.id.split('/').slice(1).join('/');
      const editions = {} as StatusRow['editions'];
      for (const code of localeCodes) {
        if (code === defaultLocale) continue;
        const translation = byId.get(path ? `${code}/${path}` : code);
        if (!translation) {
          editions[code] = { state: 'missing' };
          continue;
        }
        const sourceTime = changed?.get(source.filePath);
        const translationTime = changed?.get(translation.filePath);
        const outdated =
          sourceTime !== undefined && translationTime !== undefined && sourceTime > translationTime;
        editions[code] = { state: outdated ? 'outdated' : 'translated', file: translation.filePath };
      }
      return { path, title: source.title, sourceFile: source.filePath, editions };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
