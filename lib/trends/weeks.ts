import { addDays, dayOfWeek, type CalendarDate, type WeekDay } from '../nights/calendar-date';

export { dayOfWeek, type WeekDay };
export const DEFAULT_WEEK_START: WeekDay = 1;

/** The first day of the week `date` falls in. */
export function weekStartOf(date: CalendarDate, weekStartsOn: WeekDay): CalendarDate {
  return addDays(date, -((dayOfWeek(date) - weekStartsOn + 7) % 7));
}

/** Language tags of an Accept-Language header, most preferred first. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.tag && l.tag !== '*' && Number.isFinite(l.q) && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}

type WeekInfo = { firstDay: number };
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** The locale's first day of the week (Intl weekInfo: 1 = Monday … 7 = Sunday); null when unknown. */
export function weekStartOfLocale(tag: string): WeekDay | null {
  try {
    const locale = new Intl.Locale(tag) as LocaleWithWeekInfo;
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    const first = info?.firstDay;
    return typeof first === 'number' && first >= 1 && first <= 7 ? ((first % 7) as WeekDay) : null;
  } catch {
    return null;
  }
}

/** The first day of the week for the visitor's preferred language; Monday when it cannot be told. */
export function weekStartFromAcceptLanguage(header: string | null | undefined): WeekDay {
  for (const tag of parseAcceptLanguage(header)) {
    const start = weekStartOfLocale(tag);
    if (start !== null) return start;
  }
  return DEFAULT_WEEK_START;
}
