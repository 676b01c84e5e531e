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

/** The kinds of practical tool. */
export const TOOL_KINDS = [
  'worksheet',
  'checklist',
  'conversation-guide',
  'interactive',
  'template',
] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];
