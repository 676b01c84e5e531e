import { defaultLocale, localeCodes, type LocaleCode } from '../config/locales.ts';
import { lastChanged } from './git-history.ts';

export type TranslationState = 'translated' | 'outdated' | 'missing';

/** A source page and the state of its translation in every other edition. */
export interface StatusRow {
  /** Path inside an edition, such as `about` or `exercises/circle-of-support`. */
  path: string;
  title: string;
  sourceFile: string;
  /** Each edition's state, its file, and whether a native-speaking reviewer checked it. */
  editions: Record<LocaleCode, { state: TranslationState; file?: string; reviewed?: boolean }>;
}

/** A page as the status needs it: its id (`fi/about`), file and title. */
export interface StatusPage {
  id: string;
  filePath: string;
  title: string;
  /** For a translation: `translation.reviewed` in its frontmatter. */
  reviewed?: boolean | undefined;
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
        editions[code] = {
          state: isOutdated(translation.filePath, source.filePath, changed) ? 'outdated' : 'translated',
          file: translation.filePath,
          reviewed: translation.reviewed === true,
        };
      }
      return { path, title: source.title, sourceFile: source.filePath, editions };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

let history: Map<string, number> | undefined | null = null;

/**
 * When each page file last changed (see `lastChanged`), read once per build; `undefined`
 * without a history to read.
 */
export function pageHistory(): Map<string, number> | undefined {
  if (history === null) history = lastChanged('content/docs');
  return history;
}

/**
 * True when the English page changed after its translation was last edited, as the
 * translation status counts it. Without a history to read, nothing is outdated.
 */
export function isOutdated(
  translationFile: string,
  englishFile: string,
  changed: Map<string, number> | undefined = pageHistory(),
): boolean {
  const english = changed?.get(englishFile);
  const translation = changed?.get(translationFile);
  return english !== undefined && translation !== undefined && english > translation;
}
