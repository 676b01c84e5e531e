/**
 * `npm run new -- <exercise|tool|session|story> <name>` writes a new English page with
 * every required field filled in with a short example and a guide in comments. The page
 * builds as it is, so an editor can start the site and see it before writing.
 *
 * A session is named `<module>/<name>` and is added to its module's `sessions` list.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { MODULE_SLUGS } from '../src/config/taxonomy.ts';

export const KINDS = ['exercise', 'tool', 'session', 'story'] as const;
export type Kind = (typeof KINDS)[number];

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where each kind of entry lives under content/docs/en/ (sessions: in their module). */
const FOLDERS = { exercise: 'exercises', tool: 'tools', story: 'stories' } as const;

const title = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replaceAll('-', ' ');

const TEMPLATES: Record<Kind, (name: string, extra: { order: number; module: string }) => string> = {
  exercise: (name) => `---
# A new exercise. Every field below is required unless it says otherwise.
# Field reference: src/schemas/exercise.ts. Content guide: CONTRIBUTING.md.
title: ${title(name)}
description: One or two sentences on what the exercise does, shown in search results.
audience: [trainer, mentor]
type: exercise
# Modules it serves: mental-health-and-resilience, individual-and-community,
# preventing-radicalisation, polarisation-and-conflict-resolution.
modules: [mental-health-and-resilience]
# Minutes in all; the steps and the debrief's minutes must add up to exactly this.
duration: 15
groupSize: { min: 2, max: 20 }
# in-person, online or both
setting: both
# light, moderate or deep. Anything but light needs a careNote (opt-out, safe close).
intensity: light
# Who may run it: mentor (a trained mentor, in their own workshops), mentor-with-partner
# (only with a professional partner) or trainer (the mentor training only). A deep
# exercise is never run by a mentor alone.
runBy: mentor
# At most 60 words.
purpose: What the exercise is for and what it makes possible for the group.
materials: [Paper and pens]
preparation: [Read the steps and the debrief questions.]
steps:
  - text: Explain the exercise and how long it takes.
    minutes: 3
  - text: Participants work in pairs.
    minutes: 8
# The closing conversation, timed: at least 3 minutes for each question.
debrief:
  minutes: 4
  questions:
    - What did you notice?
# careNote: a list of short points: how people can opt out, what to watch for, how to close safely.
variations:
  - label: Online
    text: How to run it in a video call.
origin: Written for this manual.
---

import Handout from '~/components/training/Handout.astro';

{/* Facilitator tips go here as ## sections; the participant handout, if any, last. */}

## Facilitator tips

Write tips for the person running the exercise.

<Handout>

What participants take home, in plain words.

</Handout>
`,
  tool: (name) => `---
# A new tool. Field reference: src/schemas/tool.ts.
title: ${title(name)}
description: One or two sentences on what the tool helps with, shown in search results.
audience: [mentor]
type: tool
# worksheet, checklist, conversation-guide, interactive or template
kind: checklist
purpose: What the tool is for, in one sentence.
# Who uses it: mentor, trainer, practitioner, public
usedBy: [mentor]
when: When to use it, such as “before a first meeting”.
printable: true
---

import Blank from '~/components/forms/Blank.astro';
import Form from '~/components/forms/Form.astro';
import Lines from '~/components/forms/Lines.astro';

{/* The guidance: how to use the tool. The form below prints on its own as well. */}

## How to use it

Write the steps here.

{/* What is filled in by hand. It prints alone on at most two A4 pages. Never type dots to
    write on: <Blank /> is a line in a sentence or table cell (size="short", "medium" or
    "long"), <Lines count={3} /> is room for a few sentences. */}

<Form>

## The form

Name: <Blank size="medium" /> Date: <Blank size="short" />

**What I want to remember**

<Lines count={3} />

</Form>
`,
  session: (name, { order, module }) => `---
# A new session of a training module. Field reference: src/schemas/session.ts.
title: ${title(name)}
description: One or two sentences on what the session covers.
audience: [trainer]
type: session
module: ${module}
# The session's place in the module; the module's sessions list says the same.
order: ${order}
# Minutes in all; the agenda below must add up to exactly this.
duration: 45
objectives:
  - What participants can do after the session.
materials: [Flip chart and markers]
agenda:
  - title: Welcome and check-in
    minutes: 10
  - title: Main activity
    minutes: 25
    # exercise: an-exercise-name   (also list it under exercises)
  - title: Closing round
    minutes: 10
exercises: []
# Tools participants use in or after the session, by file name: [concern-and-referral-guide]
tools: []
keyPoints:
  - The one thing participants should remember.
---

import TrainerNote from '~/components/training/TrainerNote.astro';
import Handout from '~/components/training/Handout.astro';

{/*
  One ## section per agenda part, titled exactly like the part, in the same order: the
  words participants see, 100 at most. Then a trainer note that gives the part's minutes.
  Somewhere, the notes of kind questions, upset and extremist-views. The participant
  handout last, in <Handout>. The build checks all of this
  (src/plugins/rehype-session-parts.ts).
*/}

## Welcome and check-in

What you say and show in this part.

<TrainerNote>

**Timing (10 minutes).** How to split the time, and what to cut if you run late.

</TrainerNote>

<TrainerNote kind="questions">

Questions participants often ask here, with good answers.

</TrainerNote>

## Main activity

What participants do.

<TrainerNote>

**Timing (25 minutes).** How to split the time.

</TrainerNote>

<TrainerNote kind="upset">

What could upset someone in this session, and what to do. See
[Running a training](/en/training/running-a-training/#if-someone-becomes-upset).

</TrainerNote>

<TrainerNote kind="extremist-views">

When that is likely in this session, and how to respond. See
[Running a training](/en/training/running-a-training/#if-a-participant-voices-extremist-views).

</TrainerNote>

## Closing round

One sentence each, or pass.

<TrainerNote>

**Timing (10 minutes).** How to close safely.

</TrainerNote>

<Handout>

**${title(name)}: the main points**

- What participants take home, in plain words.

</Handout>
`,
  story: (name) => `---
# A new story. Field reference: src/schemas/story.ts.
# Until a real person consents to share their story, stories are composites.
title: ${title(name)}
description: One or two sentences on what the story is about.
audience: [public, mentor]
type: story
teller: A community mentor
composite: true
consent:
  recorded: false
  note: A composite, so no individual consent applies.
---

{/* The story itself. No real names, places or organisations. */}

Write the story here.
`,
};

