import { describe, expect, test } from 'vitest';

import { siteAddress } from '../../src/utils/site-address.ts';

describe('the public address from SITE_URL', () => {
  test('is the address of the site root, ending in /', () => {
    expect(siteAddress('https://manual.example.org')).toBe('https://manual.example.org/');
    expect(siteAddress(' https://manual.example.org/ ')).toBe('https://manual.example.org/');
  });
  test('is left out when SITE_URL is unset or empty', () => {
    expect(siteAddress(undefined)).toBeUndefined();
    expect(siteAddress('')).toBeUndefined();
    expect(siteAddress('  ')).toBeUndefined();
  });
  test('rejects what is not an address, naming the value and what was expected', () => {
    expect(() => siteAddress('manual.example.org')).toThrow(
      'SITE_URL is "manual.example.org": expected the site\'s public address, such as https://manual.example.org',
    );
    expect(() => siteAddress('ftp://manual.example.org')).toThrow(/expected an http or https address/);
  });
  test('rejects an address with a path, as the manual is served from the root', () => {
    expect(() => siteAddress('https://example.org/manual/')).toThrow(/without a path/);
  });
});
