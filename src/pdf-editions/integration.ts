import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium, type Page } from '@playwright/test';

import type { LocaleCode } from '../config/locales.ts';
import type { EditionPdf, EditionPdfPlan } from './documents.ts';
import { missingBrowserMessage, pdfMode, printedPageNumbers, SKIPPED_PDFS_MESSAGE } from './plan.ts';
import { fill, formatFileSize, intlLocale } from '../utils/strings.ts';
import { QUIET_CHROMIUM_ARGS, SYSTEM_CHROMIUM_PATHS, systemChromium } from '../utils/system-chromium.ts';
import { composeDocument, fillPageNumbers, pageReferenceTargets, type ComposeInput } from './compose.ts';

/** How many PDFs are printed at once: the build machines have two cores. */
const PARALLEL = 2;

/**
 * Prints the PDF editions from the built site, after `completeCsp`: for every edition the
 * mentor's guide and each module's trainer's pack and participants' handouts (see
 * `planPdfs`), into `dist/<edition>/downloads/`, and fills in their page counts and sizes
 * on the downloads pages. It serves `dist/` on a local port, lays each PDF out in one
 * Chromium page (`compose.ts`), prints it once to learn where each part and each
 * "see page" target falls (from the PDF's named destinations), writes those page numbers
 * in and prints it again.
 *
 * `MANUAL_PDF=off` skips it (fixture builds in the tests do); without a browser the build
 * fails and says how to get one.
 */
export function pdfEditions(): AstroIntegration {
  // The public address (SITE_URL); without it the PDFs print no web addresses.
  let siteUrl: string | undefined;
  return {
    name: 'manual:pdf-editions',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ? new URL('/', config.site).href : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The plan is an endpoint of the build, for this step only: read it, then take it
        // off the site.
        const planFile = join(root, 'pdf-plan.json');
        const plan = JSON.parse(await readFile(planFile, 'utf8')) as Record<LocaleCode, EditionPdfPlan>;
        await rm(planFile);
        const mode = pdfMode(process.env['MANUAL_PDF']);
        if (mode === 'off') {
          logger.info('MANUAL_PDF is off: the PDF editions are not built, and the downloads pages say so.');
          return;
        }
        const browser = findChromium();
        if (!browser.path) {
          if (mode === 'auto') {
            logger.warn(SKIPPED_PDFS_MESSAGE);
            return;
          }
          throw new Error(missingBrowserMessage(browser.looked));
        }
        const started = performance.now();
        const results = await printAll(root, plan, siteUrl, logger, browser.path);
        await fillDownloadsPages(root, plan, results);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const pages = [...results.values()].reduce((sum, result) => sum + result.pages, 0);
        const bytes = [...results.values()].reduce((sum, result) => sum + result.bytes, 0);
        logger.info(
          `Printed ${results.size} PDF editions in ${seconds} s (${pages} pages, ${formatFileSize(bytes, 'en')}).`,
        );
      },
    },
  };
}

/** A printed PDF: where it is, how many pages, how many bytes. */
interface Printed {
  pages: number;
  bytes: number;
}

/** The Chromium to print with: the system's (or CHROMIUM_PATH), else Playwright's own; and where it looked. */
function findChromium(): { path: string | undefined; looked: string[] } {
  const chosen = process.env['CHROMIUM_PATH'];
  const looked: string[] = chosen ? [chosen] : [...SYSTEM_CHROMIUM_PATHS];
  const system = systemChromium();
  if (system || chosen) return { path: system, looked };
  const bundled = chromium.executablePath();
  looked.push(bundled);
  return { path: existsSync(bundled) ? bundled : undefined, looked };
}

