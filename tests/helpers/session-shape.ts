import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { parse } from 'yaml';

import { sessionShapeProblems as shapeProblems } from '../../src/plugins/rehype-session-parts.ts';

// Reading pages of the manual in tests: frontmatter, `##` sections, and a session's shape.

/** Splits an MDX file into its frontmatter data and body. */
export function splitPage(text: string): { data: Record<string, unknown>; body: string } {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: (parse(frontmatter) ?? {}) as Record<string, unknown>, body };
}

/** The `##` sections of a page body: heading and the text up to the next one. */
export function sections(body: string): { heading: string; text: string }[] {
  return body
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const [heading = '', ...rest] = chunk.split('\n');
      return { heading: heading.trim(), text: rest.join('\n') };
    });
}

/**
 * What is wrong with a session page's shape, one message per problem; empty when sound.
 * The same check the build runs on every session in every edition
 * (src/plugins/rehype-session-parts.ts), on the page's source.
 */
export async function sessionShapeProblems(text: string): Promise<string[]> {
  const { data, body } = splitPage(text);
  let problems: string[] = [];
  await compile(body, {
    rehypePlugins: [
      () => (tree: Root) => {
        problems = shapeProblems(tree, data);
      },
    ],
  });
  return problems;
}
