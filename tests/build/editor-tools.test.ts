import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { KINDS, scaffold } from '../../scripts/new.ts';
import { buildFixtureSite } from '../helpers/fixture-site.ts';
import { sessionShapeProblems } from '../helpers/session-shape.ts';

describe('npm run new', () => {
  test('writes every kind of entry with all required fields, and the site builds as is', async () => {
    const written: string[] = [];
    const { status, output, site } = buildFixtureSite(
      'scaffolded',
      {},
      {
        prepare: (root) => {
          for (const kind of KINDS) {
            const name = kind === 'session' ? 'mental-health-and-resilience/new-session' : `new-${kind}`;
            written.push(scaffold(root, kind, name));
          }
        },
      },
    );
    expect(output).not.toMatch(/does not match collection schema|problem\(s\)/);
    expect(status).toBe(0);
    for (const file of written) expect(existsSync(file), file).toBe(true);
    // The new session joins its module, in order, and gets a page.
    const module = readFileSync(
      join(site, 'content/docs/en/modules/mental-health-and-resilience/index.mdx'),
      'utf8',
    );
    expect(module).toMatch(/sessions: \[what-keeps-us-well, [^\]]+, new-session\]/);
    // The new session already has the shape the training checks ask for.
    const session = readFileSync(
      join(site, 'content/docs/en/modules/mental-health-and-resilience/new-session.mdx'),
      'utf8',
    );
    expect(await sessionShapeProblems(session)).toEqual([]);
    for (const page of [
      'exercises/new-exercise',
      'tools/new-tool',
      'stories/new-story',
      'modules/mental-health-and-resilience/new-session',
    ]) {
      expect(existsSync(join(site, 'dist/en', page, 'index.html')), page).toBe(true);
    }
  });

  test('refuses an unknown kind, a bad name and an existing file, saying why', () => {
    const root = join(process.cwd());
    expect(() => scaffold(root, 'poem', 'x')).toThrow(
      /Unknown kind "poem": use one of exercise, tool, session, story/,
    );
    expect(() => scaffold(root, 'exercise', 'River Of Life')).toThrow(
      /lower-case letters, digits and hyphens/,
    );
    expect(() => scaffold(root, 'session', 'no-such-module/x')).toThrow(/<module>\/<name>/);
    expect(() => scaffold(root, 'exercise', 'circle-of-support')).toThrow(/exists already/);
  });
});

describe('"Edit page" links', () => {
  test('point at the page’s source file when EDIT_BASE_URL is set', () => {
    const base = 'https://git.example/manual/edit/main/';
    const { status, site } = buildFixtureSite('edit-links', {}, { env: { EDIT_BASE_URL: base } });
    expect(status).toBe(0);
    const html = readFileSync(join(site, 'dist/en/exercises/circle-of-support/index.html'), 'utf8');
    expect(html).toContain(`href="${base}content/docs/en/exercises/circle-of-support.mdx"`);
  });
});
