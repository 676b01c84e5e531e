import type { AstroIntegration } from 'astro';

import { socialCardsEnabled } from '../social-cards/card.ts';

/**
 * Adds the routes that are not content pages. They live in `src/routes/` because, with
 * `srcDir: '.'`, Astro's own `pages/` folder would sit at the top of the repository
 * next to the content, where editors would mistake it for content.
 */
export function siteRoutes(): AstroIntegration {
  return {
    name: 'manual:site-routes',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        injectRoute({ pattern: '/', entrypoint: './src/routes/index.astro' });
        injectRoute({ pattern: '/translation-status', entrypoint: './src/routes/translation-status.astro' });
        injectRoute({
          pattern: '/[lang]/modules/[module]/present',
          entrypoint: './src/routes/present.astro',
        });
        // Cards are found through absolute addresses only: without SITE_URL none is drawn.
        if (socialCardsEnabled() && config.site)
          injectRoute({ pattern: '/og/[...card].png', entrypoint: './src/social-cards/route.ts' });
        // Read and deleted by the PDF step of the build (src/pdf-editions/integration.ts).
        injectRoute({ pattern: '/pdf-plan.json', entrypoint: './src/pdf-editions/plan.json.ts' });
      },
    },
  };
}
