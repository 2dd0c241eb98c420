import { type Schedule } from '@thb/shared';
import { closedDates, hasDatedOpeningRows, openWeekBits, SLOTS_PER_DAY, SLOTS_PER_WEEK } from './opening-hours';

const row = (s: Partial<Schedule>): Schedule => ({
  byday: null,
  opensAt: null,
  closesAt: null,
  validFrom: null,
  validTo: null,
  closed: false,
  description: null,
  ...s,
});

const slot = (day: number, time: string) => {
  const [h, m] = time.split(':').map(Number);
  return day * SLOTS_PER_DAY + (h! * 60 + m!) / 5;
};

describe('openWeekBits', () => {
  it('sets the slots of a weekday span, closing time excluded', () => {
    const sut = openWeekBits([row({ byday: 'TU', opensAt: '09:00', closesAt: '17:30' })])!;
    expect(sut).toHaveLength(SLOTS_PER_WEEK);
    expect(sut[slot(1, '08:55')]).toBe('0');
    expect(sut[slot(1, '09:00')]).toBe('1');
    expect(sut[slot(1, '17:25')]).toBe('1');
    expect(sut[slot(1, '17:30')]).toBe('0');
    expect(sut[slot(0, '10:00')]).toBe('0');
  });

  it('runs a span past midnight, Sunday into Monday', () => {
    const sut = openWeekBits([row({ byday: 'SU', opensAt: '20:00', closesAt: '02:00' })])!;
    expect(sut[slot(6, '23:55')]).toBe('1');
    expect(sut[slot(0, '01:55')]).toBe('1');
    expect(sut[slot(0, '02:00')]).toBe('0');
  });

  it('applies a row without weekday to every day and ignores dated rows', () => {
    const sut = openWeekBits([
      row({ opensAt: '10:00', closesAt: '11:00' }),
      row({ byday: 'MO', opensAt: '12:00', closesAt: '13:00', validFrom: '2026-01-01' }),
    ])!;
    expect([0, 3, 6].map((d) => sut[slot(d, '10:30')])).toEqual(['1', '1', '1']);
    expect(sut[slot(0, '12:30')]).toBe('0');
  });

  it('is null without weekly hours; only dated opening rows need the row-by-row check', () => {
    expect(openWeekBits([])).toBeNull();
    expect(hasDatedOpeningRows([row({ closed: true, validFrom: '2026-12-25', validTo: '2026-12-25' })])).toBe(false);
    expect(hasDatedOpeningRows([row({ opensAt: '10:00', closesAt: '12:00', validFrom: '2026-12-24' })])).toBe(true);
    expect(hasDatedOpeningRows([row({ byday: 'MO', opensAt: '09:00', closesAt: '17:00' })])).toBe(false);
  });

  it('lists closed dates as half-open date ranges', () => {
    expect(
      closedDates([
        row({ closed: true, validFrom: '2026-12-24', validTo: '2026-12-26' }),
        row({ closed: true, validFrom: '2027-02-28', validTo: '2027-02-28' }),
        row({ closed: true, validFrom: '2027-06-01' }),
        row({ byday: 'MO', opensAt: '09:00', closesAt: '17:00' }),
      ]),
    ).toBe('{[2026-12-24,2026-12-27),[2027-02-28,2027-03-01),[2027-06-01,infinity)}');
    expect(closedDates([row({ byday: 'MO', opensAt: '09:00', closesAt: '17:00' })])).toBeNull();
  });
});
