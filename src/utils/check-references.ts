import { defaultLocale } from '../config/locales.ts';
import { MODULE_SLUGS } from '../config/taxonomy.ts';
import { clockTime, MAX_MINUTES_WITHOUT_BREAK, minutesOfDay, stretchesWithoutBreak } from './format.ts';

/** What the checks need to know of a page or glossary term. */
export interface CheckedEntry {
  /** Id inside its collection, starting with the edition: `en/exercises/circle-of-support`. */
  id: string;
  /** Path of the file, for the message an editor reads. */
  filePath: string;
  data: Record<string, unknown>;
}

const typeOf = (entry: CheckedEntry | undefined) => entry?.data['type'];
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * Checks what a schema cannot see on its own: that entries point at entries that exist,
 * of the right type, and that every translation has an English source. Returns one
 * message per problem, each naming the file and the field, in the words of an editor.
 */
export function checkReferences(
  pages: CheckedEntry[],
  terms: CheckedEntry[] = [],
  sources: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const byId = new Map(pages.map((page) => [page.id, page]));
  const english = pages.filter((page) => page.id.startsWith(`${defaultLocale}/`));
  const expect = (page: CheckedEntry, field: string, id: string, type: string, what: string) => {
    const target = byId.get(`${defaultLocale}/${id}`);
    if (typeOf(target) !== type) {
      problems.push(
        `${page.filePath}: ${field}: no ${type} "${what}" (expected content/docs/${defaultLocale}/${id}.mdx)`,
      );
    }
    return target;
  };

  for (const page of english) {
    const { data } = page;
    const path = page.id.slice(defaultLocale.length + 1);
    if (data['type'] === 'module') {
      const slug = path.replace(/^modules\//, '');
      const index = MODULE_SLUGS.indexOf(slug as (typeof MODULE_SLUGS)[number]);
      if (index === -1 || !path.startsWith('modules/')) {
        problems.push(
          `${page.filePath}: a module must be content/docs/${defaultLocale}/modules/<module>/index.mdx, with <module> one of ${MODULE_SLUGS.join(', ')}`,
        );
        continue;
      }
      if (data['number'] !== index + 1) {
        problems.push(
          `${page.filePath}: number: ${slug} is module ${index + 1}, not ${String(data['number'])}`,
        );
      }
      for (const [i, session] of list(data['sessions']).entries()) {
        const target = expect(page, `sessions[${i}]`, `modules/${slug}/${session}`, 'session', session);
        if (target && target.data['order'] !== i + 1) {
          problems.push(
            `${target.filePath}: order: is ${String(target.data['order'])}, but the module lists this session as number ${i + 1}`,
          );
        }
      }
    }
    if (data['type'] === 'session') {
      const module = String(data['module']);
      const moduleId = `modules/${module}`;
      const parent = expect(page, 'module', moduleId, 'module', module);
      if (!path.startsWith(`${moduleId}/`)) {
        problems.push(
          `${page.filePath}: module: says "${module}", but the file is not in content/docs/${defaultLocale}/${moduleId}/`,
        );
      } else if (parent && !list(parent.data['sessions']).includes(path.slice(moduleId.length + 1))) {
        problems.push(
          `${parent.filePath}: sessions: does not list "${path.slice(moduleId.length + 1)}", which is in its folder`,
        );
      }
      for (const [i, exercise] of list(data['exercises']).entries()) {
        expect(page, `exercises[${i}]`, `exercises/${exercise}`, 'exercise', exercise);
      }
      const agenda = Array.isArray(data['agenda']) ? (data['agenda'] as Record<string, unknown>[]) : [];
      for (const [i, part] of agenda.entries()) {
        if (typeof part['exercise'] !== 'string') continue;
        const target = byId.get(`${defaultLocale}/exercises/${part['exercise']}`);
        const needed = Number(target?.data['duration']);
        if (typeOf(target) === 'exercise' && part['minutes'] !== needed) {
          problems.push(
            `${page.filePath}: agenda[${i}].minutes: gives ${String(part['minutes'])} minutes to ${part['exercise']}, which takes ${needed} with its debrief`,
          );
        }
      }
      for (const [i, tool] of list(data['tools']).entries()) {
        expect(page, `tools[${i}]`, `tools/${tool}`, 'tool', tool);
      }
    }
    if (data['type'] === 'programme') {
      const days = Array.isArray(data['days']) ? (data['days'] as Record<string, unknown>[]) : [];
      for (const [d, day] of days.entries()) {
        const parts = Array.isArray(day['parts']) ? (day['parts'] as Record<string, unknown>[]) : [];
        const timed: { minutes: number; break?: boolean }[] = [];
        for (const [p, part] of parts.entries()) {
          const field = `days[${d}].parts[${p}]`;
          let minutes = Number(part['minutes'] ?? 0);
          if (typeof part['session'] === 'string') {
            const session = expect(
              page,
              `${field}.session`,
              `modules/${part['session']}`,
              'session',
              part['session'],
            );
            minutes = Number(session?.data['duration'] ?? 0);
          }
          if (typeof part['exercise'] === 'string') {
            const exercise = part['exercise'];
            const target = expect(page, `${field}.exercise`, `exercises/${exercise}`, 'exercise', exercise);
            const needed = Number(target?.data['duration']);
            if (target && minutes < needed) {
              problems.push(
                `${page.filePath}: ${field}.minutes: gives ${minutes} minutes to ${exercise}, which takes ${needed} with its debrief`,
              );
            }
            if (target && data['ledBy'] === 'mentor' && target.data['runBy'] === 'trainer') {
              problems.push(
                `${page.filePath}: ${field}.exercise: ${exercise} is for trainers only (runBy: trainer), but mentors lead this programme`,
              );
            }
          }
          timed.push({ minutes, break: part['break'] === true });
        }
        const start = typeof day['start'] === 'string' ? minutesOfDay(day['start']) : 0;
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
    for (const [i, source] of list(page.data['sources']).entries()) {
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
    for (const [i, related] of list(term.data['related']).entries()) {
      if (!termIds.has(`${locale}/${related}`) && !termIds.has(`${defaultLocale}/${related}`)) {
        problems.push(
          `${term.filePath}: related[${i}]: no term "${related}" (expected content/glossary/${defaultLocale}/${related}.yaml)`,
        );
      }
    }
  }
  return problems;
}
