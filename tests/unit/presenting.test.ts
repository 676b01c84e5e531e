import { describe, expect, test } from 'vitest';

import {
  actionOfKey,
  Countdown,
  fill,
  countdownText,
  screenHtml,
  splitSections,
} from '../../src/utils/presenting.ts';

const heading = (id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}"><span aria-hidden="true" class="sl-anchor-icon"><svg></svg></span><span class="sr-only">Section titled “${text}”</span></a></div>`;

describe('cutting a session into screens', () => {
  const html = `<p>Intro</p>${heading('welcome', 'Welcome &amp; check-in')}<p>Hello</p><div class="trainer-note" data-trainer-note><p>Note</p></div>${heading('closing', 'Closing')}<ul><li>Bye</li></ul>`;

  test('gives one section per ## heading, in order, with its text and title', () => {
    const { before, sections } = splitSections(html);
    expect(before).toBe('<p>Intro</p>');
    expect(sections.map((section) => [section.id, section.title])).toEqual([
      ['welcome', 'Welcome & check-in'],
      ['closing', 'Closing'],
    ]);
    expect(sections[0]?.html).toContain('data-trainer-note');
    expect(sections[0]?.html).not.toContain('Bye');
    expect(sections[1]?.html).toContain('<li>Bye</li>');
  });

  test('reads headings without Starlight’s wrapper too, and ignores ### headings', () => {
    const { sections } = splitSections('<h2 id="a">A</h2><h3 id="a1">A1</h3><p>x</p><h2 id="b">B</h2>');
    expect(sections.map((section) => section.id)).toEqual(['a', 'b']);
    expect(sections[0]?.html).toContain('<h3 id="a1">');
  });

  test('a screen drops the anchor link and the heading id, and keeps everything else', () => {
    const [section] = splitSections(html).sections;
    const screen = screenHtml(section?.html ?? '');
    expect(screen).not.toContain('sl-anchor-link');
    expect(screen).not.toContain('id="welcome"');
    expect(screen).toContain('<h2>Welcome &amp; check-in</h2>');
    expect(screen).toContain('<p>Hello</p>');
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
