// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';

import { defaultLocale, locales } from './src/config/locales.ts';
import { sidebar } from './src/config/sidebar.ts';
import { siteTitle } from './src/config/site.ts';
import { completeCsp } from './src/integrations/complete-csp.ts';
import { offlineEditions } from './src/offline/integration.ts';
import { pdfEditions } from './src/pdf-editions/integration.ts';
import { announceSiteAddress } from './src/integrations/site-address.ts';
import { siteRoutes } from './src/integrations/site-routes.ts';
import { rehypeRequireAlt, requireAltText } from './src/plugins/rehype-require-alt.ts';
import { rehypeSessionParts } from './src/plugins/rehype-session-parts.ts';
import { rehypeStableHeadingIds } from './src/plugins/rehype-stable-heading-ids.ts';
import { rehypeTaskListLabels } from './src/plugins/rehype-task-list-labels.ts';
import { siteAddress } from './src/utils/site-address.ts';

// Astro's anonymous usage reports are on unless switched off. This project sends
// nothing about the people who build it, as the site sends nothing about its readers.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

// The public address the site is served from (SITE_URL). Canonical links, the sitemap,
// social-card addresses and the PDFs' web addresses use it; without it they are left out,
// never pointed at a development server (see src/utils/site-address.ts).
const site = siteAddress(process.env.SITE_URL);

// "Edit page" links open a page's source file in the repository's web editor. Set
// EDIT_BASE_URL to the address of the repository's root folder for editing, such as
// https://github.com/<owner>/<repo>/edit/main/ ; without it the links are left out.
const editBaseUrl = process.env.EDIT_BASE_URL;

export default defineConfig({
  ...(site ? { site } : {}),
  // Content sits at the top of the repository for editors (content/docs, content/i18n);
  // code stays in src/. See README "Folder map".
  srcDir: '.',
  trailingSlash: 'always',
  // A manual has no code listings; Shiki's inline styles would need a weaker CSP.
  markdown: {
    syntaxHighlight: false,
    rehypePlugins: [rehypeRequireAlt, rehypeTaskListLabels, rehypeSessionParts, rehypeStableHeadingIds],
  },
  // Styles as files, never inline <style>: Astro hashes the inline styles of pages but not
  // those of components used inside MDX, which the CSP would then block.
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The service worker that keeps editions offline (src/offline/): this site's only.
        "worker-src 'self'",
      ],
      // Pagefind's search runs WebAssembly. Hashes of Astro's bundled scripts are added
      // by Astro; those of Starlight's inline scripts by `completeCsp` below.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Starlight sets a few `style` attributes; allow those, never inline <style> elements.
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    starlight({
      title: siteTitle,
      defaultLocale,
      locales,
      // A manual has no code listings: Expressive Code would only add CSS, JS and
      // inline styles that the Content-Security-Policy would have to allow.
      expressiveCode: false,
      favicon: '/favicon.svg',
      customCss: ['./src/styles/theme.css', './src/styles/safety.css'],
      ...(editBaseUrl ? { editLink: { baseUrl: editBaseUrl } } : {}),
      sidebar,
      components: {
        Search: './src/components/starlight/Search.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        Footer: './src/components/starlight/Footer.astro',
        FallbackContentNotice: './src/components/starlight/FallbackContentNotice.astro',
      },
      routeMiddleware: './src/route-data.ts',
      plugins: [
        starlightLinksValidator({
          // Editions fall back to English page by page, so a link to a page that is
          // not translated yet is fine; a link that jumps to another edition is not.
          errorOnFallbackPages: false,
          errorOnInconsistentLocale: true,
        }),
      ],
    }),
    mdx(),
    siteRoutes(),
    announceSiteAddress(),
    completeCsp(),
    requireAltText(),
    // After completeCsp: prints the finished pages. MANUAL_PDF=off skips it.
    pdfEditions(),
    // Last: lists the finished files each edition keeps offline, and writes the worker.
    offlineEditions(),
  ],
});
