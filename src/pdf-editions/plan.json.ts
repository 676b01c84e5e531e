import type { APIRoute } from 'astro';

import { pdfPlan } from './documents.ts';

/**
 * `/pdf-plan.json`: which PDFs each edition has and which pages go into each, for the PDF
 * step of the build (`integration.ts`), which runs after Astro and has
 * no access to the content collections. That step reads this file and deletes it, so it
 * never reaches the published site.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(await pdfPlan()));
