import { Injectable } from '@nestjs/common';
import {
  type DirectoryCsvQuery,
  ErrorCode,
  type HsdsOrganizationQuery,
  type HsdsServiceQuery,
  SERVICE_STATUSES,
  type ServiceDetail,
  type ServiceSearchFilter,
} from '@thb/shared';
import { type AuthenticatedUser } from '../../access/authenticated-user';
import { AppError } from '../../common/problem/app-error';
import { DirectorySearchService } from '../directory-search.service';
import { DirectoryServicesService } from '../directory-services.service';
import {
  type CsvRow,
  hsdsPage,
  type OrganisationSource,
  toCsvRow,
  toHsdsOrganization,
  toHsdsOrganizationListItem,
  toHsdsService,
  toHsdsServiceListItem,
} from './hsds-mapping';
import { type HsdsOrganization, type HsdsPage, type HsdsService } from './hsds-types';
import { type HsdsServiceFilter, HsdsRepository, type OrganisationRow } from './hsds.repository';

type ExportQuery = DirectoryCsvQuery;

/** Services read per round trip to the database when streaming the whole (filtered) directory. */
const STREAM_CHUNK = 200;
/** The largest page the directory search hands out at once. */
const SEARCH_PAGE = 100;

/** The filters only the directory search applies, because they depend on what the viewer may see. */
function needsSearch(query: ExportQuery): boolean {
  return query.hasCapacity !== undefined || query.lat !== undefined;
}

function repositoryFilter(query: ExportQuery): HsdsServiceFilter {
  return {
    q: query.q ?? query.search,
    country: query.country,
    city: query.city,
    type: query.type,
    group: query.group,
    exploitation: query.exploitation,
    language: query.language,
    status: query.status,
    free: query.free,
    openNow: query.openNow,
    open247: query.open247,
    selfReferral: query.selfReferral,
    verifiedWithinMonths: query.verifiedWithinMonths,
    organisationId: query.organization_id,
    modifiedAfter: query.modified_after ? new Date(query.modified_after) : undefined,
  };
}

function searchFilter(query: ExportQuery): ServiceSearchFilter {
  if (query.organization_id || query.modified_after) {
    throw new AppError(
      ErrorCode.ValidationFailed,
      'organization_id and modified_after cannot be combined with hasCapacity or a position.',
      [{ field: 'query.organization_id', message: 'not with hasCapacity, lat or lng', code: 'custom' }],
    );
  }
  return {
    q: query.q ?? query.search,
    country: query.country,
    city: query.city,
    type: query.type,
    group: query.group,
    exploitation: query.exploitation,
    language: query.language,
    // The export carries every status unless asked otherwise; the search page shows open services only.
    status: query.status?.length ? query.status : [...SERVICE_STATUSES],
    free: query.free,
    openNow: query.openNow,
    open247: query.open247,
    selfReferral: query.selfReferral,
    hasCapacity: query.hasCapacity,
    verifiedWithinMonths: query.verifiedWithinMonths,
    lat: query.lat,
    lng: query.lng,
    radiusKm: query.radiusKm,
  };
}

/**
 * The directory as Open Referral HSDS 3.0 (and CSV). Every object is built from the `ServiceDetail` the
 * directory gives this viewer — visibility already applied — plus identifiers and, for those who may edit
 * a record, its change trail. Organisations are listed when they provide services; their contact details
 * (email, phone) are never exported, and a member organisation's description only to signed-in viewers.
 */
@Injectable()
export class HsdsExportService {
  constructor(
    private readonly services: DirectoryServicesService,
    private readonly search: DirectorySearchService,
    private readonly hsds: HsdsRepository,
  ) {}

  async servicePage(viewer: AuthenticatedUser | null, query: HsdsServiceQuery): Promise<HsdsPage<HsdsService>> {
    const { total, ids } = await this.pageIds(viewer, query, query.page, query.per_page);
    const services = await this.build(viewer, ids);
    return hsdsPage(query.full ? services : services.map(toHsdsServiceListItem), total, query.page, query.per_page);
  }

  async service(viewer: AuthenticatedUser | null, id: string): Promise<HsdsService> {
    const [service] = await this.build(viewer, [id]);
    if (!service) {
      throw new AppError(ErrorCode.NotFound, 'There is no such service in the directory.');
    }
    return service;
  }

