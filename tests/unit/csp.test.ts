import { describe, expect, test } from 'vitest';

import { allowInlineScripts, inlineScripts, readCsp, scriptHash } from '../../src/utils/csp.ts';

const meta = (scriptSrc: string) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${scriptSrc}; style-src 'self'">`;

describe('inline scripts', () => {
  test('finds classic and module scripts written into the page', () => {
    const html = '<script>a()</script><script type="module">b()</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  test('skips external scripts and JSON data blocks, which need no hash', () => {
    const html = '<script src="/x.js"></script><script type="application/ld+json">{}</script>';
    expect(inlineScripts(html)).toEqual([]);
  });

  test('hashes a script the way browsers do (SHA-256 of its exact text, base64)', () => {
    // Known value: the SHA-256 of the empty string.
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('allowing inline scripts in a page’s policy', () => {
  test('adds the hash of every inline script to script-src, once', () => {
    const html = `<head>${meta("'self'")}</head><script>go()</script><script>go()</script>`;
    const csp = readCsp(allowInlineScripts(html));
    expect(csp?.get('script-src')).toEqual(["'self'", scriptHash('go()')]);
    expect(csp?.get('style-src')).toEqual(["'self'"]);
  });

  test('leaves a page whose scripts are already allowed untouched', () => {
    const html = `<head>${meta(`'self' ${scriptHash('go()')}`)}</head><script>go()</script>`;
    expect(allowInlineScripts(html)).toBe(html);
  });

  test('refuses a page with inline scripts and no policy', () => {
    expect(() => allowInlineScripts('<script>go()</script>')).toThrow(/no Content-Security-Policy/);
  });
});
