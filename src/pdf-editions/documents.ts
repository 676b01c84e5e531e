/**
 * The PDF editions as an edition shows them: `planPdfs` applied to the content, with
 * titles in the edition's language and, for each page, whether it is a translation or
 * the English page standing in. The downloads page lists these; the endpoint
 * `/pdf-plan.json` hands them to the PDF step of the build (`integration.ts`).
 */
import { defaultLocale, locales, localeCodes, type LocaleCode } from '../config/locales.ts';
import { siteTitle } from '../config/site.ts';
import { editionPages } from '../utils/entries.ts';
import { uiStrings } from '../utils/ui-strings.ts';
import { planPdfs, type PdfDocument, type PdfPart, type PlanPage } from './plan.ts';
import { isOfType } from '../utils/page-data.ts';
import { hasFormSection, hasHandoutSection } from '../utils/page-sections.ts';

/** One part of a PDF, with the address of the page it comes from in the edition. */
export interface EditionPdfPart extends PdfPart {
  href: string;
  /** True when the edition has no translation of the page and the English one stands in. */
  isFallback: boolean;
}

/** One PDF of an edition, titled in its language. */
export interface EditionPdf extends Omit<PdfDocument, 'parts'> {
  /** "Mentor’s guide", or the module's number and name. */
  title: string;
  /** What kind of pack it is, for the module packs. */
  subtitle?: string;
  /** One sentence for the downloads page. */
  description: string;
  parts: EditionPdfPart[];
  /** How many parts are English pages standing in for missing translations. */
  englishParts: number;
  /**
   * True when none of its parts is translated yet: the edition prints no file of its own
   * (it would be the English text under another cover) and `href` is the English file's.
   */
  englishOnly: boolean;
}

/** What the PDF step of the build needs to know about an edition. */
export interface EditionPdfPlan {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The edition's name in its own language. */
  label: string;
  siteTitle: string;
  /** Interface strings for the cover, the contents and the downloads page's sizes. */
  strings: {
    contents: string;
    inEnglish: string;
    englishNote: string;
    readOnline: string;
    /** A reference to a page of the same PDF, with `{{page}}` to fill in. */
    seePage: string;
    /** The same inside brackets the text already opened ("(see X, page 4)"). */
    onPage: string;
    /** Names the list of web addresses printed at the end of a part. */
    linkNotes: string;
    /** With `{{pages}}` and `{{size}}` to fill in. */
    details: string;
    notBuilt: string;
  };
  documents: EditionPdf[];
}

/** The PDFs of an edition, in the order the downloads page lists them. */
export async function editionPdfs(locale: LocaleCode): Promise<EditionPdf[]> {
  const text = await uiStrings(locale);
  const pages = await editionPages(locale);
  const english = await editionPages('en');
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const planPages: PlanPage[] = english.map(({ entry: { data, body }, path }) => ({
    path,
    type: data.type,
    order: data.sidebar.order,
    audience: data.audience,
    ...(isOfType(data, 'module') ? { number: data.number, sessions: data.sessions } : {}),
    ...(isOfType(data, 'session') ? { exercises: data.exercises, tools: data.tools } : {}),
    hasHandout: hasHandoutSection(body),
    hasForm: hasFormSection(body),
  }));
  const englishDocuments = planPdfs(planPages, defaultLocale);
  return planPdfs(planPages, locale).map((document, index) => {
    const parts = document.parts.map((part) => {
      const page = byPath.get(part.path);
      if (!page) throw new Error(`PDF editions: no page at ${part.path} in the ${locale} edition`);
      return { ...part, href: page.href, isFallback: page.isFallback };
    });
    const module = document.module;
    const kind = document.kind === 'trainers-pack' ? 'trainersPack' : document.kind;
    const englishOnly = locale !== defaultLocale && parts.every((part) => part.isFallback);
    return {
      ...document,
      title: module
        ? `${text('module.label', { number: module.number })}: ${text(`moduleName.${module.slug}`)}`
        : text('pdf.guide'),
      ...(module ? { subtitle: text(`pdf.${kind}`) } : {}),
      description: text(`downloads.${kind}Description`),
      parts,
      englishParts: locale === defaultLocale ? 0 : parts.filter((part) => part.isFallback).length,
      englishOnly,
      ...(englishOnly ? { href: englishDocuments[index]?.href ?? document.href } : {}),
    };
  });
}

/** The PDF plan of every edition, keyed by edition code. */
export async function pdfPlan(): Promise<Record<LocaleCode, EditionPdfPlan>> {
  const entries = await Promise.all(
    localeCodes.map(async (locale): Promise<[LocaleCode, EditionPdfPlan]> => {
      const { lang, dir, label } = locales[locale];
      const text = await uiStrings(locale);
      const strings = Object.fromEntries(
        (
          ['contents', 'inEnglish', 'englishNote', 'readOnline', 'seePage', 'onPage', 'linkNotes'] as const
        ).map((key) => [key, text(`pdf.${key}`)]),
      ) as Omit<EditionPdfPlan['strings'], 'details' | 'notBuilt'>;
      return [
        locale,
        {
          lang,
          dir,
          label,
          siteTitle: siteTitle[locale],
          strings: {
            ...strings,
            details: text('downloads.details'),
            notBuilt: text('downloads.notBuilt'),
          },
          // The PDF step prints an edition's own files only; the others link the English ones.
          documents: (await editionPdfs(locale)).filter((document) => !document.englishOnly),
        },
      ];
    }),
  );
  return Object.fromEntries(entries) as Record<LocaleCode, EditionPdfPlan>;
}
