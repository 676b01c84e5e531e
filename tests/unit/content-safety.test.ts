import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const contentDir = fileURLToPath(new URL('../../content/docs/', import.meta.url));
const pages = readdirSync(contentDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));

/**
 * Pages are text. Scripts, event handlers and embeds from other sites belong in reviewed
 * components, never in content: the build would hash an inline script into the page's
 * Content-Security-Policy, and an embed would send readers' requests elsewhere.
 */
const FORBIDDEN: [RegExp, string][] = [
  [/<script\b/i, 'a <script> element'],
  [/<[a-z][^>]*\son[a-z]+\s*=/i, 'an inline event handler (onclick=…)'],
  [/<(iframe|embed|object)\b/i, 'an embedded frame or object'],
  [/\bsrc\s*=\s*["']?(https?:)?\/\//i, 'a resource loaded from another site'],
];

describe('content pages', () => {
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  test.each(pages.map((file) => [relative(contentDir, file), file]))(
    '%s has no scripts, event handlers or embeds',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      for (const [pattern, what] of FORBIDDEN) expect(pattern.test(text), `contains ${what}`).toBe(false);
    },
  );
});
