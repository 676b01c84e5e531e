import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SITE_FILES } from '../../scripts/site-files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildResult {
  /** Exit code of `astro build`. */
  status: number | null;
  /** Everything the build printed, standard output and error together. */
  output: string;
}

/**
 * Builds a copy of the site with some files added or replaced, to check that the build
 * rejects bad content with a clear message. The copy sits inside the repository (in
 * the ignored `.cache/`) so that it finds the project's node_modules. Only the English
 * edition is copied from the real content, which keeps each build short.
 *
 * @param name a folder name for this fixture
 * @param files paths relative to the fixture's root, with their contents
 * @param options `env`: extra environment for the build; `prepare`: changes to make to
 *   the copy before it builds, given its folder
 */
export function buildFixtureSite(
  name: string,
  files: Record<string, string>,
  options: { env?: Record<string, string>; prepare?: (site: string) => void } = {},
): BuildResult & { site: string } {
  const site = join(root, '.cache', 'fixtures', name);
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const path of SITE_FILES) cpSync(join(root, path), join(site, path), { recursive: true });
  cpSync(join(root, 'content/i18n'), join(site, 'content/i18n'), { recursive: true });
  cpSync(join(root, 'content/docs/en'), join(site, 'content/docs/en'), { recursive: true });
  cpSync(join(root, 'content/glossary/en'), join(site, 'content/glossary/en'), { recursive: true });
  for (const data of ['services', 'laws', 'safety', 'sources'])
    cpSync(join(root, 'content', data), join(site, 'content', data), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  options.prepare?.(site);
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: site,
    encoding: 'utf8',
    // No social cards: drawing 700 of them would double each build, and the e2e tests check them.
    // MANUAL_PDF=off: printing the PDF editions would add minutes to every fixture build.
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      SOCIAL_CARDS: 'off',
      MANUAL_PDF: 'off',
      ...options.env,
    },
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, site };
}

/** A minimal valid content page with the given Markdown body. */
export function page(title: string, body: string): string {
  return `---\ntitle: ${title}\ndescription: A page used by a build test.\naudience: [public]\n---\n\n${body}\n`;
}
