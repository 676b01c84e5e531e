/**
 * Which PDF editions the manual has, and which pages go into each. Pure functions on plain
 * page data, so the downloads page, the endpoint that hands the plan to the PDF step of
 * the build, and the unit tests all share one answer.
 */
import type { LocaleCode } from '../config/locales.ts';

/** The three kinds of PDF: the whole guide, and two packs per training module. */
export type PdfKind = 'guide' | 'trainers-pack' | 'handouts';

/**
 * What a PDF takes from a page: all of its content, only its participant handout, or only
 * its form (a tool's part to fill in, as "Print the form only" prints it).
 */
export type PdfExtract = 'page' | 'handout' | 'form';

/** The facts about an English page that decide where it goes (paths as in `pageHref`). */
export interface PlanPage {
  /** Path inside an edition, such as `modules/mental-health-and-resilience/mediation`. */
  path: string;
  type?: string | undefined;
  /** The page's place in the sidebar (`sidebar.order`), for guide chapters. */
  order?: number | undefined;
  /** A module's number, 1 to 4. */
  number?: number | undefined;
  /** A module's sessions in teaching order, by file name. */
  sessions?: readonly string[] | undefined;
  /** The exercises a session uses, by file name. */
  exercises?: readonly string[] | undefined;
  /** The tools a session uses, by file name. */
  tools?: readonly string[] | undefined;
  /** Who a page is for (`mentor`, `trainer` …). */
  audience?: readonly string[] | undefined;
  /** True when the page has a participant handout (`<Handout>`). */
  hasHandout: boolean;
  /** True when the page (a tool) has a form to fill in (`<Form>`). */
  hasForm?: boolean | undefined;
}

/** One page inside a PDF. */
export interface PdfPart {
  path: string;
  extract: PdfExtract;
}

/** One PDF of one edition. */
export interface PdfDocument {
  kind: PdfKind;
  /** The module a pack belongs to; none for the guide. */
  module?: { slug: string; number: number };
  /** File name, with the edition in it so that saved files do not overwrite each other. */
  file: string;
  /** Address of the file on the site: next to the edition's downloads page. */
  href: string;
  parts: PdfPart[];
}

/** The guide's folder, the folder of the modules, of the exercises and of the tools, in every edition. */
const GUIDE = 'manual';
const MODULES = 'modules';
const EXERCISES = 'exercises';
const TOOLS = 'tools';

/** Where an edition's PDFs live: the folder of its downloads page. */
export function downloadsPath(locale: LocaleCode): string {
  return `/${locale}/downloads/`;
}

/**
 * The PDFs of an edition: the mentor's guide (every page of `manual/`, in sidebar order,
 * its introduction first, then the forms of the mentors' tools), then for each module in
 * number order a trainer's pack (the module overview, its sessions in teaching order with
 * trainer notes and handouts, the exercises and the tools they use) and a participants'
 * pack (only the handouts of those sessions and exercises, and the forms of those tools).
 * A form prints as it does alone, with its writing space: paper is where forms are
 * filled in. Paths are the same in every edition; which text stands at a path
 * (translation or English) is decided when the page is shown.
 */
export function planPdfs(pages: readonly PlanPage[], locale: LocaleCode): PdfDocument[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  // A reference to a page that does not exist is left out here: the content checks
  // (check-references.ts) fail the build on it with the file to fix.
  const find = (path: string): PlanPage[] => {
    const page = byPath.get(path);
    return page ? [page] : [];
  };
  const file = (name: string) => `${name}-${locale}.pdf`;
  const document = (kind: PdfKind, name: string, parts: PdfPart[], module?: PdfDocument['module']) => ({
    kind,
    ...(module ? { module } : {}),
    file: file(name),
    href: `${downloadsPath(locale)}${file(name)}`,
    parts,
  });

  const chapters = pages
    .filter((page) => page.path === GUIDE || page.path.startsWith(`${GUIDE}/`))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.path.localeCompare(b.path));
  const mentorForms = pages
    .filter((page) => page.path.startsWith(`${TOOLS}/`) && page.hasForm && page.audience?.includes('mentor'))
    .sort((a, b) => a.path.localeCompare(b.path));
  const documents: PdfDocument[] = [
    document('guide', 'mentors-guide', [
      ...chapters.map((page): PdfPart => ({ path: page.path, extract: 'page' })),
      ...mentorForms.map((page): PdfPart => ({ path: page.path, extract: 'form' })),
    ]),
  ];

  const modules = pages
    .filter((page) => page.type === 'module')
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  for (const module of modules) {
    const slug = module.path.slice(`${MODULES}/`.length);
    const number = module.number ?? 0;
    const sessions = (module.sessions ?? []).flatMap((session) => find(`${module.path}/${session}`));
    const exercises = [...new Set(sessions.flatMap((session) => session.exercises ?? []))].flatMap(
      (exercise) => find(`${EXERCISES}/${exercise}`),
    );
    const tools = [...new Set(sessions.flatMap((session) => session.tools ?? []))].flatMap((tool) =>
      find(`${TOOLS}/${tool}`),
    );
    const name = `module-${number}`;
    documents.push(
      document(
        'trainers-pack',
        `${name}-trainers-pack`,
        [module, ...sessions, ...exercises, ...tools].map((page) => ({ path: page.path, extract: 'page' })),
        { slug, number },
      ),
      document(
        'handouts',
        `${name}-handouts`,
        [
          ...[...sessions, ...exercises]
            .filter((page) => page.hasHandout)
            .map((page): PdfPart => ({ path: page.path, extract: 'handout' })),
          ...tools
            .filter((page) => page.hasForm)
            .map((page): PdfPart => ({ path: page.path, extract: 'form' })),
        ],
        { slug, number },
      ),
    );
  }
  return documents;
}

