/**
 * The progression tool's record: goals a mentor and mentee agree, and at each meeting a
 * rating of a few areas of life with a short note. It lives only in the browser; this
 * module reads, checks and draws it, and has no access to the page, so it can be tested
 * on its own.
 */

/** The areas rated at each meeting, in the order they are shown. */
export const AREAS = ['wellbeing', 'relationships', 'school-or-work', 'trust', 'conflict'] as const;
export type Area = (typeof AREAS)[number];

/** A rating from 1 (hard) to 5 (going well), or null when the area was not rated. */
export type Rating = 1 | 2 | 3 | 4 | 5 | null;

export interface Meeting {
  /** The day of the meeting, YYYY-MM-DD. */
  date: string;
  ratings: Record<Area, Rating>;
  note: string;
}

export interface ProgressRecord {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Initials at most: the tool never asks for a name. */
  initials: string;
  goals: string[];
  meetings: Meeting[];
}

/** Marks a file as this tool's, so a file from anywhere else is refused. */
export const FORMAT = 'resilient-communities-progression';
export const VERSION = 1;

/** Limits that keep a record small and free of anything but short notes. */
export const LIMITS = {
  initials: 4,
  goals: 10,
  goalLength: 300,
  meetings: 500,
  noteLength: 1000,
  fileBytes: 1_000_000,
} as const;

export function emptyRecord(): ProgressRecord {
  return { format: FORMAT, version: VERSION, initials: '', goals: [], meetings: [] };
}

/** Why a file was refused, as a key of the interface strings plus the detail to show. */
export interface Refusal {
  reason: 'notJson' | 'foreign' | 'newer' | 'damaged' | 'tooLarge';
  detail?: string;
}

export type ReadResult = { ok: true; record: ProgressRecord } | { ok: false; refusal: Refusal };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A real calendar day, written YYYY-MM-DD. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isRating = (value: unknown): value is Rating =>
  value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);

/**
 * Checks data that claims to be a record (from a file or from storage). Returns the
 * record, or the first thing found wrong with it. Nothing is repaired or guessed: a
 * record is taken whole or not at all, so the data already in the tool stays as it was.
 */
export function checkRecord(data: unknown): ReadResult {
  const damaged = (detail: string): ReadResult => ({ ok: false, refusal: { reason: 'damaged', detail } });
  if (!isObject(data) || data['format'] !== FORMAT) return { ok: false, refusal: { reason: 'foreign' } };
  if (typeof data['version'] !== 'number') return damaged('version');
  if (data['version'] > VERSION) return { ok: false, refusal: { reason: 'newer' } };
  if (data['version'] !== VERSION) return damaged('version');
  const { initials, goals, meetings } = data;
  if (typeof initials !== 'string' || initials.length > LIMITS.initials) return damaged('initials');
  if (
    !Array.isArray(goals) ||
    goals.length > LIMITS.goals ||
    !goals.every((goal) => typeof goal === 'string' && goal.length <= LIMITS.goalLength)
  ) {
    return damaged('goals');
  }
  if (!Array.isArray(meetings) || meetings.length > LIMITS.meetings) return damaged('meetings');
  const checked: Meeting[] = [];
  for (const [index, meeting] of meetings.entries()) {
    const where = `meetings[${index}]`;
    if (!isObject(meeting) || !isDay(meeting['date'])) return damaged(`${where}.date`);
    const ratings = meeting['ratings'];
    if (
      !isObject(ratings) ||
      Object.keys(ratings).some((key) => !(AREAS as readonly string[]).includes(key))
    ) {
      return damaged(`${where}.ratings`);
    }
    const read = {} as Record<Area, Rating>;
    for (const area of AREAS) {
      const value = ratings[area] ?? null;
      if (!isRating(value)) return damaged(`${where}.ratings.${area}`);
      read[area] = value;
    }
    const note = meeting['note'];
    if (typeof note !== 'string' || note.length > LIMITS.noteLength) return damaged(`${where}.note`);
    checked.push({ date: meeting['date'], ratings: read, note });
  }
  return {
    ok: true,
    record: {
      format: FORMAT,
      version: VERSION,
      initials,
      goals: [...(goals as string[])],
      meetings: sortMeetings(checked),
    },
  };
}

