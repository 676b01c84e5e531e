import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url);
const guide = new URL('content/docs/en/manual/', root);
const chapters = existsSync(guide)
  ? readdirSync(guide)
      .filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
      .map((name) => ({ name, text: readFileSync(new URL(name, guide), 'utf8') }))
  : [];
const order = (text: string) => Number(/^sidebar:\s*\n\s+order:\s*(\d+)/m.exec(text)?.[1]);

// Every chapter of the mentor's guide has the same, predictable shape, so a mentor knows
// where to look: a summary first, something to act on, a worked example, then related
// pages and the key points.
describe('the mentor’s guide', () => {
  test('has fourteen chapters, numbered 1 to 14 in the sidebar', () => {
    expect(chapters.map(({ text }) => order(text)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 14 }, (_, i) => i + 1),
    );
  });

  test.each(chapters.map(({ name, text }) => [name, text]))(
    '%s opens with a summary, has a labelled composite example, and ends with related pages and key points',
    (_name, text) => {
      expect(text).toContain(':::note[In short]');
      expect(text).toMatch(/:::note\[Example \(a composite situation\)\]/);
      const headings = [...text.matchAll(/^## (.+)$/gm)].map(([, heading]) => heading);
      expect(headings).toContain('Related');
      expect(headings.at(-1)).toBe('Key points');
    },
  );
});

test('the glossary has at least forty terms', () => {
  const terms = readdirSync(new URL('content/glossary/en/', root)).filter((name) => name.endsWith('.yaml'));
  expect(terms.length).toBeGreaterThanOrEqual(40);
});
