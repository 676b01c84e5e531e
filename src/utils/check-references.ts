import { defaultLocale } from '../config/locales.ts';
import { MODULE_SLUGS } from '../config/taxonomy.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { isOfType, type DataOf, type EntryType, type PageData } from './page-data.ts';
import { clockTime, MAX_MINUTES_WITHOUT_BREAK, minutesOfDay, stretchesWithoutBreak } from './format.ts';

/** What the checks need to know of a page or glossary term. */
export interface CheckedEntry<Data = PageData> {
  /** Id inside its collection, starting with the edition: `en/exercises/circle-of-support`. */
  id: string;
  /** Path of the file, for the message an editor reads. */
  filePath: string;
  data: Data;
}

/**
 * Checks what a schema cannot see on its own: that entries point at entries that exist,
 * of the right type, and that every translation has an English source. Returns one
 * message per problem, each naming the file and the field, in the words of an editor.
 */
export function checkReferences(
  pages: CheckedEntry[],
  terms: CheckedEntry<Pick<GlossaryTerm, 'related'>>[] = [],
  sources: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const byId = new Map(pages.map((page) => [page.id, page]));
  const english = pages.filter((page) => page.id.startsWith(`${defaultLocale}/`));
  /** The English page a field names, when it is of the type the field expects. */
  const expect = <T extends EntryType>(
    page: CheckedEntry,
    field: string,
    id: string,
    type: T,
    what: string,
  ): CheckedEntry<DataOf<T>> | undefined => {
    const target = byId.get(`${defaultLocale}/${id}`);
    if (target && isOfType(target.data, type)) return { ...target, data: target.data };
    problems.push(
      `${page.filePath}: ${field}: no ${type} "${what}" (expected content/docs/${defaultLocale}/${id}.mdx)`,
    );
    return undefined;
  };
  /** The English exercise an agenda names, without a problem when there is none (`expect` reports it). */
  const exerciseAt = (slug: string) => {
    const target = byId.get(`${defaultLocale}/exercises/${slug}`);
    return target && isOfType(target.data, 'exercise') ? target.data : undefined;
  };

  for (const page of english) {
    const { data } = page;
    const path = page.id.slice(defaultLocale.length + 1);
    if (isOfType(data, 'module')) {
      const slug = path.replace(/^modules\//, '');
      const index = (MODULE_SLUGS as readonly string[]).indexOf(slug);
      if (index === -1 || !path.startsWith('modules/')) {
        problems.push(
          `${page.filePath}: a module must be content/docs/${defaultLocale}/modules/<module>/index.mdx, with <module> one of ${MODULE_SLUGS.join(', ')}`,
        );
        continue;
      }
      if (data.number !== index + 1) {
        problems.push(`${page.filePath}: number: ${slug} is module ${index + 1}, not ${data.number}`);
      }
      for (const [i, session] of data.sessions.entries()) {
        const target = expect(page, `sessions[${i}]`, `modules/${slug}/${session}`, 'session', session);
        if (target && target.data.order !== i + 1) {
          problems.push(
            `${target.filePath}: order: is ${target.data.order}, but the module lists this session as number ${i + 1}`,
          );
        }
      }
    }
    if (isOfType(data, 'session')) {
      const { module } = data;
      const moduleId = `modules/${module}`;
      const parent = expect(page, 'module', moduleId, 'module', module);
      const file = path.slice(moduleId.length + 1);
      if (!path.startsWith(`${moduleId}/`)) {
        problems.push(
          `${page.filePath}: module: says "${module}", but the file is not in content/docs/${defaultLocale}/${moduleId}/`,
        );
      } else if (parent && !parent.data.sessions.includes(file)) {
        problems.push(`${parent.filePath}: sessions: does not list "${file}", which is in its folder`);
      }
      for (const [i, exercise] of data.exercises.entries()) {
        expect(page, `exercises[${i}]`, `exercises/${exercise}`, 'exercise', exercise);
      }
      for (const [i, part] of data.agenda.entries()) {
        const exercise = part.exercise === undefined ? undefined : exerciseAt(part.exercise);
        if (exercise && part.minutes !== exercise.duration) {
          problems.push(
            `${page.filePath}: agenda[${i}].minutes: gives ${part.minutes} minutes to ${part.exercise}, which takes ${exercise.duration} with its debrief`,
          );
        }
      }
      for (const [i, tool] of data.tools.entries()) {
        expect(page, `tools[${i}]`, `tools/${tool}`, 'tool', tool);
      }
    }
    if (isOfType(data, 'programme')) {
      for (const [d, day] of data.days.entries()) {
        const timed: { minutes: number; break?: boolean }[] = [];
        for (const [p, part] of day.parts.entries()) {
          const field = `days[${d}].parts[${p}]`;
          let minutes = part.minutes ?? 0;
          if (part.session !== undefined) {
            const session = expect(
              page,
              `${field}.session`,
              `modules/${part.session}`,
              'session',
              part.session,
            );
            minutes = session?.data.duration ?? 0;
          }
          if (part.exercise !== undefined) {
            const { exercise } = part;
            const target = expect(page, `${field}.exercise`, `exercises/${exercise}`, 'exercise', exercise);
            if (target && minutes < target.data.duration) {
              problems.push(
                `${page.filePath}: ${field}.minutes: gives ${minutes} minutes to ${exercise}, which takes ${target.data.duration} with its debrief`,
              );
            }
            if (target && data.ledBy === 'mentor' && target.data.runBy === 'trainer') {
              problems.push(
                `${page.filePath}: ${field}.exercise: ${exercise} is for trainers only (runBy: trainer), but mentors lead this programme`,
              );
            }
          }
          timed.push({ minutes, break: part.break === true });
        }
        const start = minutesOfDay(day.start);
        for (const stretch of stretchesWithoutBreak(timed)) {
          problems.push(
            `${page.filePath}: days[${d}]: runs ${stretch.end - stretch.start} minutes without a break, ${clockTime(start + stretch.start)}–${clockTime(start + stretch.end)}; add a part with break: true at least every ${MAX_MINUTES_WITHOUT_BREAK} minutes`,
          );
        }
      }
    }
  }

  const sourceIds = new Set(sources);
  for (const page of pages) {
    for (const [i, source] of page.data.sources.entries()) {
      if (!sourceIds.has(source)) {
        problems.push(
          `${page.filePath}: sources[${i}]: no source "${source}" (expected content/sources/${source}.yaml)`,
        );
      }
    }
  }

  for (const page of pages) {
    if (page.id.startsWith(`${defaultLocale}/`) || page.id.split('/').length < 2) continue;
    const sourceId = `${defaultLocale}/${page.id.split('/').slice(1).join('/')}`;
    if (!byId.has(sourceId)) {
      problems.push(
        `${page.filePath}: a translation with no English source (expected content/docs/${sourceId}.md or .mdx); translate an existing page, or write the English page first`,
      );
    }
  }

  const termIds = new Set(terms.map((term) => term.id));
  for (const term of terms) {
    const [locale = '', name = ''] = term.id.split('/');
    if (locale !== defaultLocale && !termIds.has(`${defaultLocale}/${name}`)) {
      problems.push(
        `${term.filePath}: a glossary term with no English source (expected content/glossary/${defaultLocale}/${name}.yaml)`,
      );
    }
    for (const [i, related] of term.data.related.entries()) {
      if (!termIds.has(`${locale}/${related}`) && !termIds.has(`${defaultLocale}/${related}`)) {
        problems.push(
          `${term.filePath}: related[${i}]: no term "${related}" (expected content/glossary/${defaultLocale}/${related}.yaml)`,
        );
      }
    }
  }
  return problems;
}
