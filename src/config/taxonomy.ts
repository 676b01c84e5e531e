/**
 * The fixed vocabularies of the manual's content. Kept free of zod so that browser code
 * (the catalogue filters) can import them without shipping a schema library.
 */

/** The four training modules, in teaching order. Their slugs are their URLs. */
export const MODULE_SLUGS = [
  'mental-health-and-resilience',
  'individual-and-community',
  'preventing-radicalisation',
  'polarisation-and-conflict-resolution',
] as const;
export type ModuleSlug = (typeof MODULE_SLUGS)[number];

/** Who a page is written for. */
export const AUDIENCES = ['mentor', 'trainer', 'practitioner', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Where an exercise can be run. */
export const SETTINGS = ['in-person', 'online', 'both'] as const;
export type Setting = (typeof SETTINGS)[number];

/** How strong the feelings an exercise can stir. */
export const INTENSITIES = ['light', 'moderate', 'deep'] as const;
export type Intensity = (typeof INTENSITIES)[number];

/**
 * Who may run an exercise: a trained community mentor in their own workshops, a mentor
 * only together with a professional partner, or the trainers of the mentor training only.
 */
export const RUN_BY = ['mentor', 'mentor-with-partner', 'trainer'] as const;
export type RunBy = (typeof RUN_BY)[number];

/** The kinds of practical tool. */
export const TOOL_KINDS = [
  'worksheet',
  'checklist',
  'conversation-guide',
  'interactive',
  'template',
] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

/**
 * The countries whose help routes and laws the manual names, as ISO 3166 codes in lower
 * case. Country names come from `Intl.DisplayNames`, so no edition has to translate them.
 */
export const COUNTRIES = ['fi', 'se', 'no', 'dk'] as const;
export type Country = (typeof COUNTRIES)[number];

/** The kinds of help route, in the order a reader in trouble needs them. */
export const SERVICE_KINDS = [
  'emergency',
  'police',
  'crisis-line',
  'children-line',
  'health-advice',
  'extremism-support',
  'exit',
  'child-welfare',
  'victim-support',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Whom a help route is for. */
export const SERVICE_USERS = [
  'anyone',
  'children-and-young-people',
  'relatives',
  'professionals',
  'victims-of-crime',
  'people-leaving-extremism',
] as const;
export type ServiceUser = (typeof SERVICE_USERS)[number];

/** What an emergency number answers for: in Norway each has its own number. */
export const EMERGENCIES = ['police', 'medical', 'fire'] as const;
export type Emergency = (typeof EMERGENCIES)[number];

/** Days of the week, Monday first as in the Nordic countries. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The legal duties the manual explains, country by country. */
export const DUTY_KINDS = ['duty-to-notify-child-welfare', 'duty-to-avert'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** Whom a legal duty binds. */
export const DUTY_HOLDERS = ['everyone', 'professionals', 'public-employees'] as const;
export type DutyHolder = (typeof DUTY_HOLDERS)[number];
