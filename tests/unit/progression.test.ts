import { describe, expect, test } from 'vitest';

import {
  addMeeting,
  chartLines,
  chartX,
  CHART,
  emptyRecord,
  exportFileName,
  isDay,
  isPastRetention,
  lastMeetingDay,
  readRecordFile,
  removeMeeting,
  writeRecordFile,
  type Meeting,
  type ProgressRecord,
} from '../../src/utils/progression.ts';

const meeting = (date: string, wellbeing: Meeting['ratings']['wellbeing'], note = ''): Meeting => ({
  date,
  ratings: { wellbeing, relationships: 3, 'school-or-work': null, trust: 2, conflict: 4 },
  note,
});
const record: ProgressRecord = {
  ...emptyRecord(),
  initials: 'AB',
  goals: ['Sleep better', 'Find a club'],
  meetings: [meeting('2026-09-01', 2, 'First meeting'), meeting('2026-10-01', 4)],
};

describe('the progression record', () => {
  test('survives a round trip through an export file', () => {
    expect(readRecordFile(writeRecordFile(record))).toEqual({ ok: true, record });
  });

  test('refuses what is not a record of this tool, and says why', () => {
    expect(readRecordFile('not json {')).toEqual({ ok: false, refusal: { reason: 'notJson' } });
    expect(readRecordFile('{"name": "a shopping list"}')).toEqual({
      ok: false,
      refusal: { reason: 'foreign' },
    });
    expect(readRecordFile('[1, 2, 3]')).toEqual({ ok: false, refusal: { reason: 'foreign' } });
    expect(readRecordFile(JSON.stringify({ ...record, version: 2 }))).toEqual({
      ok: false,
      refusal: { reason: 'newer' },
    });
    expect(readRecordFile('{}', 2_000_000)).toEqual({ ok: false, refusal: { reason: 'tooLarge' } });
  });

  test('refuses a damaged record whole, naming the part that is wrong', () => {
    const damaged = (change: (copy: Record<string, unknown>) => void) => {
      const copy = JSON.parse(writeRecordFile(record)) as Record<string, unknown>;
      change(copy);
      return readRecordFile(JSON.stringify(copy));
    };
    const meetingOf = (copy: Record<string, unknown>, index: number) =>
      (copy['meetings'] as Meeting[])[index] as Meeting;
    const detail = (result: ReturnType<typeof readRecordFile>) =>
      result.ok ? 'accepted' : result.refusal.detail;
    expect(detail(damaged((copy) => (copy['initials'] = 'A full name')))).toBe('initials');
    expect(detail(damaged((copy) => (copy['goals'] = 'one goal')))).toBe('goals');
    expect(detail(damaged((copy) => (meetingOf(copy, 1).date = '2026-02-30')))).toBe('meetings[1].date');
    expect(detail(damaged((copy) => (meetingOf(copy, 0).ratings.trust = 7 as never)))).toBe(
      'meetings[0].ratings.trust',
    );
    expect(
      detail(damaged((copy) => ((meetingOf(copy, 0).ratings as Record<string, unknown>)['name'] = 3))),
    ).toBe('meetings[0].ratings');
    expect(detail(damaged((copy) => (meetingOf(copy, 0).note = 'x'.repeat(1001))))).toBe('meetings[0].note');
  });

  test('keeps meetings in date order, whatever order they are added or imported in', () => {
    const later = addMeeting(record, meeting('2026-09-15', 3));
    expect(later.meetings.map((m) => m.date)).toEqual(['2026-09-01', '2026-09-15', '2026-10-01']);
    expect(record.meetings).toHaveLength(2);
    expect(removeMeeting(later, 0).meetings.map((m) => m.date)).toEqual(['2026-09-15', '2026-10-01']);
    const shuffled = { ...record, meetings: [...record.meetings].reverse() };
    const read = readRecordFile(JSON.stringify(shuffled));
    expect(read.ok && read.record.meetings.map((m) => m.date)).toEqual(['2026-09-01', '2026-10-01']);
  });

  test('names export files by initials and date only', () => {
    expect(exportFileName(record, '2026-11-21')).toBe('progression-AB-2026-11-21.json');
    expect(exportFileName({ ...record, initials: 'A/B' }, '2026-11-21')).toBe(
      'progression-AB-2026-11-21.json',
    );
    expect(exportFileName(emptyRecord(), '2026-11-21')).toBe('progression-2026-11-21.json');
  });

  test('knows a real day from a made-up one', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('21.11.2026')).toBe(false);
  });
});

describe('the chart', () => {
  test('spreads meetings left to right and ratings bottom to top, leaving out areas not rated', () => {
    const lines = chartLines(record.meetings);
    const wellbeing = lines.find((line) => line.area === 'wellbeing');
    expect(wellbeing?.points.map((point) => point.x)).toEqual([CHART.left, CHART.width - CHART.right]);
    const [first, second] = wellbeing?.points ?? [];
    expect(second?.y).toBeLessThan(first?.y ?? 0);
    expect(lines.find((line) => line.area === 'school-or-work')?.points).toEqual([]);
    // A rating of 5 sits at the top of the plot, 1 at the bottom.
    const top = chartLines([meeting('2026-01-01', 5)])[0]?.points[0];
    const bottom = chartLines([meeting('2026-01-01', 1)])[0]?.points[0];
    expect(top?.y).toBe(CHART.top);
    expect(bottom?.y).toBe(CHART.height - CHART.bottom);
  });

  test('right to left, spreads meetings right to left, the scale’s margin on the right', () => {
    const wellbeing = chartLines(record.meetings, 'rtl').find((line) => line.area === 'wellbeing');
    expect(wellbeing?.points.map((point) => point.x)).toEqual([CHART.width - CHART.left, CHART.right]);
    expect(chartX(CHART.left - 10, 'rtl')).toBe(CHART.width - CHART.left + 10);
    expect(chartX(CHART.left, 'ltr')).toBe(CHART.left);
  });
});

describe('the retention rule', () => {
  const record = (...dates: string[]): ProgressRecord =>
    dates.reduce((kept, date) => addMeeting(kept, meeting(date, 3)), emptyRecord());

  test('counts from the last meeting, whatever the order they were added in', () => {
    expect(lastMeetingDay(record('2026-03-01', '2026-05-10', '2026-04-02'))).toBe('2026-05-10');
    expect(lastMeetingDay(emptyRecord())).toBeUndefined();
  });

  test('is past the limit only after the same day, months later', () => {
    const kept = record('2026-01-15');
    expect(isPastRetention(kept, '2026-07-15', 6)).toBe(false);
    expect(isPastRetention(kept, '2026-07-16', 6)).toBe(true);
  });

  test('takes the last day of a shorter month', () => {
    const kept = record('2025-08-31');
    expect(isPastRetention(kept, '2026-02-28', 6)).toBe(false);
    expect(isPastRetention(kept, '2026-03-01', 6)).toBe(true);
  });

  test('never asks to delete a record without meetings', () => {
    expect(isPastRetention(emptyRecord(), '2099-01-01', 6)).toBe(false);
  });
});
