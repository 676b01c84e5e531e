import { expect, test } from '@playwright/test';

import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import { isTranslated } from '../helpers/built-site.ts';

test('an exercise page shows its facts, care note, timed steps and debrief', async ({ page }) => {
  await page.goto('/en/exercises/circle-of-support/');
  const facts = page.getByRole('region', { name: 'At a glance' });
  await expect(facts).toContainText('35 min');
  await expect(facts).toContainText('Moderate');
  await expect(facts).toContainText('Mental health and resilience');
  await expect(facts.locator('[data-pagefind-filter="Who may run it"]')).toHaveText(/mentor|Trainers/);
  await expect(page.getByRole('heading', { name: 'Looking after the group' })).toBeVisible();
  expect(await page.locator('#care-note + .care-note li').count()).toBeGreaterThanOrEqual(3);
  const steps = page.locator('.timed-steps > li');
  expect(await steps.count()).toBeGreaterThanOrEqual(3);
  await expect(steps.first()).toContainText('0:00–');
  // The debrief is timed after the last step and ends when the exercise does.
  await expect(page.getByRole('heading', { name: 'Debrief questions' })).toBeVisible();
  const stepsEnd = ((await steps.last().locator('.step-time').textContent()) ?? '').split(/[–·]/)[1]?.trim();
  await expect(page.locator('#debrief + .step-time')).toContainText(`${stepsEnd ?? ''}–0:35`);
  // Exercise facts are search filters.
  await expect(page.locator('[data-pagefind-filter="Duration"]')).toHaveText('35 min');
});

test('a session page shows objectives, an agenda that adds up with running times, and key points', async ({
  page,
}) => {
  await page.goto('/en/modules/mental-health-and-resilience/what-keeps-us-well/');
  await expect(page.getByRole('link', { name: /Session 1 of Mental health and resilience/ })).toHaveAttribute(
    'href',
    '/en/modules/mental-health-and-resilience/',
  );
  const minutes = await page
    .locator('[data-agenda] tbody tr')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-minutes'))));
  expect(minutes.reduce((a, b) => a + b, 0)).toBe(50);
  await expect(page.locator('[data-agenda] tbody tr').last()).toContainText('–0:50');
  await expect(
    page.locator('[data-agenda]').getByRole('link', { name: 'Circle of support' }),
  ).toHaveAttribute('href', '/en/exercises/circle-of-support/');
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await expect(page.locator('h2#tools + ul').getByRole('link', { name: 'Self-care plan' })).toHaveAttribute(
    'href',
    '/en/tools/self-care-plan/',
  );
  // Trainer notes are marked so the projector view can keep them off the shared screen.
  const notes = page.locator('[data-trainer-note]');
  expect(await notes.count()).toBeGreaterThan(0);
  await expect(notes.first()).toHaveAttribute('role', 'note');
});

test('a module overview computes its schedule from its sessions', async ({ page }) => {
  await page.goto('/en/modules/mental-health-and-resilience/');
  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('215 min');
  const schedule = page.locator('.module-schedule');
  await expect(schedule.getByRole('link', { name: 'What keeps us well' })).toBeVisible();
  await expect(schedule).toContainText('0:00–0:50');
  await expect(schedule.locator('tbody tr').last()).toContainText('–3:35');
  await expect(page.getByRole('heading', { name: 'Exercises in this module' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'All exercises for this module in the catalogue' }),
  ).toHaveAttribute('href', '/en/exercises/?module=mental-health-and-resilience');
  // The tools its sessions use, gathered once each.
  const tools = page.locator('h2#tools + ul a');
  await expect(tools.filter({ hasText: 'Self-care plan' })).toHaveCount(1);
  await expect(tools.filter({ hasText: 'Conversation guide' })).toHaveAttribute(
    'href',
    '/en/tools/conversation-guide/',
  );
  // Terms in the text link to the glossary of the same edition.
  await expect(page.locator('a.glossary-term', { hasText: 'resilience' }).first()).toHaveAttribute(
    'href',
    '/en/glossary/#resilience',
  );
});

test('the sidebar lists each module’s overview, then its sessions in teaching order', async ({ page }) => {
  await page.goto('/en/modules/polarisation-and-conflict-resolution/');
  const links = await page
    .locator('nav.sidebar a[href^="/en/modules/polarisation-and-conflict-resolution/"]')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  expect(links).toEqual([
    '/en/modules/polarisation-and-conflict-resolution/',
    '/en/modules/polarisation-and-conflict-resolution/us-and-them/',
    '/en/modules/polarisation-and-conflict-resolution/conflict-and-de-escalation/',
    '/en/modules/polarisation-and-conflict-resolution/mediation/',
  ]);
});

