/**
 * Anchors that are the same in every edition: a translated page's headings take the
 * anchors of its English page's headings, in order (`/fi/manual/x/#the-decision-path`).
 * So a link keeps its `#anchor` when the page it points to is translated (the fidelity
 * check asks every translation for the English page's link targets), and an anchor a reader
 * shares works in every edition. The fidelity check (`src/utils/check-translations.ts`)
 * fails a translation whose headings differ from the English page's in number or depth;
 * until it is fixed, its headings keep anchors of their own.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';

import { defaultLocale } from '../config/locales.ts';
import { headingOutline } from '../utils/heading-outline.ts';

// content/docs/<edition>/<path>.md or .mdx
const PAGE_FILE = /^(.*?content\/docs\/)([a-z]{2})\/(.+)\.(mdx?)$/;

/** The English page a translated page was made from, as its file and format. */
function englishSource(path: string): { file: string; format: 'md' | 'mdx' } | undefined {
  const [, docs = '', locale = '', page = ''] = PAGE_FILE.exec(path) ?? [];
  if (!docs || locale === defaultLocale) return undefined;
  for (const format of ['mdx', 'md'] as const) {
    const file = `${docs}${defaultLocale}/${page}.${format}`;
    if (existsSync(file)) return { file, format };
  }
  return undefined;
}

/** The Markdown headings of a page's tree, in order. */
function headings(node: Root | RootContent, found: Element[] = []): Element[] {
  if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) found.push(node);
  else if ('children' in node) for (const child of node.children) headings(child, found);
  return found;
}

export function rehypeStableHeadingIds() {
  return (tree: Root, file: VFile) => {
    const source = englishSource(file.path);
    if (!source) return;
    const text = readFileSync(source.file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const english = headingOutline(text, source.format);
    const translated = headings(tree);
    const same =
      english.length === translated.length &&
      english.every((heading, index) => `h${heading.depth}` === translated[index]?.tagName);
    if (!same) return;
    translated.forEach((heading, index) => {
      heading.properties['id'] = english[index]?.id;
    });
  };
}
