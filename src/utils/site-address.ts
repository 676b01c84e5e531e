/**
 * The site's public address, from SITE_URL. Canonical links, language alternates, the
 * sitemap, social-card addresses and the web addresses printed in the PDFs are built from
 * it. Without it they are left out rather than pointed at a development server, which
 * nobody who reads a shared link or a printed page could open.
 */

/** Said once by a build without SITE_URL. */
export const NO_SITE_ADDRESS_MESSAGE =
  'SITE_URL is not set, so the pages carry no canonical or social-card addresses, there is ' +
  'no sitemap, and the PDFs print no web addresses. For a deployment, build with the public ' +
  'address: SITE_URL=https://manual.example.org npm run build';

/**
 * The public address from the value of SITE_URL, ending in `/`; `undefined` when unset or
 * empty.
 *
 * @throws when the value is not an http(s) address, naming the value and what was expected
 */
export function siteAddress(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL is "${value}": expected the site's public address, such as https://manual.example.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `SITE_URL is "${value}": expected an http or https address, such as https://manual.example.org`,
    );
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL is "${value}": expected the address of the site's root, without a path (the manual is served from /)`,
    );
  }
  return url.href;
}
