import type { LocaleCode } from './locales.ts';

/**
 * The parts of the manual, named in every edition, by their folder. The sidebar names its
 * groups with them and the social cards their section line; kept apart from the sidebar
 * because that reads files when the config loads, which the built site cannot.
 */
export const sectionNames = {
  about: {
    en: 'About mentoring',
    fi: 'Tietoa mentoroinnista',
    sv: 'Om mentorskap',
    nb: 'Om mentorarbeid',
    da: 'Om mentorarbejde',
    ar: 'عن الإرشاد',
    so: 'Ku saabsan la-talinta',
  },
  manual: {
    en: 'Mentor’s guide',
    fi: 'Mentorin opas',
    sv: 'Mentorns guide',
    nb: 'Mentorens veileder',
    da: 'Mentorens guide',
    ar: 'دليل المرشد',
    so: 'Hagaha lataliyaha',
  },
  training: {
    en: 'Training',
    fi: 'Koulutus',
    sv: 'Utbildning',
    nb: 'Opplæring',
    da: 'Uddannelse',
    ar: 'التدريب',
    so: 'Tababarka',
  },
  exercises: {
    en: 'Exercises',
    fi: 'Harjoitukset',
    sv: 'Övningar',
    nb: 'Øvelser',
    da: 'Øvelser',
    ar: 'التمارين',
    so: 'Layliyada',
  },
  tools: {
    en: 'Tools',
    fi: 'Työkalut',
    sv: 'Verktyg',
    nb: 'Verktøy',
    da: 'Værktøjer',
    ar: 'الأدوات',
    so: 'Qalabka',
  },
  stories: {
    en: 'Stories',
    fi: 'Tarinat',
    sv: 'Berättelser',
    nb: 'Fortellinger',
    da: 'Fortællinger',
    ar: 'قصص',
    so: 'Sheekooyin',
  },
  glossary: {
    en: 'Glossary',
    fi: 'Sanasto',
    sv: 'Ordlista',
    nb: 'Ordliste',
    da: 'Ordliste',
    ar: 'مسرد المصطلحات',
    so: 'Ereybixin',
  },
  downloads: {
    en: 'Downloads (PDF)',
    fi: 'Lataukset (PDF)',
    sv: 'Nedladdningar (PDF)',
    nb: 'Nedlastinger (PDF)',
    da: 'Downloads (PDF)',
    ar: 'التنزيلات (PDF)',
    so: 'Soo dejisashada (PDF)',
  },
} as const satisfies Record<string, Record<LocaleCode, string>>;

/** A folder that is a part of the manual with a name. */
export type SectionFolder = keyof typeof sectionNames;
