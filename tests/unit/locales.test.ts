import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { defaultLocale, isLocaleCode, localeCodes, locales, matchEdition } from '../../src/config/locales.ts';
import { siteTitle } from '../../src/config/site.ts';

const root = new URL('../../', import.meta.url);
const readJson = (path: string) =>
  JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Record<string, string>;

/** Starlight's own English strings: the complete set of its interface keys. */
async function starlightKeys(): Promise<string[]> {
  const file = new URL('node_modules/@astrojs/starlight/dist/translations/en.js', root);
  const { default: strings } = (await import(/* @vite-ignore */ file.href)) as {
    default: Record<string, string>;
  };
  return Object.keys(strings);
}

/** The Pagefind UI keys Starlight passes on to the search box. */
function pagefindKeys(): string[] {
  const schema = readFileSync(new URL('node_modules/@astrojs/starlight/dist/schemas/i18n.js', root), 'utf8');
  return [...schema.matchAll(/"(pagefind\.[a-z_]+)"/g)].map(([, key = '']) => key);
}

describe('the locale module', () => {
  test('lists the seven editions, English first', () => {
    expect(localeCodes).toEqual(['en', 'fi', 'sv', 'nb', 'da', 'ar', 'so']);
    expect(defaultLocale).toBe('en');
  });

  test('marks Arabic, and only Arabic, as right to left', () => {
    expect(localeCodes.filter((code) => locales[code].dir === 'rtl')).toEqual(['ar']);
  });

  test('recognises edition codes and nothing else', () => {
    expect(isLocaleCode('fi')).toBe(true);
    expect(isLocaleCode('de')).toBe(false);
    expect(isLocaleCode('toString')).toBe(false);
  });
});

describe('matching a browser’s languages to an edition', () => {
  test('takes the first preferred language the manual has', () => {
    expect(matchEdition(['de-DE', 'sv-FI', 'en'])).toBe('sv');
  });

  test('ignores region and case', () => {
    expect(matchEdition(['FI-fi'])).toBe('fi');
    expect(matchEdition(['ar-SA'])).toBe('ar');
  });

  test('sends every Norwegian tag to the bokmål edition', () => {
    expect(matchEdition(['no'])).toBe('nb');
    expect(matchEdition(['nn-NO'])).toBe('nb');
  });

  test('suggests nothing when no edition matches', () => {
    expect(matchEdition(['de-DE', 'fr'])).toBeUndefined();
    expect(matchEdition([])).toBeUndefined();
  });
});

describe('every edition', () => {
  const source = readJson('content/i18n/en.json');

  test.each(localeCodes)('%s has a home page, a site title and interface strings', (code) => {
    expect(existsSync(new URL(`content/docs/${code}/index.mdx`, root))).toBe(true);
    expect(siteTitle[code].length).toBeGreaterThan(0);
    const strings = readJson(`content/i18n/${code}.json`);
    expect(Object.keys(strings)).toEqual(expect.arrayContaining(Object.keys(source)));
    for (const value of Object.values(strings)) expect(value.trim()).not.toBe('');
  });

  test.each(localeCodes.filter((code) => code !== defaultLocale))(
    '%s does not leave the manual’s strings in English',
    (code) => {
      const strings = readJson(`content/i18n/${code}.json`);
      // A single word may be the same in both languages ("Online", "min"); a phrase may not.
      const words = (text: string) =>
        text
          .replace(/\{\{\w+\}\}/g, '')
          .trim()
          .split(/\s+/).length;
      for (const key of Object.keys(source)) {
        if (strings[key] === source[key] && words(source[key] ?? '') <= 1) continue;
        expect(strings[key], key).not.toBe(source[key]);
      }
    },
  );
});

describe('Starlight’s own interface strings', () => {
  // Strings of Starlight features the manual does not use (drafts are not published, no file
  // trees, no "Built with Starlight" credit), which no reader sees in any edition.
  const unused = ['page.draft', 'fileTree.directory', 'builtWithStarlight.label'];

  test.each(localeCodes.filter((code) => code !== defaultLocale))(
    '%s: none the site shows is left in English (Starlight’s own translation or ours)',
    async (code) => {
      const load = async (lang: string) => {
        const file = new URL(`node_modules/@astrojs/starlight/dist/translations/${lang}.js`, root);
        if (!existsSync(file)) return {};
        return ((await import(/* @vite-ignore */ file.href)) as { default: Record<string, string> }).default;
      };
      const english = await load('en');
      const shipped = await load(locales[code].lang);
      const ours = readJson(`content/i18n/${code}.json`);
      const keys = (await starlightKeys()).filter((key) => !unused.includes(key));
      // Starlight ships some editions' strings still in English ("Section titled …"), which a
      // screen reader then reads aloud with the edition's pronunciation. One word may be the
      // same in both languages ("Auto", "Menu").
      const leftInEnglish = keys.filter((key) => {
        const shown = ours[key] ?? shipped[key] ?? english[key];
        return shown === english[key] && (english[key] ?? '').trim().split(/\s+/).length > 1;
      });
      expect(leftInEnglish).toEqual([]);
    },
  );
});

describe('the Somali interface, which Starlight does not ship', () => {
  const somali = readJson('content/i18n/so.json');

  test('translates every Starlight interface string', async () => {
    const keys = await starlightKeys();
    expect(keys.length).toBeGreaterThan(20);
    expect(Object.keys(somali)).toEqual(expect.arrayContaining(keys));
  });

  test('translates every search interface string, keeping the placeholders', () => {
    const keys = pagefindKeys();
    expect(keys.length).toBe(10);
    expect(Object.keys(somali)).toEqual(expect.arrayContaining(keys));
    expect(somali['pagefind.many_results']).toContain('[COUNT]');
    expect(somali['pagefind.many_results']).toContain('[SEARCH_TERM]');
    expect(somali['heading.anchorLabel']).toContain('{{title}}');
  });
});
