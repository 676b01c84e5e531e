import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { cspHash, elementsBeforePolicy, inlineScripts, readCsp } from '../../src/utils/csp.ts';
import { DIST, builtHtml, sitePaths } from '../helpers/built-site.ts';

// The security policy as the build writes it. What the browser reports while pages run is
// checked in tests/e2e/page-sweep.spec.ts and tests/e2e/security.spec.ts.

describe('every page has a strict Content-Security-Policy', () => {
  for (const path of sitePaths()) {
    test(path, () => {
      const html = builtHtml(path);
      const csp = readCsp(html);
      if (!csp) throw new Error(`${path} has no Content-Security-Policy meta tag`);
      const scriptSrc = csp.get('script-src') ?? [];
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      // A policy in a <meta> tag governs only what comes after it.
      expect(elementsBeforePolicy(html)).toEqual([]);
      for (const script of inlineScripts(html)) {
        expect(scriptSrc, `hash of inline script: ${script.slice(0, 60)}…`).toContain(cspHash(script));
      }
    });
  }
});

test('the headers file for static hosts sets the security headers', () => {
  const headers = readFileSync(new URL('_headers', DIST), 'utf8');
  for (const line of [
    "Content-Security-Policy: frame-ancestors 'none'",
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: no-referrer',
    'Strict-Transport-Security: max-age=',
    'Permissions-Policy: ',
    'Cross-Origin-Opener-Policy: same-origin',
  ]) {
    expect(headers).toContain(line);
  }
});
