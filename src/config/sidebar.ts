import type { LocaleCode } from './locales.ts';

/** A sidebar group's label in every edition. */
type Labels = Record<LocaleCode, string>;

/** Turns per-edition labels into Starlight's `label` plus `translations`, keyed by `lang`. */
function group(labels: Labels, directory: string) {
  const { en, ...translations } = labels;
  return { label: en, translations, items: [{ autogenerate: { directory } }] };
}

/**
 * The sidebar: one group per part of the manual, filled from its folder in each edition.
 * Labels are written here for every edition, since a group label is not a page that can
 * fall back to English.
 */
export const sidebar = [
  group(
    {
      en: 'About mentoring',
      fi: 'Tietoa mentoroinnista',
      sv: 'Om mentorskap',
      nb: 'Om mentorarbeid',
      da: 'Om mentorarbejde',
      ar: 'عن الإرشاد',
      so: 'Ku saabsan la-talinta',
    },
    'about',
  ),
];
