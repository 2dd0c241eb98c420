import ISO6391 from 'iso-639-1';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

/** Intl.DisplayNames falls back to the code itself for codes it does not know (e.g. `XK` in older ICU). */
function displayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' });
  } catch {
    return undefined;
  }
}

/**
 * Names of countries and languages, dates and times, in the interface language, from the browser's Intl data:
 * no translation tables to maintain for 250 countries and 180 languages.
 */
export function useFormatters() {
  const { locale } = useI18n();

  const regions = computed(() => displayNames(locale.value, 'region'));
  const languages = computed(() => displayNames(locale.value, 'language'));
  const dateFormat = computed(() => new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium' }));
  const dateTimeFormat = computed(
    () => new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const collator = computed(() => new Intl.Collator(locale.value));

  function countryName(code: string): string {
    return regions.value?.of(code.toUpperCase()) ?? code;
  }

  function languageName(code: string): string {
    const lower = code.toLowerCase();
    const intl = languages.value?.of(lower);
    // Browsers ship trimmed language data (Chromium cannot name Afar or Abkhaz): then the English name.
    const name = intl && intl.toLowerCase() !== lower ? intl : ISO6391.getName(lower) || code;
    // Language names are lower case in French ("français"); as labels they start with a capital.
    return name.charAt(0).toLocaleUpperCase(locale.value) + name.slice(1);
  }

  function formatDate(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateFormat.value.format(date);
  }

  function formatDateTime(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.value.format(date);
  }

  /** Options sorted by their label in the interface language. */
  function sortByLabel<T extends { label: string }>(options: T[]): T[] {
    return [...options].sort((a, b) => collator.value.compare(a.label, b.label));
  }

  /**
   * Options for codes, named and sorted; two codes with the same name (Akan for `ak` and `tw` in some
   * browsers) get their code added, so that each choice can be told apart.
   */
  function namedOptions(codes: readonly string[], name: (code: string) => string): { value: string; label: string }[] {
    const options = codes.map((code) => ({ value: code, label: name(code) }));
    const seen = new Map<string, number>();
    for (const option of options) {
      seen.set(option.label, (seen.get(option.label) ?? 0) + 1);
    }
    return sortByLabel(
      options.map((o) => ((seen.get(o.label) ?? 0) > 1 ? { ...o, label: `${o.label} (${o.value})` } : o)),
    );
  }

  return { countryName, languageName, formatDate, formatDateTime, sortByLabel, namedOptions };
}
