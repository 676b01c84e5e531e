import { expect, test, type Page } from '@playwright/test';

/** Opens the search dialog, types a query and returns the result links. */
async function search(page: Page, query: string) {
  await page.locator('button[data-open-modal]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(query);
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results;
}

/** The result links' paths. */
async function paths(results: ReturnType<Page['locator']>): Promise<string[]> {
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, 'http://x').pathname);
}

const cases = [
  { code: 'en', query: 'mentoring', expected: '/en/' },
  { code: 'fi', query: 'mentorointi', expected: '/fi/' },
  { code: 'ar', query: 'الإرشاد', expected: '/ar/' },
] as const;

for (const { code, query, expected } of cases) {
  test(`search in the ${code} edition finds its own pages for “${query}”`, async ({ page }) => {
    await page.goto(`/${code}/`);
    const found = await paths(await search(page, query));
    expect(found).toContain(expected);
    // One index per edition: no result may come from another edition.
    for (const path of found) expect(path.startsWith(`/${code}/`)).toBe(true);
  });
}

test('fallback pages stay out of an edition’s index', async ({ page }) => {
  await page.goto('/fi/');
  // "informant" appears only in the English /about/ page, which /fi/about/ falls back to.
  await page.locator('button[data-open-modal]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('informant');
  await expect(dialog.getByText(/informant/i).first()).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__result-link')).toHaveCount(0);
});
