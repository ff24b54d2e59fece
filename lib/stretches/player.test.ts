import { describe, expect, it } from 'vitest';
import {
  countdownSeconds,
  expandSteps,
  formatCountdown,
  minutesOf,
  pause,
  resume,
  skip,
  snapshot,
  startPlayer,
  totalDurationMs,
  type PlayerStep,
} from './player';

const step = (name: string, holdSeconds: number, repetitions: number, bothSides: boolean): PlayerStep => ({
  stretchName: name,
  instructions: `${name} instructions`,
  holdSeconds,
  repetitions,
  bothSides,
});

// "Bedtime: calf 2×30 s (each leg), hamstring 1×15 s (each leg), walking 1×60 s"
const bedtime = [step('Calf', 30, 2, true), step('Hamstring', 15, 1, true), step('Walking', 60, 1, false)];

describe('expandSteps', () => {
  it('expands repetitions and sides into back-to-back segments', () => {
    const segments = expandSteps(bedtime);
    expect(segments.map((s) => [s.stretchName, s.side, s.repetition, s.startMs, s.endMs])).toEqual([
      ['Calf', 'left', 1, 0, 30_000],
      ['Calf', 'right', 1, 30_000, 60_000],
      ['Calf', 'left', 2, 60_000, 90_000],
      ['Calf', 'right', 2, 90_000, 120_000],
      ['Hamstring', 'left', 1, 120_000, 135_000],
      ['Hamstring', 'right', 1, 135_000, 150_000],
      ['Walking', null, 1, 150_000, 210_000],
    ]);
    expect(segments.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(totalDurationMs(segments)).toBe(210_000);
  });

  it('gives an empty routine no segments and no duration', () => {
    expect(expandSteps([])).toEqual([]);
    expect(totalDurationMs([])).toBe(0);
    expect(snapshot(startPlayer([], 0), 0).finished).toBe(true);
  });
});

describe('the player clock', () => {
  const segments = expandSteps(bedtime);
  const t0 = 1_000_000;

  it('tells the current segment, what is left and what comes next', () => {
    const s = snapshot(startPlayer(segments, t0), t0 + 31_500);
    expect(s.current).toMatchObject({ stretchName: 'Calf', side: 'right', repetition: 1 });
    expect(s.remainingMs).toBe(28_500);
    expect(countdownSeconds(s.remainingMs)).toBe(29);
    expect(s.next).toMatchObject({ stretchName: 'Calf', side: 'left', repetition: 2 });
    expect(s.progress).toBeCloseTo(31_500 / 210_000, 10);
    expect(s.finished).toBe(false);
  });

  it('moves to the next segment exactly at a boundary', () => {
    const s = snapshot(startPlayer(segments, t0), t0 + 30_000);
    expect(s.current?.index).toBe(1);
    expect(s.remainingMs).toBe(30_000);
  });

  it('has no next segment during the last one, and finishes at the end', () => {
    const player = startPlayer(segments, t0);
    const last = snapshot(player, t0 + 200_000);
    expect(last.current?.stretchName).toBe('Walking');
    expect(last.next).toBeUndefined();
    const end = snapshot(player, t0 + 210_000);
    expect(end).toMatchObject({ finished: true, current: undefined, remainingMs: 0, progress: 1 });
    expect(snapshot(player, t0 + 999_999).activeMs).toBe(210_000);
  });

  it('stands still while paused and carries on after resume', () => {
    let player = startPlayer(segments, t0);
    player = pause(player, t0 + 10_000);
    const during = snapshot(player, t0 + 70_000);
    expect(during.paused).toBe(true);
    expect(during.positionMs).toBe(10_000);
    expect(during.remainingMs).toBe(20_000);
    player = resume(player, t0 + 70_000);
    const after = snapshot(player, t0 + 75_000);
    expect(after.paused).toBe(false);
    expect(after.positionMs).toBe(15_000);
    expect(after.activeMs).toBe(15_000);
  });

  it('ignores a second pause and a resume when not paused', () => {
    let player = pause(startPlayer(segments, t0), t0 + 5_000);
    expect(pause(player, t0 + 9_000)).toBe(player);
    player = resume(player, t0 + 10_000);
    expect(resume(player, t0 + 11_000)).toBe(player);
    expect(snapshot(player, t0 + 20_000).positionMs).toBe(15_000);
  });

  it('skips to the start of the next segment without counting skipped time as stretching', () => {
    let player = startPlayer(segments, t0);
    player = skip(player, t0 + 4_000);
    const s = snapshot(player, t0 + 4_000);
    expect(s.current?.index).toBe(1);
    expect(s.remainingMs).toBe(30_000);
    expect(s.activeMs).toBe(4_000);
    expect(s.positionMs).toBe(30_000);
  });

  it('skips while paused and stays paused', () => {
    let player = pause(startPlayer(segments, t0), t0 + 2_000);
    player = skip(player, t0 + 5_000);
    const s = snapshot(player, t0 + 50_000);
    expect(s.paused).toBe(true);
    expect(s.current?.index).toBe(1);
    expect(s.remainingMs).toBe(30_000);
  });

  it('finishes after skipping the last segment, counting only the time spent', () => {
    let player = startPlayer(segments, t0);
    for (let i = 0; i < segments.length; i++) player = skip(player, t0 + 1_000);
    const s = snapshot(player, t0 + 1_000);
    expect(s.finished).toBe(true);
    expect(s.activeMs).toBe(1_000);
    expect(skip(player, t0 + 2_000)).toBe(player);
    expect(snapshot(player, t0 + 60_000).activeMs).toBe(1_000);
  });

  it('runs a short test routine (2 s holds) in 6 seconds', () => {
    const short = expandSteps([step('Calf', 2, 1, true), step('Walking', 2, 1, false)]);
    expect(short).toHaveLength(3);
    const player = startPlayer(short, 0);
    expect(snapshot(player, 5_999).finished).toBe(false);
    expect(snapshot(player, 6_000).finished).toBe(true);
  });
});

describe('formatting', () => {
  it('counts down in whole seconds, rounding up', () => {
    expect(countdownSeconds(1_200)).toBe(2);
    expect(countdownSeconds(1_000)).toBe(1);
    expect(countdownSeconds(0)).toBe(0);
    expect(countdownSeconds(-5)).toBe(0);
  });

  it('shows minutes and seconds', () => {
    expect(formatCountdown(7)).toBe('0:07');
    expect(formatCountdown(150)).toBe('2:30');
    expect(formatCountdown(600)).toBe('10:00');
  });

  it('rounds minutes to the hundredth', () => {
    expect(minutesOf(90_000)).toBe(1.5);
    expect(minutesOf(6_000)).toBe(0.1);
    expect(minutesOf(1_000)).toBe(0.02);
  });
});
