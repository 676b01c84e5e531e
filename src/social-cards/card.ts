/**
 * Social cards: the 1200×630 image a link to the manual shows when shared. This module
 * lays a card out as SVG (sharp turns it into PNG in `route.ts`).
 * It is pure, so the wrapping, escaping and direction choices are unit-tested.
 */

/**
 * `SOCIAL_CARDS=off` builds the site without cards or the tags that point to them: for
 * the small fixture sites of the build tests, which check other things and would spend
 * most of their time drawing cards.
 */
export function socialCardsEnabled(): boolean {
  return process.env['SOCIAL_CARDS'] !== 'off';
}

/** Size of a card: the one Open Graph and Twitter recommend for large previews. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Text direction. */
export type Dir = 'ltr' | 'rtl';

/** What a card shows, already in the right language. */
export interface CardText {
  /** Language and direction of the card's frame: the edition's. */
  lang: string;
  dir: Dir;
  /** The page title, with its own language and direction (English on a fallback page). */
  title: string;
  titleLang: string;
  titleDir: Dir;
  /** What kind of page or which part of the manual, such as "Exercise"; may be empty. */
  section: string;
  /** The edition's name in its own language, or every edition on the chooser. */
  edition: string;
  /** The manual's name in the edition's language. */
  siteTitle: string;
}

/**
 * Advance widths of Noto Sans Bold, in ems, measured from the font as rendered by sharp.
 * SVG has no line wrapping, so the card wraps titles itself and needs to know how wide
 * a line will be without a text layout engine at hand.
 */
const LATIN_WIDTHS: Record<string, number> = {
  a: 0.61,
  b: 0.64,
  c: 0.52,
  d: 0.64,
  e: 0.6,
  f: 0.39,
  g: 0.64,
  h: 0.66,
  i: 0.31,
  j: 0.31,
  k: 0.62,
  l: 0.31,
  m: 0.99,
  n: 0.66,
  o: 0.62,
  p: 0.64,
  q: 0.64,
  r: 0.46,
  s: 0.5,
  t: 0.44,
  u: 0.66,
  v: 0.57,
  w: 0.86,
  x: 0.58,
  y: 0.57,
  z: 0.49,
  A: 0.69,
  B: 0.68,
  C: 0.62,
  D: 0.74,
  E: 0.56,
  F: 0.55,
  G: 0.73,
  H: 0.77,
  I: 0.39,
  J: 0.34,
  K: 0.67,
  L: 0.57,
  M: 0.95,
  N: 0.82,
  O: 0.8,
  P: 0.63,
  Q: 0.8,
  R: 0.66,
  S: 0.56,
  T: 0.6,
  U: 0.76,
  V: 0.65,
  W: 0.97,
  X: 0.67,
  Y: 0.63,
  Z: 0.58,
  ' ': 0.26,
  '.': 0.29,
  ',': 0.29,
  ':': 0.29,
  ';': 0.29,
  '!': 0.29,
  '?': 0.48,
  "'": 0.27,
  '’': 0.22,
  '"': 0.48,
  '“': 0.45,
  '”': 0.45,
  '(': 0.34,
  ')': 0.34,
  '-': 0.33,
  '–': 0.5,
  '—': 1,
  '/': 0.42,
  '&': 0.75,
  '·': 0.29,
  æ: 0.92,
  Æ: 0.96,
  ø: 0.62,
  Ø: 0.8,
};
const DIGIT_WIDTH = 0.58;
/** Noto Sans Arabic Bold averages 0.49 em a character in running text; rounded up. */
const ARABIC_WIDTH = 0.52;
/** Anything else (other scripts, symbols): wide enough not to overflow. */
const OTHER_WIDTH = 0.7;

/** Width of one character in ems. Accented letters are as wide as their base letter. */
function charWidth(char: string): number {
  const known = LATIN_WIDTHS[char];
  if (known !== undefined) return known;
  if (char >= '0' && char <= '9') return DIGIT_WIDTH;
  const base = char.normalize('NFD')[0] ?? char;
  const baseWidth = LATIN_WIDTHS[base];
  if (baseWidth !== undefined) return baseWidth;
  const code = char.codePointAt(0) ?? 0;
  // Arabic letters and marks; combining marks add no width.
  if (/\p{M}/u.test(char)) return 0;
  if (code >= 0x0600 && code <= 0x06ff) return ARABIC_WIDTH;
  return OTHER_WIDTH;
}

/** Estimated width of a line of text set in the card's bold face, in pixels. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/** Measures a line of text in pixels. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits text into what a reader sees as characters, so a cut never strands an accent. */
function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/** Shortens a line until it fits with an ellipsis at its end. */
function withEllipsis(line: string, maxWidth: number, measure: Measure): string {
  let words = line.split(' ');
  // Drop whole words first: a title cut mid-word reads as a typo.
  while (words.length > 1 && measure(`${words.join(' ')}${ELLIPSIS}`) > maxWidth) words = words.slice(0, -1);
  let text = words.join(' ');
  // A single word still too long is cut by characters.
  while (text.length > 0 && measure(`${text}${ELLIPSIS}`) > maxWidth)
    text = graphemes(text).slice(0, -1).join('');
  return `${text.replace(/[\s,.:;–—-]+$/u, '')}${ELLIPSIS}`;
}

