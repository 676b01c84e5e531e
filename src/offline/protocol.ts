/**
 * What the build, the service worker and the page say to each other about saved editions.
 * Types and names only: imported by the build (`manifest.ts`), the worker (`worker/`) and
 * the page (`src/browser/offline.ts`).
 */

/** One file of an edition as the build wrote it. */
export interface OfflineFile {
  /** Its address on the site, such as `/en/about/` or `/_astro/page.cNngjUgL.js`. */
  url: string;
  /** A hash of its content: a file is downloaded again only when this changes. */
  revision: string;
  /** Subresource Integrity of its content: the browser refuses a file that differs. */
  integrity: string;
  bytes: number;
}

/** `/offline/<edition>.json`: every file a saved edition keeps, written by the build. */
export interface EditionManifest {
  /** Changes whenever any file of any edition changes. */
  build: string;
  edition: string;
  /** Pages, styles, scripts, icons and the edition's search index. */
  pages: OfflineFile[];
  /** The edition's PDF editions: saved only when the reader asks for them too. */
  pdfs: OfflineFile[];
  /**
   * What the panel says, in the edition's language (`offline.*` strings, `offline.`
   * left out), and every edition's name: here rather than in every page, which the
   * panel would weigh down for the few readers who open it.
   */
  text: Record<string, string>;
  names: Record<string, string>;
}

/** The address of an edition's manifest. */
export const manifestUrl = (edition: string) => `/offline/${edition}.json`;

/** The address the service worker is served from; its scope is the whole site. */
export const WORKER_URL = '/sw.js';

/** An edition kept on the device, as the worker reports it. */
export interface SavedEdition {
  edition: string;
  build: string;
  /** When the reader saved it, and when it was last brought up to date (ms since 1970). */
  savedAt: number;
  updatedAt: number;
  withPdfs: boolean;
  bytes: number;
}

/** Messages from a page to the worker. */
export type PageMessage =
  | { type: 'status' }
  | { type: 'save'; edition: string; withPdfs: boolean }
  | { type: 'remove'; edition: string }
  /** The page and the files it loaded before the worker controlled it. */
  | { type: 'visited'; urls: string[] };

/** Messages from the worker to every page it controls. */
export type WorkerMessage =
  | {
      type: 'status';
      build: string;
      saved: SavedEdition[];
      /** Editions being saved now, with files done so far and in all. */
      saving: { edition: string; done: number; total: number }[];
    }
  | {
      type: 'failed';
      edition: string;
      /** `outdated`: the site has a newer build than this worker; it is updating itself. */
      reason: 'network' | 'outdated';
    };

/** The text of the page the worker shows for a page that is neither saved nor visited. */
export interface OfflinePageText {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  text: string;
  home: string;
}
