/**
 * Runs in the browser, inside the empty print document that `integration.ts` serves:
 * fetches each built page of a PDF, takes its content (or only its participant handout),
 * and lays out cover, contents and parts. Playwright sends these functions to the page as
 * text, so each must stand alone: no imports, no helpers outside the function.
 */

/** One page that goes into the PDF. */
export interface ComposePart {
  /** Address of the built page, such as `/fi/manual/building-trust/`. */
  href: string;
  extract: 'page' | 'handout' | 'form';
  /** True when the page is the English text standing in for a missing translation. */
  isFallback: boolean;
}

/** Everything the print document needs besides the pages themselves. */
export interface ComposeInput {
  /**
   * The site's public address, ending in `/`, for links to pages outside the PDF; without
   * one (a build without SITE_URL) those links print as plain text.
   */
  siteUrl: string | undefined;
  /** The edition's language tag, which the PDF declares as its language. */
  lang: string;
  dir: 'ltr' | 'rtl';
  cover: {
    siteTitle: string;
    title: string;
    subtitle?: string | undefined;
    edition: string;
    /** Said on the cover when some parts are in English; omitted otherwise. */
    englishNote?: string | undefined;
    readOnline: string;
    /** The PDF's first page on the public site; no line on the cover without one. */
    onlineUrl?: string | undefined;
  };
  contents: string;
  inEnglish: string;
  /** A reference to a page of the PDF, with `{{page}}` where the number goes. */
  seePage: string;
  /** The same for a link the text has already put in brackets: "(see X, page 4)". */
  onPage: string;
  /** Names the list of web addresses at the end of a part. */
  linkNotes: string;
  /** The PDF's own title, in its metadata and the running header of every page but the cover. */
  runningTitle: string;
  parts: ComposePart[];
}

/**
 * Builds the print document: a cover, the contents (page numbers left empty for
 * `fillPageNumbers`), and one `<article>` per part, each on a named page so that its title
 * runs in the header. On paper a link cannot be followed, so each says where it goes: a
 * link to a page inside the PDF links there and is followed by "see page N" (numbers left
 * empty for `fillPageReferences`); any other link is followed by a note number, and the
 * part ends with the web address of each note, once. Glossary terms stay plain words, as
 * a reference in the middle of every term would break up the sentence.
 *
 * @returns the title of each part, in order
 * @throws when a page has no content, or a handout part has no handout
 */
