import { DEFAULT_LOCALE, type Locale, localeSchema } from '@thb/shared';
import { type InjectionKey } from 'vue';
import { createI18n } from 'vue-i18n';
import de from './messages/de';
import en, { type MessageSchema } from './messages/en';
import fr from './messages/fr';

export type { MessageSchema };

export const messages: Record<Locale, MessageSchema> = { en, fr, de };

/** Key under which the user's explicit language choice is kept in localStorage. */
export const LOCALE_STORAGE_KEY = 'thb.locale';

/** Maps a BCP 47 tag such as `fr-BE` to a supported locale, or undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) {
    return undefined;
  }
  const parsed = localeSchema.safeParse(tag.toLowerCase().split('-')[0]);
  return parsed.success ? parsed.data : undefined;
}

/** Reads the stored choice; storage can be unavailable (privacy mode, disabled cookies), which is not an error. */
export function readStoredLocale(): Locale | undefined {
  try {
    return matchLocale(window.localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

export function writeStoredLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Without storage the choice lasts for this visit only.
  }
}

/** The stored choice first, then the browser's preferred languages in order, then English. */
export function detectLocale(preferred: readonly string[] = navigator.languages): Locale {
  const stored = readStoredLocale();
  if (stored) {
    return stored;
  }
  for (const tag of preferred) {
    const match = matchLocale(tag);
    if (match) {
      return match;
    }
  }
  return matchLocale(navigator.language) ?? DEFAULT_LOCALE;
}

export interface AppI18nOptions {
  /** Called for every key missing in a locale (tests use it to fail on unknown keys). */
  onMissingKey?: (locale: string, key: string) => void;
}

/**
 * The app's vue-i18n instance. Installing it also provides it under APP_I18N_KEY, so that code running in the
 * app's context but outside components (setup stores) can reach the global composer.
 */
export function createAppI18n(locale: Locale = DEFAULT_LOCALE, options: AppI18nOptions = {}) {
  const { onMissingKey } = options;
  const i18n = createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    ...(onMissingKey
      ? {
          missingWarn: false,
          fallbackWarn: false,
          missing: (missingLocale: string, key: string) => {
            onMissingKey(missingLocale, key);
          },
        }
      : {}),
  });
  const install = i18n.install.bind(i18n);
  i18n.install = (app, ...rest) => {
    install(app, ...rest);
    app.provide(APP_I18N_KEY, i18n);
  };
  return i18n;
}

export type AppI18n = ReturnType<typeof createAppI18n>;

export const APP_I18N_KEY: InjectionKey<AppI18n> = Symbol('app-i18n');

declare module 'vue-i18n' {
  // Message keys for editor completion in t(); missing keys are caught by the i18n specs.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
