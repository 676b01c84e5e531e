import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Images without alt text found while rendering content, reported when the build ends. */
const problems = new Set<string>();

/**
 * Finds images without alt text. Markdown accepts `![](photo.jpg)` silently, and axe
 * takes an empty `alt` to mean "decorative", so neither would notice a photo that a
 * screen-reader user cannot know is there. A decorative image belongs in CSS.
 *
 * Problems are collected rather than thrown: Starlight's content loader logs an error
 * thrown while rendering a page and goes on with an empty page, which would not stop
 * the build. `requireAltText()` stops it instead, listing every image at once.
 */
export function rehypeRequireAlt() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      const alt = node.properties['alt'];
      if (typeof alt === 'string' && alt.trim() !== '') return;
      const src = typeof node.properties['src'] === 'string' ? node.properties['src'] : '';
      const where = `${relative(process.cwd(), file.path)}${node.position ? `:${node.position.start.line}` : ''}`;
      const message = `${where}: the image ${src} has no alt text. Describe what it shows, for readers who cannot see it: ![A mentor and a young man repairing a bike](…)`;
      problems.add(message);
      file.message(message, node);
    });
  };
}

/** Fails the build when any page has an image without alt text. */
export function requireAltText(): AstroIntegration {
  return {
    name: 'manual:require-alt-text',
    hooks: {
      'astro:build:done': () => {
        if (problems.size > 0) {
          throw new Error(`Images without alt text:\n- ${[...problems].join('\n- ')}`);
        }
      },
    },
  };
}
