import { createHash } from 'node:crypto';

/** The `<meta http-equiv="content-security-policy">` tag Astro writes into each page. */
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

/** Classic and module scripts written inline; JSON data blocks are not subject to CSP. */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** Returns the text of every inline script in a page that the browser would execute. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    scripts.push(body);
  }
  return scripts;
}

/** The CSP source expression that allows exactly this script text. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** Reads a page's CSP meta tag as a map of directive name to its sources. */
export function readCsp(html: string): Map<string, string[]> | undefined {
  const content = CSP_META.exec(html)?.[1];
  if (content === undefined) return undefined;
  const directives = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * Adds the hash of every inline script in `html` to the `script-src` of its CSP meta
 * tag. Returns the page unchanged when every script is already allowed. Throws when the
 * page has inline scripts but no policy to add them to, since that page would run
 * without one.
 */
export function allowInlineScripts(html: string): string {
  const scripts = inlineScripts(html);
  if (scripts.length === 0) return html;
  const match = CSP_META.exec(html);
  const csp = readCsp(html);
  if (!match || !csp) throw new Error('page has inline scripts but no Content-Security-Policy meta tag');
  const scriptSrc = csp.get('script-src') ?? ["'self'"];
  const missing = [...new Set(scripts.map(scriptHash))].filter((hash) => !scriptSrc.includes(hash));
  if (missing.length === 0) return html;
  csp.set('script-src', [...scriptSrc, ...missing]);
  const content = [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  return html.replace(match[0], `<meta http-equiv="content-security-policy" content="${content}">`);
}
