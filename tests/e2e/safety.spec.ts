import { expect, test } from '@playwright/test';

import { serviceNumbers } from '../helpers/safety-rules.ts';

// The safety content a reader acts on: one decision path and the verified help routes. The
// phrasings reviewers flagged are looked for in tests/site/safety-phrasing.test.ts.

test('the concern chapter gives the one decision path and every verified route', async ({ page }) => {
  await page.goto('/en/manual/concern-safety-and-referral/');
  const levels = page.locator('#decision-path .level .level-name');
  await expect(levels).toHaveText([
    'Immediate danger',
    'Serious concern, no immediate danger',
    'An ordinary worry',
  ]);
  // Norway's medical emergency number is not 112.
  await expect(page.locator('#decision-path .immediate')).toContainText(/Norway: 112 police, 113 medical/);
  // Every number of the services collection can be dialled from the page.
  const links = await page
    .locator('a[href^="tel:"]')
    .evaluateAll((found) => found.map((link) => link.textContent.replace(/\D/g, '')));
  for (const number of serviceNumbers()) expect(links, `a tel: link for ${number}`).toContain(number);
  // Each route names the page it was checked against.
  const routes = page.locator('.national-routes dd');
  expect(await routes.count()).toBeGreaterThan(20);
  for (const route of await routes.all()) {
    await expect(route.getByRole('link', { name: 'Source' })).toHaveAttribute('href', /^https?:\/\//);
  }
});

test('a worried parent finds the public path and help routes from the public landing page', async ({
  page,
}) => {
  await page.goto('/en/about/');
  await page.getByRole('main').getByRole('link', { name: 'Worried about someone?' }).click();
  await expect(page).toHaveURL(/\/en\/about\/worried-about-someone\/$/);
  await expect(page.locator('.signs-of-concern')).not.toContainText('supervisor');
  const path = page.locator('#decision-path');
  await expect(path.locator('.serious')).toContainText('the police must hear about it the same day');
  await expect(path).not.toContainText('supervisor');
  await expect(page.locator('.national-routes')).toContainText('Crisis lines');
  await expect(page.locator('.national-routes')).toContainText('Concerns about violent extremism');
});

test('a page that states research findings lists its sources, in the table of contents too', async ({
  page,
}) => {
  await page.goto('/en/manual/concern-safety-and-referral/');
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem').first()).toContainText('Psychological Medicine');
  const toc = page.getByRole('navigation', { name: 'On this page' }).first();
  await expect(toc.getByRole('link', { name: 'Sources' })).toHaveAttribute('href', '#sources');
});
