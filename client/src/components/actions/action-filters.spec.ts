import { describe, expect, it } from 'vitest';
import { filtersFromQuery, hasAnyFilter, openedAction, queryFromFilters } from './action-filters';

describe('action filters in the address', () => {
  it('reads a priority in any case, a known status, a body and words; the 2012–2016 Strategy by default', () => {
    expect(filtersFromQuery({ priority: 'b', status: 'delayed', body: ' COM ', q: 'guidelines' })).toEqual({
      strategy: 'eu-2012-2016',
      priority: 'B',
      status: 'delayed',
      body: 'COM',
      q: 'guidelines',
    });
  });

  it('drops an unknown status and keeps the first of repeated values', () => {
    expect(filtersFromQuery({ status: 'abandoned', priority: ['C', 'D'] })).toMatchObject({
      status: '',
      priority: 'C',
    });
  });

  it('writes only what is set, leaving the default strategy out', () => {
    const filters = filtersFromQuery({ priority: 'A' });

    expect(queryFromFilters(filters)).toEqual({ priority: 'A' });
    expect(queryFromFilters({ ...filters, strategy: 'eu-2017-priorities', q: ' x ' })).toEqual({
      strategy: 'eu-2017-priorities',
      priority: 'A',
      q: 'x',
    });
  });

  it('tells whether anything narrows the list and which action to open', () => {
    expect(hasAnyFilter(filtersFromQuery({ strategy: 'eu-2017-priorities' }))).toBe(false);
    expect(hasAnyFilter(filtersFromQuery({ body: 'MS' }))).toBe(true);
    expect(openedAction({ action: '29' })).toBe(29);
    expect(openedAction({ action: 'x' })).toBeUndefined();
  });
});
