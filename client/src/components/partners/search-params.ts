import { type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { type PartnerSearchParams } from '@/api/organisations';

export const PARTNERS_PAGE_SIZE = 20;

export interface PartnerFilters {
  q: string;
  country: string[];
  type: string[];
  priority: string[];
  expertise: string;
  seeking: boolean;
  page: number;
}

function text(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function list(value: LocationQuery[string] | undefined): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The search is in the address, so it can be bookmarked, shared and navigated with Back. */
export function filtersFromQuery(query: LocationQuery): PartnerFilters {
  const page = Number.parseInt(text(query.page), 10);
  return {
    q: text(query.q),
    country: list(query.country),
    type: list(query.type),
    priority: list(query.priority),
    expertise: text(query.expertise),
    seeking: text(query.seeking) === 'true',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function queryFromFilters(filters: PartnerFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.q.trim()) {
    query.q = filters.q.trim();
  }
  for (const key of ['country', 'type', 'priority'] as const) {
    if (filters[key].length > 0) {
      query[key] = filters[key].join(',');
    }
  }
  if (filters.expertise.trim()) {
    query.expertise = filters.expertise.trim();
  }
  if (filters.seeking) {
    query.seeking = 'true';
  }
  if (filters.page > 1) {
    query.page = String(filters.page);
  }
  return query;
}

export function searchParamsFrom(filters: PartnerFilters): PartnerSearchParams {
  return { ...filters, pageSize: PARTNERS_PAGE_SIZE };
}

export function hasAnyFilter(filters: PartnerFilters): boolean {
  return Boolean(
    filters.q ||
    filters.expertise ||
    filters.seeking ||
    filters.country.length ||
    filters.type.length ||
    filters.priority.length,
  );
}
