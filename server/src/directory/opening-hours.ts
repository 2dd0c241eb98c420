import { type Schedule, WEEKDAYS } from '@thb/shared';

/** Five-minute slots in a week: the resolution of the stored weekly opening hours. */
export const SLOT_MINUTES = 5;
export const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES;
export const SLOTS_PER_WEEK = 7 * SLOTS_PER_DAY;

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * Opening hours that only hold for some dates (seasonal or extra hours) cannot be folded into a week; such
 * records are checked row by row. Closed dates can: see `closedDates`.
 */
export function hasDatedOpeningRows(schedules: readonly Schedule[]): boolean {
  return schedules.some((s) => !s.closed && (s.validFrom !== null || s.validTo !== null));
}

/** The day after an ISO date, for half-open ranges. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The dates a service is closed (exceptions), as a PostgreSQL `datemultirange` literal of half-open
 * ranges, e.g. `{[2026-12-25,2026-12-27)}`; null when there are none.
 */
export function closedDates(schedules: readonly Schedule[]): string | null {
  const ranges = schedules
    .filter((s) => s.closed)
    .map((s) => `[${s.validFrom ?? '-infinity'},${s.validTo ? dayAfter(s.validTo) : 'infinity'})`);
  return ranges.length > 0 ? `{${ranges.join(',')}}` : null;
}

/**
 * The weekly rows folded into a bit string, one bit per five minutes from Monday 00:00 local time; a span
 * that closes at or before it opens runs past midnight into the next day (Sunday wraps to Monday). Times
 * are rounded to the slot: opening down, closing up. Null when there are no weekly spans.
 */
export function openWeekBits(schedules: readonly Schedule[]): string | null {
  const weekly = schedules.filter(
    (s) => !s.closed && s.validFrom === null && s.validTo === null && s.opensAt !== null && s.closesAt !== null,
  );
  if (weekly.length === 0) {
    return null;
  }
  const bits = new Uint8Array(SLOTS_PER_WEEK);
  for (const s of weekly) {
    const open = Math.floor(minutes(s.opensAt!) / SLOT_MINUTES);
    let close = Math.ceil(minutes(s.closesAt!) / SLOT_MINUTES);
    if (close <= open) {
      close += SLOTS_PER_DAY;
    }
    const days = s.byday === null ? WEEKDAYS.map((_, i) => i) : [WEEKDAYS.indexOf(s.byday)];
    for (const day of days) {
      for (let slot = open; slot < close; slot++) {
        bits[(day * SLOTS_PER_DAY + slot) % SLOTS_PER_WEEK] = 1;
      }
    }
  }
  return Array.from(bits).join('');
}
