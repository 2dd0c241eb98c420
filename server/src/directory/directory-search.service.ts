import { Injectable } from '@nestjs/common';
import { type ServiceSearchFilter, type ServiceSearchResult, type ServiceSummary, type Suggestions } from '@thb/shared';
import { type AuthenticatedUser } from '../access/authenticated-user';
import {
  DirectoryRecordsRepository,
  type ServiceCardRow,
  type ServiceWithOrganisation,
} from './directory-records.repository';
import { DirectorySearchRepository, type SearchSort, type SearchViewer } from './directory-search.repository';
import { isStale, pickText } from './service-view';
import { canSee, viewerLevel } from './visibility';

const EXCERPT_LENGTH = 200;

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
}

export function searchViewer(viewer: AuthenticatedUser | null): SearchViewer {
  return {
    signedIn: viewer !== null,
    organisationId: viewer?.organisationId ?? null,
    coordinator: viewer?.role === 'coordinator',
  };
}

/** The sort a search gets when it names none: relevance with words, distance near a point, else name. */
export function defaultSort(filter: ServiceSearchFilter): SearchSort {
  if (filter.sort) {
    return filter.sort;
  }
  if (filter.q) {
    return 'relevance';
  }
  return filter.lat !== undefined ? 'distance' : 'name';
}

/** A result card as the viewer may see it (position and capacity only as visible to them). */
export function toSummary(
  { service: row, organisation, openNow }: ServiceWithOrganisation<ServiceCardRow>,
  viewer: AuthenticatedUser | null,
  distanceKm: number | null,
): ServiceSummary {
  const level = viewerLevel(viewer, row.organisationId);
  const exact = canSee(level, row.visibility.location);
  const preferred = viewer ? [viewer.locale] : [];
  const capacityShown =
    canSee(level, row.visibility.capacity) &&
    row.capacityAvailable !== null &&
    row.capacityTotal !== null &&
    row.capacityUpdatedAt !== null;
  return {
    id: row.id,
    name: pickText(row.name, preferred),
    excerpt: excerpt(pickText(row.description, preferred)),
    organisation,
    status: row.status as ServiceSummary['status'],
    city: row.city,
    region: row.region,
    country: row.country,
    latitude: exact ? row.latitude : row.publicLatitude,
    longitude: exact ? row.longitude : row.publicLongitude,
    precision: exact ? 'exact' : 'city',
    serviceTypes: row.serviceTypes as ServiceSummary['serviceTypes'],
    languages: row.languages,
    free: row.free,
    open247: row.open247,
    openNow,
    acceptsSelfReferral: row.acceptsSelfReferral,
    capacity: capacityShown
      ? {
          available: row.capacityAvailable!,
          total: row.capacityTotal!,
          updatedAt: row.capacityUpdatedAt!.toISOString(),
        }
      : null,
    assuredDate: row.assuredDate,
    stale: isStale(row.assuredDate),
    distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
    sample: row.sample,
  };
}

/** Directory search: full text in every language, filters, facets, distance; results as cards. */
@Injectable()
export class DirectorySearchService {
  constructor(
    private readonly search: DirectorySearchRepository,
    private readonly records: DirectoryRecordsRepository,
  ) {}

  async find(
    viewer: AuthenticatedUser | null,
    filter: ServiceSearchFilter,
    page: number,
    pageSize: number,
  ): Promise<ServiceSearchResult> {
    const sort = defaultSort(filter);
    const result = await this.search.search(filter, searchViewer(viewer), page, pageSize, sort);
    const [rows, facets] = await Promise.all([
      this.records.findServiceCards(result.items.map((i) => i.id)),
      result.facets,
    ]);
    const distance = new Map(result.items.map((i) => [i.id, i.distanceKm]));
    return {
      total: result.total,
      page,
      pageSize,
      sort,
      items: rows.map((row) => toSummary(row, viewer, distance.get(row.service.id) ?? null)),
      facets,
    };
  }

  async suggest(q: string): Promise<Suggestions> {
    return { items: await this.search.suggest(q) };
  }
}
