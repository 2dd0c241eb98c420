import {
  type ChangeList,
  changeListSchema,
  type ContactRole,
  type ContactSearchResult,
  contactSearchResultSchema,
  type ServiceDetail,
  serviceDetailSchema,
  type ServiceInput,
  type ServiceSearchResult,
  serviceSearchResultSchema,
  type StaleList,
  staleListSchema,
  type Suggestion,
  type SuggestionDecision,
  type SuggestionInput,
  type SuggestionList,
  suggestionListSchema,
  suggestionSchema,
  type Suggestions,
  suggestionsSchema,
} from '@thb/shared';
import { apiGet, apiPost, apiPut } from './http';

/** Directory search as the API takes it: lists are sent comma-separated, yes/no filters only when on. */
export interface ServiceSearchParams {
  q?: string | undefined;
  country?: string[];
  city?: string | undefined;
  type?: string[];
  group?: string[];
  exploitation?: string[];
  language?: string[];
  free?: boolean;
  openNow?: boolean;
  open247?: boolean;
  selfReferral?: boolean;
  hasCapacity?: boolean;
  verifiedWithinMonths?: number | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
  radiusKm?: number | undefined;
  sort?: 'relevance' | 'distance' | 'name' | 'verified' | undefined;
  page?: number;
  pageSize?: number;
}

const list = (values: string[] | undefined) => (values && values.length > 0 ? values.join(',') : undefined);
const flag = (value: boolean | undefined) => (value ? true : undefined);
const service = (id: string) => `/directory/services/${encodeURIComponent(id)}`;

export function searchServices(params: ServiceSearchParams, signal?: AbortSignal): Promise<ServiceSearchResult> {
  const near = params.lat !== undefined && params.lng !== undefined;
  return apiGet('/directory/services', serviceSearchResultSchema, {
    signal,
    query: {
      q: params.q || undefined,
      country: list(params.country),
      city: params.city || undefined,
      type: list(params.type),
      group: list(params.group),
      exploitation: list(params.exploitation),
      language: list(params.language),
      free: flag(params.free),
      openNow: flag(params.openNow),
      open247: flag(params.open247),
      selfReferral: flag(params.selfReferral),
      hasCapacity: flag(params.hasCapacity),
      verifiedWithinMonths: params.verifiedWithinMonths,
      lat: near ? params.lat : undefined,
      lng: near ? params.lng : undefined,
      radiusKm: near ? params.radiusKm : undefined,
      sort: params.sort,
      page: params.page,
      pageSize: params.pageSize,
    },
  });
}

export function fetchSuggestions(q: string, signal?: AbortSignal): Promise<Suggestions> {
  return apiGet('/directory/suggest', suggestionsSchema, { signal, query: { q } });
}

export function fetchService(id: string, signal?: AbortSignal): Promise<ServiceDetail> {
  return apiGet(service(id), serviceDetailSchema, { signal });
}

export function createService(body: ServiceInput): Promise<ServiceDetail> {
  return apiPost('/directory/services', body, serviceDetailSchema);
}

export function updateService(id: string, body: ServiceInput): Promise<ServiceDetail> {
  return apiPut(service(id), body, serviceDetailSchema);
}

export function verifyService(id: string): Promise<ServiceDetail> {
  return apiPost(`${service(id)}/verify`, {}, serviceDetailSchema);
}

/** The record's change trail (HSDS metadata), newest first; for those who may edit the service. */
export function fetchServiceChanges(id: string, signal?: AbortSignal): Promise<ChangeList> {
  return apiGet(`${service(id)}/changes`, changeListSchema, { signal });
}

export function suggestEdit(id: string, body: SuggestionInput): Promise<Suggestion> {
  return apiPost(`${service(id)}/suggestions`, body, suggestionSchema);
}

export type SuggestionStatus = Suggestion['status'];

export function fetchSuggestionQueue(
  status: SuggestionStatus,
  page = 1,
  signal?: AbortSignal,
): Promise<SuggestionList> {
  return apiGet('/directory/suggestions', suggestionListSchema, { signal, query: { status, page } });
}

export function decideSuggestion(id: string, body: SuggestionDecision): Promise<Suggestion> {
  return apiPost(`/directory/suggestions/${encodeURIComponent(id)}/decision`, body, suggestionSchema);
}

export const STALE_PAGE_SIZE = 50;

export function fetchStaleServices(page = 1, signal?: AbortSignal): Promise<StaleList> {
  return apiGet('/directory/stale', staleListSchema, { signal, query: { page, pageSize: STALE_PAGE_SIZE } });
}

export interface ContactSearchParams {
  q?: string | undefined;
  country?: string[];
  role?: ContactRole[];
  outOfHours?: boolean;
  page?: number;
  pageSize?: number;
}

export function searchContacts(params: ContactSearchParams, signal?: AbortSignal): Promise<ContactSearchResult> {
  return apiGet('/directory/contacts', contactSearchResultSchema, {
    signal,
    query: {
      q: params.q || undefined,
      country: list(params.country),
      role: list(params.role),
      outOfHours: flag(params.outOfHours),
      page: params.page,
      pageSize: params.pageSize,
    },
  });
}