/** Breaks a word wider than a line into pieces that fit. */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of graphemes(word)) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Wraps text into at most `maxLines` lines no wider than `maxWidth`, breaking between
 * words. What does not fit ends the last line with an ellipsis. Returns the lines and
 * whether the text was shortened.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: Measure,
): { lines: string[]; truncated: boolean } {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((word) => (measure(word) > maxWidth ? breakWord(word, maxWidth, measure) : [word]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(' ');
  kept[maxLines - 1] = withEllipsis(rest, maxWidth, measure);
  return { lines: kept, truncated: true };
}

/**
 * Escapes text for an XML text node or a double-quoted attribute (the card quotes every
 * attribute with `"`, so an apostrophe in a title stays as it is).
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Where text starts on a line and how SVG should anchor it. In right-to-left text the
 * start is the right margin: `direction="rtl"` with `text-anchor="start"` lines it up
 * there, and bidirectional text (Latin words, digits, brackets) is ordered by the
 * renderer's bidi algorithm from a right-to-left paragraph.
 */
export function lineStart(
  dir: Dir,
  margin: number,
  width = CARD_WIDTH,
): { x: number; anchor: 'start' | 'end' } {
  return dir === 'rtl' ? { x: width - margin, anchor: 'start' } : { x: margin, anchor: 'start' };
}

/** The card's colours: the site's dark theme with its green accent, contrast well above 7:1. */
const COLOURS = {
  paper: '#15191d',
  ink: '#ffffff',
  muted: '#c9d1d9',
  accent: 'hsl(162, 64%, 32%)',
  accentHigh: 'hsl(162, 55%, 78%)',
};

/**
 * Fonts named one by one, with fallbacks: Noto Sans for Latin text, Noto Sans Arabic
 * (then Noto Naskh Arabic) for Arabic, DejaVu if Noto is missing. The renderer picks
 * the first family that has each character, so the order puts the card's script first.
 */
export function fontFamily(lang: string): string {
  const arabic = "'Noto Sans Arabic', 'Noto Naskh Arabic'";
  const latin = "'Noto Sans'";
  return lang === 'ar'
    ? `${arabic}, ${latin}, 'DejaVu Sans', sans-serif`
    : `${latin}, ${arabic}, 'DejaVu Sans', sans-serif`;
}

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
/** Title sizes to try, largest first: a short title in large type, a long one smaller. */
const TITLE_SIZES = [
  { fontSize: 68, maxLines: 3 },
  { fontSize: 56, maxLines: 4 },
] as const;

/**
 * Picks the largest title size at which the title fits; the smallest otherwise, with
 * the title cut by an ellipsis.
 */
export function layoutTitle(title: string, maxWidth = TEXT_WIDTH) {
  for (const size of TITLE_SIZES) {
    const wrapped = wrapText(title, maxWidth, size.maxLines, (text) => textWidth(text, size.fontSize));
    if (!wrapped.truncated) return { ...size, lines: wrapped.lines, truncated: false };
  }
  const last = TITLE_SIZES[TITLE_SIZES.length - 1] ?? TITLE_SIZES[0];
  const wrapped = wrapText(title, maxWidth, last.maxLines, (text) => textWidth(text, last.fontSize));
  return { ...last, lines: wrapped.lines, truncated: wrapped.truncated };
}

/** One line of text as an SVG element, set in the given language and direction. */
function textLine(
  content: string,
  options: {
    y: number;
    size: number;
    fill: string;
    lang: string;
    dir: Dir;
    weight?: number;
    x?: number;
    anchor?: string;
  },
): string {
  const start = lineStart(options.dir, MARGIN);
  const x = options.x ?? start.x;
  const anchor = options.anchor ?? start.anchor;
  return (
    `<text x="${x}" y="${options.y}" xml:lang="${escapeXml(options.lang)}" direction="${options.dir}" ` +
    `text-anchor="${anchor}" font-family="${escapeXml(fontFamily(options.lang))}" ` +
    `font-size="${options.size}" font-weight="${options.weight ?? 700}" fill="${options.fill}">` +
    `${escapeXml(content)}</text>`
  );
}

/** A single line cut to fit `maxWidth` at `fontSize`. */
function fitLine(text: string, fontSize: number, maxWidth: number): string {
  return wrapText(text, maxWidth, 1, (line) => textWidth(line, fontSize)).lines[0] ?? '';
}

/**
 * The card as an SVG document. The frame (section, edition, site title, accent bar)
 * follows the edition's direction; the title keeps its own language and direction but
 * starts on the same side as the frame, so the card reads as one column.
 */
export function cardSvg(card: CardText): string {
  const title = layoutTitle(card.title);
  const lineHeight = Math.round(title.fontSize * 1.2);
  const titleTop = 230;
  const frame = { lang: card.lang, dir: card.dir };
  // In either direction, `end` anchors text to the side where lines end.
  const end = { x: card.dir === 'rtl' ? MARGIN : CARD_WIDTH - MARGIN };
  // The section label and the edition share the top line: the edition at the end side.
  const editionSize = 28;
  const editionWidth = Math.min(textWidth(card.edition, editionSize), TEXT_WIDTH / 2);
  const sectionWidth = TEXT_WIDTH - editionWidth - 40;
  // The site's name shrinks rather than loses words, down to a size still easy to read.
  const footerSize = [30, 26, 22].find((size) => textWidth(card.siteTitle, size) <= TEXT_WIDTH - 28) ?? 22;
  const barX = card.dir === 'rtl' ? CARD_WIDTH - MARGIN - 8 : MARGIN;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" xml:lang="${escapeXml(card.lang)}" direction="${card.dir}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.paper}"/>`,
    `<rect x="0" y="0" width="${CARD_WIDTH}" height="16" fill="${COLOURS.accent}"/>`,
    card.section
      ? textLine(fitLine(card.section, 34, sectionWidth), {
          ...frame,
          y: 120,
          size: 34,
          fill: COLOURS.accentHigh,
        })
      : '',
    card.edition
      ? textLine(fitLine(card.edition, editionSize, TEXT_WIDTH / 2), {
          ...frame,
          y: 118,
          size: editionSize,
          fill: COLOURS.muted,
          weight: 400,
          x: end.x,
          anchor: 'end',
        })
      : '',
    ...title.lines.map((line, i) =>
      textLine(line, {
        lang: card.titleLang,
        dir: card.titleDir,
        y: titleTop + i * lineHeight,
        size: title.fontSize,
        fill: COLOURS.ink,
        // Start on the frame's side, whatever the title's own direction.
        x: lineStart(card.dir, MARGIN).x,
        anchor: card.dir === card.titleDir ? 'start' : 'end',
      }),
    ),
    `<rect x="${barX}" y="520" width="8" height="50" fill="${COLOURS.accent}"/>`,
    textLine(fitLine(card.siteTitle, footerSize, TEXT_WIDTH - 28), {
      ...frame,
      y: 556,
      size: footerSize,
      fill: COLOURS.muted,
      x: card.dir === 'rtl' ? CARD_WIDTH - MARGIN - 28 : MARGIN + 28,
    }),
    '</svg>',
  ];
  return parts.filter(Boolean).join('\n');
}

