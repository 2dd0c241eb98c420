/** Contacts and dates of the legal pages; placeholders until the operator's real addresses are known. */
export const ACCESSIBILITY_CONTACT = 'accessibility@thb-platform.example';
export const PRIVACY_CONTACT = 'privacy@thb-platform.example';

/** ISO dates on which the statement and the notice were last prepared or reviewed. */
export const STATEMENT_DATE = '2026-11-23';
export const PRIVACY_NOTICE_DATE = '2026-11-23';

/** A long date in the interface language; English uses the day-month order of the EU institutions. */
export function formatDocumentDate(isoDate: string, locale: string): string {
  const intlLocale = locale === 'en' ? 'en-GB' : locale;
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
