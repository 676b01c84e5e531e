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

/** The CSP source expression that allows exactly this inline script or style text. */
export function cspHash(script: string): string {
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

/** Inline `<style>` elements of a page, as the browser hashes them. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body = '']) => body);
}

/** Keeps a directive's keywords and hosts, and allows exactly the given inline texts. */
function allowExactly(sources: string[], texts: string[]): string[] {
  const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
  return [...kept, ...new Set(texts.map(cspHash))];
}

/**
 * Makes a page's Content-Security-Policy cover exactly what is in it:
 *
 * - `script-src` allows the hash of every inline script on this page, and no others.
 *   Astro hashes only the scripts it bundles (not Starlight's inline ones), and writes
 *   the hashes of every page into every policy; `style-src` is trimmed the same way;
 * - moves the policy's `<meta>` tag to the top of `<head>`, right after the charset. A
 *   policy in a `<meta>` tag governs only what comes after it, and Astro writes it after
 *   Starlight's theme script and any `head` entries, which would then run unchecked.
 *
 * Throws when the page has no policy, since it would run without one.
 */
export function securePage(html: string): string {
  const match = CSP_META.exec(html);
  const csp = readCsp(html);
  if (!match || !csp) throw new Error('page has no Content-Security-Policy meta tag');
  csp.set('script-src', allowExactly(csp.get('script-src') ?? ["'self'"], inlineScripts(html)));
  const styleSrc = csp.get('style-src');
  if (styleSrc) csp.set('style-src', allowExactly(styleSrc, inlineStyles(html)));
  const content = [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  const meta = `<meta http-equiv="content-security-policy" content="${content}">`;

  const withoutPolicy = html.replace(match[0], '');
  const top = /<head[^>]*>\s*(<meta charset="[^"]*"\s*\/?>)?/i.exec(withoutPolicy);
  if (!top) throw new Error('page has no <head>');
  const at = top.index + top[0].length;
  return withoutPolicy.slice(0, at) + meta + withoutPolicy.slice(at);
}

/** The elements in `<head>` before the policy's `<meta>` tag, other than the charset: there should be none. */
export function elementsBeforePolicy(html: string): string[] {
  const head = /<head[^>]*>([\s\S]*?)<meta http-equiv="content-security-policy"/i.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<([a-z]+)\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => !/^<meta charset=/i.test(tag));
}
