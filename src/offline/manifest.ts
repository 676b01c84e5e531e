import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import type { EditionManifest, OfflineFile } from './protocol.ts';

/**
 * The files of Pagefind that searching needs, whatever the language: its library, the
 * worker it searches in and its list of languages. (Its own search interfaces are left
 * out: Starlight bundles the one it uses with the site's scripts.)
 */
const PAGEFIND_RUNTIME = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'];

/** How Pagefind names an edition's search index: from `pagefind-entry.json`. */
export interface PagefindLanguage {
  /** The `<html lang>` the index was built for, and the prefix of its files. */
  lang: string;
  /** The stemmer its WebAssembly file is named after, or `null` for none (`unknown`). */
  wasm: string | null;
}

/**
 * Which files of the built site an edition keeps offline, from their paths relative to
 * `dist/` (`en/about/index.html`): its own pages and files, the site's scripts and styles,
 * the icon and its search index; and, apart, its PDFs. Other editions, the edition chooser,
 * social cards and the search index of other languages are left out.
 */
export function editionFiles(
  paths: readonly string[],
  edition: string,
  search: PagefindLanguage | undefined,
): { pages: string[]; pdfs: string[] } {
  const pages: string[] = [];
  const pdfs: string[] = [];
  const searchFiles = new Set(
    search
      ? [...PAGEFIND_RUNTIME, `wasm.${search.wasm ?? 'unknown'}.pagefind`].map((name) => `pagefind/${name}`)
      : [],
  );
  for (const path of paths) {
    const [top = '', ...rest] = path.split('/');
    if (top === edition && path.endsWith('.pdf')) pdfs.push(path);
    else if (top === edition || top === '_astro' || path === 'favicon.svg') pages.push(path);
    else if (top === 'pagefind' && search) {
      const name = rest.join('/');
      const ownIndex =
        name.startsWith(`pagefind.${search.lang}_`) ||
        (['index', 'fragment', 'filter'].includes(rest[0] ?? '') &&
          (rest[1] ?? '').startsWith(`${search.lang}_`));
      if (ownIndex || searchFiles.has(path)) pages.push(path);
    }
  }
  return { pages: pages.sort(), pdfs: pdfs.sort() };
}

/** The address a file is served at: a folder's `index.html` at the folder (`/en/about/`). */
export function fileUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * A PDF as it is from build to build: Chromium writes the time it printed into each, so
 * without this every new build would send every saved PDF again, unchanged.
 */
function withoutPrintTime(content: Buffer): Buffer {
  return Buffer.from(
    content.toString('latin1').replace(/\/(CreationDate|ModDate) ?\(D:[^)]*\)/g, '/$1 ()'),
    'latin1',
  );
}

/** A file's address, revision, integrity hash and size, from its content. */
export function describeFile(path: string, content: Buffer): OfflineFile {
  const sha256 = createHash('sha256').update(content).digest();
  const revised = path.endsWith('.pdf') ? withoutPrintTime(content) : content;
  return {
    url: fileUrl(path),
    revision: createHash('sha256').update(revised).digest('hex').slice(0, 16),
    integrity: `sha256-${sha256.toString('base64')}`,
    bytes: content.length,
  };
}

/**
 * Every edition's manifest from the finished site in `root`, with one build id: a hash of
 * every file any edition keeps, so it changes when any of them changes.
 */
export function editionManifests(
  root: string,
  editions: readonly { code: string; lang: string }[],
): Omit<EditionManifest, 'text' | 'names'>[] {
  const paths = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string | null } | undefined>;
  };
  const described = new Map<string, OfflineFile>();
  const describe = (path: string) => {
    let file = described.get(path);
    if (!file) {
      file = describeFile(path, readFileSync(join(root, path)));
      described.set(path, file);
    }
    return file;
  };
  const lists = editions.map(({ code: edition, lang }) => {
    const language = entry.languages[lang];
    const { pages, pdfs } = editionFiles(paths, edition, language && { lang, wasm: language.wasm });
    if (!pages.some((path) => path === `${edition}/index.html`))
      throw new Error(`Offline editions: dist/${edition}/index.html is missing; is the site built?`);
    return { edition, pages: pages.map(describe), pdfs: pdfs.map(describe) };
  });
  const build = createHash('sha256')
    .update(
      [...described.values()]
        .map((file) => `${file.url} ${file.revision}`)
        .sort()
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 12);
  return lists.map((list) => ({ build, ...list }));
}