test('a programme lays out each day hour by hour from the sessions it teaches', async ({ page }) => {
  await page.goto('/en/training/community-mentor-training/');
  await expect(page.getByRole('heading', { name: 'Who it is for' })).toBeVisible();
  const days = page.locator('.programme-day');
  await expect(days).toHaveCount(4);
  const firstDay = days.first();
  await expect(firstDay.locator('tbody tr').first()).toContainText('09:00–09:40');
  // Breaks are set apart, in the timetable and on the run sheet.
  expect(await firstDay.locator('tr.break-row').count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.run-sheet')).toHaveCount(4);
  expect(await page.locator('.run-sheet').first().locator('tr.agenda-row').count()).toBeGreaterThan(10);
  await expect(page.locator('#print-list ~ ul a[href$="#participant-handout"]').first()).toBeVisible();
  await expect(firstDay.getByRole('link', { name: 'What keeps us well' })).toHaveAttribute(
    'href',
    '/en/modules/mental-health-and-resilience/what-keeps-us-well/',
  );
  await expect(firstDay.getByRole('link', { name: 'Module 1' }).first()).toHaveAttribute(
    'href',
    '/en/modules/mental-health-and-resilience/',
  );
  // Each day's rows follow on from each other: one part ends when the next begins.
  const times = await firstDay
    .locator('tbody tr td:first-child')
    .evaluateAll((cells) => cells.map((cell) => cell.textContent.split('–')));
  for (const [index, [start]] of times.slice(1).entries()) expect(start).toBe(times[index]?.[1]);
  // The day's hours are summed into the facts panel.
  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText(
    `Day 1: 09:00–${times.at(-1)?.[1] ?? ''}`,
  );
});

test('a tool page says what it is for, who uses it and when, and can be printed', async ({ page }) => {
  await page.goto('/en/tools/first-meeting-guide/');
  const facts = page.getByRole('region', { name: 'At a glance' });
  await expect(facts).toContainText('Conversation guide');
  await expect(facts).toContainText('Community mentors');
  await expect(page.getByRole('button', { name: 'Print this tool' })).toBeVisible();
  // Checklist items are labelled checkboxes.
  const box = page.getByRole('checkbox').first();
  await expect(box).toHaveAccessibleName(/.+/);
});

test('a composite story carries a visible label', async ({ page }) => {
  await page.goto('/en/stories/a-place-at-the-table/');
  await expect(page.getByRole('complementary', { name: 'Composite story' })).toBeVisible();
  await page.goto('/en/stories/');
  await expect(page.getByRole('heading', { name: 'What “composite story” means' })).toBeVisible();
  await expect(page.locator('.story-label').first()).toHaveText('Composite story');
});

test('the glossary lists every term of the edition with an anchor', async ({ page }) => {
  await page.goto('/en/glossary/');
  const terms = page.locator('.glossary dt[id]');
  expect(await terms.count()).toBeGreaterThanOrEqual(10);
  await page.goto('/en/glossary/#resilience');
  await expect(page.locator('dt#resilience')).toBeInViewport();
  await expect(
    page
      .locator('.glossary-entry', { has: page.locator('#resilience') })
      .getByRole('link')
      .first(),
  ).toHaveAttribute('href', /^\/en\/glossary\/#[a-z-]+$/);
});

test('labels of an untranslated page are English, like its text', async ({ page }) => {
  // An edition that has not translated the exercises yet.
  const code = localeCodes.find(
    (edition) => edition !== defaultLocale && !isTranslated(edition, 'exercises/circle-of-support'),
  );
  if (!code) throw new Error('Every edition has translated the exercises: test this on a fixture site');
  await page.goto(`/${code}/exercises/circle-of-support/`);
  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('Duration');
  await page.goto(`/${code}/exercises/`);
  await expect(page.locator('.catalogue-count')).toContainText('exercises');
});

test('the table of contents lists the sections a page type draws, in page order', async ({ page }) => {
  await page.goto('/en/exercises/circle-of-support/');
  const toc = page.getByRole('navigation', { name: 'On this page' }).first();
  const links = await toc
    .getByRole('link')
    .evaluateAll((found) => found.map((link) => link.getAttribute('href')));
  expect(links.slice(0, 6)).toEqual([
    '#_top',
    '#purpose',
    '#care-note',
    '#preparation',
    '#steps',
    '#debrief',
  ]);
  for (const href of links) if (href !== '#_top') await expect(page.locator(href ?? '')).toHaveCount(1);
  await page.goto('/en/modules/mental-health-and-resilience/what-keeps-us-well/');
  await expect(toc.getByRole('link', { name: 'Agenda' })).toHaveAttribute('href', '#agenda');
  await expect(toc.getByRole('link').last()).toHaveAttribute('href', '#sources');
});
