import { EXPLOITATION_FORMS, GROUPS_SERVED, SERVICE_SORTS, SERVICE_TYPES } from '@thb/shared';
import { type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { type ServiceSearchParams } from '@/api/directory';
import { cityByKey } from './cities';

export const DIRECTORY_PAGE_SIZE = 20;
/** The map shows more results at once than a page of cards. */
export const MAP_PAGE_SIZE = 100;
export const DEFAULT_RADIUS_KM = 50;
export const RADIUS_CHOICES = [10, 25, 50, 100, 250, 500] as const;
export const VERIFIED_CHOICES = [3, 6, 12, 24] as const;

export type ServiceSort = (typeof SERVICE_SORTS)[number];
export type DirectoryView = 'list' | 'map';

/** The yes/no filters, by their name in the address and in the API. */
export const FLAGS = ['free', 'openNow', 'open247', 'selfReferral', 'hasCapacity'] as const;
export type DirectoryFlag = (typeof FLAGS)[number];

/** The list filters, by their name in the address and in the API. */
export const LIST_FILTERS = ['country', 'type', 'group', 'exploitation', 'language'] as const;
export type DirectoryListFilter = (typeof LIST_FILTERS)[number];

/** Where "near" points: a city of the bundled list, or the person's own position (rounded). */
export type NearPoint = { kind: 'city'; key: string } | { kind: 'position'; lat: number; lng: number };

/** The whole directory search, as the page keeps it and as the address encodes it. */
export interface DirectoryFilters {
  q: string;
  country: string[];
  city: string;
  type: string[];
  group: string[];
  exploitation: string[];
  language: string[];
  free: boolean;
  openNow: boolean;
  open247: boolean;
  selfReferral: boolean;
  hasCapacity: boolean;
  verifiedWithinMonths: number | undefined;
  near: NearPoint | undefined;
  radiusKm: number;
  sort: ServiceSort | undefined;
  view: DirectoryView;
  page: number;
}

export function emptyFilters(): DirectoryFilters {
  return {
    q: '',
    country: [],
    city: '',
    type: [],
    group: [],
    exploitation: [],
    language: [],
    free: false,
    openNow: false,
    open247: false,
    selfReferral: false,
    hasCapacity: false,
    verifiedWithinMonths: undefined,
    near: undefined,
    radiusKm: DEFAULT_RADIUS_KM,
    sort: undefined,
    view: 'list',
    page: 1,
  };
}

function text(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

function list(value: LocationQuery[string] | undefined, allowed: (v: string) => boolean): string[] {
  const values = Array.isArray(value) ? value : [value];
  const items = values
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .map((v) => v.trim())
    .filter((v) => v && allowed(v));
  return [...new Set(items)];
}

function integer(value: LocationQuery[string] | undefined, min: number, max: number): number | undefined {
  const n = Number.parseInt(text(value), 10);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

function coordinate(value: LocationQuery[string] | undefined, limit: number): number | undefined {
  const raw = text(value);
  const n = raw === '' ? Number.NaN : Number(raw);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
}

const oneOf =
  (values: readonly string[]) =>
  (v: string): boolean =>
    values.includes(v);

/** Rounded to about a kilometre: enough for a radius search, and the address does not pinpoint anyone. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The search is in the address, so it can be bookmarked, shared and navigated with Back. Values the page does
 * not know are dropped rather than sent to the API.
 */
export function filtersFromQuery(query: LocationQuery): DirectoryFilters {
  const filters = emptyFilters();
  filters.q = text(query.q);
  filters.country = list(query.country, (v) => /^[A-Z]{2}$/.test(v));
  filters.city = text(query.city);
  filters.type = list(query.type, oneOf(SERVICE_TYPES));
  filters.group = list(query.group, oneOf(GROUPS_SERVED));
  filters.exploitation = list(query.exploitation, oneOf(EXPLOITATION_FORMS));
  filters.language = list(query.language, (v) => /^[a-z]{2}$/.test(v));
  for (const name of FLAGS) {
    filters[name] = text(query[name]) === 'true';
  }
  filters.verifiedWithinMonths = integer(query.verified, 1, 120);
  const nearKey = text(query.near);
  const lat = coordinate(query.lat, 90);
  const lng = coordinate(query.lng, 180);
  if (nearKey && cityByKey(nearKey)) {
    filters.near = { kind: 'city', key: nearKey };
  } else if (lat !== undefined && lng !== undefined) {
    filters.near = { kind: 'position', lat, lng };
  }
  filters.radiusKm = integer(query.radius, 1, 5000) ?? DEFAULT_RADIUS_KM;
  const sort = text(query.sort);
  if ((SERVICE_SORTS as readonly string[]).includes(sort) && (sort !== 'distance' || filters.near)) {
    filters.sort = sort as ServiceSort;
  }
  filters.view = text(query.view) === 'map' ? 'map' : 'list';
  filters.page = integer(query.page, 1, 1000) ?? 1;
  return filters;
}

export function queryFromFilters(filters: DirectoryFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.q.trim()) {
    query.q = filters.q.trim();
  }
  for (const key of LIST_FILTERS) {
    if (filters[key].length > 0) {
      query[key] = filters[key].join(',');
    }
  }
  if (filters.city.trim()) {
    query.city = filters.city.trim();
  }
  for (const name of FLAGS) {
    if (filters[name]) {
      query[name] = 'true';
    }
  }
  if (filters.verifiedWithinMonths !== undefined) {
    query.verified = String(filters.verifiedWithinMonths);
  }
  if (filters.near?.kind === 'city') {
    query.near = filters.near.key;
  } else if (filters.near?.kind === 'position') {
    query.lat = String(roundCoordinate(filters.near.lat));
    query.lng = String(roundCoordinate(filters.near.lng));
  }
  if (filters.near && filters.radiusKm !== DEFAULT_RADIUS_KM) {
    query.radius = String(filters.radiusKm);
  }
  if (filters.sort) {
    query.sort = filters.sort;
  }
  if (filters.view === 'map') {
    query.view = 'map';
  }
  if (filters.page > 1) {
    query.page = String(filters.page);
  }
  return query;
}

export function nearCoordinates(near: NearPoint | undefined): { lat: number; lng: number } | undefined {
  if (!near) {
    return undefined;
  }
  if (near.kind === 'position') {
    return { lat: near.lat, lng: near.lng };
  }
  const city = cityByKey(near.key);
  return city ? { lat: city.lat, lng: city.lng } : undefined;
}

export function searchParamsFrom(filters: DirectoryFilters): ServiceSearchParams {
  const point = nearCoordinates(filters.near);
  return {
    q: filters.q,
    country: filters.country,
    city: filters.city,
    type: filters.type,
    group: filters.group,
    exploitation: filters.exploitation,
    language: filters.language,
    free: filters.free,
    openNow: filters.openNow,
    open247: filters.open247,
    selfReferral: filters.selfReferral,
    hasCapacity: filters.hasCapacity,
    verifiedWithinMonths: filters.verifiedWithinMonths,
    lat: point?.lat,
    lng: point?.lng,
    radiusKm: point ? filters.radiusKm : undefined,
    sort: filters.sort,
    page: filters.page,
    pageSize: filters.view === 'map' ? MAP_PAGE_SIZE : DIRECTORY_PAGE_SIZE,
  };
}

/** Anything narrowing the results (words, filters, a place); sort, view and page do not count. */
export function hasAnyFilter(filters: DirectoryFilters): boolean {
  return Boolean(
    filters.q ||
    filters.city ||
    filters.near ||
    filters.verifiedWithinMonths !== undefined ||
    FLAGS.some((name) => filters[name]) ||
    LIST_FILTERS.some((name) => filters[name].length > 0),
  );
}

/** A fresh search that stays in the same view (list or map). */
export function withoutFilters(filters: DirectoryFilters): DirectoryFilters {
  return { ...emptyFilters(), view: filters.view };
}