/** Writes a new page and returns its path. Throws a message an editor can act on. */
export function scaffold(root: string, kind: string, name: string): string {
  if (!KINDS.includes(kind as Kind))
    throw new Error(`Unknown kind "${kind}": use one of ${KINDS.join(', ')}`);
  let module = '';
  let slug = name;
  if (kind === 'session') {
    [module = '', slug = ''] = name.split('/');
    if (!MODULE_SLUGS.includes(module as (typeof MODULE_SLUGS)[number])) {
      throw new Error(`A session is named <module>/<name>, with <module> one of ${MODULE_SLUGS.join(', ')}`);
    }
  }
  if (!NAME.test(slug))
    throw new Error(`"${slug}": use lower-case letters, digits and hyphens, such as river-of-life`);

  const folder = kind === 'session' ? `modules/${module}` : FOLDERS[kind as Exclude<Kind, 'session'>];
  const file = join(root, 'content/docs/en', folder, `${slug}.mdx`);
  if (existsSync(file)) throw new Error(`${relative(root, file)} exists already`);

  let order = 1;
  if (kind === 'session')
    order = addSessionToModule(join(root, 'content/docs/en', folder, 'index.mdx'), slug);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, TEMPLATES[kind as Kind](slug, { order, module }));
  return file;
}

/** Appends a session to its module's `sessions` list; returns the session's order. */
function addSessionToModule(moduleFile: string, session: string): number {
  if (!existsSync(moduleFile)) throw new Error(`No module page at ${moduleFile}: write the module first`);
  const text = readFileSync(moduleFile, 'utf8');
  const inline = /^sessions:\s*\[([^\]]*)\]/m.exec(text);
  if (inline) {
    const names = (inline[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    writeFileSync(moduleFile, text.replace(inline[0], `sessions: [${[...names, session].join(', ')}]`));
    return names.length + 1;
  }
  const block = /^sessions:\s*\n((?:\s+-\s+.+\n)+)/m.exec(text);
  if (!block) throw new Error(`${moduleFile} has no sessions list to add "${session}" to`);
  const items = (block[1] ?? '').trimEnd().split('\n');
  const indent = /^(\s+-\s+)/.exec(items[0] ?? '')?.[1] ?? '  - ';
  writeFileSync(moduleFile, text.replace(block[0], `${block[0]}${indent}${session}\n`));
  return items.length + 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind = '', name = ''] = process.argv.slice(2);
  try {
    const file = scaffold(fileURLToPath(new URL('../', import.meta.url)), kind, name);
    console.log(`Wrote ${file}\nFill in the fields, then run npm start to see it.`);
  } catch (error) {
    console.error(`npm run new -- <${KINDS.join('|')}> <name>\n${(error as Error).message}`);
    process.exit(1);
  }
}
