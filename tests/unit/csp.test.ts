import { describe, expect, test } from 'vitest';

import { elementsBeforePolicy, inlineScripts, readCsp, cspHash, securePage } from '../../src/utils/csp.ts';

const policy = (scriptSrc: string) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${scriptSrc}; style-src 'self'">`;
const page = (head: string, body = '') =>
  `<html><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;

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
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('securing a page', () => {
  test('adds the hash of every inline script to script-src, once', () => {
    const html = page(policy("'self'"), '<script>go()</script><script>go()</script>');
    const csp = readCsp(securePage(html));
    expect(csp?.get('script-src')).toEqual(["'self'", cspHash('go()')]);
    expect(csp?.get('style-src')).toEqual(["'self'"]);
  });

  test('keeps hashes that are already there', () => {
    const html = page(policy(`'self' ${cspHash('go()')}`), '<script>go()</script>');
    expect(readCsp(securePage(html))?.get('script-src')).toEqual(["'self'", cspHash('go()')]);
  });

  test('moves the policy above everything else in <head> but the charset', () => {
    const html = page(`<script>theme()</script><link rel="stylesheet" href="/a.css">${policy("'self'")}`);
    expect(elementsBeforePolicy(html)).toEqual(['<script>', '<link rel="stylesheet" href="/a.css">']);
    const secured = securePage(html);
    expect(elementsBeforePolicy(secured)).toEqual([]);
    expect(
      secured.startsWith('<html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy"'),
    ).toBe(true);
    expect(secured.match(/content-security-policy/g)).toHaveLength(1);
  });

  test('refuses a page without a policy', () => {
    expect(() => securePage(page('', '<script>go()</script>'))).toThrow(/no Content-Security-Policy/);
  });
});
