import type { AstroIntegration } from 'astro';

import { NO_SITE_ADDRESS_MESSAGE } from '../utils/site-address.ts';

/**
 * Says once, at the start of a build without a public address, what that build leaves
 * out (see `siteAddress`). The development server has no use for one and stays quiet.
 */
export function announceSiteAddress(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'manual:site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn(NO_SITE_ADDRESS_MESSAGE);
      },
    },
  };
}
