import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// A space to write in is an element (<Blank />, <Lines />, src/components/forms/), never
// typed dots: Markdown's typography turns "....." into a single "…", which leaves no room
// to write, and dots would have to be kept through every translation.

const docs = new URL('../../content/docs/', import.meta.url);
const pages = readdirSync(docs, { recursive: true })
  .map(String)
  .filter((path) => path.endsWith('.mdx') || path.endsWith('.md'));

describe('write-in spaces', () => {
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  test.each(pages)('%s has no typed dots for writing in', (path) => {
    const text = readFileSync(new URL(path, docs), 'utf8');
    expect(text.match(/\.{4,}|…{2,}/g) ?? []).toEqual([]);
  });
});
