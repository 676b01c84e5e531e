import { expect, test } from '@playwright/test';

import { sitePaths } from '../helpers/built-site.ts';

// Exercises and tools are handouts: a trainer prints them on A4 and copies them. An A4
// page is 210 mm wide; with the browser's default margins about 720 CSS pixels of it hold
// text, and about 1000 pixels of height.
const A4_TEXT_WIDTH = 720;
const A4_TEXT_HEIGHT = 1000;

const handouts = sitePaths().filter((path) => /^\/en\/(exercises|tools)\/[^/]+\/$/.test(path));

// Every other kind of page prints too: one of each, in English, in Finnish and Somali (whose
// long words are the likeliest to push past the paper), right to left, and in an edition
// whose pages are still mostly English fallbacks.
const PAGE_TYPES = [
  '',
  'about/',
  'manual/building-trust/',
  'training/community-mentor-training/',
  'modules/mental-health-and-resilience/',
  'modules/mental-health-and-resilience/what-keeps-us-well/',
  'exercises/',
  'exercises/circle-of-support/',
  'tools/',
  'tools/first-meeting-guide/',
  'stories/',
  'glossary/',
  'downloads/',
];
const pageTypes = ['en', 'fi', 'so', 'ar', 'sv']
  .flatMap((edition) => PAGE_TYPES.map((path) => `/${edition}/${path}`))
  .filter((path) => !handouts.includes(path));

test('every English exercise and tool is checked', () => {
  expect(handouts.filter((path) => path.includes('/exercises/')).length).toBeGreaterThanOrEqual(30);
  expect(handouts.filter((path) => path.includes('/tools/')).length).toBeGreaterThanOrEqual(12);
});

test('one page of every type is checked in five editions, and each exists', () => {
  const paths = new Set(sitePaths());
  expect(pageTypes.filter((path) => !paths.has(path))).toEqual([]);
  expect(pageTypes.length).toBeGreaterThanOrEqual(60);
});

for (const path of [...handouts, ...pageTypes]) {
  test(`${path} prints on A4 without navigation, overflow or blank pages`, async ({ page }) => {
    await page.setViewportSize({ width: A4_TEXT_WIDTH, height: A4_TEXT_HEIGHT });
    await page.emulateMedia({ media: 'print' });
    await page.goto(path);

    // Only the page's own content: no sidebar, table of contents, search or buttons.
    for (const chrome of [
      'nav.sidebar',
      '.right-sidebar',
      'site-search',
      '.manual-button',
      'starlight-theme-select',
    ])
      await expect(page.locator(chrome).first(), chrome).toBeHidden();
    await expect(page.locator('main h1').first()).toBeVisible();

    // Nothing wider than the paper: a table or a long address would be cut off.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // A block the printer keeps whole that is taller than a page would push itself to the
    // next page and leave a blank one behind it.
    const tooTall = await page.locator('main *').evaluateAll(
      (elements, height) =>
        elements
          .filter((element) => getComputedStyle(element).breakInside === 'avoid')
          .filter((element) => element.getBoundingClientRect().height > height)
          .map(
            (element) => `${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"`,
          ),
      A4_TEXT_HEIGHT,
    );
    expect(tooTall).toEqual([]);
  });
}