/** Reads the text of a file offered for import. */
export function readRecordFile(text: string, bytes = text.length): ReadResult {
  if (bytes > LIMITS.fileBytes) return { ok: false, refusal: { reason: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, refusal: { reason: 'notJson' } };
  }
  return checkRecord(data);
}

/** The record as the text of an export file. */
export function writeRecordFile(record: ProgressRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** A file name that says what the file is and when it was saved, with the initials only. */
export function exportFileName(record: ProgressRecord, today: string): string {
  const initials = record.initials.replace(/[^\p{L}\p{N}]/gu, '');
  return `progression${initials ? `-${initials}` : ''}-${today}.json`;
}

/** Meetings in date order; meetings on the same day keep the order they were added in. */
export function sortMeetings(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => a.date.localeCompare(b.date));
}

/** Adds a meeting and returns the new record; the old one is left unchanged. */
export function addMeeting(record: ProgressRecord, meeting: Meeting): ProgressRecord {
  return { ...record, meetings: sortMeetings([...record.meetings, meeting]) };
}

/** Removes the meeting at an index and returns the new record. */
export function removeMeeting(record: ProgressRecord, index: number): ProgressRecord {
  return { ...record, meetings: record.meetings.filter((_, i) => i !== index) };
}

/** The geometry of the chart: one line per area, a point for each meeting that rated it. */
export interface ChartLine {
  area: Area;
  points: { x: number; y: number; rating: Exclude<Rating, null>; date: string }[];
}

export const CHART = { width: 640, height: 280, left: 36, right: 16, top: 16, bottom: 40 } as const;

/**
 * A position across the chart in the reading direction: `CHART` is drawn for left to right
 * (the scale on the left, time running rightwards); right to left, time runs leftwards and
 * the scale stands on the right, as an Arabic reader reads a timeline.
 */
export function chartX(x: number, direction: 'ltr' | 'rtl'): number {
  return direction === 'rtl' ? CHART.width - x : x;
}

/**
 * Places each rating on the chart: meetings spread evenly in the reading direction (left to
 * right, or right to left), 1 at the bottom, 5 at the top.
 */
export function chartLines(meetings: readonly Meeting[], direction: 'ltr' | 'rtl' = 'ltr'): ChartLine[] {
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const x = (index: number) =>
    chartX(
      meetings.length < 2
        ? CHART.left + plotWidth / 2
        : CHART.left + (plotWidth * index) / (meetings.length - 1),
      direction,
    );
  const y = (rating: number) => CHART.top + plotHeight - ((rating - 1) / 4) * plotHeight;
  return AREAS.map((area) => ({
    area,
    points: meetings.flatMap((meeting, index) => {
      const rating = meeting.ratings[area];
      return rating === null ? [] : [{ x: x(index), y: y(rating), rating, date: meeting.date }];
    }),
  }));
}

/** The day of the last meeting in a record, or undefined when it has none. */
export function lastMeetingDay(record: ProgressRecord): string | undefined {
  return sortMeetings(record.meetings).at(-1)?.date;
}

/**
 * True when a record has outlived the retention rule (`src/config/records.ts`): its last
 * meeting was more than `months` calendar months before `today` (both YYYY-MM-DD). A
 * record without meetings is never past it: there is nothing in it to keep too long.
 */
export function isPastRetention(record: ProgressRecord, today: string, months: number): boolean {
  const last = lastMeetingDay(record);
  if (!last) return false;
  const limit = new Date(`${last}T00:00:00Z`);
  const day = limit.getUTCDate();
  limit.setUTCDate(1);
  limit.setUTCMonth(limit.getUTCMonth() + months);
  // The same day of the month, or the month's last day when it is shorter (31 Aug + 6 → 28 Feb).
  const monthLength = new Date(Date.UTC(limit.getUTCFullYear(), limit.getUTCMonth() + 1, 0)).getUTCDate();
  limit.setUTCDate(Math.min(day, monthLength));
  return today > limit.toISOString().slice(0, 10);
}
