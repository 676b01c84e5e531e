import { describe, expect, test } from 'vitest';

import { sectionNames } from '../../src/config/sections.ts';
import { fill } from '../../src/utils/strings.ts';
import {
  CARD_WIDTH,
  cardAlt,
  cardKey,
  cardPath,
  cardSvg,
  escapeXml,
  fontFamily,
  layoutTitle,
  lineStart,
  sectionLabel,
  textWidth,
  wrapText,
  type CardText,
  type Translate,
} from '../../src/social-cards/card.ts';

/** Every character 10 px wide: line widths are easy to reason about. */
const tenPx = (text: string) => Array.from(text).length * 10;

describe('wrapping a title', () => {
  test('breaks between words so that no line is wider than the limit', () => {
    const { lines, truncated } = wrapText('one two three four five', 90, 4, tenPx);
    expect(lines).toEqual(['one two', 'three', 'four five']);
    expect(truncated).toBe(false);
    for (const line of lines) expect(tenPx(line)).toBeLessThanOrEqual(90);
  });

  test('ends the last line with an ellipsis when the text needs more lines', () => {
    const { lines, truncated } = wrapText('one two three four five six seven', 90, 2, tenPx);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('one two');
    expect(lines[1]).toBe('three…');
    expect(tenPx(lines[1] ?? '')).toBeLessThanOrEqual(90);
  });

  test('drops a trailing comma or dash before the ellipsis', () => {
    expect(wrapText('alpha, beta gamma delta', 70, 1, tenPx).lines).toEqual(['alpha…']);
  });

  test('cuts a word longer than a line into pieces rather than overflowing', () => {
    const { lines } = wrapText('Tietoturvakäytännöt ok', 100, 4, tenPx);
    expect(lines.every((line) => tenPx(line) <= 100)).toBe(true);
    expect(lines.join('')).toBe('Tietoturvakäytännötok');
  });

  test('keeps a short title on one line, unchanged, and an empty one empty', () => {
    expect(wrapText('  Circle of   support ', 1000, 3, tenPx)).toEqual({
      lines: ['Circle of support'],
      truncated: false,
    });
    expect(wrapText('', 1000, 3, tenPx)).toEqual({ lines: [], truncated: false });
  });

  test('sets a short title large and a long one smaller, on more lines, before cutting it', () => {
    const short = layoutTitle('Circle of support');
    const long = layoutTitle(
      'Talking with a young person who is drawn to extremist ideas: what helps, what to avoid, and when to ask for help',
    );
    expect(short.fontSize).toBeGreaterThan(long.fontSize);
    expect(long.lines.length).toBeGreaterThan(3);
    const endless = layoutTitle('word '.repeat(200));
    expect(endless.truncated).toBe(true);
    expect(endless.lines.at(-1)).toMatch(/…$/);
  });

  test('estimates wide letters wider than narrow ones, and Arabic letters as letters', () => {
    expect(textWidth('MMMM', 10)).toBeGreaterThan(textWidth('iiii', 10));
    expect(textWidth('åäö', 10)).toBeCloseTo(textWidth('aao', 10));
    expect(textWidth('دليل', 10)).toBeGreaterThan(15);
    expect(textWidth('', 10)).toBe(0);
  });
});

describe('escaping text for SVG', () => {
  test('escapes the characters that would end a text node or a quoted attribute', () => {
    expect(escapeXml(`Tom & Jerry's <"fight">`)).toBe("Tom &#38; Jerry's &#60;&#34;fight&#34;&#62;");
  });

  test('leaves no raw markup from a title in the card', () => {
    const svg = cardSvg(card({ title: '</text><script>alert(1)</script>', section: 'A & B' }));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('A &#38; B');
  });
});

/** A card with English defaults. */
function card(overrides: Partial<CardText> = {}): CardText {
  return {
    lang: 'en',
    dir: 'ltr',
    title: 'Circle of support',
    titleLang: 'en',
    titleDir: 'ltr',
    section: 'Exercise',
    edition: 'English',
    siteTitle: 'Resilient Communities Mentoring Manual',
    ...overrides,
  };
}

/** The attributes of the `<text>` element whose content is `content`. */
function textElement(svg: string, content: string): Record<string, string> {
  const match = [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].find(([, , text]) => text === content);
  if (!match) throw new Error(`No <text> with "${content}" in:\n${svg}`);
  return Object.fromEntries(
    [...(match[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k = '', v = '']) => [k, v]),
  );
}

