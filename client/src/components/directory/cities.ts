/**
 * Places people can search "near" without sharing their location: the capitals of the Member States and a few
 * other large cities, and some third-country capitals named in the Strategy. Coordinates are city centres,
 * rounded to two decimals (about a kilometre), which is all a radius search needs.
 */
export interface NearbyCity {
  /** Stable key used in the address (`?near=lisbon`). */
  key: string;
  /** The city's name as commonly written in English. */
  name: string;
  country: string;
  lat: number;
  lng: number;
}

export const CITIES: readonly NearbyCity[] = [
  { key: 'amsterdam', name: 'Amsterdam', country: 'NL', lat: 52.37, lng: 4.9 },
  { key: 'antwerp', name: 'Antwerp', country: 'BE', lat: 51.22, lng: 4.4 },
  { key: 'athens', name: 'Athens', country: 'GR', lat: 37.98, lng: 23.73 },
  { key: 'barcelona', name: 'Barcelona', country: 'ES', lat: 41.39, lng: 2.17 },
  { key: 'belgrade', name: 'Belgrade', country: 'RS', lat: 44.79, lng: 20.45 },
  { key: 'berlin', name: 'Berlin', country: 'DE', lat: 52.52, lng: 13.4 },
  { key: 'bologna', name: 'Bologna', country: 'IT', lat: 44.49, lng: 11.34 },
  { key: 'bratislava', name: 'Bratislava', country: 'SK', lat: 48.15, lng: 17.11 },
  { key: 'brussels', name: 'Brussels', country: 'BE', lat: 50.85, lng: 4.35 },
  { key: 'bucharest', name: 'Bucharest', country: 'RO', lat: 44.43, lng: 26.1 },
  { key: 'budapest', name: 'Budapest', country: 'HU', lat: 47.5, lng: 19.04 },
  { key: 'chisinau', name: 'Chișinău', country: 'MD', lat: 47.01, lng: 28.86 },
  { key: 'copenhagen', name: 'Copenhagen', country: 'DK', lat: 55.68, lng: 12.57 },
  { key: 'dublin', name: 'Dublin', country: 'IE', lat: 53.35, lng: -6.26 },
  { key: 'frankfurt', name: 'Frankfurt am Main', country: 'DE', lat: 50.11, lng: 8.68 },
  { key: 'hamburg', name: 'Hamburg', country: 'DE', lat: 53.55, lng: 9.99 },
  { key: 'helsinki', name: 'Helsinki', country: 'FI', lat: 60.17, lng: 24.94 },
  { key: 'kyiv', name: 'Kyiv', country: 'UA', lat: 50.45, lng: 30.52 },
  { key: 'lagos', name: 'Lagos', country: 'NG', lat: 6.52, lng: 3.38 },
  { key: 'lisbon', name: 'Lisbon', country: 'PT', lat: 38.72, lng: -9.14 },
  { key: 'ljubljana', name: 'Ljubljana', country: 'SI', lat: 46.06, lng: 14.51 },
  { key: 'luxembourg', name: 'Luxembourg', country: 'LU', lat: 49.61, lng: 6.13 },
  { key: 'lyon', name: 'Lyon', country: 'FR', lat: 45.76, lng: 4.84 },
  { key: 'madrid', name: 'Madrid', country: 'ES', lat: 40.42, lng: -3.7 },
  { key: 'marseille', name: 'Marseille', country: 'FR', lat: 43.3, lng: 5.37 },
  { key: 'milan', name: 'Milan', country: 'IT', lat: 45.46, lng: 9.19 },
  { key: 'munich', name: 'Munich', country: 'DE', lat: 48.14, lng: 11.58 },
  { key: 'naples', name: 'Naples', country: 'IT', lat: 40.85, lng: 14.27 },
  { key: 'nicosia', name: 'Nicosia', country: 'CY', lat: 35.19, lng: 33.38 },
  { key: 'paris', name: 'Paris', country: 'FR', lat: 48.86, lng: 2.35 },
  { key: 'porto', name: 'Porto', country: 'PT', lat: 41.15, lng: -8.61 },
  { key: 'prague', name: 'Prague', country: 'CZ', lat: 50.08, lng: 14.44 },
  { key: 'riga', name: 'Riga', country: 'LV', lat: 56.95, lng: 24.11 },
  { key: 'rome', name: 'Rome', country: 'IT', lat: 41.9, lng: 12.5 },
  { key: 'rotterdam', name: 'Rotterdam', country: 'NL', lat: 51.92, lng: 4.48 },
  { key: 'sofia', name: 'Sofia', country: 'BG', lat: 42.7, lng: 23.32 },
  { key: 'stockholm', name: 'Stockholm', country: 'SE', lat: 59.33, lng: 18.07 },
  { key: 'tallinn', name: 'Tallinn', country: 'EE', lat: 59.44, lng: 24.75 },
  { key: 'thessaloniki', name: 'Thessaloniki', country: 'GR', lat: 40.64, lng: 22.94 },
  { key: 'valletta', name: 'Valletta', country: 'MT', lat: 35.9, lng: 14.51 },
  { key: 'vienna', name: 'Vienna', country: 'AT', lat: 48.21, lng: 16.37 },
  { key: 'vilnius', name: 'Vilnius', country: 'LT', lat: 54.69, lng: 25.28 },
  { key: 'warsaw', name: 'Warsaw', country: 'PL', lat: 52.23, lng: 21.01 },
  { key: 'zagreb', name: 'Zagreb', country: 'HR', lat: 45.81, lng: 15.98 },
];

export function cityByKey(key: string): NearbyCity | undefined {
  return CITIES.find((city) => city.key === key);
}
