import { z } from 'astro/zod';

import { exerciseSchema } from './exercise.ts';
import { moduleSchema } from './module.ts';
import { pageSchema } from './page.ts';
import { programmeSchema } from './programme.ts';
import { sessionSchema } from './session.ts';
import { storySchema } from './story.ts';
import { toolSchema } from './tool.ts';

/**
 * The frontmatter of every page, told apart by `type`: ordinary pages leave it out;
 * modules, sessions, exercises, tools, stories and programmes name it.
 */
export const docsExtension = z.discriminatedUnion(
  'type',
  [pageSchema, moduleSchema, sessionSchema, exerciseSchema, toolSchema, storySchema, programmeSchema],
  { error: 'expected one of page, module, session, exercise, tool, story, programme (or leave it out)' },
);
