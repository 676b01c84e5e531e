/**
 * Fidelity of translations: a translated page says what its English page says, in another
 * language. What can be checked without reading either language is checked here, and a
 * page that drifts stops the build with the file and what differs:
 *
 * - the facts in the frontmatter (numbers, true/false, and the fields that name things:
 *   modules, exercises, tools, sessions, audiences, sources, settings …) equal the English;
 *   lists keep their length, and no field is added or left out;
 * - every number of the English text is in the translation (each run of digits, whatever
 *   the separators around it), so no minute, age or year is lost or changed;
 * - every link goes where the English link goes, inside the translation's own edition;
 * - the same components (notes, handouts, forms, safety blocks, glossary terms by id) and
 *   the same headings at the same depths, which take the English page's anchors;
 * - every glossary term the page links is in its edition's glossary (translated first).
 */
import { defaultLocale } from '../config/locales.ts';
import { docsExtension } from '../schemas/docs.ts';
import { headingOutline, outlineShape } from './heading-outline.ts';

/** A page for the check: its id (`fi/exercises/circle-of-support`), file, frontmatter and body. */
export interface TranslatedEntry {
  id: string;
  filePath: string;
  /** The frontmatter, compared field by field whatever the page's type. */
  data: object;
  body: string;
}

/**
 * Frontmatter fields whose values are facts, not prose: they name entries, choices or
 * times, and stay as they are in every language.
 */
const FACT_FIELDS = new Set([
  'type',
  'module',
  'modules',
  'order',
  'number',
  'duration',
  'minutes',
  'groupSize',
  'setting',
  'intensity',
  'runBy',
  'exercise',
  'exercises',
  'tools',
  'sessions',
  'session',
  'audience',
  'kind',
  'sources',
  'ledBy',
  'start',
  'break',
  'composite',
]);

/** Fields that belong to a translation alone. */
const TRANSLATION_FIELDS = new Set(['translation']);

/** Frontmatter fields Starlight or the build fills in, not the writer. */
const IGNORED_FIELDS = new Set(['head', 'editUrl', 'pagefind', 'draft', 'sidebar', 'template', 'hero']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where the frontmatter of a translation differs from the English in fact or in shape. */
function frontmatterDrift(english: unknown, translated: unknown, path: string, fact: boolean): string[] {
  if (Array.isArray(english)) {
    if (!Array.isArray(translated)) return [`${path}: expected a list, as in English`];
    if (fact && JSON.stringify(english) !== JSON.stringify(translated))
      return [`${path}: is ${JSON.stringify(translated)}, the English page says ${JSON.stringify(english)}`];
    if (english.length !== translated.length)
      return [`${path}: has ${translated.length} items, the English page ${english.length}`];
    return english.flatMap((item, i) => frontmatterDrift(item, translated[i], `${path}[${i}]`, fact));
  }
  if (isObject(english)) {
    if (!isObject(translated)) return [`${path}: expected fields, as in English`];
    const problems: string[] = [];
    for (const key of Object.keys(english)) {
      if (IGNORED_FIELDS.has(key)) continue;
      const field = path ? `${path}.${key}` : key;
      if (!(key in translated)) problems.push(`${field}: missing; the English page has it`);
      else
        problems.push(
          ...frontmatterDrift(english[key], translated[key], field, fact || FACT_FIELDS.has(key)),
        );
    }
    for (const key of Object.keys(translated)) {
      if (!(key in english) && !IGNORED_FIELDS.has(key) && !(path === '' && TRANSLATION_FIELDS.has(key)))
        problems.push(`${path ? `${path}.${key}` : key}: not in the English page`);
    }
    return problems;
  }
  // Numbers and true/false are facts wherever they stand; so is a value of a fact field.
  const sameValue =
    english === translated || (english instanceof Date && String(english) === String(translated));
  if ((fact || typeof english === 'number' || typeof english === 'boolean') && !sameValue)
    return [`${path}: is ${JSON.stringify(translated)}, the English page says ${JSON.stringify(english)}`];
  return [];
}

/** The body without imports, comments and the parts no reader sees. */
function readable(body: string): string {
  return body.replace(/^import .*$/gm, '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

/** Link targets, as written (`/en/manual/x/#part`), in order. */
function linkTargets(body: string): string[] {
  return [...readable(body).matchAll(/\]\((\/[^)\s]+)\)|\bhref="(\/[^"]+)"/g)].map(
    ([, a, b]) => a ?? b ?? '',
  );
}

/** The numbers a text states, outside link targets and component attributes. */
function numbers(body: string): string[] {
  const text = readable(body)
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[A-Z][^>]*>/g, '')
    .replace(/<\/[A-Z]\w*>/g, '');
  // Each run of digits on its own, without leading zeros: languages write the same date,
  // time or amount with other separators (1 July 2025 / 1.7.2025, 09:30 / 9.30, 10,000 / 10 000).
  return [...text.matchAll(/\d+/g)].map(([digits]) => String(Number(digits)));
}

