/**
 * The routine player's clock as pure functions: a routine expands into timed segments (one per
 * repetition and side), and a small state records start, pauses and skips. The component only
 * asks "where are we at time t?".
 */

export type PlayerStep = {
  stretchName: string;
  instructions: string;
  holdSeconds: number;
  repetitions: number;
  bothSides: boolean;
};

export type Side = 'left' | 'right';

export type Segment = {
  index: number;
  stepIndex: number;
  stretchName: string;
  instructions: string;
  side: Side | null;
  /** 1-based. */
  repetition: number;
  repetitions: number;
  startMs: number;
  endMs: number;
};

/** Each repetition does the left side then the right (when both), before the next repetition. */
export function expandSteps(steps: readonly PlayerStep[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  steps.forEach((step, stepIndex) => {
    const sides: (Side | null)[] = step.bothSides ? ['left', 'right'] : [null];
    const durationMs = Math.max(0, step.holdSeconds) * 1000;
    for (let repetition = 1; repetition <= step.repetitions; repetition++) {
      for (const side of sides) {
        segments.push({
          index: segments.length,
          stepIndex,
          stretchName: step.stretchName,
          instructions: step.instructions,
          side,
          repetition,
          repetitions: step.repetitions,
          startMs: at,
          endMs: at + durationMs,
        });
        at += durationMs;
      }
    }
  });
  return segments;
}

export function totalDurationMs(segments: readonly Segment[]): number {
  return segments.length ? segments[segments.length - 1]!.endMs : 0;
}

export type PlayerState = {
  segments: readonly Segment[];
  startedAt: number;
  /** Set while paused: when the pause began. */
  pausedAt: number | null;
  /** Time spent in earlier, finished pauses. */
  pausedMs: number;
  /** Routine time jumped over with Skip. */
  skippedMs: number;
};

export function startPlayer(segments: readonly Segment[], now: number): PlayerState {
  return { segments, startedAt: now, pausedAt: null, pausedMs: 0, skippedMs: 0 };
}

/** Wall time actually spent stretching: excludes pauses and skipped parts, capped at the routine's end. */
export function activeMs(state: PlayerState, now: number): number {
  const pausedNow = state.pausedAt === null ? 0 : Math.max(0, now - state.pausedAt);
  const raw = Math.max(0, now - state.startedAt - state.pausedMs - pausedNow);
  return Math.min(raw, Math.max(0, totalDurationMs(state.segments) - state.skippedMs));
}

/** Position in the routine's timeline. */
export function positionMs(state: PlayerState, now: number): number {
  return Math.min(activeMs(state, now) + state.skippedMs, totalDurationMs(state.segments));
}

export type PlayerSnapshot = {
  finished: boolean;
  paused: boolean;
  /** The segment under way; undefined once finished. */
  current: Segment | undefined;
  next: Segment | undefined;
  remainingMs: number;
  /** 0..1 along the whole routine. */
  progress: number;
  positionMs: number;
  activeMs: number;
  totalMs: number;
};

function segmentAt(segments: readonly Segment[], position: number): Segment | undefined {
  // A zero-length routine or the very end has no current segment.
  return segments.find((s) => position < s.endMs && s.endMs > s.startMs);
}

export function snapshot(state: PlayerState, now: number): PlayerSnapshot {
  const totalMs = totalDurationMs(state.segments);
  const position = positionMs(state, now);
  const current = position >= totalMs ? undefined : segmentAt(state.segments, position);
  const next = current ? state.segments.slice(current.index + 1).find((s) => s.endMs > s.startMs) : undefined;
  return {
    finished: current === undefined,
    paused: state.pausedAt !== null,
    current,
    next,
    remainingMs: current ? current.endMs - position : 0,
    progress: totalMs ? position / totalMs : 1,
    positionMs: position,
    activeMs: activeMs(state, now),
    totalMs,
  };
}

export function pause(state: PlayerState, now: number): PlayerState {
  if (state.pausedAt !== null || snapshot(state, now).finished) return state;
  return { ...state, pausedAt: now };
}

export function resume(state: PlayerState, now: number): PlayerState {
  if (state.pausedAt === null) return state;
  return { ...state, pausedAt: null, pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt) };
}

/** Jumps to the start of the next segment (or the end). Works while paused too. */
export function skip(state: PlayerState, now: number): PlayerState {
  const snap = snapshot(state, now);
  if (!snap.current) return state;
  return { ...state, skippedMs: state.skippedMs + (snap.current.endMs - snap.positionMs) };
}

/** Whole seconds left, counting up (1.2 s left shows as 2), as a countdown should. */
export function countdownSeconds(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}

/** "0:07", "2:30", "10:00". */
export function formatCountdown(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** Minutes for the log, to the hundredth. */
export function minutesOf(ms: number): number {
  return Math.round(ms / 600) / 100;
}
