import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type Organisation,
  type OrganisationPeople,
  type OrganisationProfile,
  type OrganisationSummary,
  type PartnerSearchResult,
  type PriorityCode,
} from '@thb/shared';
import { assertActsForOrganisation } from '../access/policies';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/problem/app-error';
import { type OrganisationRow, OrganisationsRepository, type PartnerFilter } from './organisations.repository';

const EXCERPT_LENGTH = 240;
export const LOGO_MAX_BYTES = 256 * 1024;
export const LOGO_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** The image format a file really is, from its first bytes (the Content-Type header is only a claim). */
function sniffImage(bytes: Buffer): (typeof LOGO_CONTENT_TYPES)[number] | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') {
    return 'image/webp';
  }
  return null;
}

function excerpt(description: Record<string, string>, preferred: string[]): string {
  const language = preferred.find((l) => description[l]) ?? Object.keys(description)[0];
  const text = language ? (description[language] ?? '') : '';
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
}

export function toProfile(row: OrganisationRow): OrganisationProfile {
  return {
    name: row.name,
    type: row.type as OrganisationProfile['type'],
    countries: row.countries,
    website: row.website,
    description: row.description,
    expertise: row.expertise,
    priorities: row.priorities as PriorityCode[],
    services: row.services as OrganisationProfile['services'],
    languages: row.languages,
    seekingPartners: row.seekingPartners,
    // Member organisations always have one (the profile form requires it); only directory-only ones lack it.
    contactEmail: row.contactEmail ?? '',
    contactPhone: row.contactPhone,
  };
}

/** Organisation profiles of the Civil Society Platform and the partner search over them. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(user: AuthenticatedUser, id: string): Promise<Organisation> {
    const row = await this.organisations.findById(id);
    // Organisations that are not members (yet) are visible only to the Coordinator.
    if (!row || (!row.memberSince && user.role !== 'coordinator')) {
      throw new AppError(ErrorCode.NotFound, 'There is no such member organisation.');
    }
    return {
      id: row.id,
      ...toProfile(row),
      hasLogo: row.logo !== null,
      memberCount: row.memberCount,
      joinedAt: (row.memberSince ?? row.createdAt).toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** Who of a member organisation can be written to; the same visibility as its profile. */
  async people(user: AuthenticatedUser, id: string): Promise<OrganisationPeople> {
    await this.get(user, id);
    return { items: await this.organisations.people(id) };
  }

  /** Whether an organisation (member or directory-only) exists. */
  async exists(id: string): Promise<boolean> {
    return (await this.organisations.findById(id)) !== null;
  }

  async update(user: AuthenticatedUser, id: string, profile: OrganisationProfile): Promise<Organisation> {
    assertActsForOrganisation(user, id);
    await this.get(user, id);
    await this.organisations.update(id, profile);
    await this.audit.record({
      action: 'organisation.update',
      outcome: 'success',
      actorId: user.id,
      targetType: 'organisation',
      targetId: id,
    });
    return this.get(user, id);
  }

  async setLogo(user: AuthenticatedUser, id: string, body: unknown, declaredType: string | undefined): Promise<void> {
    assertActsForOrganisation(user, id);
    await this.get(user, id);
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new AppError(ErrorCode.ValidationFailed, 'Send the image itself as the request body (PNG, JPEG or WebP).');
    }
    if (body.length > LOGO_MAX_BYTES) {
      throw new AppError(ErrorCode.PayloadTooLarge, 'A logo may be at most 256 KB.');
    }
    const actualType = sniffImage(body);
    if (!actualType || actualType !== declaredType) {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'The logo must be a PNG, JPEG or WebP image, sent with its own Content-Type.',
      );
    }
    await this.organisations.setLogo(id, body, actualType);
    await this.audit.record({
      action: 'organisation.logo',
      outcome: 'success',
      actorId: user.id,
      targetType: 'organisation',
      targetId: id,
    });
  }

  async logo(id: string): Promise<{ logo: Buffer; contentType: string }> {
    const logo = await this.organisations.findLogo(id);
    if (!logo) {
      throw new AppError(ErrorCode.NotFound, 'This organisation has no logo.');
    }
    return logo;
  }

  async searchPartners(
    filter: PartnerFilter,
    page: number,
    pageSize: number,
    preferredLanguages: string[],
  ): Promise<PartnerSearchResult> {
    const [result, country, type, priority, seeking] = await Promise.all([
      this.organisations.search(filter, page, pageSize),
      this.organisations.facet(filter, 'country'),
      this.organisations.facet(filter, 'type'),
      this.organisations.facet(filter, 'priority'),
      this.organisations.facet(filter, 'seeking'),
    ]);
    return {
      total: result.total,
      page,
      pageSize,
      items: result.items.map((row): OrganisationSummary => ({
        id: row.id,
        name: row.name,
        type: row.type as OrganisationSummary['type'],
        countries: row.countries,
        priorities: row.priorities as PriorityCode[],
        expertise: row.expertise,
        languages: row.languages,
        seekingPartners: row.seekingPartners,
        excerpt: excerpt(row.description, preferredLanguages),
        hasLogo: row.hasLogo,
      })),
      facets: { country, type, priority, seeking },
    };
  }
}
