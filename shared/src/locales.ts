import { z } from 'zod';

/** Languages the user interface is translated into. English is the complete reference. */
export const SUPPORTED_LOCALES = ['en', 'fr', 'de'] as const;
export const localeSchema = z.enum(SUPPORTED_LOCALES);
export type Locale = z.infer<typeof localeSchema>;
export const DEFAULT_LOCALE: Locale = 'en';
