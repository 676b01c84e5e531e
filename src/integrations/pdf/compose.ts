/**
 * Runs in the browser, inside the empty print document that `pdf-editions.ts` serves:
 * fetches each built page of a PDF, takes its content (or only its participant handout),
 * and lays out cover, contents and parts. Playwright sends these functions to the page as
 * text, so each must stand alone: no imports, no helpers outside the function.
 */

/** One page that goes into the PDF. */
export interface ComposePart {
  /** Address of the built page, such as `/fi/manual/building-trust/`. */
  href: string;
  extract: 'page' | 'handout';
  /** True when the page is the English text standing in for a missing translation. */
  isFallback: boolean;
}

/** Everything the print document needs besides the pages themselves. */
export interface ComposeInput {
  /** The site's public address, ending in `/`, for links to pages outside the PDF. */
  siteUrl: string;
  dir: 'ltr' | 'rtl';
  cover: {
    siteTitle: string;
    title: string;
    subtitle?: string | undefined;
    edition: string;
    /** Said on the cover when some parts are in English; omitted otherwise. */
    englishNote?: string | undefined;
    readOnline: string;
    onlineUrl: string;
  };
  contents: string;
  inEnglish: string;
  /** The PDF's own title, in the running header of every page but the cover. */
  runningTitle: string;
  parts: ComposePart[];
}

/**
 * Builds the print document: a cover, the contents (page numbers left empty for
 * `fillPageNumbers`), and one `<article>` per part, each on a named page so that its title
 * runs in the header. Links to a page inside the PDF become links within the PDF; links to
 * other pages of the site point to the public site.
 *
 * @returns the title of each part, in order
 * @throws when a page has no content, or a handout part has no handout
 */
