/**
 * `npm run bench`: builds the site from cold and reports the numbers to watch, against
 * the budgets in NOTES.md. It prints a summary and writes everything to
 * `bench-results.json`. It is not a test and fails only if the build fails.
 *
 * Reported: build time and peak memory, pages per edition, milliseconds per page, the
 * size of dist/, first-load bytes (HTML, CSS, JS; raw and gzip) for each page type, all
 * JavaScript and CSS, the size of the Pagefind index of each edition, and the time and
 * size the social cards add, the A4 pages each tool prints on, whole and as its form
 * alone; in Chromium, as a phone with a CPU four times slower, what a first visit to each
 * page type transfers and how much its layout shifts, in English and Arabic, what an
 * article's first visit transfers against stock Starlight showing the same article, and
 * Lighthouse's mobile performance score of each (see `bench-browser.ts`); and, unless `--no-editions`, a cold build of seven full editions
 * simulated by copying every English page into each edition that lacks it (see
 * `sevenEditions`).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

import { defaultLocale, localeCodes } from '../src/config/locales.ts';
import { buildStockStarlight, launch, lighthouseRuns, loadPages } from './bench-browser.ts';
import { QUIET_CHROMIUM_ARGS, systemChromium } from '../src/utils/system-chromium.ts';
import { SITE_FILES } from './site-files.ts';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'dist');

/** One page of each kind the site has; types whose page does not exist yet are skipped. */
const PAGE_TYPES: Record<string, string> = {
  'edition chooser': '/',
  'edition home': '/en/',
  'edition home, right to left': '/ar/',
  article: '/en/about/',
  'article, fallback': '/fi/about/',
  'module overview': '/en/modules/mental-health-and-resilience/',
  session: '/en/modules/mental-health-and-resilience/what-keeps-us-well/',
  programme: '/en/training/community-mentor-training/',
  exercise: '/en/exercises/circle-of-support/',
  'exercise catalogue': '/en/exercises/',
  tool: '/en/tools/first-meeting-guide/',
  'progression tool': '/en/tools/progression-tool/',
  story: '/en/stories/a-place-at-the-table/',
  glossary: '/en/glossary/',
  'projector view': '/en/modules/mental-health-and-resilience/present/',
  downloads: '/en/downloads/',
  'translation status': '/translation-status/',
  'not found': '/404.html',
};

interface Bytes {
  raw: number;
  gzip: number;
}

const sizeOf = (file: string): Bytes => {
  const data = readFileSync(file);
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
};
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = (): Bytes => ({ raw: 0, gzip: 0 });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Builds from cold (no dist/, no content cache) and measures time and peak memory.
 *
 * @param site the folder of the site to build: the repository, or a simulated copy
 */
function coldBuild(site = root): { seconds: number; peakMemoryMB: number | null; log: string } {
  for (const dir of ['dist', '.astro', 'node_modules/.astro'])
    rmSync(join(site, dir), { recursive: true, force: true });
  const astro = join(root, 'node_modules/.bin/astro');
  // GNU time reports the peak resident memory of the build and its children.
  const gnuTime = existsSync('/usr/bin/time');
  const [command, args] = gnuTime
    ? ['/usr/bin/time', ['-f', 'peak-kb %M', astro, 'build']]
    : [astro, ['build']];
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: site,
    encoding: 'utf8',
    // A deployment build: with a public address, so the social cards are drawn and timed.
    env: { SITE_URL: 'https://manual.example.org', ...process.env, NO_COLOR: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('The build failed; no numbers to report.');
  }
  const peak = /peak-kb (\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMemoryMB: peak ? Math.round(Number(peak) / 1024) : null, log: result.stdout };
}

/** Scripts a page runs as it loads, following their static imports; lazy imports are left out. */
function eagerScripts(html: string): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map(([, src = '']) => src);
  while (queue.length > 0) {
    const src = queue.shift() ?? '';
    if (seen.has(src) || !src.startsWith('/')) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    for (const [, path = ''] of code.matchAll(
      /(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g,
    )) {
      queue.push(new URL(path, `http://x${src}`).pathname);
    }
  }
  return [...seen];
}

