/** Formats minutes from the start of a session as a clock offset: 0:00, 0:45, 1:30. */
export function clockOffset(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Adds up the minutes of timed parts and gives each its start and end, counted from the
 * start of the session or exercise.
 */
export function runningTimes<T extends { minutes: number }>(
  parts: readonly T[],
): (T & { start: number; end: number })[] {
  let start = 0;
  return parts.map((part) => {
    const timed = { ...part, start, end: start + part.minutes };
    start = timed.end;
    return timed;
  });
}

/** The total minutes of timed parts. */
export function totalMinutes(parts: readonly { minutes: number }[]): number {
  return parts.reduce((sum, part) => sum + part.minutes, 0);
}

/** Reads a time of day, "09:30", as minutes since midnight. */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Formats minutes since midnight as a time of day: 570 → "09:30". */
export function clockTime(minutes: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}

/** The longest a group should work without a break or a meal, in minutes. */
export const MAX_MINUTES_WITHOUT_BREAK = 90;

/**
 * The stretches of a day between its breaks that run longer than `max` minutes, each
 * with its start and end counted from the start of the day.
 */
export function stretchesWithoutBreak(
  parts: readonly { minutes: number; break?: boolean | undefined }[],
  max = MAX_MINUTES_WITHOUT_BREAK,
): { start: number; end: number }[] {
  const long: { start: number; end: number }[] = [];
  let stretchStart = 0;
  for (const part of [
    ...runningTimes(parts),
    { minutes: 0, break: true, start: totalMinutes(parts), end: 0 },
  ]) {
    if (!part.break) continue;
    if (part.start - stretchStart > max) long.push({ start: stretchStart, end: part.start });
    stretchStart = part.start + part.minutes;
  }
  return long;
}