async function printAll(
  root: string,
  plan: Record<LocaleCode, EditionPdfPlan>,
  siteUrl: string | undefined,
  logger: AstroIntegrationLogger,
  executablePath: string,
): Promise<Map<string, Printed>> {
  const shell = await printShell();
  const server = await serve(root, shell);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath, args: QUIET_CHROMIUM_ARGS });
  const jobs = Object.values(plan).flatMap((edition) =>
    edition.documents.map((document) => ({ edition, document })),
  );
  const results = new Map<string, Printed>();
  try {
    const context = await browser.newContext();
    const worker = async () => {
      const page = await context.newPage();
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const { edition, document } = job;
        const pdf = await printDocument(page, origin, composeInput(edition, document, siteUrl));
        await writeFile(join(root, document.href), pdf.data);
        results.set(document.href, { pages: pdf.pages, bytes: pdf.data.length });
        logger.debug(`${document.href}: ${pdf.pages} pages`);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

/** What the print document needs to lay out one PDF. */
function composeInput(
  edition: EditionPdfPlan,
  document: EditionPdf,
  siteUrl: string | undefined,
): ComposeInput {
  const onlineUrl = siteUrl && new URL(document.parts[0]?.href.slice(1) ?? '', siteUrl).href;
  return {
    siteUrl,
    lang: edition.lang,
    dir: edition.dir,
    cover: {
      siteTitle: edition.siteTitle,
      title: document.title,
      subtitle: document.subtitle,
      edition: edition.label,
      englishNote: document.englishParts > 0 ? edition.strings.englishNote : undefined,
      readOnline: edition.strings.readOnline,
      onlineUrl,
    },
    contents: edition.strings.contents,
    inEnglish: edition.strings.inEnglish,
    seePage: edition.strings.seePage,
    onPage: edition.strings.onPage,
    linkNotes: edition.strings.linkNotes,
    runningTitle: document.subtitle ? `${document.title} · ${document.subtitle}` : document.title,
    parts: document.parts,
  };
}

/**
 * Lays out one PDF and prints it at least twice: the first, quick print (untagged) shows
 * where each part and each "see page" target falls; the next, the real one, has those
 * numbers written in and is tagged for screen readers, with bookmarks (outline) from the
 * headings. A number written in can move a line, and so a target, to another page: then
 * the numbers are written again from that print, until they hold.
 */
async function printDocument(
  page: Page,
  origin: string,
  input: ComposeInput,
): Promise<{ data: Buffer; pages: number }> {
  const code = input.parts[0]?.href.split('/')[1] ?? 'en';
  await page.goto(`${origin}/__pdf__/print.html?lang=${input.lang}&dir=${input.dir}`);
  const parts = (await page.evaluate(composeDocument, input)).length;
  const targets = await page.evaluate(pageReferenceTargets);
  const options = { format: 'A4', preferCSSPageSize: true };
  let placed = await readDestinations(await page.pdf(options));
  for (let attempt = 1; ; attempt++) {
    const numbers = printedPageNumbers(placed.destinations, parts, targets);
    await page.evaluate(fillPageNumbers, numbers);
    const data = await page.pdf({ ...options, outline: true, tagged: true });
    const final = await readDestinations(data);
    const moved = Object.keys(numbers).filter((name) => final.destinations.get(name) !== numbers[name]);
    if (moved.length === 0) return { data, pages: final.pages };
    // Wrong numbers in a printed manual must not pass silently.
    if (attempt === 3) {
      throw new Error(
        `${input.runningTitle} (${code}): page numbers still moving after ${attempt} prints: ${moved.join(', ')}`,
      );
    }
    placed = final;
  }
}

/** The page count of a PDF, and the page of each of its named destinations (link targets). */
async function readDestinations(data: Buffer): Promise<{ destinations: Map<string, number>; pages: number }> {
  const pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  try {
    const destinations = new Map<string, number>();
    for (const [name, dest] of Object.entries(await pdf.getDestinations())) {
      const ref = (dest as unknown[] | null)?.[0] as Parameters<typeof pdf.getPageIndex>[0] | undefined;
      if (ref) destinations.set(name, (await pdf.getPageIndex(ref)) + 1);
    }
    return { destinations, pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

/** The empty print document; `composeDocument` fills it. */
async function printShell(): Promise<(lang: string, dir: string) => string> {
  const css = await readFile(new URL('./pdf.css', import.meta.url), 'utf8');
  return (lang, dir) =>
    `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>PDF</title><style>${css}</style></head><body><main id="pdf-document"></main></body></html>`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves the built site on a free local port, plus the print document at `/__pdf__/print.html`. */
async function serve(root: string, shell: (lang: string, dir: string) => string): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/__pdf__/print.html') {
        const lang = /^[a-z]{2}$/.test(url.searchParams.get('lang') ?? '')
          ? url.searchParams.get('lang')
          : 'en';
        const dir = url.searchParams.get('dir') === 'rtl' ? 'rtl' : 'ltr';
        response.writeHead(200, { 'content-type': TYPES['.html'] }).end(shell(lang ?? 'en', dir));
        return;
      }
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      const file = path.endsWith(sep) ? join(path, 'index.html') : path;
      if (!file.startsWith(root) || !(await stat(file).catch(() => undefined))?.isFile()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(await readFile(file));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Writes each PDF's page count and size into the downloads pages, in place of "not built". */
async function fillDownloadsPages(
  root: string,
  plan: Record<LocaleCode, EditionPdfPlan>,
  results: Map<string, Printed>,
): Promise<void> {
  const listed = new Set<string>();
  for (const [locale, edition] of Object.entries(plan)) {
    const file = join(root, locale, 'downloads', 'index.html');
    let html = await readFile(file, 'utf8');
    html = html.replace(
      /(<span data-pdf-details="([^"]+)"[^>]*>)[^<]*(<\/span>)/g,
      (_, open: string, href: string, close: string) => {
        const printed = results.get(href);
        if (!printed) throw new Error(`${file}: lists ${href}, which was not printed`);
        listed.add(href);
        const details = fill(edition.strings.details, {
          pages: new Intl.NumberFormat(intlLocale(edition.lang)).format(printed.pages),
          size: formatFileSize(printed.bytes, edition.lang),
        });
        return `${open}${details}${close}`;
      },
    );
    await writeFile(file, html);
  }
  // A PDF that no downloads page lists would be lost to readers.
  const unlisted = [...results.keys()].filter((href) => !listed.has(href));
  if (unlisted.length > 0) throw new Error(`No downloads page lists ${unlisted.join(', ')}`);
}
