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
  const button = /<button\b[^>]*\bdata-open-modal\b[^>]*>[\s\S]*?<\/button>/.exec(html)?.[0];
  if (!button) fail('no <button data-open-modal> found');

  // Each edit finds one opening tag, whatever other attributes it carries (the dev
  // server adds some), and changes only that tag.
  const edits: [RegExp, (tag: string) => string, string][] = [
    [/^<button\b[^>]*>/, (tag) => tag.replace(/\saria-label="[^"]*"/, ''), 'aria-label on the button'],
    [
      /<span\b[^>]*\bclass="sl-hidden md:sl-block[^"]*"[^>]*\baria-hidden="true"[^>]*>/,
      (tag) =>
        tag
          .replace('class="sl-hidden md:sl-block', 'class="manual-search-label')
          .replace(/\saria-hidden="true"/, ''),
      'hidden label <span>',
    ],
    [
      /<kbd\b[^>]*\bclass="sl-hidden md:sl-flex[^"]*"[^>]*>/,
      (tag) => tag.replace('<kbd', '<kbd aria-hidden="true"'),
      'shortcut <kbd>',
    ],
  ];
  let relabelled = button;
  for (const [pattern, edit, what] of edits) {
    const tag = pattern.exec(relabelled)?.[0];
    if (!tag || (what.startsWith('aria-label') && !/\saria-label=/.test(tag))) fail(`${what} not found`);
    relabelled = relabelled.replace(tag, edit(tag));
  }
  return html.replace(button, relabelled);
}

function fail(reason: string): never {
  throw new Error(
    `Search.astro override: cannot relabel Starlight's search button (${reason}). ` +
      'Update src/utils/search-button.ts to the markup of the installed Starlight.',
  );
}
