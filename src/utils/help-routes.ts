/**
 * How help routes are shown: dialable phone links, opening hours in the reader's language,
 * and the emergency numbers of the four countries in one line. Pure functions, so that
 * the components stay small and this logic is unit-tested.
 */
import type { Country, Emergency, Weekday } from '../config/taxonomy.ts';
import { EMERGENCIES, WEEKDAYS } from '../config/taxonomy.ts';
import { intlLocale } from './strings.ts';

/** International calling codes of the countries the manual covers. */
const CALLING_CODES: Record<Country, string> = { fi: '358', se: '46', no: '47', dk: '45' };

/**
 * A `tel:` address for a number as a service writes it. Short national numbers (112,
 * 116 123, 114 14, 02800) only work inside the country and stay as they are; full numbers
 * get the country code, so they work from a foreign phone too. In Finland and Sweden a
 * full number starts with the trunk 0, which the international form drops; Norwegian and
 * Danish numbers have eight digits and no trunk.
 */
export function telHref(country: Country, phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  const code = CALLING_CODES[country];
  const hasTrunk = country === 'fi' || country === 'se';
  const isFull = hasTrunk ? digits.startsWith('0') && digits.length >= 7 : digits.length === 8;
  if (!isFull) return `tel:${digits}`;
  return `tel:+${code}${hasTrunk ? digits.slice(1) : digits}`;
}

/** Opening hours: some days, from one time to another. */
export interface OpeningHours {
  days: readonly Weekday[];
  from: string;
  to: string;
}

/** Groups a list of days into runs of consecutive days: mon tue wed fri → [mon–wed], [fri]. */
export function dayRuns(days: readonly Weekday[]): Weekday[][] {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last) + 1) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

/** 1 January 2024 was a Monday: a day to name each weekday from. */
const weekdayDate = (day: Weekday) => new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12));

/** The time of day '09:30' written as the reader's language writes it ("9.30" in Finnish). */
export function formatTime(time: string, lang: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(intlLocale(lang), {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, 0, 1, hours % 24, minutes)));
}

/**
 * Opening hours as the reader's language writes them: "Monday–Friday 09:00–15:00". Runs of
 * three or more days are written as a range; two days are listed. `range` writes a range in
 * the language (the interface string `time.range`: Arabic «من … إلى …», since a dash
 * between two times reads either way in right-to-left text).
 */
export function formatHours(
  hours: readonly OpeningHours[],
  lang: string,
  range: (from: string, to: string) => string = (from, to) => `${from}–${to}`,
): string[] {
  const weekday = new Intl.DateTimeFormat(intlLocale(lang), { weekday: 'long', timeZone: 'UTC' });
  const list = new Intl.ListFormat(intlLocale(lang), { type: 'unit', style: 'narrow' });
  return hours.map(({ days, from, to }) => {
    const names = dayRuns(days).map((run) => {
      const first = weekday.format(weekdayDate(run[0] ?? 'mon'));
      const last = weekday.format(weekdayDate(run.at(-1) ?? 'mon'));
      if (run.length === 1) return first;
      return run.length === 2 ? list.format([first, last]) : range(first, last);
    });
    return `${list.format(names)} ${range(formatTime(from, lang), formatTime(to, lang))}`;
  });
}

/** An emergency number and what it answers for. */
export interface EmergencyNumber {
  country: Country;
  phone: string;
  covers: readonly Emergency[];
}

/** True when one number answers for every kind of emergency, as 112 does outside Norway. */
export function coversAll(covers: readonly Emergency[]): boolean {
  return EMERGENCIES.every((emergency) => covers.includes(emergency));
}

/** Countries that share the same emergency numbers, and those numbers. */
export interface EmergencyGroup {
  countries: Country[];
  numbers: { phone: string; covers: readonly Emergency[] }[];
}

/**
 * Gathers the emergency numbers by country, then puts together the countries whose
 * numbers are the same, in the order given: "Finland, Sweden, Denmark: 112. Norway: 112
 * police, 113 medical emergencies, 110 fire."
 */
export function groupEmergencyNumbers(numbers: readonly EmergencyNumber[]): EmergencyGroup[] {
  // Police first, then medical emergencies, then fire, as a reader looks for them; the
  // sort is stable, so countries keep the order they came in.
  const rank = ({ covers }: EmergencyNumber) => EMERGENCIES.indexOf(covers[0] ?? 'fire');
  const byCountry = new Map<Country, EmergencyGroup['numbers']>();
  for (const { country, phone, covers } of [...numbers].sort((a, b) => rank(a) - rank(b))) {
    byCountry.set(country, [...(byCountry.get(country) ?? []), { phone, covers }]);
  }
  const groups: EmergencyGroup[] = [];
  for (const [country, list] of byCountry) {
    const key = JSON.stringify(list);
    const same = groups.find((group) => JSON.stringify(group.numbers) === key);
    if (same) same.countries.push(country);
    else groups.push({ countries: [country], numbers: list });
  }
  return groups;
}

/** The language a country's services write their names in, for the `lang` of those names. */
export function countryLanguage(country: Country): string {
  return { fi: 'fi', se: 'sv', no: 'nb', dk: 'da' }[country];
}

/** The name of a country in the reader's language, from the browser's own data. */
export function countryName(country: Country, lang: string): string {
  return new Intl.DisplayNames([intlLocale(lang)], { type: 'region' }).of(country.toUpperCase()) ?? country;
}

/** The name of a language in the reader's language. */
export function languageName(code: string, lang: string): string {
  return new Intl.DisplayNames([intlLocale(lang)], { type: 'language' }).of(code) ?? code;
}

/** A list joined as the reader's language joins one: "Finland, Sweden and Denmark". */
export function formatList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format(items);
}
