import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { allowInlineScripts } from '../utils/csp.ts';

/**
 * Astro's CSP hashes the scripts it bundles, but not the `is:inline` scripts Starlight
 * ships (theme, sidebar state, search shortcut). After the build, this adds the hash of
 * each inline script, as it was written to the page, to that page's policy. The hashes
 * change with Starlight releases; computing them from the output keeps them right, and
 * the end-to-end CSP test fails if any script is still blocked.
 */
export function inlineScriptHashes(): AstroIntegration {
  return {
    name: 'manual:inline-script-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let updated = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          let next: string;
          try {
            next = allowInlineScripts(html);
          } catch (error) {
            throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
          }
          if (next !== html) {
            await writeFile(file, next);
            updated++;
          }
        }
        logger.info(`Added inline script hashes to the CSP of ${updated} pages.`);
      },
    },
  };
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}
