import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import sharp from 'sharp';

import { DIST, builtHtml, sitePaths } from '../helpers/built-site.ts';

/** The `content` of every `<meta>` tag of a page, by its `property` or `name`. */
function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\b(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

/** The single value of a tag, failing when it is missing or written twice. */
function single(tags: Map<string, string[]>, key: string): string {
  const values = tags.get(key) ?? [];
  expect(values, `one ${key} tag`).toHaveLength(1);
  return values[0] ?? '';
}

/** Every page, projector views included: a trainer shares those links too. */
function sharedPaths(): string[] {
  return sitePaths();
}

describe('every page points to its own social card', () => {
  for (const path of sharedPaths()) {
    test(path, async () => {
      const tags = metaTags(builtHtml(path));
      const image = new URL(single(tags, 'og:image'));
      expect(single(tags, 'twitter:image')).toBe(image.href);
      expect(single(tags, 'twitter:card')).toBe('summary_large_image');
      // Same site as the page itself, and a file the build wrote.
      expect(image.origin).toBe(new URL(single(tags, 'og:url')).origin);
      expect(image.pathname).toMatch(/^\/og\/.+\.png$/);
      const file = new URL(image.pathname.slice(1), DIST);
      expect(existsSync(file), `${image.pathname} in dist/`).toBe(true);
      const { format, width, height } = await sharp(fileURLToPath(file)).metadata();
      expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 });
      expect(single(tags, 'og:image:width')).toBe('1200');
      expect(single(tags, 'og:image:height')).toBe('630');
      expect(single(tags, 'og:image:alt').length).toBeGreaterThan(5);
    });
  }
});

test('no two pages share a card: each shows its own title', () => {
  const byImage = new Map<string, string>();
  const paths = sharedPaths();
  for (const path of paths) {
    const image = metaTags(builtHtml(path)).get('og:image')?.[0] ?? `missing on ${path}`;
    expect(byImage.get(image), `${image} is the card of ${path}`).toBeUndefined();
    byImage.set(image, path);
  }
  expect(byImage.size).toBe(paths.length);
});

/**
 * The horizontal extent of the title's ink: the columns of the title band (between the
 * section line and the site's name) with white text on the dark card.
 */
async function titleInk(path: string): Promise<{ left: number; right: number }> {
  const { data, info } = await sharp(fileURLToPath(new URL(path.slice(1), DIST)))
    .extract({ left: 0, top: 150, width: 1200, height: 330 })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let left = info.width;
  let right = -1;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      if ((data[i] ?? 0) > 200 && (data[i + 1] ?? 0) > 200 && (data[i + 2] ?? 0) > 200) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  if (right < 0) throw new Error(`${path} has no title text`);
  return { left, right };
}

describe('cards follow the edition’s direction', () => {
  test('the English card’s title starts at the left margin', async () => {
    const { left, right } = await titleInk('/og/en/manual/building-trust.png');
    expect(left).toBeGreaterThanOrEqual(70);
    expect(left).toBeLessThan(100);
    expect(right).toBeLessThan(1130);
  });

  test('the Arabic card’s title starts at the right margin and leaves the left side free', async () => {
    const { left, right } = await titleInk('/og/ar.png');
    expect(right).toBeGreaterThan(1100);
    expect(right).toBeLessThanOrEqual(1130);
    expect(left).toBeGreaterThan(150);
  });

  test('an English page in the Arabic edition keeps its title on the Arabic side', async () => {
    const { right } = await titleInk('/og/ar/manual/building-trust.png');
    expect(right).toBeGreaterThan(1100);
  });
});