  /**
   * Every matching service, fully nested, one JSON document per line. The filters are checked at once, so
   * that a wrong one is a problem response rather than a broken stream.
   */
  serviceLines(viewer: AuthenticatedUser | null, query: ExportQuery): AsyncGenerator<string> {
    const chunks = this.allIds(viewer, query);
    const build = (ids: string[]) => this.build(viewer, ids);
    return (async function* lines() {
      for await (const ids of chunks) {
        for (const service of await build(ids)) {
          yield `${JSON.stringify(service)}\n`;
        }
      }
    })();
  }

  /** Every matching service as a CSV row (filters checked at once, as for `serviceLines`). */
  csvRows(viewer: AuthenticatedUser | null, query: ExportQuery): AsyncGenerator<CsvRow> {
    const chunks = this.allIds(viewer, query);
    const details = (ids: string[]) => this.services.details(viewer, ids);
    return (async function* rows() {
      for await (const ids of chunks) {
        for (const detail of await details(ids)) {
          yield toCsvRow(detail);
        }
      }
    })();
  }

  async organizationPage(
    viewer: AuthenticatedUser | null,
    query: HsdsOrganizationQuery,
  ): Promise<HsdsPage<HsdsOrganization>> {
    this.assertOrganisationFilter(query);
    const offset = (query.page - 1) * query.per_page;
    const { total, ids } = await this.hsds.pageOrganisationIds(repositoryFilter(query), offset, query.per_page);
    const organisations = await this.organisationSources(viewer, ids);
    return hsdsPage(
      ids.flatMap((id) => {
        const o = organisations.get(id);
        return o ? [toHsdsOrganizationListItem(toHsdsOrganization(o))] : [];
      }),
      total,
      query.page,
      query.per_page,
    );
  }

  /** An organisation that provides services, with them (their one-to-one fields, or fully nested). */
  async organization(viewer: AuthenticatedUser | null, id: string, fullService = false): Promise<HsdsOrganization> {
    const serviceIds = await this.hsds.organisationServiceIds(id);
    const source = (await this.organisationSources(viewer, [id])).get(id);
    if (!source || serviceIds.length === 0) {
      throw new AppError(ErrorCode.NotFound, 'No organisation with services in the directory has this id.');
    }
    return this.withServices(viewer, source, serviceIds, fullService);
  }

  /** Every organisation with matching services, one per line, its matching services nested. */
  organizationLines(viewer: AuthenticatedUser | null, query: HsdsOrganizationQuery): AsyncGenerator<string> {
    this.assertOrganisationFilter(query);
    return this.organisationLinesOf(viewer, query);
  }

  private async *organisationLinesOf(
    viewer: AuthenticatedUser | null,
    query: HsdsOrganizationQuery,
  ): AsyncGenerator<string> {
    const filter = repositoryFilter(query);
    for (let offset = 0; ; offset += STREAM_CHUNK) {
      const { ids } = await this.hsds.pageOrganisationIds(filter, offset, STREAM_CHUNK);
      const sources = await this.organisationSources(viewer, ids);
      for (const id of ids) {
        const source = sources.get(id);
        if (source) {
          const serviceIds = await this.hsds.organisationServiceIds(id, { ...filter, q: undefined });
          const organization = await this.withServices(viewer, source, serviceIds, query.full_service === true);
          yield `${JSON.stringify(organization)}\n`;
        }
      }
      if (ids.length < STREAM_CHUNK) {
        return;
      }
    }
  }

  private async withServices(
    viewer: AuthenticatedUser | null,
    source: OrganisationSource,
    serviceIds: string[],
    fullService: boolean,
  ): Promise<HsdsOrganization> {
    const services: HsdsService[] = [];
    for (let i = 0; i < serviceIds.length; i += STREAM_CHUNK) {
      const built = await this.build(viewer, serviceIds.slice(i, i + STREAM_CHUNK), source);
      services.push(...(fullService ? built : built.map(toHsdsServiceListItem)));
    }
    return toHsdsOrganization(source, services);
  }

  private assertOrganisationFilter(query: HsdsOrganizationQuery): void {
    if (needsSearch(query)) {
      throw new AppError(ErrorCode.ValidationFailed, 'Organisations cannot be filtered by capacity or position.', [
        { field: 'query.hasCapacity', message: 'not available for organisations', code: 'custom' },
      ]);
    }
  }

