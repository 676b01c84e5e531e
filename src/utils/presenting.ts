/**
 * The projector view's logic that does not need a page: cutting a session's rendered text
 * into screens, the keys a trainer or a presentation clicker sends, and the countdown's
 * display. The view itself is src/components/present/PresentView.astro.
 */

/** One `##` section of a session's rendered text. */
export interface HtmlSection {
  /** The heading's id, as Starlight wrote it. */
  id: string;
  /** The heading's text, without markup. */
  title: string;
  /** The section's HTML, heading included. */
  html: string;
}

// Starlight wraps each heading with its anchor link; without the wrapper a plain <h2>.
const SECTION_START = /<div class="sl-heading-wrapper level-h2"[^>]*>\s*<h2|<h2[\s>]/g;
const HEADING = /<h2[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/h2>/;

/**
 * Cuts rendered HTML into its `##` sections. Text before the first heading is not a
 * section and is returned apart, so nothing a writer put there is lost silently.
 */
export function splitSections(html: string): { before: string; sections: HtmlSection[] } {
  const starts = [...html.matchAll(SECTION_START)].map((match) => match.index);
  const before = html.slice(0, starts[0] ?? html.length);
  const sections = starts.map((start, i) => {
    const chunk = html.slice(start, starts[i + 1] ?? html.length);
    const [, id = '', inner = ''] = HEADING.exec(chunk) ?? [];
    return { id, title: textOf(inner), html: chunk };
  });
  return { before, sections };
}

/**
 * A section's HTML as a screen shows it: without the heading's anchor link, which means
 * nothing on a projected screen, and without the heading's id, which two sessions of a
 * module can share.
 */
export function screenHtml(sectionHtml: string): string {
  return sectionHtml
    .replace(/<a class="sl-anchor-link"[\s\S]*?<\/a>/, '')
    .replace(/(<h2[^>]*?)\s+id="[^"]*"/, '$1');
}

/** The text of a piece of HTML, with tags dropped and the common entities read. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};

/**
 * Fills `{{name}}` in an interface string. A placeholder without a value stays, so a
 * string can be filled at build time and again in the browser ("Screen {{n}} of {{total}}").
 */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** What a key press asks the projector view to do. */
export type PresentAction =
  'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'leave' | 'timer' | 'timer-reset';

/**
 * The action of a key. Presentation clickers send Page Down / Page Up (some send the
 * arrows or B for a blank screen, which is left to the browser). On a right-to-left page
 * the next screen lies to the left, so the left arrow moves forward there.
 */
export function actionOfKey(
  key: string,
  options: { shift?: boolean; rtl?: boolean; modified?: boolean } = {},
): PresentAction | undefined {
  if (options.modified) return undefined;
  const forwardArrow = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  const backArrow = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forwardArrow:
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case backArrow:
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
      return options.shift ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'leave';
    case 't':
    case 'T':
      return 'timer';
    case 'r':
    case 'R':
      return 'timer-reset';
    default:
      return undefined;
  }
}

/** A countdown's remaining time as `m:ss`, or `-m:ss` once it has run over. */
export function countdownText(remainingMs: number): string {
  const over = remainingMs < 0;
  const seconds = Math.ceil(Math.abs(remainingMs) / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over && seconds > 0 ? `-${text}` : text;
}

/**
 * A countdown a trainer starts, pauses and resets. Time is read from the clock it is
 * given, so a paused, hidden or throttled window never loses or gains time.
 */
export class Countdown {
  private startedAt: number | undefined;
  private usedMs = 0;

  constructor(
    readonly totalMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get running(): boolean {
    return this.startedAt !== undefined;
  }

  /** Milliseconds left; below zero once the part has run over. */
  get remainingMs(): number {
    const running = this.startedAt === undefined ? 0 : this.now() - this.startedAt;
    return this.totalMs - this.usedMs - running;
  }

  start(): void {
    this.startedAt ??= this.now();
  }

  pause(): void {
    if (this.startedAt === undefined) return;
    this.usedMs += this.now() - this.startedAt;
    this.startedAt = undefined;
  }

  toggle(): void {
    if (this.running) this.pause();
    else this.start();
  }

  reset(): void {
    this.startedAt = undefined;
    this.usedMs = 0;
  }
}
