/**
 * The PDF editions, read back from dist/ after `npm run build`. What each should hold is
 * worked out here from the content files, apart from the build's own plan. Shared by the
 * file checks (tests/site/pdf-editions.test.ts) and the downloads page's browser test.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse } from 'yaml';

import { locales, type LocaleCode } from '../../src/config/locales.ts';
import { planPdfs, type PdfDocument, type PlanPage } from '../../src/pdf-editions/plan.ts';
import { hasFormSection, hasHandoutSection } from '../../src/utils/page-sections.ts';
import { fill } from '../../src/utils/strings.ts';
import { DIST, uiString } from './built-site.ts';

const CONTENT = new URL('../../content/docs/', import.meta.url);

export interface SourcePage {
  data: Record<string, unknown>;
  body: string;
}

/** A page's frontmatter and body, by edition and path; `undefined` when the file does not exist. */
export function sourcePage(code: string, path: string): SourcePage | undefined {
  for (const name of [`${path}.mdx`, `${path}.md`, `${path}/index.mdx`, `${path}/index.md`]) {
    const file = new URL(`${code}/${name}`, CONTENT);
    if (!existsSync(file)) continue;
    const [, frontmatter = '', body = ''] =
      /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
    return { data: parse(frontmatter) as Record<string, unknown>, body };
  }
  return undefined;
}

/** Every English page as the plan needs it. */
export const englishPages: PlanPage[] = readdirSync(new URL('en/', CONTENT), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => name.replace(/\.mdx?$/, '').replace(/\/?index$/, ''))
  .map((path) => {
    const page = sourcePage('en', path);
    if (!page) throw new Error(`No English page at ${path}`);
    const { data } = page;
    return {
      path,
      type: data['type'] as string | undefined,
      order: (data['sidebar'] as { order?: number } | undefined)?.order,
      number: data['number'] as number | undefined,
      sessions: data['sessions'] as string[] | undefined,
      exercises: data['exercises'] as string[] | undefined,
      tools: data['tools'] as string[] | undefined,
      audience: data['audience'] as string[] | undefined,
      hasHandout: hasHandoutSection(page.body),
      hasForm: hasFormSection(page.body),
    };
  });

/** A page's title in an edition: its translation's, or the English one it falls back to. */
export function partTitle(code: string, path: string): { title: string; english: boolean } {
  const translated = sourcePage(code, path);
  const page = translated ?? sourcePage('en', path);
  return { title: String(page?.data['title']), english: code !== 'en' && !translated };
}

export function coverTitle(code: LocaleCode, document: PdfDocument): string {
  const module = document.module;
  if (!module) return uiString(code, 'pdf.guide');
  return `${fill(uiString(code, 'module.label'), { number: module.number })}: ${uiString(code, `moduleName.${module.slug}`)}`;
}

/** The PDF's own title: the cover's title, and the pack's kind for a module's pack. */
export function pdfTitle(code: LocaleCode, document: PdfDocument): string {
  if (!document.module) return coverTitle(code, document);
  const kind = document.kind === 'trainers-pack' ? 'trainersPack' : document.kind;
  return `${coverTitle(code, document)} · ${uiString(code, `pdf.${kind}`)}`;
}

export async function openPdf(href: string): Promise<PDFDocumentProxy> {
  const data = new Uint8Array(readFileSync(new URL(href.slice(1), DIST)));
  return getDocument({ data, verbosity: 0 }).promise;
}

export async function pageText(pdf: PDFDocumentProxy, number: number): Promise<string> {
  const content = await (await pdf.getPage(number)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

/** A page's text, the web addresses its links open, and the pages its links within the PDF go to. */
export async function pageLinks(
  pdf: PDFDocumentProxy,
  number: number,
): Promise<{ text: string; urls: string[]; targets: number[] }> {
  const urls: string[] = [];
  const targets: number[] = [];
  for (const annotation of await (await pdf.getPage(number)).getAnnotations()) {
    const { url, dest } = annotation as { url?: string; dest?: string | unknown[] };
    if (url) urls.push(url);
    if (dest) {
      const resolved = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
      const ref = resolved?.[0] as Parameters<PDFDocumentProxy['getPageIndex']>[0];
      targets.push((await pdf.getPageIndex(ref)) + 1);
    }
  }
  return { text: await pageText(pdf, number), urls, targets };
}

/** Text to match as it is, in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for an interface string, with `{{page}}` matching a number. */
export function pagePattern(template: string): RegExp {
  const [before = '', after = ''] = template.split('{{page}}').map(escapeRegExp);
  return new RegExp(`${before}\\s*(\\d+)${after}`, 'g');
}

/** Top-level bookmarks with the page (1-based) each points to. */
export async function outline(pdf: PDFDocumentProxy): Promise<{ title: string; page: number }[]> {
  const entries = [];
  for (const item of await pdf.getOutline()) {
    const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
    const ref = dest?.[0] as Parameters<PDFDocumentProxy['getPageIndex']>[0];
    entries.push({ title: item.title, page: (await pdf.getPageIndex(ref)) + 1 });
  }
  return entries;
}

/** Letters of the Arabic script, including the presentation forms that shaped text is stored in. */
export const ARABIC = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Chromium joins the lines of a wrapped heading without a space in the bookmark
 * ("Mental health andresilience"), and writes right-to-left bookmarks in visual order
 * (words reversed): compare without spaces, and in Arabic without the order of letters.
 */
export function sameTitle(code: LocaleCode, actual: string, expected: string): boolean {
  const letters = (text: string) => text.replace(/\s+/g, '');
  const sorted = (text: string) => Array.from(letters(text)).sort().join('');
  return locales[code].dir === 'rtl' && ARABIC.test(expected)
    ? sorted(actual) === sorted(expected)
    : letters(actual) === letters(expected);
}

/**
 * The PDFs an edition prints itself: all of them in English; elsewhere those with at least
 * one translated part. The others would be the English text under another cover, so the
 * downloads page links the English file instead.
 */
export function printedPdfs(code: LocaleCode): PdfDocument[] {
  return planPdfs(englishPages, code).filter(
    (document) => code === 'en' || document.parts.some((part) => sourcePage(code, part.path) !== undefined),
  );
}
