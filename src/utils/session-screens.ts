/**
 * Build-time half of the projector view: a session's rendered text cut into its screens.
 * Kept apart from src/browser/presenting.ts, which runs in the browser, so that the HTML parser never
 * reaches a reader's phone.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

/** One timed part of a session, as a projected screen. */
export interface SessionScreen {
  /** The part heading's id, as Starlight wrote it: the screen's address within its session. */
  id: string;
  /** The heading's text. */
  title: string;
  /** The part's minutes, from the session's agenda. */
  minutes: number;
  /** The part's HTML, heading included. */
  html: string;
}

/** The attributes that name other elements by id. */
const ID_REFERENCES = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor', 'headers'] as const;

/**
 * Cuts a session's rendered text into its screens: the `<section data-part>` elements the
 * build wraps each agenda part in (src/plugins/rehype-session-parts.ts), so nothing depends
 * on a heading's words or on Starlight's markup. What is not a part (the participant
 * handout) is left out. On a screen the heading's anchor link means nothing and goes, as
 * does the heading's id (the screen has it); every other id gets the session's prefix,
 * since the sessions of a module share the page and may share ids.
 *
 * @param prefix the session's file name, unique in its module
 */
export function sessionScreens(html: string, prefix: string): SessionScreen[] {
  const tree = fromHtml(html, { fragment: true });
  const parts: Element[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'section' || node.properties['dataPart'] === undefined) return CONTINUE;
    parts.push(node);
    return SKIP;
  });
  return parts.map((part) => {
    const headings: Element[] = [];
    visit(part, 'element', (node, index, parent) => {
      if (node.tagName === 'h2') headings.push(node);
      const classes = node.properties['className'];
      if (Array.isArray(classes) && classes.includes('sl-anchor-link') && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return CONTINUE;
    });
    const [heading] = headings;
    const id = heading?.properties['id'] ?? `part-${String(part.properties['dataPart'])}`;
    if (heading) delete heading.properties['id'];
    const local = (value: string) => `${prefix}__${value}`;
    visit(part, 'element', (node) => {
      // Read loosely: the parser gives a space-separated list or a single value.
      const properties = node.properties as Record<string, unknown>;
      if (typeof properties['id'] === 'string') properties['id'] = local(properties['id']);
      for (const name of ID_REFERENCES) {
        const value = properties[name];
        if (Array.isArray(value)) properties[name] = value.map((token) => local(String(token)));
        else if (typeof value === 'string') properties[name] = local(value);
      }
      const href = properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && href.length > 1)
        properties['href'] = `#${local(href.slice(1))}`;
    });
    return {
      id,
      title: heading ? toString(heading).trim() : '',
      minutes: Number(part.properties['dataMinutes']),
      html: toHtml(part.children),
    };
  });
}
