import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'vite';

import { defaultLocale, localeCodes, locales } from '../config/locales.ts';
import { editionManifests } from './manifest.ts';
import { manifestUrl, WORKER_URL, type EditionManifest, type OfflinePageText } from './protocol.ts';

/**
 * The last step of the build: lists the files each edition keeps offline in
 * `/offline/<edition>.json`, and bundles the service worker into `/sw.js` with the build id
 * that ties the two together. It runs after the PDF step, which writes files and changes
 * the downloads pages: the lists must describe the finished site.
 */
export function offlineEditions(): AstroIntegration {
  let projectRoot = '';
  return {
    name: 'manual:offline-editions',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const manifests = editionManifests(
          root,
          localeCodes.map((code) => ({ code, lang: locales[code].lang })),
        );
        mkdirSync(join(root, 'offline'), { recursive: true });
        const names = Object.fromEntries(localeCodes.map((code) => [code, locales[code].label]));
        for (const manifest of manifests) {
          const text = panelText(projectRoot, manifest.edition);
          writeFileSync(
            join(root, manifestUrl(manifest.edition)),
            JSON.stringify({ ...manifest, text, names } satisfies EditionManifest),
          );
        }
        const build = manifests[0]?.build ?? '';
        await bundleWorker(projectRoot, root, build);
        const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
        const sizes = manifests.map(
          ({ edition, pages, pdfs }) =>
            `${edition} ${megabytes(pages.reduce((sum, file) => sum + file.bytes, 0))} MB` +
            ` (+${megabytes(pdfs.reduce((sum, file) => sum + file.bytes, 0))} MB PDFs)`,
        );
        logger.info(`Offline editions of build ${build}: ${sizes.join(', ')}.`);
      },
    },
  };
}

/** An edition's interface strings (`content/i18n/<edition>.json`). */
const strings = (projectRoot: string, code: string) =>
  JSON.parse(readFileSync(join(projectRoot, 'content', 'i18n', `${code}.json`), 'utf8')) as Record<
    string,
    string | undefined
  >;

/** The panel's strings in an edition's language, English where one is missing. */
function panelText(projectRoot: string, code: string): Record<string, string> {
  const all = { ...strings(projectRoot, defaultLocale), ...strings(projectRoot, code) };
  return Object.fromEntries(
    Object.entries(all)
      .filter(([key]) => key.startsWith('offline.'))
      .map(([key, value]) => [key.slice('offline.'.length), value ?? '']),
  );
}

/** The worker's offline page in each edition's language, from its interface strings. */
function offlinePages(projectRoot: string): Record<string, OfflinePageText> {
  const source = strings(projectRoot, defaultLocale);
  return Object.fromEntries(
    localeCodes.map((code) => {
      const own = strings(projectRoot, code);
      const text = (key: string) => own[key] ?? source[key] ?? '';
      const { lang, dir } = locales[code];
      return [
        code,
        {
          lang,
          dir,
          title: text('offline.pageTitle'),
          text: text('offline.pageText'),
          home: text('offline.pageHome'),
        },
      ];
    }),
  );
}

async function bundleWorker(projectRoot: string, root: string, build: string): Promise<void> {
  await bundle({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    publicDir: false,
    define: {
      __BUILD__: JSON.stringify(build),
      __OFFLINE_PAGES__: JSON.stringify(offlinePages(projectRoot)),
      // Workbox's development logging is left out of a production bundle.
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      outDir: root,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      lib: {
        entry: fileURLToPath(new URL('./worker/service-worker.ts', import.meta.url)),
        // A classic script: every browser with service workers runs it, module workers not.
        formats: ['iife'],
        name: 'manualServiceWorker',
        fileName: () => WORKER_URL.slice(1),
      },
    },
  });
}
