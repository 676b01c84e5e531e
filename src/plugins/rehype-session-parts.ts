import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';

/**
 * A session page's shape, checked at build time in every edition, and its parts marked
 * for the projector view and the print. A session is taught from a projector one part
 * at a time, so its text keeps one shape:
 *
 * - one `##` section for each agenda part, titled like the part, in the same order;
 * - in each, at most {@link SCREEN_WORDS} words on the screen (outside trainer notes), and a
 *   trainer note that gives the part's minutes;
 * - the three notes every session has: `<TrainerNote kind="questions">`, `kind="upset"`
 *   and `kind="extremist-views"`;
 * - the participant handout (`<Handout>`) last, with no trainer notes in it.
 *
 * Nothing here reads words of any language: titles are compared with the page's own
 * agenda, notes are found by their `kind`, the handout by its component. Each part is
 * wrapped in `<section data-part="N" data-minutes="M">`, which the projector view cuts into
 * screens and times (`SessionScreens.astro`). A page that breaks the shape stops the build
 * with every problem, naming the file.
 */

/** Words a part may put on the projected screen. */
export const SCREEN_WORDS = 100;

/** Minutes a session may last. */
const SESSION_MINUTES = { min: 45, max: 120 };

interface AgendaPart {
  title: string;
  minutes: number;
}

/** A JSX element in MDX (`<TrainerNote kind="upset">`), as the MDX compiler hands it on. */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: ElementContent[];
}

type Node = RootContent | ElementContent;

function isJsx(node: Node | Root, name: string): node is Node & JsxElement {
  return (node.type as string) === 'mdxJsxFlowElement' && (node as unknown as JsxElement).name === name;
}

function attribute(node: JsxElement, name: string): unknown {
  return node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value;
}

/** An MDX comment (`{/* … *\/}`), which shows nothing. */
function isComment(node: Node): boolean {
  const { type, value } = node as { type: string; value?: unknown };
  return type === 'mdxFlowExpression' && typeof value === 'string' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);
}

/** A note's `kind` ("" for a note of its own). */
function kindOf(node: JsxElement): string {
  const kind = attribute(node, 'kind');
  return typeof kind === 'string' ? kind : '';
}

/** The `<h2>` a node is or wraps (Starlight wraps headings with their anchor link). */
function heading(node: Node): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (node.tagName === 'h2') return node;
  const wrapped = node.children.find((child) => child.type === 'element' && child.tagName === 'h2');
  return node.tagName === 'div' && wrapped?.type === 'element' ? wrapped : undefined;
}

/** Every node inside a node, itself included. */
function* descendants(node: Node | Root): Generator<Node | Root> {
  yield node;
  if ('children' in node) for (const child of node.children as Node[]) yield* descendants(child);
}

/** The text a node puts on screen: everything outside trainer notes. */
function screenText(node: Node): string {
  if (isJsx(node, 'TrainerNote')) return '';
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as Node[]).map(screenText).join(' ');
  return '';
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word)).length;
}

/**
 * A title as written, whatever the typography: the build curls the apostrophes and quotes
 * of a heading (su'aalo → su’aalo) but not of the agenda in the frontmatter, and Somali
 * writes an apostrophe in many words.
 */
function plainQuotes(title: string): string {
  return title.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** What is wrong with a session's parts, one message per problem; empty when sound. */
export function sessionShapeProblems(tree: Root, data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const agenda = (Array.isArray(data['agenda']) ? data['agenda'] : []) as AgendaPart[];
  const duration = Number(data['duration']);
  if (!(duration >= SESSION_MINUTES.min && duration <= SESSION_MINUTES.max))
    problems.push(`lasts ${duration} minutes; a session is ${SESSION_MINUTES.min} to ${SESSION_MINUTES.max}`);

  const { before, parts, handout, after } = partsOf(tree);
  if (before.some((node) => node.type !== 'text' || node.value.trim() !== ''))
    problems.push('has text before its first ## part, which no screen would show');
  const titles = parts.map((part) => plainQuotes(toString(part.heading).trim()));
  const expected = agenda.map((part) => plainQuotes(part.title));
  if (titles.join('\n') !== expected.join('\n'))
    problems.push(`## headings are [${titles.join(' | ')}], expected the agenda’s [${expected.join(' | ')}]`);

  parts.forEach((part, index) => {
    const planned = agenda[index];
    if (!planned || titles[index] !== expected[index]) return;
    // Below the heading: the heading names the part and is short anyway.
    const words = wordCount(part.nodes.slice(1).map(screenText).join(' '));
    if (words > SCREEN_WORDS)
      problems.push(
        `“${planned.title}” puts ${words} words on screen; move some into a trainer note (at most ${SCREEN_WORDS})`,
      );
    const note = part.nodes.find((node) => isJsx(node, 'TrainerNote') && kindOf(node) === '');
    const minutes = new RegExp(`(^|\\D)${planned.minutes}(\\D|$)`);
    if (!note || !minutes.test(toString(note)))
      problems.push(
        `“${planned.title}” needs a trainer note that gives its timing (${planned.minutes} minutes)`,
      );
  });

  const kinds = new Set(
    [...descendants(tree)].flatMap((node) => (isJsx(node, 'TrainerNote') ? [kindOf(node)] : [])),
  );
  for (const kind of ['questions', 'upset', 'extremist-views'])
    if (!kinds.has(kind)) problems.push(`has no <TrainerNote kind="${kind}">`);

  if (!handout) problems.push('has no participant handout (<Handout>)');
  else if ([...descendants(handout)].some((node) => isJsx(node, 'TrainerNote')))
    problems.push('the participant handout has a trainer note in it');
  if (after.some((node) => node.type !== 'text' || node.value.trim() !== ''))
    problems.push('the participant handout must come last');
  return problems;
}

interface Part {
  heading: Element;
  /** The heading (or its wrapper) and everything up to the next part. */
  nodes: RootContent[];
}

/**
 * The page's parts, its handout, and what stands before the first part and after the
 * handout. Imports (`mdxjsEsm`) belong to no part.
 */
function partsOf(tree: Root): {
  before: RootContent[];
  parts: Part[];
  handout: RootContent | undefined;
  after: RootContent[];
} {
  const before: RootContent[] = [];
  const parts: Part[] = [];
  let handout: RootContent | undefined;
  const after: RootContent[] = [];
  for (const node of tree.children) {
    if ((node.type as string) === 'mdxjsEsm' || isComment(node)) continue;
    const found = heading(node);
    if (handout) after.push(node);
    else if (isJsx(node, 'Handout')) handout = node;
    else if (found) parts.push({ heading: found, nodes: [node] });
    else (parts.at(-1)?.nodes ?? before).push(node);
  }
  return { before, parts, handout, after };
}

/** Checks a session page and wraps each of its parts in `<section data-part data-minutes>`. */
export function rehypeSessionParts() {
  return (tree: Root, file: VFile) => {
    const data = (file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
    if (data?.['type'] !== 'session') return;
    const problems = sessionShapeProblems(tree, data);
    if (problems.length > 0)
      throw new Error(`${file.path}: the session does not keep its shape:\n- ${problems.join('\n- ')}`);
    const agenda = data['agenda'] as AgendaPart[];
    const { parts } = partsOf(tree);
    parts.forEach((part, index) => {
      const section: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['session-part'], dataPart: index, dataMinutes: agenda[index]?.minutes },
        children: part.nodes as ElementContent[],
      };
      const start = tree.children.indexOf(part.nodes[0] as RootContent);
      tree.children.splice(start, part.nodes.length, section);
    });
  };
}
