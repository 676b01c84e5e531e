import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { watchViolations } from './helpers/violations.ts';

// The progression tool keeps a mentee's record in the browser only. These tests drive it
// as a mentor would, in a real browser, and check each promise the page makes.

const PATH = '/en/tools/progression-tool/';
const STORE = 'rc-progression-v1';

const tool = (page: Page) => page.locator('progression-tool');
const status = (page: Page) => tool(page).getByRole('status');
const rows = (page: Page) => tool(page).locator('.progress-table tbody tr');

async function addMeeting(page: Page, date: string, ratings: Record<string, number>, note: string) {
  const form = tool(page).locator('form.progress-meeting');
  await form.getByLabel('Date of the meeting').fill(date);
  for (const [area, value] of Object.entries(ratings)) {
    await form.getByRole('group', { name: area }).getByLabel(String(value), { exact: true }).check();
  }
  await form.getByLabel('Short note').fill(note);
  await form.getByRole('button', { name: 'Save this meeting' }).click();
}

/** A record as the tool keeps it, read straight from the browser's storage. */
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORE);

test.beforeEach(async ({ page }) => {
  await page.goto(PATH);
});

test('says the data stays on the device and asks for initials at most', async ({ page }) => {
  await expect(tool(page).getByRole('note')).toContainText('stays in this browser');
  await expect(tool(page).getByRole('note')).toContainText('initials at most');
  await expect(tool(page).getByLabel('Mentee’s initials (optional)')).toHaveAttribute('maxlength', '4');
  await expect(tool(page).getByLabel(/name/i)).toHaveCount(0);
});

test('keeps goals and meetings through a reload, and charts the change', async ({ page }) => {
  // The page may still fetch its own files (the search UI loads when the browser is idle);
  // what must never happen is a request that carries what the mentor typed.
  const sent: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      request.method() !== 'GET' ||
      request.postData() ||
      url.search ||
      url.origin !== new URL(page.url()).origin
    ) {
      sent.push(`${request.method()} ${request.url()}`);
    }
  });
  await tool(page).getByLabel('Mentee’s initials (optional)').fill('AB');
  await tool(page).getByLabel('Goals you agreed together').fill('Sleep better\nJoin a club');
  await addMeeting(page, '2026-09-01', { Wellbeing: 2, 'Trust in others': 1 }, 'First meeting, a walk');
  await expect(status(page)).toContainText('is saved');
  await addMeeting(page, '2026-10-01', { Wellbeing: 4, 'Trust in others': 3 }, 'Went to the club');
  expect(sent).toEqual([]);

  await page.reload();
  await expect(tool(page).getByLabel('Mentee’s initials (optional)')).toHaveValue('AB');
  await expect(tool(page).getByLabel('Goals you agreed together')).toHaveValue('Sleep better\nJoin a club');
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText('First meeting, a walk');
  // One line per area rated at two meetings, a point per rating, and a text alternative.
  const chart = tool(page).getByRole('img', { name: /Chart of the ratings. Meetings: 2,/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('g[data-area="wellbeing"] polyline')).toHaveCount(1);
  await expect(chart.locator('g[data-area="trust"] circle')).toHaveCount(2);
  await expect(chart.locator('g[data-area="relationships"] circle')).toHaveCount(0);
  const [before, after] = await chart
    .locator('g[data-area="wellbeing"] circle')
    .evaluateAll((circles) => circles.map((circle) => Number(circle.getAttribute('cy'))));
  expect(after).toBeLessThan(before ?? 0);
});

test('right to left, time runs leftwards and every label stays inside the chart', async ({ page }) => {
  await addMeeting(page, '2026-09-01', { Wellbeing: 2 }, 'First meeting');
  await addMeeting(page, '2026-10-01', { Wellbeing: 4 }, 'Second meeting');
  // The record is kept per browser, not per edition: the Arabic page charts the same one.
  await page.goto('/ar/tools/progression-tool/');
  const chart = tool(page).locator('svg.progress-svg');
  const [first, second] = await chart
    .locator('g[data-area="wellbeing"] circle')
    .evaluateAll((circles) => circles.map((circle) => Number(circle.getAttribute('cx'))));
  expect(first).toBeGreaterThan(second ?? Infinity);
  // Dates and the scale inside the drawing (SVG text anchors read start and end in the
  // direction of the text), the scale clear of the points.
  const box = await chart.boundingBox();
  const labels = await chart.locator('text').evaluateAll((texts) =>
    texts.map((text) => {
      const { left, right } = text.getBoundingClientRect();
      return { text: text.textContent, left, right };
    }),
  );
  expect(labels.length).toBe(7);
  for (const label of labels) {
    expect(label.left, label.text).toBeGreaterThanOrEqual(box?.x ?? Infinity);
    expect(label.right, label.text).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
  }
  const points = await chart
    .locator('circle')
    .evaluateAll((circles) => circles.map((circle) => circle.getBoundingClientRect().right));
  const scale = labels.filter((label) => /^[1-5]$/.test(label.text));
  for (const label of scale) expect(label.left).toBeGreaterThan(Math.max(...points));
});