describe('direction', () => {
  test('starts left-to-right lines at the left margin, right-to-left lines at the right', () => {
    expect(lineStart('ltr', 80)).toEqual({ x: 80, anchor: 'start' });
    expect(lineStart('rtl', 80)).toEqual({ x: CARD_WIDTH - 80, anchor: 'start' });
  });

  test('lays an Arabic card out right to left, in an Arabic font', () => {
    const svg = cardSvg(
      card({
        lang: 'ar',
        dir: 'rtl',
        title: 'دليل المرشد',
        titleLang: 'ar',
        titleDir: 'rtl',
        section: 'تمرين',
      }),
    );
    expect(svg).toMatch(/^<svg [^>]*xml:lang="ar" direction="rtl"/);
    const title = textElement(svg, 'دليل المرشد');
    expect(title).toMatchObject({ direction: 'rtl', 'text-anchor': 'start', 'xml:lang': 'ar' });
    expect(Number(title['x'])).toBeGreaterThan(CARD_WIDTH / 2);
    expect(title['font-family']).toMatch(/^'Noto Sans Arabic'/);
    // The edition's name sits at the end of the top line: the left, in Arabic.
    expect(Number(textElement(svg, 'English')['x'])).toBeLessThan(CARD_WIDTH / 2);
  });

  test('lays an English card out left to right', () => {
    const svg = cardSvg(card());
    const title = textElement(svg, 'Circle of support');
    expect(title).toMatchObject({ direction: 'ltr', 'text-anchor': 'start' });
    expect(Number(title['x'])).toBeLessThan(CARD_WIDTH / 2);
    expect(fontFamily('en')).toMatch(/^'Noto Sans',/);
  });

  test('sets an English title in an Arabic frame left to right, lined up on the right', () => {
    const svg = cardSvg(card({ lang: 'ar', dir: 'rtl', section: 'تمرين', edition: 'العربية' }));
    const title = textElement(svg, 'Circle of support');
    // Its own direction, so punctuation lands where English puts it, ending at the right margin.
    expect(title).toMatchObject({ direction: 'ltr', 'text-anchor': 'end', 'xml:lang': 'en' });
    expect(Number(title['x'])).toBeGreaterThan(CARD_WIDTH / 2);
    expect(textElement(svg, 'تمرين')).toMatchObject({ direction: 'rtl', 'xml:lang': 'ar' });
  });
});

describe('section labels', () => {
  const labels: Record<string, string> = {
    'module.label': 'Module {{number}}',
    'card.session': 'Session {{order}}',
    'card.exercise': 'Exercise',
    'card.story': 'Story',
    'toolKind.checklist': 'Checklist',
  };
  const t: Translate = (key, values = {}) => fill(labels[key] ?? `[${key}]`, values);
  const modules = new Map([['individual-and-community', 2]]);
  const group = (folder: string) =>
    Object.hasOwn(sectionNames, folder) ? sectionNames[folder as keyof typeof sectionNames].en : undefined;
  const label = (path: string, data: object) => sectionLabel({ path, data }, modules, t, group);

  test('names a typed page by its kind', () => {
    expect(label('exercises/circle-of-support', { type: 'exercise' })).toBe('Exercise');
    expect(label('stories/a-place-at-the-table', { type: 'story' })).toBe('Story');
    expect(label('tools/matching-checklist', { type: 'tool', kind: 'checklist' })).toBe('Checklist');
    expect(label('modules/individual-and-community', { type: 'module', number: 2 })).toBe('Module 2');
  });

  test('names a session by its module and place', () => {
    expect(
      label('modules/individual-and-community/x', {
        type: 'session',
        module: 'individual-and-community',
        order: 1,
      }),
    ).toBe('Module 2 · Session 1');
  });

  test('names other pages by the part of the manual, as the sidebar does', () => {
    expect(label('manual/building-trust', {})).toBe('Mentor’s guide');
    expect(label('about', {})).toBe('About mentoring');
    expect(label('training/community-mentor-training', { type: 'programme' })).toBe('Training');
    expect(label('exercises', {})).toBe('Exercises');
  });

  test('gives an edition home no section', () => {
    expect(label('', {})).toBe('');
  });
});

describe('addresses and alternative text', () => {
  test('gives every page address one card, the same with or without index.html', () => {
    expect(cardKey('/')).toBe('index');
    expect(cardKey('/fi/')).toBe('fi');
    expect(cardKey('/fi/about/')).toBe('fi/about');
    expect(cardKey('/fi/about/index.html')).toBe('fi/about');
    expect(cardKey('/404.html')).toBe('404');
    expect(cardKey('/404')).toBe('404');
    expect(cardPath('fi/about')).toBe('/og/fi/about.png');
  });

  test('describes the card with everything written on it', () => {
    expect(cardAlt(card())).toBe(
      'Exercise · Circle of support · English · Resilient Communities Mentoring Manual',
    );
    expect(cardAlt(card({ section: '', edition: '' }))).toBe(
      'Circle of support · Resilient Communities Mentoring Manual',
    );
  });
});
