import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';

/** Keeps `document.title` on "Page · THB Platform", in the interface language, for every route. */
export function useDocumentTitle(): void {
  const { t } = useI18n();
  const route = useRoute();
  watchEffect(() => {
    const titleKey = route.meta.titleKey ?? 'titles.home';
    document.title = t('app.documentTitle', { page: t(titleKey) });
  });
}
