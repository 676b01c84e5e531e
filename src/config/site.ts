import { inEveryEdition } from './edition-strings.ts';

/** The site's name in every edition (`site.title`), shown in the header and in page titles. */
export const siteTitle = inEveryEdition('site.title');