/** The id of a part's `<article>` in the print document, and its link target in the PDF. */
export function partId(index: number): string {
  return `p${index + 1}`;
}

/**
 * The page each part of a PDF starts on (1-based), from the PDF's named destinations
 * (page numbers by link target), which Chromium writes for every element a link points
 * to: the contents link to each part. The cover and at least one page of contents come
 * first, and each part starts on a page of its own.
 *
 * @param destinations page number by destination name, as read from the PDF
 * @throws when a part has no destination or the parts are out of order: the contents
 *   would be wrong
 */
export function partStartPages(destinations: ReadonlyMap<string, number>, partCount: number): number[] {
  const pages: number[] = [];
  for (let index = 0; index < partCount; index++) {
    const page = destinations.get(partId(index));
    if (page === undefined)
      throw new Error(
        `PDF editions: part ${index + 1} is not in the PDF (no destination "${partId(index)}")`,
      );
    const previous = pages.at(-1) ?? 2;
    if (page <= previous) {
      throw new Error(
        `PDF editions: part ${index + 1} starts on page ${page}, not after ${index === 0 ? 'the cover and contents' : `part ${index} (page ${previous})`}`,
      );
    }
    pages.push(page);
  }
  return pages;
}

/**
 * The page numbers a PDF prints: where each part starts (for the contents) and where each
 * "see page" reference points, by destination name.
 *
 * @param targets the destinations that page references point to
 * @throws as `partStartPages`, and when a reference's target has no destination
 */
export function printedPageNumbers(
  destinations: ReadonlyMap<string, number>,
  partCount: number,
  targets: readonly string[],
): Record<string, number> {
  const pages: Record<string, number> = {};
  partStartPages(destinations, partCount).forEach((page, index) => (pages[partId(index)] = page));
  for (const target of targets) {
    const page = destinations.get(target);
    if (page === undefined)
      throw new Error(`PDF editions: a "see page" reference points to "${target}", which is not in the PDF`);
    pages[target] = page;
  }
  return pages;
}

/**
 * The message shown when the build cannot find a browser to print the PDFs with: what
 * was looked for, how to get one, and how to build without PDFs.
 */
export function missingBrowserMessage(looked: readonly string[]): string {
  return [
    'The PDF editions are printed with Chromium, and no Chromium was found.',
    `Looked for: ${looked.join(', ')}.`,
    'Install one:',
    '  Debian or Ubuntu: sudo apt-get install chromium',
    '  elsewhere:        npx playwright install chromium',
    'Or build without the PDF editions: MANUAL_PDF=off npm run build (npm start does this by itself when no browser is found)',
  ].join('\n');
}

/**
 * Whether the build prints the PDF editions, from the MANUAL_PDF environment variable:
 * `off` never; `auto` when a Chromium is found, else it says how to get them and goes on
 * (`npm start` on a fresh machine); anything else, and unset, always, failing without a
 * browser, so that a deployment build never ships without its PDFs.
 */
export function pdfMode(value: string | undefined): 'on' | 'off' | 'auto' {
  const word = (value ?? '').trim().toLowerCase();
  if (['off', '0', 'false', 'no'].includes(word)) return 'off';
  return word === 'auto' ? 'auto' : 'on';
}

/** The one line a build without a browser prints when it goes on without the PDFs. */
export const SKIPPED_PDFS_MESSAGE =
  'No Chromium found, so the PDF editions were not built. To build them, install Chromium (Debian or Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) and run npm run build.';
