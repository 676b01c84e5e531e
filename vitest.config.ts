/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run on Astro's own Vite config, so `astro:*` modules and the project's
// aliases resolve as they do in the build.
export default getViteConfig({
  test: {
    // tests/site/ reads the built site in dist/: `npm run test:site`, after the build.
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/site/**/*.test.ts'],
    // Build tests run a whole Astro build of a small fixture site.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
