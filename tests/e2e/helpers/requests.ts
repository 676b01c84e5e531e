import type { Page } from '@playwright/test';

import { PREVIEW_URL } from '../../helpers/built-site.ts';

const origin = new URL(PREVIEW_URL).origin;

/** Records every request the page makes that does not go to the site's own origin. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}
