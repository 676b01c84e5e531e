import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from 'vitest';

import { locales, localeCodes } from '../../src/config/locales.ts';
import { planPdfs } from '../../src/pdf-editions/plan.ts';
import { TEST_SITE_URL, uiString } from '../helpers/built-site.ts';
import {
  ARABIC,
  escapeRegExp,
  coverTitle,
  englishPages,
  openPdf,
  outline,
  pageLinks,
  pagePattern,
  pageText,
  partTitle,
  pdfTitle,
  printedPdfs,
  sameTitle,
  sourcePage,
} from '../helpers/pdf-editions.ts';

// The PDF editions as files: what the build printed into dist/, read with pdf.js. The
// downloads pages that list them are checked in a browser (tests/e2e/pdf-editions.spec.ts).

test('every edition has a guide and two packs per module', () => {
  const modules = englishPages.filter((page) => page.type === 'module').length;
  expect(modules).toBe(4);
  for (const code of localeCodes) expect(planPdfs(englishPages, code)).toHaveLength(1 + 2 * modules);
});

for (const code of localeCodes) {
  const documents = printedPdfs(code);

  for (const document of documents) {
    test(`${document.href} opens with cover, contents and the expected parts`, async () => {
      const pdf = await openPdf(document.href);
      const parts = document.parts.map((part) => partTitle(code, part.path));
      const bookmarks = await outline(pdf);

      // Cover, then contents, then one bookmark per part, in order, each on a later page.
      expect(bookmarks).toHaveLength(parts.length + 2);
      expect(
        sameTitle(code, bookmarks[0]?.title ?? '', coverTitle(code, document)),
        bookmarks[0]?.title,
      ).toBe(true);
      expect(bookmarks[0]?.page).toBe(1);
      expect(sameTitle(code, bookmarks[1]?.title ?? '', uiString(code, 'pdf.contents'))).toBe(true);
      expect(bookmarks[1]?.page).toBe(2);
      parts.forEach((part, index) => {
        const bookmark = bookmarks[index + 2];
        expect(sameTitle(code, bookmark?.title ?? '', part.title), `${bookmark?.title} = ${part.title}`).toBe(
          true,
        );
        expect(bookmark?.page ?? 0).toBeGreaterThan(bookmarks[index + 1]?.page ?? 0);
      });
      expect(pdf.numPages).toBeGreaterThanOrEqual(bookmarks.at(-1)?.page ?? Infinity);

      // The contents give each part's page, and mark the parts still in English.
      const contents = await pageText(pdf, 2);
      for (const bookmark of bookmarks.slice(2))
        expect(contents).toMatch(new RegExp(`(^|\\s)${bookmark.page}(\\s|$)`));
      // One "(in English)" per English part. Arabic comes out of the PDF in shaped forms and
      // visual order, so the marks are compared by their letters.
      const letters = (text: string) =>
        Array.from(text.normalize('NFKC').replace(/\s+/g, '')).sort().join('');
      const mark = letters(uiString(code, 'pdf.inEnglish'));
      const marks = [...contents.matchAll(/\(([^)]*)\)/g)].filter(
        ([, inside = '']) => letters(inside) === mark,
      );
      expect(marks).toHaveLength(parts.filter((part) => part.english).length);

      // PDF/UA basics: the document's language and title, shown in place of the file name,
      // and tags for screen readers.
      expect((await pdf.getMetadata()).info).toMatchObject({
        Language: locales[code].lang,
        Title: pdfTitle(code, document),
      });
      expect(await pdf.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
      expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });

      const cover = await pageText(pdf, 1);
      if (locales[code].dir === 'rtl') {
        // Shaped Arabic on the cover.
        expect(cover).toMatch(ARABIC);
      } else {
        // Text comes out in pieces (a ligature such as "fl" is one), so compare without spaces.
        expect(cover.replace(/\s+/g, '')).toContain(coverTitle(code, document).replace(/\s+/g, ''));
      }
      await pdf.destroy();
    });
  }
}