  private async pageIds(
    viewer: AuthenticatedUser | null,
    query: ExportQuery,
    page: number,
    size: number,
  ): Promise<{ total: number; ids: string[] }> {
    if (!needsSearch(query)) {
      return this.hsds.pageServiceIds(repositoryFilter(query), (page - 1) * size, size);
    }
    // The search hands out pages of at most SEARCH_PAGE: read the ones covering this export page.
    const filter = searchFilter(query);
    const first = (page - 1) * size;
    const ids: string[] = [];
    let total = 0;
    for (let offset = first; offset < first + size;) {
      const searchPage = Math.floor(offset / SEARCH_PAGE) + 1;
      const result = await this.search.find(viewer, filter, searchPage, SEARCH_PAGE);
      total = result.total;
      const skip = offset - (searchPage - 1) * SEARCH_PAGE;
      const taken = result.items.slice(skip, skip + (first + size - offset)).map((i) => i.id);
      ids.push(...taken);
      if (result.items.length < SEARCH_PAGE || taken.length === 0) {
        break;
      }
      offset += taken.length;
    }
    return { total, ids };
  }

  /** The ids of every matching service, a chunk at a time, in a stable order (filters checked at once). */
  private allIds(viewer: AuthenticatedUser | null, query: ExportQuery): AsyncGenerator<string[]> {
    return needsSearch(query)
      ? this.searchChunks(viewer, searchFilter(query))
      : this.repositoryChunks(repositoryFilter(query));
  }

  private async *searchChunks(viewer: AuthenticatedUser | null, filter: ServiceSearchFilter): AsyncGenerator<string[]> {
    for (let page = 1; ; page++) {
      const result = await this.search.find(viewer, filter, page, SEARCH_PAGE);
      if (result.items.length > 0) {
        yield result.items.map((i) => i.id);
      }
      if (result.items.length < SEARCH_PAGE) {
        return;
      }
    }
  }

  private async *repositoryChunks(filter: HsdsServiceFilter): AsyncGenerator<string[]> {
    let after: { sortName: string; id: string } | null = null;
    for (;;) {
      const rows = await this.hsds.serviceIdsAfter(filter, after, STREAM_CHUNK);
      if (rows.length > 0) {
        yield rows.map((r) => r.id);
      }
      if (rows.length < STREAM_CHUNK) {
        return;
      }
      after = rows.at(-1)!;
    }
  }

  /** HSDS services, in the order of `ids`, from what the viewer may see of them. */
  private async build(
    viewer: AuthenticatedUser | null,
    ids: string[],
    organisation?: OrganisationSource,
  ): Promise<HsdsService[]> {
    const details = await this.services.details(viewer, ids);
    if (details.length === 0) {
      return [];
    }
    const [keys, changes, organisations] = await Promise.all([
      this.hsds.serviceKeys(details.map((d) => d.id)),
      this.hsds.changes(details.filter((d) => d.canEdit).map((d) => d.id)),
      organisation
        ? new Map([[organisation.id, organisation]])
        : this.organisationSources(viewer, [...new Set(details.map((d) => d.organisation.id))]),
    ]);
    return details.map((detail) =>
      toHsdsService(detail, {
        organisation: organisations.get(detail.organisation.id) ?? fromReference(detail),
        locationId: keys.get(detail.id)?.locationId ?? null,
        // Like the detail's `assurer` (their name): for signed-in viewers only.
        assurerEmail: viewer ? (keys.get(detail.id)?.assurerEmail ?? null) : null,
        changes: detail.canEdit ? changes.filter((c) => c.resourceId === detail.id) : [],
        signedIn: viewer !== null,
      }),
    );
  }

  /**
   * Organisations as the export shows them: name, type and website for everyone; the description of a
   * directory-only organisation for everyone, a member organisation's (part of its members-only profile)
   * for signed-in viewers.
   */
  private async organisationSources(
    viewer: AuthenticatedUser | null,
    ids: string[],
  ): Promise<Map<string, OrganisationSource>> {
    const rows = await this.hsds.findOrganisations(ids);
    return new Map(rows.map((row) => [row.id, organisationSource(row, viewer)]));
  }
}

function organisationSource(row: OrganisationRow, viewer: AuthenticatedUser | null): OrganisationSource {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    website: row.website,
    description: row.directoryOnly || viewer ? row.description : null,
  };
}

function fromReference(detail: ServiceDetail): OrganisationSource {
  return { ...detail.organisation, description: null };
}
