import { getCollection } from 'astro:content';

import { defaultLocale, localeCodes, locales, type LocaleCode } from '../config/locales.ts';
import { sectionNames } from '../config/sections.ts';
import { MODULE_SLUGS } from '../config/taxonomy.ts';
import { siteTitle } from '../config/site.ts';
import { editionPages, type EditionPage } from '../utils/entries.ts';
import { inLanguage } from '../utils/labels.ts';
import { isOfType } from '../utils/page-data.ts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardAlt,
  cardKey,
  cardPath,
  sectionLabel,
  socialCardsEnabled,
  type CardText,
} from './card.ts';

/** Starlight's `t` (an i18next function), which takes the language as the `lng` option. */
type StarlightT = App.Locals['t'];

interface Pages {
  /** Every edition page by its card key (`fi/about`). */
  byKey: Map<string, { locale: LocaleCode; page: EditionPage }>;
  /** Module slug to module number, from the English module pages. */
  moduleNumbers: Map<string, number>;
}

let pages: Promise<Pages> | undefined;

/** Reads the pages once per build (every time in the development server). */
function allPages(): Promise<Pages> {
  if (import.meta.env.DEV) pages = undefined;
  return (pages ??= (async () => {
    const byKey = new Map<string, { locale: LocaleCode; page: EditionPage }>();
    for (const locale of localeCodes) {
      for (const page of await editionPages(locale)) byKey.set(cardKey(page.href), { locale, page });
    }
    const moduleNumbers = new Map<string, number>();
    for (const entry of await getCollection('docs')) {
      const [locale, , slug] = entry.id.split('/');
      if (locale === defaultLocale && isOfType(entry.data, 'module') && slug)
        moduleNumbers.set(slug, entry.data.number);
    }
    return { byKey, moduleNumbers };
  })());
}

/** Every card the site has, by key: one per page of every edition, and the pages outside them. */
export async function cardKeys(): Promise<string[]> {
  const projectorViews = localeCodes.flatMap((locale) =>
    MODULE_SLUGS.map((module) => `${locale}/modules/${module}/present`),
  );
  return ['index', 'translation-status', '404', ...(await allPages()).byKey.keys(), ...projectorViews];
}

// A module's projector view (src/routes/present.astro) is not a docs page.
const PROJECTOR_VIEW = /^([a-z]{2})\/modules\/([^/]+)\/present$/;

/** A card in the source edition's frame, for the pages outside the editions. */
function sourceCard(title: string, section: string, edition: string): CardText {
  const { lang, dir } = locales[defaultLocale];
  return {
    lang,
    dir,
    title,
    titleLang: lang,
    titleDir: dir,
    section,
    edition,
    siteTitle: siteTitle[defaultLocale],
  };
}

/**
 * What the card of a page shows. A fallback page's card has the English title in the
 * edition's frame: the edition's name, its section label and its direction, as the page
 * has its edition's navigation around English text. Throws on an unknown key, so a
 * page without a card fails the build instead of linking to a missing image.
 */
export async function cardText(key: string, t: StarlightT): Promise<CardText> {
  const en = inLanguage(t, locales[defaultLocale].lang);
  if (key === 'index') {
    const names = localeCodes.map((code) => locales[code].label).join(' · ');
    return { ...sourceCard(siteTitle[defaultLocale], en('editions.title'), ''), siteTitle: names };
  }
  // Written in English for editors of every edition, like its page.
  if (key === 'translation-status') return sourceCard('Translation status', '', '');
  if (key === '404') return sourceCard(en('404.text'), '404', locales[defaultLocale].label);

  const { byKey, moduleNumbers } = await allPages();
  const projector = PROJECTOR_VIEW.exec(key);
  if (projector) {
    const [, locale = '', module = ''] = projector;
    const moduleCard = await cardText(`${locale}/modules/${module}`, t);
    return { ...moduleCard, section: inLanguage(t, moduleCard.lang)('present.title') };
  }
  const found = byKey.get(key);
  if (!found)
    throw new Error(
      `No social card for "${key}": it is not a page of the docs collection in any edition. ` +
        'A Starlight page made outside the collection needs its card added to cardKeys() and ' +
        'cardText() in src/social-cards/pages.ts.',
    );
  const { locale, page } = found;
  const { lang, dir, label } = locales[locale];
  const source = locales[defaultLocale];
  const { data } = page.entry;
  const section = sectionLabel({ path: page.path, data }, moduleNumbers, inLanguage(t, lang), (folder) =>
    Object.hasOwn(sectionNames, folder)
      ? sectionNames[folder as keyof typeof sectionNames][locale]
      : undefined,
  );
  return {
    lang,
    dir,
    title: data.title,
    titleLang: page.isFallback ? source.lang : lang,
    titleDir: page.isFallback ? source.dir : dir,
    section,
    edition: label,
    siteTitle: siteTitle[locale],
  };
}

/** One `<meta>` tag: Open Graph tags use `property`, Twitter's use `name`. */
export interface CardMeta {
  attrs: { property: string; content: string } | { name: string; content: string };
}

/**
 * The tags that point to a page's card. Starlight already writes `twitter:card`
 * (`summary_large_image`) and the other Open Graph tags on its pages; pages outside
 * Starlight add those themselves.
 */
export async function cardMeta(pathname: string, site: URL | undefined, t: StarlightT): Promise<CardMeta[]> {
  // Link previews need an absolute image address: without a public one, no tags.
  if (!socialCardsEnabled() || !site) return [];
  const key = cardKey(pathname);
  const card = await cardText(key, t);
  const image = new URL(cardPath(key), site).href;
  const alt = cardAlt(card);
  return [
    { attrs: { property: 'og:image', content: image } },
    { attrs: { property: 'og:image:type', content: 'image/png' } },
    { attrs: { property: 'og:image:width', content: String(CARD_WIDTH) } },
    { attrs: { property: 'og:image:height', content: String(CARD_HEIGHT) } },
    { attrs: { property: 'og:image:alt', content: alt } },
    { attrs: { name: 'twitter:image', content: image } },
    { attrs: { name: 'twitter:image:alt', content: alt } },
  ];
}