/** Looks up an interface string in the card's language, with `{{name}}` values filled in. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What the section label depends on: where a page is and its typed data. */
export interface SectionInput {
  /** Path inside an edition: `''` for its home, `exercises/circle-of-support`. */
  path: string;
  data: { type?: string; number?: number; module?: string; order?: number; kind?: string };
}

/**
 * The section line of a page's card: the kind of page for typed pages ("Exercise",
 * "Module 2 · Session 1", the tool's kind), the part of the manual for the others
 * ("Mentor's guide"), nothing for an edition's home. Labels come from the interface
 * strings and the sidebar's group names, so they are those the reader sees on the site.
 */
export function sectionLabel(
  page: SectionInput,
  moduleNumbers: ReadonlyMap<string, number>,
  t: Translate,
  groupLabel: (folder: string) => string | undefined,
): string {
  const { data } = page;
  const moduleLabel = (slug: string | undefined) => {
    const number = slug ? moduleNumbers.get(slug) : undefined;
    return number === undefined ? '' : t('module.label', { number });
  };
  switch (data.type) {
    case 'module':
      return data.number === undefined ? '' : t('module.label', { number: data.number });
    case 'session':
      return [moduleLabel(data.module), t('card.session', { order: data.order ?? '' })]
        .filter(Boolean)
        .join(' · ');
    case 'exercise':
      return t('card.exercise');
    case 'story':
      return t('card.story');
    case 'tool':
      return data.kind ? t(`toolKind.${data.kind}`) : (groupLabel('tools') ?? '');
  }
  const folder = page.path.split('/')[0] ?? '';
  return folder ? (groupLabel(folder) ?? '') : '';
}

/**
 * The card of a page, by the page's address: `/fi/about/` has `fi/about`, `/` has
 * `index`, the 404 page (`/404.html` or `/404/`) has `404`.
 */
export function cardKey(pathname: string): string {
  const key = pathname
    .replace(/\.html$/, '')
    .replace(/\/index$/, '')
    .replace(/^\/+|\/+$/g, '');
  return key || 'index';
}

/** Where a card is served: one PNG per page under `/og/`. */
export function cardPath(key: string): string {
  return `/og/${key}.png`;
}

/** What the card shows, as one sentence of alternative text, in reading order. */
export function cardAlt(card: CardText): string {
  return [card.section, card.title, card.edition, card.siteTitle].filter(Boolean).join(' · ');
}