function firstLoad(path: string) {
  const file = join(dist, path.endsWith('.html') ? path : `${path}index.html`);
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => !/media="print"/.test(tag))
    .map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '')
    .reduce((sum, href) => add(sum, sizeOf(join(dist, href))), zero());
  const js = eagerScripts(html).reduce((sum, src) => add(sum, sizeOf(join(dist, src))), zero());
  const page = sizeOf(file);
  return { path, html: page, css, js, total: add(add(page, css), js) };
}

function pagefindIndex(code: string): { pages: number; bytes: number } | null {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number; wasm: string | null } | undefined>;
  };
  const language = entry.languages[code];
  if (!language) return null;
  const files = filesUnder(dir).filter((file) => {
    const name = relative(dir, file);
    return (
      name.startsWith(`index/${code}_`) ||
      name.startsWith(`fragment/${code}_`) ||
      name.startsWith(`pagefind.${code}_`) ||
      name === `wasm.${language.wasm ?? 'unknown'}.pagefind`
    );
  });
  return { pages: language.page_count, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

/**
 * What the social cards add to the build. Astro logs every file it writes with the time
 * it took (`├─ /og/fi/about.png (+14ms)`), one file at a time, so the cards' lines add up
 * to the time they cost; their size is that of `dist/og/`.
 */
function socialCards(log: string) {
  let ms = 0;
  let cards = 0;
  for (const [, value = '0', unit] of log.matchAll(/\/og\/\S+\.png \(\+([\d.]+)(ms|s)\)/g)) {
    ms += Number(value) * (unit === 's' ? 1000 : 1);
    cards += 1;
  }
  const dir = join(dist, 'og');
  const bytes = existsSync(dir) ? filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0) : 0;
  return {
    cards,
    seconds: Number((ms / 1000).toFixed(1)),
    msPerCard: cards ? Math.round(ms / cards) : 0,
    bytes,
  };
}

/**
 * The A4 pages each English tool prints on: the whole page, and its form alone (what
 * "Print the form only" prints). Served by `astro preview`, printed by Chromium.
 */
async function printedTools(): Promise<Record<string, { page: number; form: number | null }>> {
  const tools = readdirSync(join(dist, 'en', 'tools'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const port = 4398;
  const preview = spawn(
    join(root, 'node_modules/.bin/astro'),
    ['preview', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const executablePath = systemChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: QUIET_CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    for (let tries = 0; ; tries++) {
      const ready = await page.goto(`http://127.0.0.1:${port}/en/`).then(
        () => true,
        () => false,
      );
      if (ready) break;
      if (tries > 50) throw new Error('astro preview did not start');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const pages = async () =>
      (await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })), verbosity: 0 }).promise)
        .numPages;
    const counts: Record<string, { page: number; form: number | null }> = {};
    for (const tool of tools) {
      await page.goto(`http://127.0.0.1:${port}/en/tools/${tool}/`);
      await page.emulateMedia({ media: 'print' });
      const whole = await pages();
      const hasForm = (await page.locator('[data-form]').count()) > 0;
      await page.evaluate(() => {
        document.documentElement.classList.add('print-form-only');
      });
      counts[tool] = { page: whole, form: hasForm ? await pages() : null };
    }
    return counts;
  } finally {
    await browser.close();
    preview.kill();
  }
}

/**
 * Seven full editions, simulated: a copy of the site (in `.cache/`, where it finds the
 * project's node_modules) in which every edition holds every page, its own translation
 * where there is one and otherwise the English page as a marked stand-in, with its links
 * moved into the edition. The stand-ins keep every fact, so they pass the translation
 * checks and the PDF step prints all 63 files, as it will when the editions are done.
 */
