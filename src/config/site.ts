import type { LocaleCode } from './locales.ts';

/** The site's name in every edition, shown in the header and in page titles. */
export const siteTitle = {
  en: 'Resilient Communities Mentoring Manual',
  fi: 'Resilientit yhteisöt – mentoroinnin käsikirja',
  sv: 'Resilienta gemenskaper – handbok för mentorskap',
  nb: 'Robuste fellesskap – håndbok for mentorer',
  da: 'Robuste fællesskaber – håndbog i mentorarbejde',
  ar: 'مجتمعات صامدة – دليل الإرشاد المجتمعي',
  so: 'Bulshooyin Adkeysi leh – Hagaha Lataliyeyaasha Bulshada',
} as const satisfies Record<LocaleCode, string>;
