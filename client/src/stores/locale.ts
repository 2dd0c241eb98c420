import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES } from '@thb/shared';
import { defineStore } from 'pinia';
import { computed, inject, watch } from 'vue';
import { APP_I18N_KEY, matchLocale, writeStoredLocale } from '@/i18n';

/**
 * The interface language. vue-i18n's global locale is the state; this store adds persistence of the user's
 * explicit choice and keeps `<html lang>` in step, so screen readers pronounce the page correctly.
 */
export const useLocaleStore = defineStore('locale', () => {
  const i18n = inject(APP_I18N_KEY);
  if (!i18n) {
    throw new Error('useLocaleStore needs the vue-i18n plugin installed on the app');
  }
  const host = i18n.global;

  const locale = computed<Locale>(() => matchLocale(host.locale.value) ?? DEFAULT_LOCALE);

  watch(
    locale,
    (value) => {
      document.documentElement.lang = value;
    },
    { immediate: true },
  );

  function setLocale(next: Locale): void {
    host.locale.value = next;
    writeStoredLocale(next);
  }

  return { locale, supportedLocales: SUPPORTED_LOCALES, setLocale };
});
