/**
 * `npm run check:translation -- fi` (an edition) or `-- content/docs/fi/about/index.mdx …`
 * (files): the build's fidelity checks on translated pages, in a second and without a
 * build, for translators at work. Each page is compared with its English page (facts in the
 * frontmatter, numbers, link targets, components, headings), and the glossary terms it
 * links must be in its edition's glossary; a session must keep its shape (a part per agenda
 * item, a screenful each, timing notes, the handout last), and its frontmatter must still fit
 * the page's schema (a translated purpose can outgrow its word limit). Whether the pages that
 * links point to exist is checked by the build itself (`npm run build`).
 */
import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

import { defaultLocale, isLocaleCode } from '../src/config/locales.ts';
import { sessionShapeProblems } from '../src/plugins/rehype-session-parts.ts';
import {
  schemaProblems,
  translationProblems,
  untranslatedTerms,
  type TranslatedEntry,
} from '../src/utils/check-translations.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = `${root}content/docs/`;

/** A page file read as the build's check sees it. */
function readPage(file: string): TranslatedEntry {
  const text = readFileSync(file, 'utf8');
  const [, frontmatter = '', body = text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const path = relative(docs, file);
  return {
    id: path.replace(/\.mdx?$/, '').replace(/\/index$/, ''),
    filePath: `content/docs/${path}`,
    data: (parse(frontmatter) ?? {}) as object,
    body,
  };
}

/** Every page file under a folder. */
function pageFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => `${folder}${name}`);
}

/** The English page a translation was made from, if there is one. */
function englishFile(file: string): string | undefined {
  const [, path = ''] = /^[a-z]{2}\/(.+)$/.exec(relative(docs, file)) ?? [];
  const base = path.replace(/\.mdx?$/, '');
  return [`${docs}${defaultLocale}/${base}.mdx`, `${docs}${defaultLocale}/${base}.md`].find((f) =>
    existsSync(f),
  );
}

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('Name an edition (fi) or translated page files: npm run check:translation -- fi');
  process.exit(2);
}
const files = args.flatMap((arg) =>
  isLocaleCode(arg) ? pageFiles(`${docs}${arg}/`) : [arg.startsWith('/') ? arg : `${process.cwd()}/${arg}`],
);
const termIds = new Set(
  readdirSync(`${root}content/glossary/`, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, '')),
);

/** A session's shape, as the build checks it (src/plugins/rehype-session-parts.ts). */
async function shapeProblems(page: TranslatedEntry): Promise<string[]> {
  const data = page.data as Record<string, unknown>;
  if (data['type'] !== 'session') return [];
  let found: string[] = [];
  await compile(page.body, {
    rehypePlugins: [
      () => (tree: Root) => {
        found = sessionShapeProblems(tree, data);
      },
    ],
  });
  return found.map((problem) => `${page.filePath}: ${problem}`);
}

let problems = 0;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file}: no such file`);
    problems++;
    continue;
  }
  const translation = readPage(file);
  if (translation.id.startsWith(`${defaultLocale}/`)) continue;
  const source = englishFile(file);
  const found = source
    ? [
        ...translationProblems(readPage(source), translation),
        ...untranslatedTerms(translation, termIds),
        ...schemaProblems(translation),
        ...(await shapeProblems(translation)),
      ]
    : [`${translation.filePath}: a translation with no English source`];
  for (const problem of found) console.log(problem);
  problems += found.length;
}
console.log(problems === 0 ? `${files.length} page(s): no problems.` : `${problems} problem(s).`);
process.exit(problems === 0 ? 0 : 1);