test('keeps a half-written meeting through a reload', async ({ page }) => {
  const form = tool(page).locator('form.progress-meeting');
  await form.getByLabel('Date of the meeting').fill('2026-11-02');
  await form.getByRole('group', { name: 'Relationships' }).getByLabel('3', { exact: true }).check();
  await form.getByLabel('Short note').fill('We talked about');
  await page.reload();
  await expect(form.getByLabel('Date of the meeting')).toHaveValue('2026-11-02');
  await expect(
    form.getByRole('group', { name: 'Relationships' }).getByLabel('3', { exact: true }),
  ).toBeChecked();
  await expect(form.getByLabel('Short note')).toHaveValue('We talked about');
  await expect(rows(page)).toHaveCount(0);
});

test('refuses a meeting without a date, keeping what was typed', async ({ page }) => {
  const form = tool(page).locator('form.progress-meeting');
  await form.getByLabel('Short note').fill('No date yet');
  await form.getByRole('button', { name: 'Save this meeting' }).click();
  await expect(status(page)).toContainText('Choose the date');
  await expect(form.getByLabel('Date of the meeting')).toBeFocused();
  await expect(form.getByLabel('Short note')).toHaveValue('No date yet');
  await expect(rows(page)).toHaveCount(0);
});

test('saves the record to a file, deletes it, and opens the file again', async ({ page }, testInfo) => {
  await tool(page).getByLabel('Mentee’s initials (optional)').fill('CD');
  await addMeeting(page, '2026-09-10', { Wellbeing: 3 }, 'Steady');

  const download = page.waitForEvent('download');
  await tool(page).getByRole('button', { name: 'Save to a file' }).click();
  const file = testInfo.outputPath('record.json');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toMatch(/^progression-CD-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { initials: string; meetings: unknown[] };
  expect(saved.initials).toBe('CD');
  expect(saved.meetings).toHaveLength(1);

  page.once('dialog', (dialog) => void dialog.accept());
  await tool(page).getByRole('button', { name: 'Delete all data' }).click();
  await expect(status(page)).toContainText('All data is deleted');
  await expect(rows(page)).toHaveCount(0);
  expect(await stored(page)).toBeNull();
  await page.reload();
  await expect(tool(page).getByLabel('Mentee’s initials (optional)')).toHaveValue('');

  await tool(page).locator('.progress-file').setInputFiles(file);
  await expect(status(page)).toContainText('The file is open. Meetings in it: 1.');
  await expect(rows(page)).toHaveCount(1);
  await page.reload();
  await expect(rows(page).first()).toContainText('Steady');
});

test('reminds the mentor to delete a record kept past the retention rule, and deletes it', async ({
  page,
}) => {
  await addMeeting(page, '2026-09-10', { Wellbeing: 3 }, 'Last meeting');
  const reminder = tool(page).getByRole('alert');
  await expect(reminder).toBeHidden();

  // Six months after the last meeting, and one day more.
  await page.clock.install({ time: new Date('2027-03-11T10:00:00') });
  await page.reload();
  await expect(reminder).toBeVisible();
  await expect(reminder).toContainText('more than 6 months ago');
  page.once('dialog', (dialog) => void dialog.accept());
  await reminder.getByRole('button', { name: 'Delete the record' }).click();
  await expect(status(page)).toContainText('All data is deleted');
  await expect(reminder).toBeHidden();
  expect(await stored(page)).toBeNull();
});

test('refuses a damaged or foreign file with a clear message and keeps the data as it was', async ({
  page,
}) => {
  await addMeeting(page, '2026-09-10', { Wellbeing: 3 }, 'Keep me');
  const before = await stored(page);
  const offer = (name: string, text: string) =>
    tool(page)
      .locator('.progress-file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  await offer('notes.json', '{"this is": not json');
  await expect(status(page)).toContainText('it is not a saved record of this tool. Nothing was changed.');
  await offer('other.json', JSON.stringify({ title: 'A shopping list', items: ['milk'] }));
  await expect(status(page)).toContainText('not a record of the progression tool');
  const damaged = JSON.parse(before ?? '{}') as { meetings: { date: string }[] };
  const [first] = damaged.meetings;
  if (first) first.date = '2026-13-45';
  await offer('damaged.json', JSON.stringify(damaged));
  await expect(status(page)).toContainText('This file is damaged (meetings[0].date)');

  expect(await stored(page)).toBe(before);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Keep me');
});

test('prints the record without the form and buttons', async ({ page }) => {
  await addMeeting(page, '2026-09-10', { Wellbeing: 3 }, 'For the folder');
  await page.emulateMedia({ media: 'print' });
  await expect(rows(page).first()).toBeVisible();
  await expect(tool(page).getByRole('img', { name: /Chart of the ratings/ })).toBeVisible();
  await expect(tool(page).locator('form.progress-meeting')).toBeHidden();
  await expect(tool(page).getByRole('button', { name: 'Delete all data' })).toBeHidden();
  await expect(rows(page).first().getByRole('button')).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`with a record, in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('passes axe and breaks no rule of the security policy', async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto(PATH);
      await addMeeting(page, '2026-09-01', { Wellbeing: 2, Relationships: 3, 'Handling conflict': 1 }, 'One');
      await addMeeting(page, '2026-10-01', { Wellbeing: 4, Relationships: 3, 'Handling conflict': 2 }, 'Two');
      await expect(rows(page)).toHaveCount(2);
      const { violations: axe } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        axe.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      expect(violations).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('points to the paper version instead of showing a form that cannot work', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByText('This tool needs JavaScript')).toBeVisible();
    await expect(tool(page).locator('form.progress-meeting')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Paper version' })).toBeVisible();
  });
});
