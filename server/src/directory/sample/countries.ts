import { type SeededRandom } from './random';

/**
 * What the generator needs to know about each country it writes records for: its English name (for the sample
 * contacts), its calling code and how to make a telephone number that reaches nobody, and a postal-code shape.
 */
export interface SampleCountry {
  code: string;
  name: string;
  memberState: boolean;
  callingCode: string;
  /** National significant numbers for fixed lines (and mobiles where a fictional mobile range exists). */
  fixed(random: SeededRandom): string;
  mobile?(random: SeededRandom): string;
  postalCode(random: SeededRandom): string | null;
}

/**
 * Telephone numbers. Where the national regulator has set aside numbers for films, books and teaching material
 * they are used: Germany (Bundesnetzagentur, Amtsblatt 7/2021: 030 23125, 069 90009, 040 66969, 0221 4710,
 * 089 99998, each 000–999), France (Arcep's fiction blocks 01 99 00 and 06 39 98), Ireland (ComReg's 020 91)
 * and Sweden (PTS: 070-174 06 05 to 070-174 06 99). Elsewhere no such range is known to us, and the numbers
 * follow the "555" convention of fiction in the capital's area code; every generated number is described as
 * fictional where it is shown.
 */
const block =
  (prefix: string, digits: number) =>
  (random: SeededRandom): string =>
    prefix + random.digits(digits);

const DE_DRAMA_BLOCKS = ['3023125', '6990009', '4066969', '2214710', '8999998'];

const numeric = (pattern: string) => (random: SeededRandom) => pattern.replace(/#/g, () => String(random.int(0, 9)));
const first = (pattern: string) => (random: SeededRandom) =>
  pattern.replace(/#/g, (_, i: number) => String(i === 0 ? random.int(1, 9) : random.int(0, 9)));

export const SAMPLE_COUNTRIES: Record<string, SampleCountry> = Object.fromEntries(
  (
    [
      ['AT', 'Austria', true, '43', block('1555', 4), null, first('####')],
      ['BE', 'Belgium', true, '32', block('2555', 4), null, first('####')],
      ['BG', 'Bulgaria', true, '359', block('2555', 4), null, first('####')],
      ['CY', 'Cyprus', true, '357', block('22555', 3), null, first('####')],
      ['CZ', 'Czechia', true, '420', block('222555', 3), null, first('### ##')],
      ['DE', 'Germany', true, '49', (r: SeededRandom) => r.pick(DE_DRAMA_BLOCKS) + r.digits(3), null, numeric('#####')],
      ['DK', 'Denmark', true, '45', block('3555', 4), null, first('####')],
      ['EE', 'Estonia', true, '372', block('6555', 3), null, first('#####')],
      ['ES', 'Spain', true, '34', block('91555', 4), null, numeric('#####')],
      ['FI', 'Finland', true, '358', block('9555', 4), null, numeric('#####')],
      ['FR', 'France', true, '33', block('19900', 4), block('63998', 4), first('#####')],
      ['GR', 'Greece', true, '30', block('210555', 4), null, first('### ##')],
      ['HR', 'Croatia', true, '385', block('1555', 4), null, first('#####')],
      ['HU', 'Hungary', true, '36', block('1555', 4), null, first('####')],
      ['IE', 'Ireland', true, '353', block('2091', 5), null, () => null],
      ['IT', 'Italy', true, '39', block('06555', 5), null, numeric('#####')],
      ['LT', 'Lithuania', true, '370', block('5555', 4), null, (r: SeededRandom) => `LT-${first('#####')(r)}`],
      ['LU', 'Luxembourg', true, '352', block('2755', 4), null, (r: SeededRandom) => `L-${first('####')(r)}`],
      ['LV', 'Latvia', true, '371', block('67555', 3), null, (r: SeededRandom) => `LV-${first('####')(r)}`],
      ['MT', 'Malta', true, '356', block('2155', 4), null, (r: SeededRandom) => `VLT ${first('####')(r)}`],
      [
        'NL',
        'Netherlands',
        true,
        '31',
        block('20555', 4),
        null,
        (r: SeededRandom) => `${first('####')(r)} ${r.pick(['AB', 'CD', 'EK', 'GH', 'LM', 'RS'])}`,
      ],
      ['PL', 'Poland', true, '48', block('22555', 4), null, numeric('##-###')],
      ['PT', 'Portugal', true, '351', block('21555', 4), null, first('####-###')],
      ['RO', 'Romania', true, '40', block('21555', 4), null, numeric('######')],
      [
        'SE',
        'Sweden',
        true,
        '46',
        (r: SeededRandom) => `7017406${String(r.int(5, 99)).padStart(2, '0')}`,
        null,
        first('### ##'),
      ],
      ['SI', 'Slovenia', true, '386', block('1555', 4), null, first('####')],
      ['SK', 'Slovakia', true, '421', block('2555', 5), null, first('### ##')],
      ['NG', 'Nigeria', false, '234', block('1555', 4), null, first('######')],
      ['VN', 'Vietnam', false, '84', block('24555', 5), null, first('######')],
      ['UA', 'Ukraine', false, '380', block('44555', 4), null, first('#####')],
      ['AL', 'Albania', false, '355', block('4555', 4), null, first('####')],
      ['MD', 'Moldova', false, '373', block('22555', 3), null, (r: SeededRandom) => `MD-${first('####')(r)}`],
      ['RS', 'Serbia', false, '381', block('11555', 4), null, first('#####')],
      ['MA', 'Morocco', false, '212', block('522555', 3), null, first('#####')],
    ] as const
  ).map(([code, name, memberState, callingCode, fixed, mobile, postalCode]) => [
    code,
    {
      code,
      name,
      memberState,
      callingCode,
      fixed,
      ...(mobile ? { mobile } : {}),
      postalCode,
    } satisfies SampleCountry,
  ]),
);

/** An E.164 number in the country that reaches nobody (see above). */
export function fictionalNumber(
  country: SampleCountry,
  random: SeededRandom,
  kind: 'fixed' | 'mobile' = 'fixed',
): string {
  const national = kind === 'mobile' && country.mobile ? country.mobile(random) : country.fixed(random);
  return `+${country.callingCode}${national}`;
}
