/**
 * The projector view's logic that runs in the browser and needs no page: the keys a trainer
 * or a presentation clicker sends, and the countdown. The view itself is
 * src/components/present/ProjectorView.astro; cutting sessions into screens happens at
 * build time, in session-screens.ts.
 */

/** What a key press asks the projector view to do. */
export type PresentAction =
  'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'leave' | 'timer' | 'timer-reset';

/**
 * The action of a key. Presentation clickers send Page Down / Page Up (some send the
 * arrows or B for a blank screen, which is left to the browser). On a right-to-left page
 * the next screen lies to the left, so the left arrow moves forward there.
 */
export function actionOfKey(
  key: string,
  options: { shift?: boolean; rtl?: boolean; modified?: boolean } = {},
): PresentAction | undefined {
  if (options.modified) return undefined;
  const forwardArrow = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  const backArrow = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forwardArrow:
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case backArrow:
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
      return options.shift ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'leave';
    case 't':
    case 'T':
      return 'timer';
    case 'r':
    case 'R':
      return 'timer-reset';
    default:
      return undefined;
  }
}

/** A countdown's remaining time as `m:ss`, or `-m:ss` once it has run over. */
export function countdownText(remainingMs: number): string {
  const over = remainingMs < 0;
  const seconds = Math.ceil(Math.abs(remainingMs) / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over && seconds > 0 ? `-${text}` : text;
}

/**
 * A countdown a trainer starts, pauses and resets. Time is read from the clock it is
 * given, so a paused, hidden or throttled window never loses or gains time.
 */
export class Countdown {
  private startedAt: number | undefined;
  private usedMs = 0;

  constructor(
    readonly totalMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get running(): boolean {
    return this.startedAt !== undefined;
  }

  /** Milliseconds left; below zero once the part has run over. */
  get remainingMs(): number {
    const running = this.startedAt === undefined ? 0 : this.now() - this.startedAt;
    return this.totalMs - this.usedMs - running;
  }

  start(): void {
    this.startedAt ??= this.now();
  }

  pause(): void {
    if (this.startedAt === undefined) return;
    this.usedMs += this.now() - this.startedAt;
    this.startedAt = undefined;
  }

  toggle(): void {
    if (this.running) this.pause();
    else this.start();
  }

  reset(): void {
    this.startedAt = undefined;
    this.usedMs = 0;
  }
}
