/**
 * The presenter window of the projector view: the current screen, its trainer notes, the
 * next screen, the clock and the timer. The projector view builds it in a blank window
 * of its own from the screens it has already loaded, so it needs nothing from the
 * network (it works offline) and the two windows stay in step by plain calls.
 */
import { fill } from '../utils/strings.ts';

export type Labels = Record<string, string>;

/** An element of the presenter window's layout, which this module itself wrote. */
function part(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`Presenter window: no ${selector}`);
  return found;
}

/** What the presenter window shows for one screen of the projector view. */
export interface PresenterState {
  screen: HTMLElement;
  next: HTMLElement | undefined;
  index: number;
  total: number;
}

/**
 * Opens (or, after a reload of the projector view, finds again: the window is named) the
 * presenter window and lays it out. Keys and clicks in it go to the handlers given, as
 * if they happened in the projector view. Returns `null` when the browser blocks it.
 */
export function openPresenterWindow(options: {
  labels: Labels;
  title: string;
  onKey: (event: KeyboardEvent) => void;
  onClick: (event: Event) => void;
}): Window | null {
  const presenter = window.open('', 'projector-presenter', 'popup,width=1200,height=760');
  if (!presenter) return null;
  const doc = presenter.document;
  doc.title = `${options.labels['presenter'] ?? ''}: ${options.title}`;
  doc.documentElement.lang = document.documentElement.lang;
  doc.documentElement.dir = document.documentElement.dir;
  doc.adoptedStyleSheets = [copyOfStyles(presenter)];
  doc.body.replaceChildren(layout(doc, options.labels));
  doc.addEventListener('keydown', options.onKey);
  doc.addEventListener('click', options.onClick);
  return presenter;
}

/**
 * The projector view's styles, copied rule by rule: nothing to fetch. The sheet is made
 * by the other window's own constructor, or that document would refuse it.
 */
function copyOfStyles(presenter: Window): CSSStyleSheet {
  const Sheet = (presenter as Window & { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
  const sheet = new Sheet();
  const rules = [...document.styleSheets].flatMap((styles) => {
    try {
      return [...styles.cssRules].map((rule) => rule.cssText);
    } catch {
      return []; // A sheet the page may not read; the site has none, but be safe.
    }
  });
  sheet.replaceSync(rules.join('\n'));
  return sheet;
}

function layout(doc: Document, labels: Labels): HTMLElement {
  const root = doc.createElement('main');
  root.className = 'presenter';
  root.innerHTML = `
    <div class="presenter-bar">
      <h1 class="presenter-title"></h1>
      <span><span class="label"></span> <output data-clock></output></span>
      <span class="position" data-position></span>
      <span class="timer"><output data-time></output>
        <button type="button" data-timer-toggle></button>
        <button type="button" data-timer-reset></button></span>
      <span class="moves"><button type="button" data-move="previous"></button>
        <button type="button" data-move="next"></button></span>
    </div>
    <section class="presenter-now" aria-labelledby="presenter-now"><h2 id="presenter-now"></h2><div data-now></div></section>
    <section class="presenter-notes" aria-labelledby="presenter-notes" tabindex="0"><h2 id="presenter-notes"></h2><div data-notes></div></section>
    <section class="presenter-next" aria-labelledby="presenter-next"><h2 id="presenter-next"></h2><div data-next></div></section>`;
  // Strings go in as text, never as markup.
  const text = (selector: string, value: string | undefined) => {
    part(root, selector).textContent = value ?? '';
  };
  text('.presenter-title', doc.title);
  text('.presenter-bar .label', `${labels['clock']}:`);
  text('[data-timer-toggle]', labels['start']);
  text('[data-timer-reset]', labels['reset']);
  text('[data-move="previous"]', labels['previous']);
  text('[data-move="next"]', labels['next']);
  text('#presenter-now', labels['now']);
  text('#presenter-notes', labels['notes']);
  text('#presenter-next', labels['upNext']);
  return root;
}

/** Puts a screen, its notes and the next screen in the presenter window. */
export function renderPresenterWindow(presenter: Window, state: PresenterState, labels: Labels): void {
  const doc = presenter.document;
  const { screen, next, index, total } = state;
  // A screen as the audience sees it: shown, without its notes, and without its id,
  // which belongs to the projector view's copy.
  const copy = (source: HTMLElement) => {
    const clone = doc.importNode(source, true);
    clone.hidden = false;
    clone.removeAttribute('id');
    clone.querySelectorAll('[data-trainer-note]').forEach((note) => {
      note.remove();
    });
    return clone;
  };
  const paragraph = (text: string | undefined) =>
    Object.assign(doc.createElement('p'), { textContent: text ?? '' });

  part(doc, '[data-now]').replaceChildren(copy(screen));
  const notes = [...screen.querySelectorAll('[data-trainer-note]')].map((note) => doc.importNode(note, true));
  doc
    .querySelector('[data-notes]')
    ?.replaceChildren(...(notes.length > 0 ? notes : [paragraph(labels['noNotes'])]));
  part(doc, '[data-next]').replaceChildren(next ? copy(next) : paragraph(labels['end']));
  part(doc, '[data-position]').textContent = fill(labels['position'] ?? '', { n: index + 1, total });
  part(doc, '.presenter .timer').hidden = !screen.dataset['minutes'];
  (part(doc, '[data-move="previous"]') as HTMLButtonElement).disabled = index === 0;
  (part(doc, '[data-move="next"]') as HTMLButtonElement).disabled = !next;
}
