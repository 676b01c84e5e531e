/**
 * Filling interface strings (`content/i18n/<edition>.json`, one file per edition, the one
 * place a translator edits). Runs in the browser as well as in the build, so it imports
 * nothing; loading an edition's strings at build time is `ui-strings.ts`.
 */

/**
 * Fills `{{name}}` in an interface string. A placeholder without a value stays, so a
 * string can be filled at build time and again in the browser ("Screen {{n}} of {{total}}").
 */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}
