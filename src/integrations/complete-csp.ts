import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { securePage } from '../utils/csp.ts';

/**
 * Completes Astro's Content-Security-Policy after the build (see `securePage`): Astro
 * hashes the scripts it bundles but not the `is:inline` scripts Starlight ships (theme,
 * sidebar state, search shortcut), and writes the policy after them. The hashes change
 * with Starlight releases; computing them from the output keeps them right, and the
 * end-to-end security tests fail if anything is still outside the policy.
 */
export function completeCsp(): AstroIntegration {
  return {
    name: 'manual:complete-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          try {
            await writeFile(file, securePage(html));
          } catch (error) {
            throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
          }
        }
        logger.info(`Completed the Content-Security-Policy of ${files.length} pages.`);
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
