import { inEveryEdition } from './edition-strings.ts';
import type { LocaleCode } from './locales.ts';

/** The folders of the parts, in the sidebar's order. */
const SECTION_FOLDERS = [
  'about',
  'manual',
  'training',
  'exercises',
  'tools',
  'stories',
  'glossary',
  'downloads',
] as const;

/**
 * The parts of the manual, named in every edition (`section.<folder>` in the edition's
 * strings), by their folder. The sidebar names its groups with them and the social cards
 * their section line.
 */
export const sectionNames = Object.fromEntries(
  SECTION_FOLDERS.map((folder) => [folder, inEveryEdition(`section.${folder}`)]),
) as Record<(typeof SECTION_FOLDERS)[number], Record<LocaleCode, string>>;

/** A folder that is a part of the manual with a name. */
export type SectionFolder = keyof typeof sectionNames;
