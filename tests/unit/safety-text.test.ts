import { expect, test } from 'vitest';

import { textAttributes } from '../../src/utils/safety.ts';

/** The route data `textAttributes` reads: the edition and whether the page is a fallback. */
const onPage = (locale: string | undefined, isFallback = false) =>
  ({ starlightRoute: { locale, isFallback } }) as unknown as App.Locals;

test('a safety text in the page’s language is marked with it and indexed', () => {
  expect(textAttributes({ lang: 'fi', dir: 'ltr' }, onPage('fi'))).toEqual({ lang: 'fi', dir: 'ltr' });
  expect(textAttributes({ lang: 'en', dir: 'ltr' }, onPage(undefined))).toEqual({ lang: 'en', dir: 'ltr' });
});

test('an English stand-in on a translated page is kept out of the edition’s search index', () => {
  // A Swedish page before content/safety/sv.yaml exists shows the English texts.
  expect(textAttributes({ lang: 'en', dir: 'ltr' }, onPage('sv'))).toEqual({
    lang: 'en',
    dir: 'ltr',
    'data-pagefind-ignore': '',
  });
  // An Arabic page shows them left to right inside its right-to-left frame.
  expect(textAttributes({ lang: 'en', dir: 'ltr' }, onPage('ar'))['data-pagefind-ignore']).toBe('');
});

test('on a fallback page the English texts go with the English page, which no index holds', () => {
  expect(textAttributes({ lang: 'en', dir: 'ltr' }, onPage('fi', true))).toEqual({ lang: 'en', dir: 'ltr' });
});
