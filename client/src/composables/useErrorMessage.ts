import { DEFAULT_LOCALE } from '@thb/shared';
import { useI18n } from 'vue-i18n';
import { ClientErrorCode, isApiError } from '@/api/http';

export interface ReadableError {
  /** A sentence for the user, in the interface language. */
  message: string;
  /** The server's request id, worth quoting when reporting the problem. */
  reference: string | undefined;
}

/**
 * Turns anything an API call rejected with into a readable message: a translated sentence per error code,
 * else the problem's own detail or title (English, from the server), else a generic sentence.
 */
export function useErrorMessage() {
  const i18n = useI18n();
  const t = i18n.t;

  function describe(error: unknown): ReadableError {
    if (!isApiError(error)) {
      return { message: t('errors.unknown'), reference: undefined };
    }
    const reference = error.requestId;
    if (error.code === ClientErrorCode.Network) {
      return { message: t('errors.network'), reference };
    }
    if (error.code === ClientErrorCode.InvalidResponse) {
      return { message: t('errors.invalidResponse'), reference };
    }
    const key = `errors.codes.${error.code}` as const;
    // A code added to the shared package before its translation still gets the server's own words.
    if (i18n.te(key, DEFAULT_LOCALE)) {
      return { message: t(key), reference };
    }
    return { message: error.detail ?? error.title, reference };
  }

  return { describe };
}
