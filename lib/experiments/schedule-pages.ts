import type { CalendarDate } from '../nights/calendar-date';
import type { ScheduledNight } from './schedule';

/** Up to this many nights, the experiment page lists them all; beyond, a block at a time. */
export const ALL_NIGHTS_UP_TO = 28;

/**
 * The schedule's nights in blocks, in order: a paused night goes with the block after it (the one
 * the pause delayed), or the last block when the pause runs to the end.
 */
export function nightsByBlock(nights: readonly ScheduledNight[]): ScheduledNight[][] {
  const blocks: { block: number | null; nights: ScheduledNight[] }[] = [];
  let paused: ScheduledNight[] = [];
  for (const night of nights) {
    if (night.block === null) {
      paused.push(night);
      continue;
    }
    const current = blocks.at(-1);
    // A pause inside a block stays in it, in order; one between blocks goes with the next.
    if (current && current.block === night.block) current.nights.push(...paused, night);
    else blocks.push({ block: night.block, nights: [...paused, night] });
    paused = [];
  }
  if (paused.length) {
    const last = blocks.at(-1);
    if (last) last.nights.push(...paused);
    else blocks.push({ block: null, nights: paused });
  }
  return blocks.map((b) => b.nights);
}

/** The block shown first: the one tonight falls in (or the next to start), else the last. */
export function defaultBlock(blocks: readonly ScheduledNight[][], tonight: CalendarDate): number {
  const index = blocks.findIndex((block) => block.at(-1)!.nightOf >= tonight);
  return index === -1 ? Math.max(0, blocks.length - 1) : index;
}
