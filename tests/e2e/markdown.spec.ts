import { expect, test } from '@playwright/test';

// Proves that Starlight's Markdown and MDX features work with content kept in the
// top-level content/ folder (srcDir: '.').

test('asides render as labelled callouts', async ({ page }) => {
  await page.goto('/en/about/');
  const note = page.getByRole('complementary', { name: 'A mentor is not' });
  await expect(note).toBeVisible();
  await expect(note.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('complementary', { name: 'In an emergency' })).toContainText('112');
});

test('headings get anchors and a table of contents', async ({ page }) => {
  await page.goto('/en/about/');
  await expect(page.locator('h2#what-a-mentor-does')).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' }).first();
  await expect(toc.getByRole('link', { name: 'What a mentor does' })).toHaveAttribute(
    'href',
    '#what-a-mentor-does',
  );
});

test('MDX components render on the home page', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('.card').filter({ hasText: 'Community mentors' })).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(4);
  const card = page.getByRole('link', { name: 'About community mentoring', exact: true });
  await expect(card).toHaveAttribute('href', '/en/about/');
});
