import { describe, expect, it } from 'vitest';
import { emptyFilters, filtersFromQuery, hasAnyFilter, queryFromFilters, searchParamsFrom } from './search-params';

describe('directory search parameters', () => {
  it('round-trips every part of a search through the address', () => {
    const sut = {
      ...emptyFilters(),
      q: 'shelter',
      country: ['IT', 'PT'],
      city: 'Bologna',
      type: ['shelter', 'legal'],
      group: ['women'],
      exploitation: ['labour'],
      language: ['en', 'it'],
      free: true,
      openNow: true,
      open247: true,
      selfReferral: true,
      hasCapacity: true,
      verifiedWithinMonths: 12,
      near: { kind: 'city' as const, key: 'lisbon' },
      radiusKm: 100,
      sort: 'distance' as const,
      view: 'map' as const,
      page: 3,
    };

    expect(filtersFromQuery(queryFromFilters(sut) as Record<string, string>)).toEqual(sut);
  });

  it('keeps an empty search out of the address', () => {
    expect(queryFromFilters(emptyFilters())).toEqual({});
    expect(hasAnyFilter(emptyFilters())).toBe(false);
  });

  it('drops values it does not know, and a distance sort without a place', () => {
    const sut = filtersFromQuery({
      type: 'shelter,spaceship',
      country: 'it,FR',
      sort: 'distance',
      page: '-2',
      near: 'atlantis',
    });

    expect(sut.type).toEqual(['shelter']);
    expect(sut.country).toEqual(['FR']);
    expect(sut.sort).toBeUndefined();
    expect(sut.page).toBe(1);
    expect(sut.near).toBeUndefined();
  });

  it('rounds a shared position to about a kilometre and sends it with the radius', () => {
    const query = queryFromFilters({ ...emptyFilters(), near: { kind: 'position', lat: 50.84673, lng: 4.35247 } });

    expect(query).toEqual({ lat: '50.85', lng: '4.35' });
    expect(searchParamsFrom(filtersFromQuery(query as Record<string, string>))).toMatchObject({
      lat: 50.85,
      lng: 4.35,
      radiusKm: 50,
    });
  });
});