export async function composeDocument(input: ComposeInput): Promise<string[]> {
  const root = document.getElementById('pdf-document');
  document.documentElement.dataset['theme'] = 'light';
  if (!root) throw new Error('The print document has no #pdf-document');
  // The PDF's title in its metadata, which PDF readers show in their title bar.
  document.title = input.runningTitle;
  const start = input.dir === 'rtl' ? 'right' : 'left';
  const end = input.dir === 'rtl' ? 'left' : 'right';
  const cssString = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim());
  const make = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Record<string, string> = {},
    text?: string,
  ): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    return element;
  };

  // The pages, fetched from the built site and parsed.
  const pages = await Promise.all(
    input.parts.map(async (part) => {
      const response = await fetch(part.href);
      if (!response.ok) throw new Error(`${part.href}: ${response.status} ${response.statusText}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    }),
  );

  // The styles of every page, once each, in the order they first appear.
  const loaded: Promise<unknown>[] = [];
  const seen = new Set<string>();
  for (const page of pages) {
    for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
      const href = link.getAttribute('href') ?? '';
      if (seen.has(href)) continue;
      seen.add(href);
      const copy = make('link', { rel: 'stylesheet', href, media: link.getAttribute('media') ?? 'all' });
      loaded.push(
        new Promise((resolve, reject) => {
          copy.addEventListener('load', resolve);
          copy.addEventListener('error', () => {
            reject(new Error(`Stylesheet ${href} did not load`));
          });
        }),
      );
      document.head.append(copy);
    }
  }
  // Styles first, content after: content laid out before its styles arrive came out with
  // each part's title twice in the PDF's bookmarks.
  await Promise.all(loaded);

  // Cover.
  const cover = make('section', { class: 'pdf-cover' });
  cover.append(make('p', { class: 'pdf-cover-site' }, input.cover.siteTitle));
  cover.append(make('h1', {}, input.cover.title));
  if (input.cover.subtitle) cover.append(make('p', { class: 'pdf-cover-subtitle' }, input.cover.subtitle));
  cover.append(make('p', { class: 'pdf-cover-edition' }, input.cover.edition));
  if (input.cover.englishNote) cover.append(make('p', { class: 'pdf-cover-note' }, input.cover.englishNote));
  const online = make('p', { class: 'pdf-cover-online' }, `${input.cover.readOnline}: `);
  online.append(make('a', { href: input.cover.onlineUrl, dir: 'ltr' }, input.cover.onlineUrl));
  cover.append(online);

  // Contents, filled in below as the parts are laid out.
  const contents = make('nav', { class: 'pdf-contents', 'aria-labelledby': 'pdf-contents-title' });
  contents.append(make('h1', { id: 'pdf-contents-title' }, input.contents));
  const list = make('ol');
  contents.append(list);
  root.append(cover, contents);

  const pathIndex = new Map(
    input.parts.map((part, index) => [new URL(part.href, location.href).pathname, index]),
  );
  let pageRules = '';
  const titles: string[] = [];
  const articles: HTMLElement[] = [];

  input.parts.forEach((part, index) => {
    const page = pages[index];
    const main = page?.querySelector('main');
    const content = main?.querySelector('.sl-markdown-content');
    const title = (main?.querySelector('h1')?.textContent ?? '').trim();
    if (!main || !content || !title) throw new Error(`${part.href}: no title or content in <main>`);
    titles.push(title);
    // As `partId` in pdf-plan.ts, which this function cannot import.
    const id = `p${index + 1}`;

    const body = make('div', { class: 'sl-markdown-content' });
    if (part.extract === 'handout') {
      // The handout is everything after its heading, up to the next section of the same level.
      const heading = content.querySelector('#participant-handout');
      const from = heading?.closest('.sl-heading-wrapper') ?? heading;
      if (!from) throw new Error(`${part.href}: no "Participant handout" section`);
      for (let node = from.nextSibling; node; node = node.nextSibling) {
        if (node instanceof Element && node.matches('h1, h2, .level-h1, .level-h2')) break;
        body.append(node.cloneNode(true));
      }
      // A participants' pack never carries what is meant for the trainer.
      for (const note of body.querySelectorAll('[data-trainer-note]')) note.remove();
    } else {
      body.append(...[...content.childNodes].map((node) => node.cloneNode(true)));
    }
    // Screen-only parts: anchor links beside headings, buttons, scripts.
    for (const element of body.querySelectorAll(
      '.sl-anchor-link, .manual-button, script, template, [class*="print:hidden"]',
    ))
      element.remove();
    for (const details of body.querySelectorAll('details')) details.open = true;

    // Each part's ids get a prefix, since several pages share ids such as "key-points".
    const prefix = (value: string) => `${id}-${value}`;
    for (const element of body.querySelectorAll('[id]')) element.id = prefix(element.id);
    for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'])
      for (const element of body.querySelectorAll(`[${name}]`))
        element.setAttribute(name, (element.getAttribute(name) ?? '').split(/\s+/).map(prefix).join(' '));
    for (const image of body.querySelectorAll('img')) {
      image.loading = 'eager';
      image.src = new URL(image.getAttribute('src') ?? '', new URL(part.href, location.href)).href;
    }

    const article = make('article', {
      class: 'pdf-part',
      id,
      lang: main.getAttribute('lang') ?? document.documentElement.lang,
      dir: main.getAttribute('dir') ?? input.dir,
      'data-href': part.href,
    });
    article.append(make('h1', {}, title), body);
    articles.push(article);
    pageRules += `#${id} { page: ${id}; }\n@page ${id} { @top-${end} { content: ${cssString(title)}; } }\n`;

    const entry = make('li');
    const link = make('a', { href: `#${id}` });
    const label = make('span', { class: 'pdf-toc-title' });
    label.append(make('span', { lang: article.lang, dir: article.dir }, title));
    if (part.isFallback)
      label.append(' ', make('span', { class: 'pdf-toc-english' }, `(${input.inEnglish})`));
    link.append(label, make('span', { class: 'pdf-toc-page', 'data-part': String(index) }));
    entry.append(link);
    list.append(entry);
  });
  root.append(...articles);

  // Links: within the PDF where the target is in it, to the public site otherwise.
  articles.forEach((article, index) => {
    const base = new URL(input.parts[index]?.href ?? '/', location.href);
    for (const link of article.querySelectorAll('a[href]')) {
      const raw = link.getAttribute('href') ?? '';
      const url = new URL(raw, base);
      if (url.origin !== location.origin) continue;
      const target = pathIndex.get(url.pathname);
      if (target !== undefined) {
        const anchor = url.hash ? `p${target + 1}-${decodeURIComponent(url.hash.slice(1))}` : '';
        link.setAttribute(
          'href',
          `#${anchor && document.getElementById(anchor) ? anchor : `p${target + 1}`}`,
        );
      } else {
        link.setAttribute('href', new URL(url.pathname.slice(1) + url.search + url.hash, input.siteUrl).href);
        link.classList.add('pdf-site-link');
      }
    }
  });

  const style = make('style');
  style.textContent =
    `@page { @top-${start} { content: ${cssString(input.runningTitle)}; } }\n` +
    '@page cover { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }\n' +
    pageRules;
  document.head.append(style);

  await document.fonts.ready;
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  return titles;
}

/** Writes the page on which each part starts into the contents (see `composeDocument`). */
export function fillPageNumbers(pages: number[]): void {
  for (const cell of document.querySelectorAll<HTMLElement>('.pdf-toc-page')) {
    cell.textContent = String(pages[Number(cell.dataset['part'])] ?? '');
  }
}
