import { expect, test } from '@playwright/test';

import { SEARCH_CASES, allResultPaths, resultLinks, searchFor } from './helpers/search.ts';
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import { isTranslated, uiString } from '../helpers/built-site.ts';

for (const { code, query, expected } of SEARCH_CASES) {
  test(`search in the ${code} edition finds its own pages for “${query}”`, async ({ page }) => {
    await page.goto(`/${code}/`);
    const found = await allResultPaths(await searchFor(page, query));
    expect(found).toContain(expected);
    // One index per edition: no result may come from another edition.
    for (const path of found) expect(path.startsWith(`/${code}/`)).toBe(true);
  });
}

test('an English query on the English edition finds a page below the home', async ({ page }) => {
  await page.goto('/en/');
  const found = await allResultPaths(await searchFor(page, 'informant'));
  expect(found).toContain('/en/about/');
});

test('fallback pages stay out of an edition’s index', async ({ page }) => {
  // "informant" is in the English /about/ page, which an edition that has not translated it
  // shows as a fallback. That edition's index may still match a translated page (a stemmer
  // reads English words loosely), but never the fallback page itself.
  const code = localeCodes.find((edition) => edition !== defaultLocale && !isTranslated(edition, 'about'));
  if (!code) throw new Error('Every edition has translated /about/: choose another English page here');
  await page.goto(`/${code}/`);
  const dialog = await searchFor(page, 'informant');
  await expect(dialog.locator('.pagefind-ui__message')).toBeVisible();
  const found = await resultLinks(dialog).evaluateAll((links) =>
    links.map((link) => new URL(link.getAttribute('href') ?? '', 'http://x').pathname),
  );
  expect(found).not.toContain(`/${code}/about/`);
  for (const path of found) expect(path.startsWith(`/${code}/`)).toBe(true);
  // The English edition does find it there.
  await page.goto('/en/');
  expect(await allResultPaths(await searchFor(page, 'informant'))).toContain('/en/about/');
});

test('the Somali search box speaks Somali, from the edition’s own strings', async ({ page }) => {
  await page.goto('/so/');
  const dialog = await searchFor(page, 'xyzzyq');
  const noResults = uiString('so', 'pagefind.zero_results').replace('[SEARCH_TERM]', 'xyzzyq');
  await expect(dialog.getByText(noResults)).toBeVisible();
});

test('exercise facts are search filters', async ({ page }) => {
  await page.goto('/en/');
  const dialog = await searchFor(page, 'circle');
  await expect(resultLinks(dialog).first()).toBeVisible();
  const filters = dialog.locator('.pagefind-ui__filter-panel');
  await expect(filters).toContainText('Emotional intensity');
  await expect(filters).toContainText('Setting');
});

test('a translated page shows the safety texts in its own language, and its index holds them', async ({
  page,
}) => {
  // English stand-ins (an edition without content/safety/<edition>.yaml) are kept out of an
  // edition's index: tests/unit/safety-text.test.ts. Here, the Finnish texts are in.
  await page.goto('/fi/modules/mental-health-and-resilience/what-keeps-us-well/');
  const rules = page.locator('main .emergency-rule');
  await expect(rules.first()).toBeAttached();
  for (const element of await rules.all()) {
    await expect(element).toHaveAttribute('lang', 'fi');
    await expect(element).not.toHaveAttribute('data-pagefind-ignore');
  }
  await page.goto('/en/modules/mental-health-and-resilience/what-keeps-us-well/');
  await expect(page.locator('main .emergency-rule').first()).toBeAttached();
  await expect(page.locator('main .emergency-rule[data-pagefind-ignore]')).toHaveCount(0);
});
