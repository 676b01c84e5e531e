import type { Locator, Page } from '@playwright/test';

/** Opens Starlight's search dialog, types a query, and returns the dialog. */
export async function searchFor(page: Page, query: string): Promise<Locator> {
  await page.locator('button[data-open-modal]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(query);
  return dialog;
}

/** The links of the search results shown in the dialog. */
export function resultLinks(dialog: Locator): Locator {
  return dialog.locator('.pagefind-ui__result-link');
}

/** Shows every result (Pagefind lists a few and offers "Load more") and returns their paths. */
export async function allResultPaths(dialog: Locator): Promise<string[]> {
  const links = resultLinks(dialog);
  await links.first().waitFor();
  const more = dialog.locator('.pagefind-ui__button');
  while (await more.isVisible()) {
    const shown = await links.count();
    await more.click();
    await dialog
      .page()
      .waitForFunction(
        ([selector, count]) => document.querySelectorAll(selector as string).length > (count as number),
        ['.pagefind-ui__result-link', shown],
      );
  }
  const hrefs = await links.evaluateAll((found) => found.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, 'http://x').pathname);
}

/**
 * A word in an edition and a page of that edition that contains it: the editions' homes, in
 * a right-to-left script and in Somali, which Pagefind has no stemmer for, and translated
 * sessions and exercises.
 */
export const SEARCH_CASES = [
  { code: 'en', query: 'mentoring', expected: '/en/' },
  { code: 'fi', query: 'mentorointi', expected: '/fi/' },
  {
    code: 'fi',
    query: 'tukipiiri',
    expected: '/fi/modules/mental-health-and-resilience/what-keeps-us-well/',
  },
  // An inflected form (partitive) finds the chapter whose title has the base form.
  { code: 'fi', query: 'radikalisoitumista', expected: '/fi/manual/understanding-radicalisation/' },
  { code: 'ar', query: 'الإرشاد', expected: '/ar/' },
  // Readers type without vowel marks; the exercise's title writes «اكتشف الطُّعم».
  { code: 'ar', query: 'الطعم', expected: '/ar/exercises/spot-the-hook/' },
  {
    code: 'ar',
    query: 'الانتحار',
    expected: '/ar/modules/mental-health-and-resilience/asking-about-suicide-and-referral/',
  },
  { code: 'so', query: 'lataliyeyaasha', expected: '/so/' },
  // Pagefind has no Somali stemmer; it matches a word's beginning, which finds the suffixed
  // forms Somali builds: xagjir → xagjirnimada, walaac → walaacsan, walaaca.
  { code: 'so', query: 'xagjir', expected: '/so/manual/understanding-radicalisation/' },
  { code: 'so', query: 'walaac', expected: '/so/manual/concern-safety-and-referral/' },
  // The translated sessions and exercises are found by their subject: a hyphenated word, and
  // a stem whose page title writes it with its article (Garo dabinka).
  {
    code: 'so',
    query: 'is-dilid',
    expected: '/so/modules/mental-health-and-resilience/asking-about-suicide-and-referral/',
  },
  { code: 'so', query: 'dabin', expected: '/so/exercises/spot-the-hook/' },
] as const;
