import { z } from 'astro/zod';

import { text, textList } from './fields.ts';

/** A point with a short name and what it means. */
const point = () => z.object({ name: text(), text: text() });

/** A level of the decision path: when it applies, examples, and what to do. */
const level = () =>
  z.object({
    name: text().describe('A short name: “Immediate danger”.'),
    when: text().describe('When this level applies, in one sentence.'),
    examples: text().describe('What that looks like.'),
    action: text().describe('What the mentor does.'),
    then: textList().describe('What follows, in order.'),
  });

/**
 * The safety texts of the manual, one file per edition: `content/safety/<edition>.yaml`.
 * Each is written once and shown by a component wherever it is needed (the decision path,
 * the signs of concern, confidentiality…), so it says the same on every page and is
 * translated once. Phone numbers and laws are not here: they come from the services and
 * laws collections, with their sources. `{{months}}` is filled from `src/config/records.ts`.
 */
export const safetySchema = z.object({
  emergency: z.object({
    title: text(),
    text: text().describe('The one rule for the emergency number.'),
    numbersLabel: text().describe('Introduces the list of emergency numbers by country.'),
  }),
  decisionPath: z.object({
    title: text(),
    link: text().describe(
      'A link to the whole path, from a care note: “What to do when it is not an emergency”.',
    ),
    intro: text(),
    immediate: level().extend({ afterwards: text().describe('For mentors: telling the supervisor after.') }),
    serious: level().extend({
      police: text().describe('The serious cases in which the police hear of it the same day.'),
      unreachable: text().describe('What to do when the supervisor cannot be reached.'),
    }),
    ordinary: level(),
    forFamilies: z
      .object({
        serious: z.object({ when: text(), action: text(), then: textList(1), police: text() }),
        ordinary: z.object({ action: text(), then: textList(1) }),
      })
      .describe('The same path for families and the public, who have no supervisor to call.'),
    decides: text().describe('Who decides about a referral.'),
    tell: text().describe('Telling the person what was shared.'),
  }),
  signs: z.object({
    title: text(),
    intro: text(),
    introForFamilies: text().describe('The same, for families and the public: no supervisor.'),
    items: z.array(point()).min(4),
    notProof: text(),
    notSigns: text(),
  }),
  confidentiality: z.object({
    title: text(),
    summary: text().describe('Three or four sentences for the public and for short mentions.'),
    points: z.array(point()).min(5),
    scriptIntro: text(),
    script: textList(3).describe('Words a mentor can say at the first meeting, one sentence a line.'),
    secrecyIntro: text(),
    secrecyReply: text(),
  }),
  whenAsked: z.object({
    title: text(),
    intro: text(),
    points: z.array(point()).min(3),
  }),
  specialistWork: z.object({
    title: text(),
    text: text().describe('What a community mentor does not take on.'),
    handOver: text().describe('To whom it goes, and how.'),
  }),
  records: z.object({
    title: text(),
    points: z.array(point()).min(5),
    minors: point(),
  }),
  legalDuties: z.object({
    title: text(),
    intro: text(),
    checkWithLawyer: text(),
  }),
  routes: z.object({
    first: text().describe('For mentors, before the national routes: the programme comes first.'),
    checked: text().describe('How the routes were checked, and what to do if one does not answer.'),
    local: text().describe('Where a reader finds the local route that the manual cannot name.'),
  }),
});

export type SafetyText = z.output<typeof safetySchema>;
