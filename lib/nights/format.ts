/** "Sat 28 Nov" for a 'YYYY-MM-DD' night, independent of the server's time zone. */
export function formatNight(nightOf: string, options: Intl.DateTimeFormatOptions = {}): string {
  return new Date(`${nightOf}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
    ...options,
  });
}
