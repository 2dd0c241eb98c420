import { CENTRAL_PACKS } from './central';
import { NORTHERN_PACKS } from './northern';
import { THIRD_COUNTRY_PACKS } from './third-countries';
import { type LanguagePack } from './types';
import { WESTERN_PACKS } from './western';

export type { LanguagePack } from './types';

/** The languages the generator writes in: the 24 official EU languages plus uk, sr, sq, vi and ar. */
export const LANGUAGE_PACKS: Record<string, LanguagePack> = {
  ...WESTERN_PACKS,
  ...CENTRAL_PACKS,
  ...NORTHERN_PACKS,
  ...THIRD_COUNTRY_PACKS,
};

/** Names for countries whose record language (English, French) would give the wrong people. */
export const PEOPLE_BY_COUNTRY: Record<string, readonly string[]> = {
  NG: [
    'Ngozi Okafor',
    'Chiamaka Eze',
    'Tunde Adeyemi',
    'Aisha Bello',
    'Emeka Nwosu',
    'Funmilayo Adebayo',
    'Ibrahim Musa',
    'Blessing Okon',
  ],
  MA: [
    'Fatima Zahra Benali',
    'Khadija Alaoui',
    'Youssef Idrissi',
    'Sanaa Tazi',
    'Karim Bennani',
    'Nadia El Amrani',
    'Omar Chraibi',
    'Salma Berrada',
  ],
};
