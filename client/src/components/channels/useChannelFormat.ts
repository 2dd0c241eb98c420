import { type ChannelSummary } from '@thb/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { type ChannelErrorCode } from '@/stores/channels';

const DAY_MS = 24 * 60 * 60 * 1000;

function dayStart(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Names, times and error sentences of the channels, in the interface language. */
export function useChannelFormat() {
  const i18n = useI18n();
  const { t, locale } = i18n;

  const timeFormat = computed(() => new Intl.DateTimeFormat(locale.value, { timeStyle: 'short' }));
  const dayFormat = computed(
    () => new Intl.DateTimeFormat(locale.value, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  );
  const dateTimeFormat = computed(
    () => new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }),
  );

  /** A direct conversation is named after the other person; a priority's name without its letter, shown apart. */
  function channelName(summary: Pick<ChannelSummary, 'name' | 'kind' | 'directPeer' | 'priorityCode'>): string {
    if (summary.kind === 'direct' && summary.directPeer) {
      return summary.directPeer.displayName;
    }
    const code = summary.priorityCode;
    return code && summary.name.startsWith(`${code}. `) ? summary.name.slice(code.length + 2) : summary.name;
  }

  function time(iso: string): string {
    return timeFormat.value.format(new Date(iso));
  }

  function dateTime(iso: string): string {
    return dateTimeFormat.value.format(new Date(iso));
  }

  /** "Today", "Yesterday" or the full date: the day separators of the message list. */
  function dayLabel(iso: string, now = new Date()): string {
    const days = Math.round((dayStart(now) - dayStart(new Date(iso))) / DAY_MS);
    if (days === 0) {
      return t('channels.log.today');
    }
    if (days === 1) {
      return t('channels.log.yesterday');
    }
    return dayFormat.value.format(new Date(iso));
  }

  function dayKey(iso: string): number {
    return dayStart(new Date(iso));
  }

  /** A sentence for a refused or unanswered request. */
  function errorText(error: { code: ChannelErrorCode; message: string }): string {
    const key = `channels.errors.${error.code}`;
    if (i18n.te(key, 'en')) {
      return t(key, { reason: error.message });
    }
    return t('channels.errors.other', { reason: error.message });
  }

  return { channelName, time, dateTime, dayLabel, dayKey, errorText };
}
