import { z } from 'astro/zod';

import { exerciseSchema } from './exercise.ts';
import { moduleSchema } from './module.ts';
import { pageSchema } from './page.ts';
import { sessionSchema } from './session.ts';
import { storySchema } from './story.ts';
import { toolSchema } from './tool.ts';

/**
 * The frontmatter of every page, told apart by `type`: ordinary pages leave it out;
 * modules, sessions, exercises, tools and stories name it.
 */
export const docsExtension = z.discriminatedUnion(
  'type',
  [pageSchema, moduleSchema, sessionSchema, exerciseSchema, toolSchema, storySchema],
  { error: 'expected one of page, module, session, exercise, tool, story (or leave it out)' },
);
