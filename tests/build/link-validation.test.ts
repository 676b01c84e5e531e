import { describe, expect, test } from 'vitest';

import { buildFixtureSite, page } from '../helpers/fixture-site.ts';

// Each case builds a small copy of the site with one kind of bad link and checks that
// the build fails and says which page and which link. The last case proves that the
// fixture itself builds, so the failures come from the links and nothing else.
describe('internal link validation', () => {
  test('fails the build on a link to a page that does not exist', () => {
    const { status, output } = buildFixtureSite('broken-link', {
      'content/docs/en/guide.md': page('Guide', 'See [the missing chapter](/en/manual/no-such-chapter/).'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('en/guide.md');
    expect(output).toContain('/en/manual/no-such-chapter/');
  });

  test('fails the build on a link to a heading that does not exist', () => {
    const { status, output } = buildFixtureSite('broken-anchor', {
      'content/docs/en/guide.md': page('Guide', '## Listening\n\nSee [below](#no-such-heading).'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('en/guide.md');
    expect(output).toContain('#no-such-heading');
  });

  test('fails the build on a link that jumps to another edition', () => {
    const { status, output } = buildFixtureSite('other-edition', {
      'content/docs/fi/index.mdx': page('Koti', 'Lue [englanniksi](/en/).'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('fi/index.mdx');
    expect(output).toContain('/en/');
  });

  test('builds the same fixture when its links are sound', () => {
    const { status, output } = buildFixtureSite('sound-links', {
      'content/docs/en/guide.md': page('Guide', '## Listening\n\nSee [below](#listening) and [home](/en/).'),
    });
    expect(output).toContain('All internal links are valid');
    expect(status).toBe(0);
  });
});
