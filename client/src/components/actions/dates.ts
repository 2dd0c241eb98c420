import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

/** Today in the browser's time zone, as `YYYY-MM-DD` (what a date input holds). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Calendar dates (`2014-10-17`) in the interface language. They are days, not instants: formatted in UTC, so
 * that nobody west of Greenwich sees the day before.
 */
export function useDayFormat() {
  const { locale } = useI18n();
  const format = computed(() => new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeZone: 'UTC' }));
  return (day: string): string => {
    const date = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? day : format.value.format(date);
  };
}
