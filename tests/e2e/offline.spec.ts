import { readFileSync } from 'node:fs';

import { expect, test, type BrowserContext, type Page } from '@playwright/test';

import { describeFile } from '../../src/offline/manifest.ts';
import type { EditionManifest } from '../../src/offline/protocol.ts';
import { DIST } from '../helpers/built-site.ts';
import { StaticHost } from '../helpers/static-host.ts';
import { allResultPaths, searchFor } from './helpers/search.ts';

// The site is served by a host of the test's own (tests/helpers/static-host.ts): with the
// headers of `_headers`, as a static host sends them, including the worker's own policy; and
// stopped and started again, as a venue's network goes and comes back.

const PRESENT = '/en/modules/mental-health-and-resilience/present/';
const panel = (page: Page) => page.locator('details[data-offline]');

/** Opens the "Read without internet" panel and waits for the worker's answer. */
async function openPanel(page: Page) {
  await panel(page).locator('summary').click();
  await expect(panel(page)).toHaveAttribute('data-state', /saved|saving/);
}

/** Records requests to anywhere but the site, from pages and from the service worker. */
function foreignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

/** Content-Security-Policy violations reported on the context's pages. */
async function watchPolicy(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test('a reader saves the English edition, reads, searches and presents offline, and gets the next build', async ({
  browser,
}) => {
  const host = new StaticHost(DIST);
  await host.start();
  const context = await browser.newContext({ baseURL: host.origin });
  const foreign = foreignRequests(context, host.origin);
  const violations = await watchPolicy(context);
  let page = await context.newPage();

  await test.step('save the edition from any page, and see what is saved', async () => {
    await page.goto('/en/about/');
    await openPanel(page);
    await expect(panel(page).getByRole('status')).toContainText('This edition is not saved on this device.');
    // The PDFs are a separate choice, with their size shown, as is the edition's.
    await expect(
      panel(page).getByRole('checkbox', { name: /Also save the PDF files \(\d/ }),
    ).not.toBeChecked();
    await panel(page)
      .getByRole('button', { name: /^Save this edition \(\d+(\.\d)? MB\)$/ })
      .click();
    await expect(panel(page)).toHaveAttribute('data-state', 'saved', { timeout: 120_000 });
    const status = panel(page).getByRole('status');
    await expect(status).toContainText(
      /The English edition is saved on this device\. It takes \d+(\.\d)? MB and was saved on \d+ \w+ 20\d\d\./,
    );
    await expect(status).toContainText('updates itself');
    await expect(panel(page).getByRole('button', { name: 'Remove from this device' })).toBeVisible();
  });

  await test.step('offline, a page never opened is there, search finds pages, the projector view works', async () => {
    await host.stop();
    await context.setOffline(true);
    await page.goto('/en/glossary/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
    // Styled: the site's styles came from the saved copy too.
    const columns = await page.evaluate(() =>
      getComputedStyle(document.body).getPropertyValue('--sl-content-width'),
    );
    expect(columns.trim()).not.toBe('');

    const dialog = await searchFor(page, 'informant');
    expect(await allResultPaths(dialog)).toContain('/en/about/');
    await page.keyboard.press('Escape');

    await page.goto(PRESENT);
    const screens = page.locator('[data-screen]');
    expect(await screens.count()).toBeGreaterThan(5);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-screen]:visible')).toHaveCount(1);

    // The progression tool runs offline, keeping what is typed in the browser.
    await page.goto('/en/tools/progression-tool/');
    const progression = page.locator('progression-tool');
    await progression.getByLabel('Mentee’s initials (optional)').fill('AB');
    await progression.getByLabel('Mentee’s initials (optional)').blur();
    await page.reload();
    await expect(progression.getByLabel('Mentee’s initials (optional)')).toHaveValue('AB');

    // A page of an edition that is not saved says so, in that edition's language.
    await page.goto('/fi/about/');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('About community mentoring');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  });

  await test.step('back online, a new build replaces the saved copy', async () => {
    const manifest = JSON.parse(readFileSync(new URL('offline/en.json', DIST), 'utf8')) as EditionManifest;
    const next = `${manifest.build.slice(0, -4)}next`;
    const changed = readFileSync(new URL('en/about/index.html', DIST), 'utf8').replace(
      /(<h1\b[^>]*>)([^<]*)/,
      '$1$2 (new build)',
    );
    const file = describeFile('en/about/index.html', Buffer.from(changed));
    host.overrides.set('/en/about/', changed);
    host.overrides.set(
      '/offline/en.json',
      JSON.stringify({
        ...manifest,
        build: next,
        pages: manifest.pages.map((entry) => (entry.url === '/en/about/' ? file : entry)),
      }),
    );
    host.overrides.set(
      '/sw.js',
      readFileSync(new URL('sw.js', DIST), 'utf8').replaceAll(manifest.build, next),
    );
    await host.start();
    await context.setOffline(false);

    // Opening a page finds the new worker, which brings the saved edition up to date as it
    // installs. It takes over at once when it can; Chromium sometimes leaves it waiting
    // until the site's pages are closed, as when the reader next comes back.
    await page.goto('/en/');
    await expect
      .poll(
        () =>
          page.evaluate(async (build) => {
            const registration = await navigator.serviceWorker.getRegistration();
            const state = await (
              await caches.open('manual-offline-state')
            ).match(`/offline/state-${build}.json`);
            return Boolean(state) && !registration?.installing;
          }, next),
        { timeout: 60_000 },
      )
      .toBe(true);
    await page.close();
    page = await context.newPage();
    await page.goto('/en/');
    await openPanel(page);
    await expect(panel(page)).toHaveAttribute('data-build', next, { timeout: 30_000 });
    await expect(panel(page)).toHaveAttribute('data-state', 'saved');

    await host.stop();
    await context.setOffline(true);
    await page.goto('/en/about/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About community mentoring (new build)');
    // The old copy is gone from the device, not only out of sight.
    const kept = await page.evaluate(async () => {
      const cache = await caches.open('manual-edition-en');
      return (await cache.keys())
        .map((request) => request.url)
        .filter((url) => new URL(url).pathname === '/en/about/');
    });
    expect(kept).toEqual([`${host.origin}/en/about/?__WB_REVISION__=${file.revision}`]);
  });

  await test.step('removing the edition frees the space', async () => {
    await host.start();
    await context.setOffline(false);
    await page.goto('/en/about/');
    await openPanel(page);
    await panel(page).getByRole('button', { name: 'Remove from this device' }).click();
    await expect(panel(page)).toHaveAttribute('data-state', 'not-saved');
    await expect(panel(page).getByRole('status')).toContainText('Removed: this edition is no longer saved');
    expect(await page.evaluate(() => caches.has('manual-edition-en'))).toBe(false);
  });

  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  await context.close();
  await host.stop();
});

test('without saving, the pages a reader opened stay readable offline, the first one too', async ({
  browser,
}) => {
  const host = new StaticHost(DIST);
  await host.start();
  const context = await browser.newContext({ baseURL: host.origin });
  const page = await context.newPage();
  // The first page loads before the service worker exists; the worker keeps it once it runs.
  await page.goto('/en/stories/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() =>
      page.evaluate(async () => (await caches.keys()).some((name) => name.startsWith('manual-visited-'))),
    )
    .toBe(true);
  await page.getByRole('link', { name: 'The coach' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The coach');

  await host.stop();
  await context.setOffline(true);
  for (const [path, title] of [
    ['/en/stories/', 'Stories'],
    ['/en/stories/the-coach/', 'The coach'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  // A page never opened says, in the edition's language, that it is not on the device.
  await page.goto('/en/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not saved on this device');
  await expect(page.getByRole('link', { name: 'Go to the start of the manual' })).toHaveAttribute(
    'href',
    '/en/',
  );
  await context.close();
});
