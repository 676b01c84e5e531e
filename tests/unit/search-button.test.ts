import { describe, expect, test } from 'vitest';

import { relabelSearchButton } from '../../src/utils/search-button.ts';

// The button as Starlight 0.42 renders it (scoped class names shortened).
const stock =
  '<site-search><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="astro-x">' +
  '<svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block astro-x" aria-hidden="true">Search</span>' +
  '<kbd class="sl-hidden md:sl-flex astro-x" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>' +
  '<dialog aria-label="Search"></dialog></site-search>';

describe('relabelling the search button', () => {
  const html = relabelSearchButton(stock);
  const button = html.slice(0, html.indexOf('</button>'));

  test('removes the aria-label that differs from the visible text', () => {
    expect(button).not.toContain('aria-label=');
    expect(button).toContain('aria-keyshortcuts="Control+K"');
  });

  test('exposes the visible label as the button’s name', () => {
    expect(button).toContain('<span class="manual-search-label astro-x">Search</span>');
  });

  test('hides the shortcut keys from assistive technology', () => {
    expect(button).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex');
  });

  test('leaves the rest of the markup alone', () => {
    expect(html).toContain('<dialog aria-label="Search"></dialog>');
  });

  test('works on the development server’s markup, which adds attributes', () => {
    const dev = stock.replaceAll(/<(button|span|kbd)\b/g, '<$1 data-astro-source-file="x.astro"');
    const relabelled = relabelSearchButton(dev);
    expect(relabelled).toContain('class="manual-search-label astro-x">Search</span>');
    expect(relabelled.slice(0, relabelled.indexOf('</button>'))).not.toContain('aria-label=');
  });

  test('fails loudly when Starlight’s markup changes', () => {
    expect(() => relabelSearchButton(stock.replace('aria-hidden="true">Search', '>Search'))).toThrow(
      /Search\.astro override: .*hidden label/,
    );
    expect(() => relabelSearchButton('<button>Search</button>')).toThrow(/no <button data-open-modal>/);
  });
});
