import { type SuggestibleField } from '@thb/shared';
import { useI18n } from 'vue-i18n';
import { useFormatters } from '@/composables/useFormatters';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A suggested field's value in words, for the before → after view: names for codes, "Yes"/"No", one line per
 * phone, opening span or language. The values come from the API as `unknown`, so each shape is checked here.
 */
export function useDiffFormat() {
  const { t } = useI18n();
  const { countryName, languageName, formatDate } = useFormatters();

  function lines(field: SuggestibleField, value: unknown): string[] {
    if (value === null || value === undefined || value === '') {
      return [];
    }
    switch (field) {
      case 'name':
      case 'description':
        return isRecord(value) ? Object.entries(value).map(([lang, v]) => `${languageName(lang)}: ${text(v)}`) : [];
      case 'serviceTypes':
        return strings(value).map((v) => t(`services.${v}`));
      case 'groupsServed':
        return strings(value).map((v) => t(`directory.groups.${v}`));
      case 'accessModes':
        return strings(value).map((v) => t(`directory.access.${v}`));
      case 'languages':
        return strings(value).map(languageName);
      case 'status':
        return [t(`directory.status.${text(value)}`)];
      case 'free':
      case 'acceptsSelfReferral':
      case 'open247':
        return [value === true ? t('directory.diff.yes') : t('directory.diff.no')];
      case 'phones':
        return Array.isArray(value)
          ? value.filter(isRecord).map((p) => {
              const type = text(p.type) ? t(`directory.phoneTypes.${text(p.type)}`) : '';
              return [text(p.number), type, text(p.description)].filter(Boolean).join(' · ');
            })
          : [];
      case 'schedules':
        return Array.isArray(value)
          ? value.filter(isRecord).map((s) => {
              const day = text(s.byday) ? t(`directory.weekdays.${text(s.byday)}`) : '';
              const dates = [text(s.validFrom), text(s.validTo)].filter(Boolean).map(formatDate).join('–');
              const hours =
                s.closed === true ? t('directory.service.closed') : `${text(s.opensAt)}–${text(s.closesAt)}`;
              return [day, dates, hours].filter(Boolean).join(' ');
            })
          : [];
      case 'location':
        return isRecord(value)
          ? [
              [text(value.name), text(value.address1), text(value.address2)].filter(Boolean).join(', '),
              [text(value.postalCode), text(value.city), text(value.region)].filter(Boolean).join(' '),
              text(value.country) ? countryName(text(value.country)) : '',
            ].filter(Boolean)
          : [];
      case 'url':
      case 'email':
      case 'feesDescription':
      case 'eligibilityDescription':
        return [text(value)];
    }
  }

  return { lines };
}
