/**
 * `/og/{page}.png`: the social card of every page, the image that a link to it shows when
 * shared (see `card.ts` for the layout). Built once per page with sharp,
 * which renders the SVG with the system's fonts through fontconfig.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';

import { cardSvg } from './card.ts';
import { cardKeys, cardText } from './pages.ts';

export const getStaticPaths = (async () =>
  (await cardKeys()).map((card) => ({ params: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const svg = cardSvg(await cardText(params['card'] ?? '', locals.t));
  // Default PNG compression: level 9 or a palette makes the build ten times slower for
  // files a third smaller.
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
