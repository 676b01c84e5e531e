/**
 * The search dialog (`components/starlight/Search.astro`): Starlight's behaviour, with the
 * search interface loaded on the reader's intent rather than on every page.
 */
// @ts-expect-error: Starlight's virtual module has no types outside Starlight.
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

// Its address only: imported as styles, Astro would add them to every page.
import interfaceStyles from '../components/search/search-interface.css?url';

/** Adds a style sheet to the page, once it has loaded. */
function loadStyles(href: string): Promise<unknown> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  document.head.append(link);
  return loaded;
}

interface PagefindUi {
  triggerSearch(term: string): void;
}

export function startSearch(root: HTMLElement): void {
  const openButton = root.querySelector<HTMLButtonElement>('button[data-open-modal]');
  const closeButton = root.querySelector<HTMLButtonElement>('button[data-close-modal]');
  const dialog = root.querySelector('dialog');
  const frame = root.querySelector('.dialog-frame');
  const early = root.querySelector<HTMLInputElement>('.manual-search-early');
  if (!openButton || !closeButton || !dialog || !frame || !early) return;

  let loading: Promise<void> | undefined;
  /** Loads the search interface once, and hands it what was typed while it loaded. */
  const load = () =>
    (loading ??= (async () => {
      const [{ PagefindUI }] = (await Promise.all([
        // @ts-expect-error: @pagefind/default-ui has no types.
        import('@pagefind/default-ui'),
        loadStyles(interfaceStyles),
      ])) as [{ PagefindUI: new (options: object) => PagefindUi }, unknown];
      let translations = {};
      try {
        translations = JSON.parse(root.dataset['translations'] ?? '{}') as object;
      } catch {
        // Starlight's strings in English, then.
      }
      const ui = new PagefindUI({
        ...(pagefindUserConfig as object),
        element: '#starlight__search',
        baseUrl: '/',
        bundlePath: '/pagefind/',
        showImages: false,
        translations,
        showSubResults: true,
      });
      const input = root.querySelector<HTMLInputElement>('#starlight__search input');
      const typed = early.value;
      const hadFocus = document.activeElement === early;
      early.hidden = true;
      if (typed) {
        ui.triggerSearch(typed);
        if (input) input.value = typed;
      }
      if (hadFocus || dialog.open) input?.focus();
    })());

  /** Closes the dialog when a link is followed or the reader clicks outside it. */
  const onClick = (event: MouseEvent) => {
    const target = event.target as Node | null;
    const isLink = target !== null && 'href' in target;
    if (isLink || (target && document.body.contains(target) && !frame.contains(target))) close();
  };
  const open = (event?: MouseEvent) => {
    dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    const input = root.querySelector<HTMLInputElement>('#starlight__search input');
    (input ?? early).focus();
    event?.stopPropagation();
    window.addEventListener('click', onClick);
    void load();
  };
  const close = () => {
    dialog.close();
  };

  // The reader's intent to search: pointing at, touching or focusing the button.
  for (const intent of ['pointerenter', 'pointerdown', 'focus'])
    openButton.addEventListener(intent, () => void load(), { once: true });
  openButton.addEventListener('click', open);
  openButton.disabled = false;
  closeButton.addEventListener('click', close);
  dialog.addEventListener('close', () => {
    document.body.toggleAttribute('data-search-modal-open', false);
    window.removeEventListener('click', onClick);
  });
  window.addEventListener('keydown', (event) => {
    if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
      if (dialog.open) close();
      else open();
      event.preventDefault();
    }
  });
}
