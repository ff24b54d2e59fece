'use client';

import { setTheme, THEME_LABEL, useTheme } from '@/components/theme-toggle';
import { Card } from '@/components/ui/card';
import { useHydrated } from '@/components/ui/use-hydrated';
import { THEMES } from '@/lib/theme/theme';

/** The theme of this device: light, dark, the dim night palette, or night in the evening hours only. */
export function DisplayCard() {
  const theme = useTheme();
  const hydrated = useHydrated();
  return (
    <Card>
      <fieldset disabled={!hydrated} aria-describedby="theme-hint">
        <legend className="text-lg font-semibold">Display on this device</legend>
        <p id="theme-hint" className="mt-2 text-night-700 dark:text-night-200">
          Night is a dim, warm palette without blue light or white, for the middle of the night. It can turn on by
          itself from 21:00 to 07:00 in your time zone.
        </p>
        <div className="mt-4 grid gap-2 sm:grid-cols-2">
          {THEMES.map((option) => (
            <label
              key={option}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl px-3 ring-1 ring-night-200 has-[:checked]:ring-2 has-[:checked]:ring-calm-600 dark:ring-night-700 dark:has-[:checked]:ring-calm-400"
            >
              <input
                type="radio"
                name="theme"
                value={option}
                checked={theme === option}
                onChange={() => setTheme(option)}
                className="size-5 accent-calm-700 dark:accent-calm-400"
              />
              {THEME_LABEL[option]}
            </label>
          ))}
        </div>
      </fieldset>
    </Card>
  );
}
