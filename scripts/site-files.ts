/**
 * What a copy of the site needs besides its content, for the build tests' fixture sites
 * (tests/helpers/fixture-site.ts) and the bench's seven-edition simulation (bench.ts). A
 * copy inside the repository finds the project's node_modules.
 */
export const SITE_FILES = [
  'astro.config.mjs',
  'content.config.ts',
  'tsconfig.json',
  'package.json',
  'src',
  'public',
];
