/**
 * The one rule for how long a mentor keeps personal records (the meeting log, the
 * progression tool): at most this many months after the last meeting, unless the
 * programme sets a shorter limit. The safety texts quote it and the progression tool
 * reminds the mentor when a record is older.
 */
export const RETENTION_MONTHS = 6;
