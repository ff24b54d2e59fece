// Building an Intl formatter costs ~100 µs; a chart of five years formats hundreds of dates,
// so each distinct set of options gets one formatter, reused.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached en-GB formatter for these options (time zone included in the options). */
export function dateFormatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A function formatting 'YYYY-MM-DD' nights ("Sat 28 Nov" by default), for formatting many with one set of options. */
export function nightFormatter(options: Intl.DateTimeFormatOptions = {}): (nightOf: string) => string {
  const formatter = dateFormatter({ weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC', ...options });
  return (nightOf) => formatter.format(new Date(`${nightOf}T12:00:00Z`));
}

/** "Sat 28 Nov" for a 'YYYY-MM-DD' night, independent of the server's time zone. */
export function formatNight(nightOf: string, options: Intl.DateTimeFormatOptions = {}): string {
  return nightFormatter(options)(nightOf);
}