function sevenEditions() {
  const site = join(root, '.cache', 'bench-seven-editions');
  rmSync(site, { recursive: true, force: true });
  for (const path of [...SITE_FILES, 'content'])
    cpSync(join(root, path), join(site, path), { recursive: true });
  let standIns = 0;
  for (const collection of ['docs', 'glossary']) {
    const source = join(site, 'content', collection, defaultLocale);
    for (const file of filesUnder(source)) {
      const path = relative(source, file);
      for (const code of localeCodes) {
        const target = join(site, 'content', collection, code, path);
        if (code === defaultLocale || existsSync(target)) continue;
        const text = readFileSync(file, 'utf8')
          .replace(/\]\(\/en\//g, `](/${code}/`)
          .replace(/href="\/en\//g, `href="/${code}/`)
          .replace(/^---\n/, '---\n# Bench stand-in: the English page copied into this edition.\n');
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
        standIns++;
      }
    }
  }
  const build = coldBuild(site);
  const pdf = /Printed (\d+) PDF editions in ([\d.]+) s \((\d+) pages/.exec(build.log);
  const pages = filesUnder(join(site, 'dist')).filter((file) => file.endsWith('.html')).length;
  rmSync(site, { recursive: true, force: true });
  return {
    standIns,
    seconds: Number(build.seconds.toFixed(1)),
    peakMemoryMB: build.peakMemoryMB,
    pages,
    pdf: pdf ? { files: Number(pdf[1]), seconds: Number(pdf[2]), pages: Number(pdf[3]) } : null,
  };
}

const build = coldBuild();
// The PDF step of the build reports its own time (src/pdf-editions/integration.ts).
const pdfStep = /Printed (\d+) PDF editions in ([\d.]+) s \((\d+) pages/.exec(build.log);
const pdfEditions = pdfStep
  ? { files: Number(pdfStep[1]), seconds: Number(pdfStep[2]), pages: Number(pdfStep[3]) }
  : null;
const allFiles = filesUnder(dist);
const htmlPages = allFiles.filter((file) => file.endsWith('.html'));
const pagesPerEdition = Object.fromEntries(
  localeCodes.map((code) => [
    code,
    htmlPages.filter((file) => relative(dist, file).startsWith(`${code}/`)).length,
  ]),
);
const assets = (ext: string, skip: RegExp) =>
  allFiles
    .filter((file) => file.startsWith(join(dist, '_astro')) && file.endsWith(ext) && !skip.test(file))
    .reduce((sum, file) => add(sum, sizeOf(file)), zero());
const htmlGzip = htmlPages.map((file) => sizeOf(file).gzip).sort((a, b) => a - b);

/** Every page type, and in Arabic (right to left) each that has an edition. */
const visitedTypes: [string, string][] = [
  ...Object.entries(PAGE_TYPES),
  ...Object.entries(PAGE_TYPES)
    .filter(([, path]) => path.startsWith('/en/'))
    .map(([type, path]): [string, string] => [`${type} (ar)`, path.replace('/en/', '/ar/')]),
].filter(([, path]) => existsSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`)));

async function firstVisits() {
  const browser = await launch();
  try {
    const loads = await loadPages(
      browser,
      dist,
      visitedTypes.map(([, path]) => path),
    );
    const pages = Object.fromEntries(visitedTypes.map(([type], index) => [type, loads[index]]));
    const article = pages['article'];
    const [stock] = await loadPages(browser, buildStockStarlight(root, join(dist, 'en/about/index.html')), [
      '/',
    ]);
    return {
      pages,
      article: {
        ours: article?.transferGzip ?? 0,
        stock: stock?.transferGzip ?? 0,
        ratio: Number(((article?.transferGzip ?? 0) / (stock?.transferGzip ?? 1)).toFixed(2)),
      },
    };
  } finally {
    await browser.close();
  }
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  build: {
    seconds: Number(build.seconds.toFixed(1)),
    peakMemoryMB: build.peakMemoryMB,
    pages: htmlPages.length,
    msPerPage: Number(((build.seconds * 1000) / htmlPages.length).toFixed(1)),
  },
  pdfEditions,
  pagesPerEdition,
  distBytes: allFiles.reduce((sum, file) => sum + statSync(file).size, 0),
  htmlPerPageGzipP75: htmlGzip[Math.floor(htmlGzip.length * 0.75)] ?? 0,
  allJs: assets('.js', /^$/),
  cssExceptPrint: assets('.css', /print/),
  firstLoad: Object.fromEntries(Object.entries(PAGE_TYPES).map(([type, path]) => [type, firstLoad(path)])),
  pagefind: Object.fromEntries(localeCodes.map((code) => [code, pagefindIndex(code)])),
  socialCards: socialCards(build.log),
  printedTools: await printedTools(),
  firstVisits: await firstVisits(),
  lighthouse: Object.fromEntries(
    (
      await lighthouseRuns(
        dist,
        visitedTypes.map(([, path]) => path),
      )
    ).map((run, index) => [visitedTypes[index]?.[0] ?? run.path, run]),
  ),
  sevenEditions: process.argv.includes('--no-editions') ? null : sevenEditions(),
};

writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);

const lines = [
  `Cold build: ${results.build.seconds} s, ${results.build.pages} pages, ${results.build.msPerPage} ms a page, peak memory ${results.build.peakMemoryMB ?? '?'} MB (budget 60 s, 2 GB)`,
  pdfEditions
    ? `PDF editions: ${pdfEditions.files} files, ${pdfEditions.pages} pages, adding ${pdfEditions.seconds} s to the build`
    : 'PDF editions: not built (MANUAL_PDF=off?)',
  `Pages per edition: ${Object.entries(pagesPerEdition)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ')}`,
  `dist/: ${kb(results.distBytes)}; HTML per page, gzip, 75th percentile: ${kb(results.htmlPerPageGzipP75)} (budget 14 KB)`,
  `Social cards: ${results.socialCards.cards} in ${results.socialCards.seconds} s of the build (${results.socialCards.msPerCard} ms each), ${kb(results.socialCards.bytes)}`,
  `All JS: ${kb(results.allJs.raw)} raw, ${kb(results.allJs.gzip)} gzip (budget 35 KB); CSS except print: ${kb(results.cssExceptPrint.raw)} raw, ${kb(results.cssExceptPrint.gzip)} gzip (budget 17 KB)`,
  '',
  'First load (gzip): page type, HTML + CSS + eager JS = total (eager JS budget 10 KB)',
  ...Object.entries(results.firstLoad).map(([type, load]) =>
    load
      ? `  ${type} ${load.path}: ${kb(load.html.gzip)} + ${kb(load.css.gzip)} + ${kb(load.js.gzip)} = ${kb(load.total.gzip)}`
      : `  ${type}: no such page yet`,
  ),
  '',
  `First visit to an article, transferred (gzip): ${kb(results.firstVisits.article.ours)}, stock Starlight on the same article ${kb(results.firstVisits.article.stock)}: ${results.firstVisits.article.ratio} (budget 0.7)`,
  'First visit as a phone with a 4x slower CPU: transferred (gzip), layout shift (budget 0):',
  ...Object.entries(results.firstVisits.pages).map(([type, load]) =>
    load ? `  ${type} ${load.path}: ${kb(load.transferGzip)}, ${load.layoutShift}` : `  ${type}: not loaded`,
  ),
  '',
  'Lighthouse, mobile: performance (budget 100), layout shift, total blocking time, largest contentful paint:',
  ...Object.entries(results.lighthouse).map(
    ([type, run]) =>
      `  ${type} ${run.path}: ${run.performance}, ${run.layoutShift}, ${run.totalBlockingTimeMs} ms, ${(run.largestContentfulPaintMs / 1000).toFixed(1)} s`,
  ),
  '',
  'A4 pages per printed tool (whole page / form only; forms budget 2):',
  ...Object.entries(results.printedTools).map(
    ([tool, count]) => `  ${tool}: ${count.page} / ${count.form ?? 'no form'}`,
  ),
  '',
  results.sevenEditions
    ? `Seven full editions (simulated, ${results.sevenEditions.standIns} stand-in pages): cold build ${results.sevenEditions.seconds} s with PDFs (budget 90 s), ${results.sevenEditions.pages} pages, peak memory ${results.sevenEditions.peakMemoryMB ?? '?'} MB; ${results.sevenEditions.pdf ? `${results.sevenEditions.pdf.files} PDFs, ${results.sevenEditions.pdf.pages} pages, in ${results.sevenEditions.pdf.seconds} s` : 'no PDFs'}`
    : 'Seven full editions: not simulated (--no-editions)',
  '',
  'Pagefind index per edition:',
  ...Object.entries(results.pagefind).map(([code, index]) =>
    index ? `  ${code}: ${index.pages} pages, ${kb(index.bytes)}` : `  ${code}: no index`,
  ),
  '',
  'Written to bench-results.json',
];
console.log(lines.join('\n'));
