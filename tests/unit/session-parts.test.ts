import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';

import { rehypeSessionParts } from '../../src/plugins/rehype-session-parts.ts';

// The build checks every session's shape and marks its parts, in any edition, by the
// page's own agenda and components, never by English words. Here a Finnish session.

const agenda = [
  { title: 'Tervetuloa', minutes: 10 },
  { title: 'Harjoitus: Tukipiiri', minutes: 35 },
];

const finnish = `import TrainerNote from '~/components/training/TrainerNote.astro';
import Handout from '~/components/training/Handout.astro';

## Tervetuloa

Kerro päivän kulku.

<TrainerNote>

**Ajoitus (10 minuuttia).** Viisi minuuttia esittelyä.

</TrainerNote>

<TrainerNote kind="questions">

- *"Saako ohittaa?"* Saa.

</TrainerNote>

## Harjoitus: Tukipiiri

Piirrä oma tukipiirisi.

<TrainerNote>

**Ajoitus (35 minuuttia).** Ohjeet ja piirtäminen.

</TrainerNote>

<TrainerNote kind="upset">

Tarjoa taukoa.

</TrainerNote>

<TrainerNote kind="extremist-views">

Pysy rauhallisena.

</TrainerNote>

<Handout>

**Oma tukipiirini**

</Handout>
`;

async function build(
  body: string,
  data: Record<string, unknown> = { type: 'session', duration: 45, agenda },
) {
  const file = new VFile({ path: 'content/docs/fi/modules/m/istunto.mdx', value: body });
  file.data['astro'] = { frontmatter: data };
  return String(await compile(file, { rehypePlugins: [rehypeSessionParts] }));
}

describe('a session’s parts', () => {
  test('are wrapped for the projector view, numbered and timed from the agenda', async () => {
    const code = await build(finnish);
    expect(code.match(/"data-part": "\d+"/g)).toEqual(['"data-part": "0"', '"data-part": "1"']);
    expect(code.match(/"data-minutes": "\d+"/g)).toEqual(['"data-minutes": "10"', '"data-minutes": "35"']);
  });

  test('are left alone on pages that are not sessions', async () => {
    expect(await build('## Otsikko\n\nTekstiä.', { type: 'exercise' })).not.toContain('data-part');
  });

  test('a session that breaks its shape stops the build, naming the file and each problem', async () => {
    const broken = finnish
      .replace('## Harjoitus: Tukipiiri', '## Tukipiiri')
      .replace('Ajoitus (10 minuuttia)', 'Ajoitus (12 minuuttia)')
      .replace('<TrainerNote kind="upset">', '<TrainerNote>')
      .replace('<Handout>\n', '<Handout>\n\n<TrainerNote>Ei tänne.</TrainerNote>\n');
    await expect(build(broken)).rejects.toThrow(
      [
        'content/docs/fi/modules/m/istunto.mdx: the session does not keep its shape:',
        '- ## headings are [Tervetuloa | Tukipiiri], expected the agenda’s [Tervetuloa | Harjoitus: Tukipiiri]',
        '- “Tervetuloa” needs a trainer note that gives its timing (10 minutes)',
        '- has no <TrainerNote kind="upset">',
        '- the participant handout has a trainer note in it',
      ].join('\n'),
    );
  });

  test('a heading whose apostrophes the build curls still matches its agenda title', async () => {
    // Somali writes an apostrophe inside words (su'aalo); the heading is typeset with ’.
    const somali = [
      { title: "Su'aalo: waa maxay?", minutes: 10 },
      { title: 'Layli: “Goobada taageerada”', minutes: 35 },
    ];
    const curled = finnish
      .replace('## Tervetuloa', '## Su’aalo: waa maxay?')
      .replace('## Harjoitus: Tukipiiri', '## Layli: "Goobada taageerada"');
    const code = await build(curled, { type: 'session', duration: 45, agenda: somali });
    expect(code.match(/"data-part": "\d+"/g)).toEqual(['"data-part": "0"', '"data-part": "1"']);
  });

  test('text before the first part, or after the handout, would be lost, and is refused', async () => {
    await expect(build(`Johdanto.\n\n${finnish}\n\nJälkisana.`)).rejects.toThrow(
      /has text before its first ## part[\s\S]*the participant handout must come last/,
    );
  });
});
