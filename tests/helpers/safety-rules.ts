import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'yaml';

/**
 * What reviewers found unsafe or untrue in the first English edition, as patterns a test
 * can look for in the content and in the built site. Each says why it must not come back.
 */
export const FLAGGED_PHRASES: [RegExp, string][] = [
  [
    /\bone (limit|exception)\b/i,
    'confidentiality has more than one limit (supervision, legal duties, risk of harm)',
  ],
  [
    /stays? between (the two of you|you two|us|you and)/i,
    'a mentor cannot promise that everything stays between two people',
  ],
  [
    /\bhardening views|views that are (quickly )?hardening|quickly hardening/i,
    'hardening views alone are not a sign and would over-refer',
  ],
  [/does not yet name (national )?services/i, 'the national routes are named from the services collection'],
  [
    /\bI will call (him|her|them)\b|\b(boy|girl|man|woman|person) I will call\b/i,
    'stories are composites, not renamed real people',
  ],
  [/\btold by (a|an|the)\b/i, 'stories are written for the manual, not told by real people'],
  [/in spring 2025/i, 'the 141 professionals were reported on 1 July 2025'],
  [/nobody answer(s|ed)[^.]*\b(112|emergency)/i, 'a supervisor who does not answer is not an emergency'],
  [/\bcertain party\b|\bthat party\b/i, 'no story points at a real political party'],
  [
    /(?<!serious )\brisk of harm\b/i,
    'confidentiality ends at a risk of serious harm or a child being harmed, not at any harm',
  ],
  [
    /call (112|the emergency number) (for|if you hear) (any |a )?threat/i,
    'only immediate danger goes to the emergency number',
  ],
];

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The digits of every phone number in the services collection, and the emergency numbers. */
export function serviceNumbers(): Set<string> {
  const numbers = new Set(['110', '112', '113', '114']);
  const dir = join(root, 'content/services');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const data = parse(readFileSync(join(entry.parentPath, entry.name), 'utf8')) as {
      contacts?: { phone?: string }[];
    };
    for (const contact of data.contacts ?? []) {
      if (contact.phone) numbers.add(contact.phone.replace(/\D/g, ''));
    }
  }
  return numbers;
}

/**
 * The phone numbers of help routes written in a text: runs of digits, with the spaces and
 * hyphens numbers are written with, that spell a number of the services collection.
 */
export function typedNumbers(text: string, numbers: Set<string>): string[] {
  // Not part of a longer number, a decimal or a date: "1.125", "2024-05-01", "3/4".
  const found = text.match(/(?<![\d.,/-])\+?\d[\d -]{1,16}\d(?![\d,/]|\.\d)/g) ?? [];
  return found.filter((run) => numbers.has(run.replace(/\D/g, '').replace(/^(358|46|47|45)(?=\d{8})/, '')));
}
