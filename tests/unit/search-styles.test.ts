import { readFileSync } from 'node:fs';

import { expect, test } from 'vitest';

// The search component is ours (it loads the search interface on intent), its styles are
// Starlight's, copied: when an upgrade changes them, the copy must follow.
const ours = [
  readFileSync(new URL('../../src/components/starlight/Search.astro', import.meta.url), 'utf8'),
  `<style is:global>${readFileSync(new URL('../../src/components/search/search-interface.css', import.meta.url), 'utf8')}</style>`,
].join('\n');
const theirs = readFileSync(
  new URL('../../node_modules/@astrojs/starlight/dist/components/Search.astro', import.meta.url),
  'utf8',
);

/** The `<style>` blocks of a component, whitespace ignored. */
const styles = (component: string) =>
  [...component.matchAll(/<style( is:global)?>([\s\S]*?)<\/style>/g)].map(
    ([, global = '', css = '']) =>
      `${global}${css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .trim()}`,
  );

test('the search dialog is styled as the installed Starlight styles it', () => {
  const copied = styles(ours);
  expect(styles(theirs).length).toBeGreaterThan(0);
  for (const block of styles(theirs)) expect(copied).toContain(block);
});