/** The lines a tool's form draws to write on: one per `<Blank>`, one per line of `<Lines>`. */
function writeInLines(path: string): number {
  const body = sourcePage('en', path)?.body ?? '';
  const blanks = body.match(/<Blank\b/g)?.length ?? 0;
  const lines = [...body.matchAll(/<Lines(?:\s+count=\{(\d+)\})?/g)].reduce(
    (sum, [, count]) => sum + Number(count ?? 2),
    0,
  );
  return blanks + lines;
}

// The packs carry the tools' forms as forms: each on at most two pages, as when printed
// alone, with its lines to write on drawn (the PDF's paths: text alone draws none).
for (const code of localeCodes) {
  for (const document of printedPdfs(code)) {
    const forms = document.parts.flatMap((part, index) => (part.extract === 'form' ? [{ part, index }] : []));
    if (forms.length === 0) continue;
    test(`${document.href}: each form on at most two pages, with its lines to write on`, async () => {
      const pdf = await openPdf(document.href);
      const bookmarks = await outline(pdf);
      for (const { part, index } of forms) {
        const start = bookmarks[index + 2]?.page ?? 0;
        const end = bookmarks[index + 3]?.page ?? pdf.numPages + 1;
        expect(end - start, `${part.path}: pages`).toBeLessThanOrEqual(2);
        let paths = 0;
        for (let number = start; number < end; number++) {
          const { fnArray } = await (await pdf.getPage(number)).getOperatorList();
          paths += fnArray.filter((fn) => fn === OPS.constructPath).length;
        }
        const expected = writeInLines(part.path);
        expect(expected, part.path).toBeGreaterThan(0);
        expect(paths, `${part.path}: drawn lines`).toBeGreaterThanOrEqual(expected);
      }
      await pdf.destroy();
    });
  }
}

// On paper a link cannot be clicked: a link to a page in the same PDF says "see page N"
// (the page it goes to), any other link has its public address printed once, in the
// notes at the end of its part, and glossary terms stay plain words.
for (const code of ['en', 'fi', 'ar', 'so'] as const) {
  for (const document of printedPdfs(code)) {
    test(`${document.href}: every link says on paper where it goes`, async () => {
      const pdf = await openPdf(document.href);
      const bookmarks = await outline(pdf);
      const pages = await Promise.all(
        Array.from({ length: pdf.numPages }, (_, index) => pageLinks(pdf, index + 1)),
      );
      await pdf.destroy();
      const firstPart = bookmarks[2]?.page ?? Infinity;
      const references = [
        pagePattern(uiString(code, 'pdf.seePage')),
        pagePattern(uiString(code, 'pdf.onPage')),
      ];
      let referenced = 0;
      pages.forEach((page, index) => {
        if (index + 1 < firstPart) return;
        if (locales[code].dir === 'rtl') {
          // Shaped Arabic comes out of the PDF as presentation forms, so "انظر الصفحة" cannot be
          // matched; its digits can: each link inside the PDF prints the page it goes to.
          const printed = new Set([...page.text.matchAll(/\d+/g)].map(([n]) => Number(n)));
          for (const target of page.targets) expect(printed, `page ${index + 1}`).toContain(target);
          referenced += page.targets.length;
          return;
        }
        const numbers = references.flatMap((pattern) =>
          [...page.text.matchAll(pattern)].map(([, n]) => Number(n)),
        );
        referenced += numbers.length;
        expect(new Set(numbers), `page ${index + 1}: ${page.text.slice(0, 200)}`).toEqual(
          new Set(page.targets),
        );
      });
      if (document.kind !== 'handouts') expect(referenced).toBeGreaterThan(0);

      // Each part's web addresses, once each, at its end.
      const text = (from: number, to: number) =>
        pages
          .slice(from - 1, to - 1)
          .map((page) => page.text)
          .join('')
          .replace(/\s+/g, '');
      const parts = bookmarks.slice(2);
      let noted = 0;
      parts.forEach((part, index) => {
        const end = parts[index + 1]?.page ?? pages.length + 1;
        const partText = text(part.page, end);
        const urls = new Set(
          pages
            .slice(part.page - 1, end - 1)
            .flatMap((page) => page.urls.filter((url) => url.startsWith('http'))),
        );
        for (const url of urls) {
          // Noted once, by page (without the #section), unless the link's text is the address.
          // Spaces are gone from the text: an address ends where the next note (its number,
          // then "https:") or anything that cannot continue an address begins.
          const address = url.split('#')[0] ?? url;
          const printed = [
            ...partText.matchAll(new RegExp(`${escapeRegExp(address)}(?=$|\\d*\\.?https?:|[^\\w-])`, 'g')),
          ].length;
          if (printed === 0)
            expect(partText, `${url} in ${part.title}`).toContain(address.replace(/^https?:\/\/|\/$/g, ''));
          else expect(printed, `${address} in ${part.title}`).toBe(1);
          if (url.startsWith(TEST_SITE_URL)) noted++;
        }
        expect(partText, part.title).not.toContain('/glossary/#');
      });
      if (document.kind !== 'handouts') expect(noted).toBeGreaterThan(0);
    });
  }
}

