import { buttonClass } from '@/components/ui/button';
import { SelectInput } from '@/components/ui/field';
import type { OverlayFactor, PeriodKey } from '@/lib/trends';

/** A GET form, so the chosen overlay is part of the URL like the period. */
export function FactorPicker({
  options,
  selected,
  period,
}: {
  options: { builtIn: OverlayFactor[]; custom: OverlayFactor[] };
  selected: string | null;
  period: { key: PeriodKey; from: string; to: string };
}) {
  return (
    <form method="get" action="/insights" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="period" value={period.key} />
      {period.key === 'custom' && (
        <>
          <input type="hidden" name="from" value={period.from} />
          <input type="hidden" name="to" value={period.to} />
        </>
      )}
      <div className="min-w-56 flex-1">
        <SelectInput label="Mark nights with a factor" name="factor" defaultValue={selected ?? ''}>
          <option value="">No factor</option>
          <optgroup label="Built-in factors">
            {options.builtIn.map((f) => (
              <option key={f.key} value={f.key}>
                {f.name}
              </option>
            ))}
          </optgroup>
          {options.custom.length > 0 && (
            <optgroup label="Your factors">
              {options.custom.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.name}
                </option>
              ))}
            </optgroup>
          )}
        </SelectInput>
      </div>
      <button type="submit" className={buttonClass('secondary')}>
        Mark on chart
      </button>
    </form>
  );
}