export async function composeDocument(input: ComposeInput): Promise<string[]> {
  const root = document.getElementById('pdf-document');
  document.documentElement.dataset['theme'] = 'light';
  if (!root) throw new Error('The print document has no #pdf-document');
  // PDF/UA basics: Chromium writes the document's language and title into the PDF, and
  // readers show that title in place of the file name.
  document.documentElement.lang = input.lang;
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
  if (input.cover.onlineUrl) {
    const online = make('p', { class: 'pdf-cover-online' }, `${input.cover.readOnline}: `);
    online.append(make('a', { href: input.cover.onlineUrl, dir: 'ltr' }, input.cover.onlineUrl));
    cover.append(online);
  }

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
    // As `partId` in plan.ts, which this function cannot import.
    const id = `p${index + 1}`;

    const body = make('div', { class: 'sl-markdown-content' });
    if (part.extract === 'handout') {
      // The handout is the `<Handout>` section without its heading (the part's title says it).
      const handout = content.querySelector('[data-handout]');
      if (!handout) throw new Error(`${part.href}: no participant handout (<Handout>) on the page`);
      for (const node of handout.childNodes) {
        if (!(node instanceof Element && node.matches('h2'))) body.append(node.cloneNode(true));
      }
      // A participants' pack never carries what is meant for the trainer.
      for (const note of body.querySelectorAll('[data-trainer-note]')) note.remove();
    } else if (part.extract === 'form') {
      // The form alone, as "Print the form only" prints it (Form.astro).
      const forms = content.querySelectorAll('[data-form]');
      if (forms.length === 0) throw new Error(`${part.href}: no form to print (no <Form> on the page)`);
      for (const form of forms) body.append(form.cloneNode(true));
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
  const unwrap = (link: Element) => {
    link.replaceWith(...link.childNodes);
  };
  // "(see X)" in the text would otherwise become "(see X (see page 4))".
  const inBrackets = (link: Element) => {
    const block = link.closest('p, li, td, th, dd, dt, figcaption, h2, h3, h4') ?? link.parentElement;
    if (!block) return false;
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEndBefore(link);
    const text = before.toString();
    return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
  };
  articles.forEach((article, index) => {
    const base = new URL(input.parts[index]?.href ?? '/', location.href);
    const addresses: string[] = [];
    for (const link of article.querySelectorAll('a[href]')) {
      const url = new URL(link.getAttribute('href') ?? '', base);
      const isTerm = link.classList.contains('glossary-term');
      let address: string;
      if (url.origin === location.origin) {
        const target = pathIndex.get(url.pathname);
        if (target !== undefined) {
          const anchor = url.hash ? `p${target + 1}-${decodeURIComponent(url.hash.slice(1))}` : '';
          const id = anchor && document.getElementById(anchor) ? anchor : `p${target + 1}`;
          link.setAttribute('href', `#${id}`);
          if (isTerm) continue;
          const enclosed = inBrackets(link);
          const [before = '', after = ''] = (enclosed ? input.onPage : input.seePage).split('{{page}}');
          const reference = make('span', { class: 'pdf-page-ref' }, enclosed ? `, ${before}` : ` (${before}`);
          reference.append(
            make('span', { class: 'pdf-page-number', 'data-target': id }),
            enclosed ? after : `${after})`,
          );
          link.after(reference);
          continue;
        }
        if (isTerm || !input.siteUrl) {
          unwrap(link);
          continue;
        }
        address = new URL(url.pathname.slice(1) + url.search + url.hash, input.siteUrl).href;
      } else if (url.protocol === 'https:' || url.protocol === 'http:') {
        address = url.href;
      } else {
        // mailto: and tel: links show their address or number as their text.
        continue;
      }
      link.setAttribute('href', address);
      // A link whose text is its address needs no note. A note gives the page, not the
      // section within it: one address to type for all the links to a page.
      const bare = (text: string) =>
        text
          .trim()
          .replace(/^https?:\/\//, '')
          .replace(/\/$/, '');
      if (bare(link.textContent) === bare(address)) continue;
      const [note] = address.split('#') as [string];
      if (!addresses.includes(note)) addresses.push(note);
      link.after(make('sup', { class: 'pdf-note-ref' }, String(addresses.indexOf(note) + 1)));
    }
    if (addresses.length === 0) return;
    const notes = make('aside', { class: 'pdf-link-notes', 'aria-label': input.linkNotes });
    const list = make('ol');
    for (const address of addresses) {
      const item = make('li');
      item.append(make('a', { href: address, dir: 'ltr' }, address));
      list.append(item);
    }
    notes.append(list);
    article.append(notes);
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

/** The targets of the document's page references, by id (see `composeDocument`). */
export function pageReferenceTargets(): string[] {
  const targets = [...document.querySelectorAll<HTMLElement>('.pdf-page-number')].map(
    (cell) => cell.dataset['target'] ?? '',
  );
  return [...new Set(targets)];
}

/**
 * Writes page numbers into the contents (where each part starts) and into each "see page"
 * reference (where its target is), from the page of every destination by id.
 */
export function fillPageNumbers(pages: Record<string, number>): void {
  for (const cell of document.querySelectorAll<HTMLElement>('.pdf-toc-page')) {
    cell.textContent = String(pages[`p${Number(cell.dataset['part']) + 1}`] ?? '');
  }
  for (const cell of document.querySelectorAll<HTMLElement>('.pdf-page-number')) {
    cell.textContent = String(pages[cell.dataset['target'] ?? ''] ?? '');
  }
}