test('a Finnish session goes into the Finnish trainer’s pack, and its handout into the handouts pack', async () => {
  const path = 'modules/mental-health-and-resilience/what-keeps-us-well';
  const finnish = sourcePage('fi', path);
  if (!finnish) throw new Error(`content/docs/fi/${path}.mdx is needed for this test`);
  const module1 = printedPdfs('fi').filter((document) => document.module?.number === 1);
  const trainers = module1.find((document) => document.kind === 'trainers-pack');
  const handouts = module1.find((document) => document.kind === 'handouts');
  const text = async (href: string) => {
    const pdf = await openPdf(href);
    const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageText(pdf, i + 1)));
    const titles = (await outline(pdf)).map((bookmark) => bookmark.title);
    await pdf.destroy();
    return { text: pages.join('').replace(/\s+/g, ''), titles };
  };
  const pack = await text(trainers?.href ?? '');
  expect(pack.titles.some((title) => sameTitle('fi', title, String(finnish.data['title'])))).toBe(true);
  // The handout's first line, in Finnish, and the trainer notes' Finnish label only in the trainer's pack.
  const [, handoutText = ''] = finnish.body.split('<Handout>');
  const firstLine = (handoutText.trim().split('\n')[0] ?? '').replace(/\*/g, '').replace(/\s+/g, '');
  expect(firstLine.length).toBeGreaterThan(10);
  const participants = await text(handouts?.href ?? '');
  expect(participants.text).toContain(firstLine);
  expect(pack.text).toContain(uiString('fi', 'trainerNote.upset').replace(/\s+/g, ''));
  expect(participants.text).not.toContain(uiString('fi', 'trainerNote.upset').replace(/\s+/g, ''));
});

test('a participants’ pack has no trainer notes; a trainer’s pack has them', async () => {
  const [trainers, handouts] = planPdfs(englishPages, 'en').slice(1, 3);
  const label = uiString('en', 'trainerNote.label');
  const text = async (href: string) => {
    const pdf = await openPdf(href);
    const pages = await Promise.all(
      Array.from({ length: pdf.numPages }, (_, index) => pageText(pdf, index + 1)),
    );
    await pdf.destroy();
    return pages.join('\n');
  };
  expect(await text(trainers?.href ?? '')).toContain(label);
  const handoutText = await text(handouts?.href ?? '');
  expect(handoutText).not.toContain(label);
  expect(handoutText).not.toContain('Timing (');
  // The handouts themselves are there: the first session's handout opens with its title.
  expect(handoutText).toContain(partTitle('en', handouts?.parts[0]?.path ?? '').title);
});
