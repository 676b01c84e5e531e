/**
 * The headings a page writes in its text (`## …`), with the anchor each gets: the same
 * anchors Astro gives them (github-slugger over the heading's text). Shared by the plugin
 * that gives a translated page its English page's anchors and by the fidelity check that
 * makes sure both pages have the same headings.
 */
import { createProcessor } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import type { Nodes } from 'mdast';

export interface OutlineHeading {
  /** 1 to 6: `##` is 2. */
  depth: number;
  text: string;
  /** The anchor, as Astro derives it from the text. */
  id: string;
}

const parsers = { md: createProcessor({ format: 'md' }), mdx: createProcessor({ format: 'mdx' }) };

/** The text Astro reads from a heading for its anchor: its words, inline code included. */
function headingText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'mdxTextExpression')
    return node.value;
  return 'children' in node ? node.children.map((child) => headingText(child)).join('') : '';
}

/** The headings of a page's body (its text without the frontmatter), in order. */
export function headingOutline(body: string, format: 'md' | 'mdx' = 'mdx'): OutlineHeading[] {
  const slugger = new GithubSlugger();
  const headings: OutlineHeading[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      const text = headingText(node);
      headings.push({ depth: node.depth, text, id: slugger.slug(text) });
    } else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parsers[format].parse(body));
  return headings;
}

/** The depths of the headings in order, written as Markdown writes them: `## ## ### ##`. */
export function outlineShape(headings: readonly OutlineHeading[]): string {
  return headings.map((heading) => '#'.repeat(heading.depth)).join(' ');
}
