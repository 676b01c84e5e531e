/**
 * Names Starlight's "open search" button by its visible label instead of an
 * `aria-label`, so the accessible name and the visible text agree (WCAG 2.5.3):
 *
 * - the button's `aria-label` is removed;
 * - the label text, which Starlight hides from assistive technology and removes on
 *   narrow screens, is exposed, and only hidden visually there (`manual-search-label`);
 * - the keyboard shortcut is hidden from assistive technology, which learns it from
 *   the button's `aria-keyshortcuts`.
 *
 * Throws when the markup no longer looks as expected, so a Starlight upgrade that
 * changes it fails the build instead of silently undoing the fix.
 */
export function relabelSearchButton(html: string): string {
  const button = /<button data-open-modal\b[^>]*>[\s\S]*?<\/button>/.exec(html)?.[0];
  if (!button) fail('no <button data-open-modal> found');

  const edits: [RegExp, string, string][] = [
    [/^(<button[^>]*?) aria-label="[^"]*"/, '$1', 'aria-label on the button'],
    [
      /<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true">/,
      '<span class="manual-search-label$1">',
      'hidden label <span>',
    ],
    [
      /<kbd class="sl-hidden md:sl-flex/,
      '<kbd aria-hidden="true" class="sl-hidden md:sl-flex',
      'shortcut <kbd>',
    ],
  ];
  let relabelled = button;
  for (const [pattern, replacement, what] of edits) {
    if (!pattern.test(relabelled)) fail(`${what} not found`);
    relabelled = relabelled.replace(pattern, replacement);
  }
  return html.replace(button, relabelled);
}

function fail(reason: string): never {
  throw new Error(
    `Search.astro override: cannot relabel Starlight's search button (${reason}). ` +
      'Update src/utils/search-button.ts to the markup of the installed Starlight.',
  );
}
