import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

import { DIST, sitePaths } from '../helpers/built-site.ts';
import { FLAGGED_PHRASES } from '../helpers/safety-rules.ts';

// None of the phrasings reviewers stopped the first edition for, anywhere in the English site.

/** The visible text of a built page, without its markup, scripts and styles. */
function pageText(path: string): string {
  const file = new URL(`${path.slice(1)}${path.endsWith('/') ? 'index.html' : ''}`, DIST);
  return readFileSync(file, 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

test('no English page of the built site has a phrasing reviewers flagged', () => {
  const pages = sitePaths().filter((path) => path.startsWith('/en/'));
  expect(pages.length).toBeGreaterThan(100);
  const found = pages.flatMap((path) => {
    const text = pageText(path);
    return FLAGGED_PHRASES.flatMap(([pattern, why]) => {
      const match = pattern.exec(text)?.[0];
      return match ? [`${path}: "${match}" (${why})`] : [];
    });
  });
  expect(found).toEqual([]);
});
