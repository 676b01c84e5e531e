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
  group(
    {
      en: 'Mentor’s guide',
      fi: 'Mentorin opas',
      sv: 'Mentorns guide',
      nb: 'Mentorens veileder',
      da: 'Mentorens guide',
      ar: 'دليل المرشد',
      so: 'Hagaha lataliyaha',
    },
    'manual',
  ),
  group(
    {
      en: 'Training modules',
      fi: 'Koulutusmoduulit',
      sv: 'Utbildningsmoduler',
      nb: 'Opplæringsmoduler',
      da: 'Undervisningsmoduler',
      ar: 'وحدات التدريب',
      so: 'Qaybaha tababarka',
    },
    'modules',
  ),
  group(
    {
      en: 'Exercises',
      fi: 'Harjoitukset',
      sv: 'Övningar',
      nb: 'Øvelser',
      da: 'Øvelser',
      ar: 'التمارين',
      so: 'Layliyada',
    },
    'exercises',
  ),
  group(
    {
      en: 'Tools',
      fi: 'Työkalut',
      sv: 'Verktyg',
      nb: 'Verktøy',
      da: 'Værktøjer',
      ar: 'الأدوات',
      so: 'Qalabka',
    },
    'tools',
  ),
  group(
    {
      en: 'Stories',
      fi: 'Tarinat',
      sv: 'Berättelser',
      nb: 'Fortellinger',
      da: 'Fortællinger',
      ar: 'قصص',
      so: 'Sheekooyin',
    },
    'stories',
  ),
  group(
    {
      en: 'Glossary',
      fi: 'Sanasto',
      sv: 'Ordlista',
      nb: 'Ordliste',
      da: 'Ordliste',
      ar: 'مسرد المصطلحات',
      so: 'Ereybixin',
    },
    'glossary',
  ),
];
