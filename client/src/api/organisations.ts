import {
  type Organisation,
  type OrganisationProfileInput,
  type OrganisationPeople,
  organisationPeopleSchema,
  organisationSchema,
  type PartnerSearchResult,
  partnerSearchResultSchema,
} from '@thb/shared';
import { apiBlob, apiGet, apiPatch, apiPut, noContent } from './http';

/** Partner search filters as the API takes them: lists are sent comma-separated. */
export interface PartnerSearchParams {
  q?: string | undefined;
  country?: string[];
  type?: string[];
  priority?: string[];
  expertise?: string | undefined;
  seeking?: boolean;
  page?: number;
  pageSize?: number;
}

const list = (values: string[] | undefined) => (values && values.length > 0 ? values.join(',') : undefined);

export function searchPartners(params: PartnerSearchParams, signal?: AbortSignal): Promise<PartnerSearchResult> {
  return apiGet('/partners', partnerSearchResultSchema, {
    signal,
    query: {
      q: params.q || undefined,
      country: list(params.country),
      type: list(params.type),
      priority: list(params.priority),
      expertise: params.expertise || undefined,
      seeking: params.seeking ? true : undefined,
      page: params.page,
      pageSize: params.pageSize,
    },
  });
}

/** The people of a member organisation one can start a direct conversation with. */
export function fetchOrganisationPeople(id: string, signal?: AbortSignal): Promise<OrganisationPeople> {
  return apiGet(`/organisations/${encodeURIComponent(id)}/people`, organisationPeopleSchema, { signal });
}

export function fetchOrganisation(id: string, signal?: AbortSignal): Promise<Organisation> {
  return apiGet(`/organisations/${encodeURIComponent(id)}`, organisationSchema, { signal });
}

export function updateOrganisation(id: string, body: OrganisationProfileInput): Promise<Organisation> {
  return apiPatch(`/organisations/${encodeURIComponent(id)}`, body, organisationSchema);
}

/** The logo needs the access token, so it is fetched here rather than by an <img src> pointing at the API. */
export function fetchOrganisationLogo(id: string, signal?: AbortSignal): Promise<Blob> {
  return apiBlob(`/organisations/${encodeURIComponent(id)}/logo`, { signal });
}

export async function uploadOrganisationLogo(id: string, image: Blob): Promise<void> {
  await apiPut(`/organisations/${encodeURIComponent(id)}/logo`, image, noContent);
}
