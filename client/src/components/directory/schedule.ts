import { type Schedule, type Weekday, WEEKDAYS } from '@thb/shared';

export interface WeekRow {
  day: Weekday;
  /** "09:00–13:00" spans in opening order; empty when closed that day. */
  spans: string[];
  today: boolean;
}

const SHORT_DAYS: Record<string, Weekday> = {
  Mon: 'MO',
  Tue: 'TU',
  Wed: 'WE',
  Thu: 'TH',
  Fri: 'FR',
  Sat: 'SA',
  Sun: 'SU',
};

/** Today's weekday where the service is, which may not be where the reader is. */
export function weekdayIn(timeZone: string, now = new Date()): Weekday | undefined {
  try {
    const short = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone }).format(now);
    return SHORT_DAYS[short];
  } catch {
    return undefined;
  }
}

/** The regular weekly hours as seven rows, Monday first; dated exceptions are left to `exceptionsOf`. */
export function weekOf(schedules: readonly Schedule[], timeZone: string, now = new Date()): WeekRow[] {
  const today = weekdayIn(timeZone, now);
  return WEEKDAYS.map((day) => ({
    day,
    today: day === today,
    spans: schedules
      .filter((s) => s.byday === day && !s.validFrom && !s.validTo && !s.closed && s.opensAt && s.closesAt)
      .sort((a, b) => (a.opensAt ?? '').localeCompare(b.opensAt ?? ''))
      .map((s) => `${s.opensAt}–${s.closesAt}`),
  }));
}

/** Dated exceptions (holidays, temporary hours), soonest first. */
export function exceptionsOf(schedules: readonly Schedule[]): Schedule[] {
  return schedules
    .filter((s) => s.validFrom || s.validTo)
    .sort((a, b) => (a.validFrom ?? a.validTo ?? '').localeCompare(b.validFrom ?? b.validTo ?? ''));
}
