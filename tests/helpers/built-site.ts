import { existsSync, readFileSync, readdirSync } from 'node:fs';

/**
 * Where `astro preview` serves the built site during end-to-end tests. PREVIEW_PORT lets
 * two checkouts run their tests side by side.
 */
export const PREVIEW_URL = `http://127.0.0.1:${process.env['PREVIEW_PORT'] ?? '4321'}/`;

/**
 * The public address the tests build with (`npm test` sets SITE_URL to it): a reserved
 * example domain, so that a test that follows an absolute address never reaches a real site.
 */
export const TEST_SITE_URL = 'https://manual.example.org/';

/** The built site, as the end-to-end tests read it from disk. */
export const DIST = new URL('../../dist/', import.meta.url);

/**
 * Every page of the built site, as paths (`/fi/about/`), read from the sitemap that
 * Starlight writes, plus the two pages it leaves out: the edition chooser and the 404
 * page. Fails loudly on an empty site, so no sweep can pass by checking nothing.
 */
export function sitePaths(): string[] {
  const indexFile = new URL('sitemap-index.xml', DIST);
  if (!existsSync(indexFile)) {
    throw new Error(
      `dist/ has no sitemap: build the site as \`npm test\` does, with SITE_URL=${TEST_SITE_URL} npm run build`,
    );
  }
  const index = readFileSync(indexFile, 'utf8');
  const paths = new Set<string>(['/', '/404.html']);
  for (const [, sitemap = ''] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = new URL(new URL(sitemap).pathname.slice(1), DIST);
    for (const [, loc = ''] of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      paths.add(new URL(loc).pathname);
    }
  }
  if (paths.size < 10) throw new Error(`The sitemap lists only ${paths.size} pages: is dist/ built?`);
  return [...paths].sort();
}

/**
 * The pages a browser sweep (axe, requests, CSP in the browser) visits: every page of the
 * source edition, every translated page, the pages outside editions, and of the pages
 * that fall back to English in another edition, one per section and depth in each
 * edition (`/fi/exercises/`, `/fi/exercises/x/`, …). A fallback page is the English page
 * in another edition's frame, so one of each kind covers the frame's languages and
 * direction, and the sweep stays fast as the manual grows.
 */
export function sweepPaths(): string[] {
  const seen = new Set<string>();
  return sitePaths().filter((path) => {
    const [edition = '', ...rest] = path.split('/').filter(Boolean);
    if (edition === 'en' || rest.length === 0 || !/^[a-z]{2}$/.test(edition)) return true;
    if (!isFallback(path)) return true;
    const kind = `${edition}/${rest[0] ?? ''}/${rest.length}`;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

/** True when a built page in another edition shows the English page. */
function isFallback(path: string): boolean {
  return /<main[^>]*\blang="en"/.test(builtHtml(path));
}

/** Reads a built page's HTML from `dist/` by its path. */
export function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`;
  return readFileSync(new URL(file, DIST), 'utf8');
}

/** One of an edition's interface strings, as written in `content/i18n/<code>.json`. */
export function uiString(code: string, key: string): string {
  const file = new URL(`../../content/i18n/${code}.json`, import.meta.url);
  const value = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string | undefined>)[key];
  if (value === undefined) throw new Error(`content/i18n/${code}.json has no "${key}"`);
  return value;
}

/** The page sources, by edition: `content/docs/<edition>/`. */
const CONTENT_DOCS = new URL('../../content/docs/', import.meta.url);

/** True when an edition has its own translation of a page (`about`, `manual/building-trust`). */
export function isTranslated(code: string, path: string): boolean {
  return [`${path}.md`, `${path}.mdx`, `${path}/index.md`, `${path}/index.mdx`].some((name) =>
    existsSync(new URL(`${code}/${name}`, CONTENT_DOCS)),
  );
}

/**
 * A page the source edition has and an edition has not translated yet, with its English
 * title, for the tests of fallback pages: chosen from the content, so that the tests follow
 * the translations as they are written. `undefined` when the edition is complete.
 */
export function untranslatedPage(code: string): { path: string; title: string } | undefined {
  const name = readdirSync(new URL('en/', CONTENT_DOCS), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && file !== 'index.mdx')
    .sort()
    .find((file) => !isTranslated(code, file.replace(/\.mdx?$/, '')));
  if (!name) return undefined;
  const title = /^title:\s*(.+)$/m.exec(readFileSync(new URL(`en/${name}`, CONTENT_DOCS), 'utf8'))?.[1] ?? '';
  const path = `/${name.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
  return { path, title: title.trim().replace(/^['"]|['"]$/g, '') };
}
