import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';

import { defaultLocale, localeCodes, locales } from '../../src/config/locales.ts';
import { buildFixtureSite } from '../helpers/fixture-site.ts';

// A page an edition has not translated shows the English page in the edition's frame. As the
// editions fill up, the real site has fewer such pages (the Arabic edition has none), so the
// fallback is checked on a fixture site that has only the English pages: there every page of
// every other edition is a fallback, in both directions.

/** An element with the chain of elements around it, nearest first. */
interface Found {
  element: Element;
  ancestors: Element[];
}

/** Every element matching a test, with its ancestors. */
function findAll(tree: Root, matches: (element: Element) => boolean): Found[] {
  const found: Found[] = [];
  const walk = (node: Root | Element, ancestors: Element[]): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (matches(child)) found.push({ element: child, ancestors });
      walk(child, [child, ...ancestors]);
    }
  };
  walk(tree, []);
  return found;
}

/** The `lang` and `dir` of the nearest element around (or on) a found element that has a `lang`. */
function marking({ element, ancestors }: Found): string {
  const marked = [element, ...ancestors].find((node) => node.properties['lang'] !== undefined);
  const attribute = (name: string) => {
    const value = marked?.properties[name];
    return typeof value === 'string' ? value : '';
  };
  return `${attribute('lang')} ${attribute('dir')}`;
}

const one = (tree: Root, matches: (element: Element) => boolean, what: string): Found => {
  const [found, ...more] = findAll(tree, matches);
  if (!found || more.length > 0)
    throw new Error(`Expected one ${what}, found ${more.length + (found ? 1 : 0)}`);
  return found;
};

const byTag = (tag: string) => (element: Element) => element.tagName === tag;
const byData = (name: string) => (element: Element) => element.properties[name] !== undefined;

describe('a page an edition has not translated', () => {
  let dist = '';
  const page = (path: string): Root => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));

  beforeAll(() => {
    const { status, output, site } = buildFixtureSite('fallback-pages', {});
    if (status !== 0) throw new Error(`The fixture site did not build:\n${output.slice(-3000)}`);
    dist = join(site, 'dist');
  });

  test.each(localeCodes.filter((code) => code !== defaultLocale))(
    '%s: the English text, marked as English, in the edition’s frame with its notice',
    (code) => {
      const { lang, dir } = locales[code];
      const tree = page(`${code}/about`);
      const html = one(tree, byTag('html'), '<html>');
      expect(html.element.properties).toMatchObject({ lang, dir });
      // Screen readers pronounce the English text as English, laid out left to right …
      const main = one(tree, byTag('main'), '<main>');
      expect(marking(main)).toBe('en ltr');
      expect(toString(one(tree, byTag('h1'), '<h1>').element)).toBe('About community mentoring');
      // … and the notice, in the edition's words, in the edition's language and direction.
      const notice = one(tree, byData('dataFallbackNotice'), 'fallback notice');
      expect(notice.ancestors).toContain(main.element);
      expect(marking(notice)).toBe(`${lang} ${dir}`);
      // Only a translation says it awaits a native-speaking reviewer; the English text does not.
      expect(findAll(tree, byData('dataTranslationNotice'))).toHaveLength(0);
    },
  );

  test('in a right-to-left edition, the notice is the edition’s own sentence', () => {
    const notice = one(page('ar/about'), byData('dataFallbackNotice'), 'fallback notice');
    expect(toString(notice.element)).toContain('هذا المحتوى غير متوفر بلغتك بعد.');
  });

  test('the source edition shows no fallback notice', () => {
    const tree = page('en/about');
    expect(findAll(tree, byData('dataFallbackNotice'))).toHaveLength(0);
    expect(marking(one(tree, byTag('main'), '<main>'))).toBe('en ltr');
  });
});