/** Each component used, with the id or kind that says what it shows: `Term#resilience`. */
function components(body: string): string[] {
  return [...readable(body).matchAll(/<([A-Z]\w*)([^>]*)>/g)]
    .map(([, name = '', attributes = '']) => {
      const key = /\b(?:id|kind|service|country|count|size)=["{]([^"}]*)["}]/.exec(attributes)?.[1];
      return key ? `${name}#${key}` : name;
    })
    .sort();
}

/** Counts of each item, to compare lists regardless of order. */
function tally(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** What the first list has more of than the second, each item once. */
function missing(from: readonly string[], inside: readonly string[]): string[] {
  const have = tally(inside);
  return [...tally(from)].filter(([item, count]) => (have.get(item) ?? 0) < count).map(([item]) => item);
}

/**
 * What differs between a translated page and its English page, one message per problem,
 * each naming the translation's file; empty when the translation keeps every fact.
 */
export function translationProblems(english: TranslatedEntry, translation: TranslatedEntry): string[] {
  const [locale = ''] = translation.id.split('/');
  const file = translation.filePath;
  const problems = frontmatterDrift(english.data, translation.data, '', false).map(
    (problem) => `${file}: ${problem}`,
  );

  const expectedLinks = linkTargets(english.body).map((target) =>
    target.replace(new RegExp(`^/${defaultLocale}/`), `/${locale}/`),
  );
  const lostLinks = missing(expectedLinks, linkTargets(translation.body));
  if (lostLinks.length > 0)
    problems.push(`${file}: links to ${lostLinks.join(', ')} are missing; the English page has them`);

  const lostNumbers = missing(numbers(english.body), numbers(translation.body));
  if (lostNumbers.length > 0)
    problems.push(`${file}: the number(s) ${lostNumbers.join(', ')} of the English page are missing`);

  const englishComponents = components(english.body);
  const translatedComponents = components(translation.body);
  const lost = missing(englishComponents, translatedComponents);
  const added = missing(translatedComponents, englishComponents);
  if (lost.length > 0 || added.length > 0)
    problems.push(
      `${file}: components differ from the English page:` +
        (lost.length > 0 ? ` missing ${lost.map((c) => `<${c}>`).join(', ')}` : '') +
        (added.length > 0 ? ` added ${added.map((c) => `<${c}>`).join(', ')}` : ''),
    );

  // Same headings at the same depths: a translated heading takes the English heading's
  // anchor (src/plugins/rehype-stable-heading-ids.ts), so links keep working in every edition.
  const outline = (page: TranslatedEntry) =>
    outlineShape(headingOutline(page.body, page.filePath.endsWith('.md') ? 'md' : 'mdx'));
  const [englishOutline, translatedOutline] = [outline(english), outline(translation)];
  if (englishOutline !== translatedOutline)
    problems.push(
      `${file}: headings differ from the English page: ${translatedOutline || 'none'} here, ${englishOutline || 'none'} in English`,
    );
  return problems;
}

/**
 * The glossary terms a translated page links (`<Term id="…">`) that its edition's glossary
 * does not have yet. An edition's glossary is translated first, so that every page uses
 * its words and a reader of the page never gets an English definition.
 */
export function untranslatedTerms(translation: TranslatedEntry, termIds: ReadonlySet<string>): string[] {
  const [locale = ''] = translation.id.split('/');
  const used = new Set(
    [...readable(translation.body).matchAll(/<Term\s+id="([a-z0-9-]+)"/g)].map(([, id]) => id),
  );
  return [...used]
    .filter((id) => !termIds.has(`${locale}/${id}`))
    .map(
      (id) =>
        `${translation.filePath}: <Term id="${id}">: the edition's glossary has no "${id}" yet (expected content/glossary/${locale}/${id}.yaml); translate the glossary terms before the pages that use them`,
    );
}

/**
 * What the build's schema would refuse in a page's frontmatter, field by field. The build
 * says it too, but only after a minute's work; `npm run check:translation` says it in a
 * second, because a translation can outgrow a word limit (an exercise's purpose) or turn a
 * line into a YAML map (an unquoted ": ") without changing a single fact.
 */
export function schemaProblems(page: TranslatedEntry): string[] {
  const result = docsExtension.safeParse(page.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${page.filePath}: ${issue.path.join('.')}: ${issue.message}`);
}

/**
 * Checks every translated page against its English page (see `translationProblems`), and
 * that the glossary terms it links are translated (`termIds`: `fi/resilience` …).
 */
export function checkTranslations(pages: readonly TranslatedEntry[], termIds: ReadonlySet<string>): string[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  return pages.flatMap((page) => {
    const [locale, ...path] = page.id.split('/');
    if (locale === defaultLocale) return [];
    const english = byId.get([defaultLocale, ...path].join('/'));
    // A translation without an English page is reported by checkReferences.
    return [...(english ? translationProblems(english, page) : []), ...untranslatedTerms(page, termIds)];
  });
}
