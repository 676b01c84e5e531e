/**
 * The parts of `npm run bench` that load pages in Chromium: what a first visit transfers,
 * against stock Starlight showing the same article, and how much a page's layout shifts
 * while it loads on a slow phone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import { chromium, type Browser } from '@playwright/test';
import lighthouse from 'lighthouse';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

import { QUIET_CHROMIUM_ARGS, systemChromium } from '../src/utils/system-chromium.ts';
import { StaticHost } from '../tests/helpers/static-host.ts';

/** A phone as Lighthouse's mobile preset has it: its screen, and a CPU four times slower. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
const CPU_SLOWDOWN = 4;

export interface PageLoad {
  path: string;
  /** Everything the first visit fetched from the site, gzip-compressed as a host sends it. */
  transferGzip: number;
  files: number;
  /** Cumulative layout shift while the page loads and settles, with the CPU slowed. */
  layoutShift: number;
}

export async function launch(): Promise<Browser> {
  const executablePath = systemChromium();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: QUIET_CHROMIUM_ARGS });
}

/** The file a URL of a built site is served from. */
function fileOf(dist: string, url: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * Loads each page once in a fresh browser profile (a first visit), as a phone with a slow
 * CPU, and waits until it has settled (scripts loaded on idle, the service worker).
 */
export async function loadPages(
  browser: Browser,
  dist: string,
  paths: readonly string[],
): Promise<PageLoad[]> {
  const host = new StaticHost(pathToFileURL(`${dist}/`));
  await host.start();
  const loads: PageLoad[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ ...PHONE, baseURL: host.origin });
      const urls = new Set<string>();
      context.on('requestfinished', (request) => {
        if (request.url().startsWith(host.origin)) urls.add(request.url().split(/[?#]/)[0] ?? '');
      });
      await context.addInitScript(() => {
        const shifts = { total: 0 };
        (window as unknown as { layoutShift: typeof shifts }).layoutShift = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) shifts.total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(path, { waitUntil: 'load' });
      // Stock Starlight loads its search when the browser is idle; give it, and the
      // service worker, time to do so.
      await page.waitForTimeout(3000);
      const layoutShift = await page.evaluate(
        () => (window as unknown as { layoutShift: { total: number } }).layoutShift.total,
      );
      const files = [...urls].map((url) => fileOf(dist, url)).filter((file) => existsSync(file));
      loads.push({
        path,
        transferGzip: files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0),
        files: files.length,
        layoutShift: Number(layoutShift.toFixed(3)),
      });
      await context.close();
    }
  } finally {
    await host.stop();
  }
  return loads;
}

/** Stock Starlight's sidebar config for the sidebar a built page shows. */
function sidebarOf(list: Element): unknown[] {
  const items: unknown[] = [];
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    const find = (node: Element | Root, tag: string): Element | undefined => {
      for (const child of node.children as ElementContent[]) {
        if (child.type !== 'element') continue;
        if (child.tagName === tag) return child;
        const found = find(child, tag);
        if (found) return found;
      }
      return undefined;
    };
    const details = item.children.find(
      (child): child is Element => child.type === 'element' && child.tagName === 'details',
    );
    if (details) {
      const summary = find(details, 'summary');
      const nested = details.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'ul',
      );
      items.push({ label: summary ? toString(summary).trim() : '', items: nested ? sidebarOf(nested) : [] });
    } else {
      const link = find(item, 'a');
      if (link) items.push({ label: toString(link).trim(), link: link.properties['href'] ?? '/' });
    }
  }
  return items;
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

const hasClass = (element: Element, name: string) =>
  Array.isArray(element.properties['className']) && element.properties['className'].includes(name);

/**
 * Builds stock Starlight (no overrides, no custom CSS, its defaults) with one page: the
 * given built article's title, description, content and sidebar. Returns its `dist/`.
 */
export function buildStockStarlight(root: string, articleFile: string): string {
  const tree = fromHtml(readFileSync(articleFile, 'utf8'));
  const title = findElement(tree, (element) => element.tagName === 'h1');
  const content = findElement(tree, (element) => hasClass(element, 'sl-markdown-content'));
  const sidebar = findElement(tree, (element) => element.tagName === 'ul' && hasClass(element, 'top-level'));
  const description = findElement(
    tree,
    (element) => element.tagName === 'meta' && element.properties['name'] === 'description',
  );
  if (!title || !content || !sidebar) throw new Error(`${articleFile}: no title, content or sidebar found`);

  const site = join(root, '.cache', 'bench-stock');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
  integrations: [starlight({ title: 'Resilient Communities Mentoring Manual', sidebar: ${JSON.stringify(sidebarOf(sidebar))} })],
});
`,
  );
  writeFileSync(
    join(site, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(
    join(site, 'src', 'content', 'docs', 'index.md'),
    `---
title: ${JSON.stringify(toString(title).trim())}
description: ${JSON.stringify(description?.properties['content'] ?? '')}
---

${toHtml(content.children)}
`,
  );
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (result.status !== 0)
    throw new Error(`Stock Starlight did not build:\n${result.stdout}${result.stderr}`);
  return join(site, 'dist');
}

export interface LighthouseRun {
  path: string;
  /** Lighthouse's performance score, 0 to 100, on its mobile preset. */
  performance: number;
  layoutShift: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
}

/**
 * Lighthouse's performance audit of each page, on its default mobile preset (a mid-range
 * phone, a slow 4G network and a CPU four times slower, simulated), served compressed by
 * a static host as the site is deployed.
 */
export async function lighthouseRuns(dist: string, paths: readonly string[]): Promise<LighthouseRun[]> {
  const host = new StaticHost(pathToFileURL(`${dist}/`));
  await host.start();
  const port = 9339;
  const executablePath = systemChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...QUIET_CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const runs: LighthouseRun[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${host.origin}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const audit = (id: string) => result?.lhr.audits[id]?.numericValue ?? Number.NaN;
      runs.push({
        path,
        performance: Math.round((result?.lhr.categories['performance']?.score ?? 0) * 100),
        layoutShift: Number(audit('cumulative-layout-shift').toFixed(3)),
        totalBlockingTimeMs: Math.round(audit('total-blocking-time')),
        largestContentfulPaintMs: Math.round(audit('largest-contentful-paint')),
      });
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  return runs;
}
