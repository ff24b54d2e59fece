'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, SelectInput, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { buildSchedule, drawOrder, FOUND_OF_100_BY_BLOCKS, type Arm } from '@/lib/experiments';
import { formatNight } from '@/lib/nights/format';
import { startExperiment } from '../actions';

export type ConditionOption = { key: string; label: string };

const BLOCK_COUNTS = [4, 6, 8, 10, 12, 14, 16];

/** Blocks as dates, for the preview; undefined while the numbers cannot make a schedule. */
function preview(startNight: string, blockLength: string, order: string, washout: string) {
  const length = Number(blockLength);
  const washoutNights = Number(washout);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startNight) || !Number.isInteger(length) || length < 1 || length > 60) return undefined;
  if (!Number.isInteger(washoutNights) || washoutNights < 0 || washoutNights >= length) return undefined;
  const schedule = buildSchedule({ startNight, blockLength: length, order: order.split('') as Arm[], washoutNights });
  return order.split('').map((arm, block) => {
    const nights = schedule.filter((n) => n.block === block);
    return { arm, from: nights[0]!.nightOf, to: nights.at(-1)!.nightOf, washout: nights.filter((n) => n.washout).length };
  });
}

export function ExperimentForm({
  tonight,
  optionsA,
  routineOptions,
  initialA,
  initialOrder,
}: {
  tonight: string;
  optionsA: ConditionOption[];
  routineOptions: ConditionOption[];
  initialA: string;
  initialOrder: string;
}) {
  const router = useRouter();
  const [id] = useState(() => crypto.randomUUID());
  const [conditionA, setConditionA] = useState(initialA);
  const [conditionB, setConditionB] = useState('none');
  const [blockCount, setBlockCount] = useState(initialOrder.length);
  const [order, setOrder] = useState(initialOrder);
  const [blockLength, setBlockLength] = useState('7');
  const [washoutNights, setWashoutNights] = useState('1');
  const [startNight, setStartNight] = useState(tonight);
  const [smallestDifference, setSmallestDifference] = useState('1');
  const { pending, errors, message, submit } = useAction(startExperiment);

  const labelA = optionsA.find((o) => o.key === conditionA)?.label ?? 'A';
  const optionsB = [
    { key: 'none', label: 'Without it' },
    ...(conditionA.startsWith('routine:') ? routineOptions.filter((o) => o.key !== conditionA) : []),
  ];
  const labelB = optionsB.find((o) => o.key === conditionB)?.label ?? 'Without it';
  const blocks = preview(startNight, blockLength, order, washoutNights);

  function changeCount(count: number) {
    setBlockCount(count);
    setOrder(drawOrder(count, Math.random).join(''));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const created = await submit({
      id,
      conditionA,
      conditionB: optionsB.some((o) => o.key === conditionB) ? conditionB : 'none',
      blockLength,
      blockCount,
      blockOrder: order,
      washoutNights,
      startNight,
      smallestDifference,
    });
    if (created) router.push(`/experiments/${created.id}`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="New experiment">
      <FormMessage message={message?.text} tone={message?.tone} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectInput label="A: what to test" name="conditionA" value={conditionA} onChange={(e) => setConditionA(e.target.value)} error={errors.conditionA}>
          {optionsA.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </SelectInput>
        <SelectInput label="B: compared with" name="conditionB" value={conditionB} onChange={(e) => setConditionB(e.target.value)} error={errors.conditionB}>
          {optionsB.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </SelectInput>
        <TextInput
          label="Nights per block"
          name="blockLength"
          inputMode="numeric"
          value={blockLength}
          onChange={(e) => setBlockLength(e.target.value)}
          error={errors.blockLength}
          hint="7 is a good start: long enough for a change to settle in."
        />
        <SelectInput
          label="Number of blocks"
          name="blockCount"
          value={blockCount}
          onChange={(e) => changeCount(Number(e.target.value))}
          error={errors.blockCount}
        >
          {BLOCK_COUNTS.map((n) => (
            <option key={n} value={n}>
              {n} blocks ({n / 2} of each)
            </option>
          ))}
        </SelectInput>
        <TextInput
          label="Washout nights after each switch"
          name="washoutNights"
          inputMode="numeric"
          value={washoutNights}
          onChange={(e) => setWashoutNights(e.target.value)}
          error={errors.washoutNights}
        />
        <TextInput
          label="First night"
          name="startNight"
          type="date"
          min={tonight}
          value={startNight}
          onChange={(e) => setStartNight(e.target.value)}
          error={errors.startNight}
        />
        <TextInput
          label="Smallest difference worth having (points of severity, 0–10 scale)"
          name="smallestDifference"
          inputMode="decimal"
          value={smallestDifference}
          onChange={(e) => setSmallestDifference(e.target.value)}
          error={errors.smallestDifference}
        />
      </div>
      {blockCount < 8 && (
        <p role="note" className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          With {blockCount} blocks, a moderate effect is easy to miss: in simulations of a routine that lowers severity by
          1.5 points, 4 blocks of 7 nights found it {FOUND_OF_100_BY_BLOCKS[4]} times in 100, 8 blocks of 7{' '}
          {FOUND_OF_100_BY_BLOCKS[8]} and 10 blocks of 7 {FOUND_OF_100_BY_BLOCKS[10]}. Choose 8 or 10 blocks if you can.
        </p>
      )}
      <div className="space-y-2">
        <h2 className="font-semibold">
          Order, drawn at random: <span data-testid="block-order">{order.split('').join(' ')}</span>
        </h2>
        <p className="text-sm text-night-600 dark:text-night-300">
          Primary outcome: each night’s worst severity; secondary: nights with episodes. A = {labelA}; B = {labelB}.
        </p>
        {errors.blockOrder && <p className="text-sm font-medium text-red-700 dark:text-red-300">{errors.blockOrder}</p>}
        {blocks && (
          <ol className="space-y-1 text-sm" aria-label="Schedule">
            {blocks.map((b, i) => (
              <li key={i}>
                Block {i + 1} · {b.arm === 'A' ? labelA : labelB} · {formatNight(b.from)} to {formatNight(b.to)}
                {b.washout > 0 && ` (first ${b.washout === 1 ? 'night' : `${b.washout} nights`} washout)`}
              </li>
            ))}
          </ol>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Starting…' : 'Start the experiment'}
      </Button>
    </form>
  );
}
