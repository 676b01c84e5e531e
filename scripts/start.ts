/**
 * `npm start`: builds the site and serves it, the first thing anyone runs on a fresh
 * machine. It prints the PDF editions when a Chromium is there and otherwise says, in one
 * line, how to get them, rather than failing (MANUAL_PDF=auto). `npm run build`, the
 * deployment build, still fails without a browser.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/.bin/astro', import.meta.url));
const env = { ...process.env, MANUAL_PDF: process.env['MANUAL_PDF'] ?? 'auto' };

const build = spawnSync(astro, ['build'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const preview = spawnSync(astro, ['preview', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
process.exit(preview.status ?? 0);
