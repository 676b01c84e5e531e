import { describe, expect, test } from 'vitest';

import { actionOfKey, Countdown, countdownText } from '../../src/browser/presenting.ts';
import { fill } from '../../src/utils/strings.ts';
import { sessionScreens } from '../../src/utils/session-screens.ts';

const heading = (id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}"><span aria-hidden="true" class="sl-anchor-icon"><svg></svg></span><span class="sr-only">Section titled “${text}”</span></a></div>`;

describe('cutting a session into screens', () => {
  // As the build marks a session's parts (rehype-session-parts.ts), here in Finnish: the
  // cut reads the marks, never the words.
  const html =
    `<section class="session-part" data-part="0" data-minutes="10">${heading('tervetuloa', 'Tervetuloa &amp; kuulumiset')}<p>Hei</p><div class="trainer-note" data-trainer-note role="note" aria-labelledby="huom"><p id="huom">Huomio</p></div></section>` +
    `<section class="session-part" data-part="1" data-minutes="35">${heading('lopetus', 'Lopetus')}<ul><li>Näkemiin</li></ul><a href="#huom">takaisin</a></section>` +
    `<section class="participant-handout" data-handout><h2 id="participant-handout">Osallistujan moniste</h2><p>Kotiin</p></section>`;

  test('gives one screen per marked part, in order, with its title and minutes', () => {
    const screens = sessionScreens(html, 'istunto');
    expect(screens.map((screen) => [screen.id, screen.title, screen.minutes])).toEqual([
      ['tervetuloa', 'Tervetuloa & kuulumiset', 10],
      ['lopetus', 'Lopetus', 35],
    ]);
    expect(screens[0]?.html).toContain('data-trainer-note');
    expect(screens[0]?.html).not.toContain('Näkemiin');
  });

  test('leaves the participant handout off the screens', () => {
    expect(
      sessionScreens(html, 'istunto')
        .map((screen) => screen.html)
        .join(''),
    ).not.toContain('Kotiin');
  });

  test('a screen drops the anchor link and the heading id, and gives other ids the session’s prefix', () => {
    const [first, second] = sessionScreens(html, 'istunto');
    expect(first?.html).not.toContain('sl-anchor-link');
    expect(first?.html).not.toContain('id="tervetuloa"');
    expect(first?.html).toContain('>Tervetuloa &#x26; kuulumiset</h2>');
    expect(first?.html).toContain('aria-labelledby="istunto__huom"');
    expect(first?.html).toContain('id="istunto__huom"');
    expect(second?.html).toContain('href="#istunto__huom"');
  });
});

describe('keys', () => {
  test('a clicker’s Page Down, the arrows and space move forward; Page Up and Shift+space back', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown', ' '].map((key) => actionOfKey(key))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['PageUp', 'ArrowLeft', 'ArrowUp'].map((key) => actionOfKey(key))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect(actionOfKey(' ', { shift: true })).toBe('previous');
  });

  test('right to left, the left arrow moves forward', () => {
    expect(actionOfKey('ArrowLeft', { rtl: true })).toBe('next');
    expect(actionOfKey('ArrowRight', { rtl: true })).toBe('previous');
  });

  test('Home, End, F, T, R and Escape; keys with Ctrl, Alt or Cmd are the browser’s', () => {
    expect(['Home', 'End', 'f', 'F', 't', 'r', 'Escape'].map((key) => actionOfKey(key))).toEqual([
      'first',
      'last',
      'fullscreen',
      'fullscreen',
      'timer',
      'timer-reset',
      'leave',
    ]);
    expect(actionOfKey('f', { modified: true })).toBeUndefined();
    expect(actionOfKey('x')).toBeUndefined();
  });
});

test('interface strings are filled, and a placeholder without a value is kept for later', () => {
  const once = fill('{{module}}: screen {{n}} of {{total}}', { module: 'Mediation' });
  expect(once).toBe('Mediation: screen {{n}} of {{total}}');
  expect(fill(once, { n: 3, total: 12 })).toBe('Mediation: screen 3 of 12');
});

describe('the countdown', () => {
  test('counts down only while running, and resets', () => {
    let now = 0;
    const countdown = new Countdown(5 * 60_000, () => now);
    now = 10_000;
    expect(countdownText(countdown.remainingMs)).toBe('5:00');
    countdown.start();
    now += 61_000;
    expect(countdownText(countdown.remainingMs)).toBe('3:59');
    countdown.pause();
    now += 120_000;
    expect(countdownText(countdown.remainingMs)).toBe('3:59');
    countdown.toggle();
    now += 240_000;
    expect(countdown.remainingMs).toBe(-1000);
    expect(countdownText(countdown.remainingMs)).toBe('-0:01');
    countdown.reset();
    expect(countdown.running).toBe(false);
    expect(countdownText(countdown.remainingMs)).toBe('5:00');
  });
});
