import { Injectable } from '@nestjs/common';
import { ErrorCode, type HsdsImportReport, type ImportIssue, serviceInputSchema, type ServiceInput } from '@thb/shared';
import { type AuthenticatedUser } from '../../access/authenticated-user';
import { AuditService } from '../../audit/audit.service';
import { AppError } from '../../common/problem/app-error';
import { type DatabaseExecutor } from '../../db/database';
import { DirectoryChangesRepository, type NewChange } from '../directory-changes.repository';
import { DirectoryRecordsRepository, primaryText, type ServiceRecord } from '../directory-records.repository';
import { actorName, SERVICE_RECORD_FIELDS } from '../directory-services.service';
import { diffFields, metadataValue } from '../record-diff';
import { toServiceRecordInput } from '../service-view';
import { effectiveVisibility } from '../visibility';
import { childId, isUuid } from './hsds-ids';
import {
  fromHsdsOrganization,
  fromHsdsService,
  type MappedOrganisation,
  type MappedService,
  type ServiceDraft,
  type StoredService,
} from './hsds-mapping';
import { hsdsErrors } from './hsds-schemas';
import { type HsdsLocation, type HsdsOrganization, type HsdsService } from './hsds-types';
import { type DirectoryOrganisationWrite, HsdsRepository, type OrganisationRow } from './hsds.repository';

/** Services saved per transaction. */
export const IMPORT_BATCH = 500;

/** Who imports: a signed-in Coordinator, or the command line (no account). */
export interface ImportActor {
  user: AuthenticatedUser | null;
  /** Where the data came from, for the change trail and the audit log (e.g. the file name). */
  source: string;
}

export interface HsdsImportOptions {
  /** Language of names and descriptions in records that do not say (`x_text_language`). */
  language: string;
}

type Json = Record<string, unknown>;

interface ServiceEntry {
  value: unknown;
  path: string;
  /** Index of the organisation the service is nested in, if it is. */
  parent: number | null;
}

interface OrganisationEntry {
  value: Json;
  path: string;
}

/** A service as stored before the import. */
type StoredRecord = StoredService & {
  organisationId: string;
  assuredDate: string | null;
  assurerEmail: string | null;
  assurerName: string | null;
};

interface Candidate {
  index: number;
  path: string;
  organisationId: string;
  mapped: MappedService;
  input: ServiceInput;
  /** The record as stored before this import, if the service exists. */
  stored: StoredRecord | undefined;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields only organisations have: an array item with one of these (and no `status`) is an organisation. */
const ORGANISATION_ONLY = [
  'services',
  'website',
  'tax_status',
  'tax_id',
  'year_incorporated',
  'legal_status',
  'logo',
  'uri',
  'parent_organization_id',
  'organization_identifiers',
  'programs',
  'locations',
];

/** Fields only services have. */
const SERVICE_ONLY = [
  'status',
  'organization',
  'organization_id',
  'program',
  'service_at_locations',
  'schedules',
  'service_areas',
  'languages',
  'eligibility_description',
  'application_process',
  'fees_description',
  'assured_date',
  'interpretation_services',
];

/**
 * An organisation rather than a service: it nests services, or it has no `status` (which HSDS requires of
 * services) and either a field only organisations have, or a `description` (which HSDS requires of
 * organisations) and no field only services have.
 */
function isOrganisation(value: unknown): value is Json {
  if (!isObject(value)) {
    return false;
  }
  if (Array.isArray(value.services)) {
    return true;
  }
  return (
    !('status' in value) &&
    (ORGANISATION_ONLY.some((k) => k in value) || ('description' in value && !SERVICE_ONLY.some((k) => k in value)))
  );
}

/** An HSDS service_at_location with its service nested (`service_at_location_full`, `…_list` items). */
function isServiceAtLocation(value: unknown): value is Json & { service: Json } {
  return isObject(value) && isObject(value.service) && !('status' in value);
}

/** The nested service, located at this service_at_location (unless it lists its own). */
function serviceOfServiceAtLocation(value: Json & { service: Json }): Json {
  const { service, ...serviceAtLocation } = value;
  return Array.isArray(service.service_at_locations)
    ? service
    : { ...service, service_at_locations: [serviceAtLocation] };
}

/**
 * The records of an HSDS document: a service, an array (of services, organisations or service_at_locations),
 * a paginated envelope (`contents`), organisations with their services nested, or a service_at_location
 * with its service.
 */
function collect(input: unknown): { services: ServiceEntry[]; organisations: OrganisationEntry[] } {
  const services: ServiceEntry[] = [];
  const organisations: OrganisationEntry[] = [];
  const add = (value: unknown, path: string) => {
    if (isServiceAtLocation(value)) {
      services.push({ value: serviceOfServiceAtLocation(value), path: `${path}.service`, parent: null });
      return;
    }
    if (!isOrganisation(value)) {
      services.push({ value, path, parent: null });
      return;
    }
    organisations.push({ value, path });
    const parent = organisations.length - 1;
    if (Array.isArray(value.services)) {
      value.services.forEach((s, i) => services.push({ value: s, path: `${path}.services[${i}]`, parent }));
    }
  };
  if (Array.isArray(input)) {
    input.forEach((v, i) => add(v, `$[${i}]`));
  } else if (isObject(input) && Array.isArray(input.contents)) {
    input.contents.forEach((v, i) => add(v, `$.contents[${i}]`));
  } else if (isObject(input)) {
    add(input, '$');
  } else {
    throw new AppError(
      ErrorCode.ValidationFailed,
      'Send HSDS JSON: a service, an array of services or organisations, a paginated list (contents), or organisations with their services.',
    );
  }
  return { services, organisations };
}

function withoutServices(organisation: Json): Json {
  return Object.fromEntries(Object.entries(organisation).filter(([k]) => k !== 'services'));
}

function idOf(value: unknown): string | null {
  return isObject(value) && typeof value.id === 'string' ? value.id : null;
}

/**
 * HSDS ids are kept for services, organisations, locations, phones, schedules and contacts, so a re-import
 * updates the same records. A child id that another record already holds (HSDS reuses one phone or contact
 * in several places) gets an id derived from its new owner and the HSDS id instead — the same on every
 * re-import of the same file.
 */
class ChildIds {
  constructor(
    private readonly owners: Awaited<ReturnType<HsdsRepository['childOwners']>>,
    /** Ids given out so far in this import run, as `table:id`. */
    private readonly used: Set<string>,
  ) {}

  assign(table: 'phones' | 'contacts' | 'schedules', id: string, owner: string, parentId: string, kind: string) {
    const key = `${table}:${id}`;
    const heldElsewhere = (this.owners[table].get(id) ?? owner) !== owner;
    const chosen = this.used.has(key) || heldElsewhere || !isUuid(id) ? childId(parentId, kind, id) : id;
    this.used.add(`${table}:${chosen}`);
    return chosen;
  }
}

/**
 * Imports Open Referral HSDS 3.0 JSON into the directory. Every record is first validated against the HSDS
 * JSON Schema, mapped (hsds-mapping) and validated as platform input; each rejected one is reported with all
 * its reasons, the rest is saved in transactions of IMPORT_BATCH services. HSDS ids are kept, so importing
 * the same file again changes nothing.
 *
 * Organisations are created as directory-only (not members). An existing organisation is updated only if it
 * is directory-only — no member date, no accounts, no membership application; a member's or applicant's
 * profile is never changed by an import (their services are imported and stay theirs).
 */
@Injectable()
export class HsdsImportService {
  constructor(
    private readonly records: DirectoryRecordsRepository,
    private readonly changes: DirectoryChangesRepository,
    private readonly hsds: HsdsRepository,
    private readonly audit: AuditService,
  ) {}

  async import(input: unknown, actor: ImportActor, options: HsdsImportOptions): Promise<HsdsImportReport> {
    const { services, organisations } = collect(input);
    const rejected: ImportIssue[] = [];
    const warnings: ImportIssue[] = [];
    const issue = (kind: ImportIssue['kind'], index: number, path: string, id: string | null, reasons: string[]) => ({
      index,
      kind,
      id,
      path,
      reasons,
    });

    // Organisations in the file: standalone or nesting services (those nested in a service come below).
    const mappedOrganisations = new Map<string, { value: MappedOrganisation; locations: HsdsLocation[] }>();
    const rejectedParents = new Map<number, string>();
    const organisationPaths = new Map<string, string>();
    organisations.forEach((entry, index) => {
      const id = idOf(entry.value);
      const reasons = hsdsErrors('organization', withoutServices(entry.value));
      if (reasons.length === 0 && id && organisationPaths.has(id)) {
        reasons.push(`the same organisation id is at ${organisationPaths.get(id)} already`);
      }
      const organization = entry.value as unknown as HsdsOrganization;
      const mapped = reasons.length === 0 ? fromHsdsOrganization(organization, options) : null;
      reasons.push(...(mapped?.reasons ?? []));
      if (reasons.length > 0 || !mapped?.value) {
        rejected.push(issue('organization', index, entry.path, id, reasons));
        rejectedParents.set(index, entry.path);
        return;
      }
      if (mapped.warnings.length > 0) {
        warnings.push(issue('organization', index, entry.path, id, mapped.warnings));
      }
      organisationPaths.set(mapped.value.id, entry.path);
      mappedOrganisations.set(mapped.value.id, { value: mapped.value, locations: organization.locations ?? [] });
    });

    // Services valid as HSDS, each once, with the organisation that provides them.
    const valid: { index: number; entry: ServiceEntry; service: HsdsService; organisationId: string | null }[] = [];
    const servicePaths = new Map<string, string>();
    services.forEach((entry, index) => {
      const id = idOf(entry.value);
      const reject = (reasons: string[]) => rejected.push(issue('service', index, entry.path, id, reasons));
      const reasons = isObject(entry.value) ? hsdsErrors('service', entry.value) : ['not an HSDS service object'];
      if (reasons.length > 0) {
        return reject(reasons);
      }
      const service = entry.value as HsdsService;
      if (servicePaths.has(service.id)) {
        return reject([`the same service id is at ${servicePaths.get(service.id)} already`]);
      }
      servicePaths.set(service.id, entry.path);
      let organisationId: string | null = null;
      if (entry.parent !== null) {
        const parentPath = rejectedParents.get(entry.parent);
        if (parentPath) {
          return reject([`its organization (${parentPath}) was rejected`]);
        }
        organisationId = idOf(organisations[entry.parent]!.value)!;
      } else if (service.organization) {
        const nested = fromHsdsOrganization(service.organization, options);
        if (!nested.value) {
          return reject(nested.reasons.map((r) => `organization.${r}`));
        }
        organisationId = nested.value.id;
        if (!mappedOrganisations.has(organisationId)) {
          mappedOrganisations.set(organisationId, {
            value: nested.value,
            locations: service.organization.locations ?? [],
          });
        }
      } else if (service.organization_id) {
        organisationId = service.organization_id;
      }
      valid.push({ index, entry, service, organisationId });
    });

    // Services already in the directory keep what their HSDS record does not carry.
    const stored = await this.storedServices(valid.map((v) => v.service.id));
    const candidates: Candidate[] = [];
    for (const { index, entry, service, organisationId: named } of valid) {
      const reject = (reasons: string[]) => rejected.push(issue('service', index, entry.path, service.id, reasons));
      const current = stored.get(service.id);
      const organisationId = named ?? current?.organisationId ?? null;
      if (!organisationId) {
        reject(['no organization: give `organization` (id, name, description) or `organization_id`']);
        continue;
      }
      const mapped = fromHsdsService(service, {
        ...options,
        organisationId,
        fallbackLocations: mappedOrganisations.get(organisationId)?.locations ?? [],
        stored: current,
      });
      if (!mapped.value) {
        reject(mapped.reasons);
        continue;
      }
      const parsed = serviceInputSchema.safeParse(mapped.value.draft);
      if (!parsed.success) {
        reject(parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`));
        continue;
      }
      if (mapped.warnings.length > 0) {
        warnings.push(issue('service', index, entry.path, service.id, mapped.warnings));
      }
      candidates.push({
        index,
        path: entry.path,
        organisationId,
        mapped: mapped.value,
        input: parsed.data,
        stored: current,
      });
    }

    // The organisations services name must exist, in the file or in the directory.
    const referenced = [...new Set([...mappedOrganisations.keys(), ...candidates.map((c) => c.organisationId)])];
    const existing = new Map((await this.hsds.findOrganisations(referenced)).map((o) => [o.id, o]));
    const accepted = candidates.filter((c) => {
      if (mappedOrganisations.has(c.organisationId) || existing.has(c.organisationId)) {
        return true;
      }
      rejected.push(
        issue('service', c.index, c.path, c.mapped.id, [
          `organization_id ${c.organisationId} is neither in the file nor in the directory`,
        ]),
      );
      return false;
    });

    const updatedBy = actor.user ? actorName(actor.user) : `HSDS import (${actor.source})`;
    const organisationCounts = await this.saveOrganisations(mappedOrganisations, existing, accepted, updatedBy);
    let imported = 0;
    const ids = new ChildIdsRun(this.hsds);
    for (let i = 0; i < accepted.length; i += IMPORT_BATCH) {
      const batch = accepted.slice(i, i + IMPORT_BATCH);
      try {
        await this.records.transaction((tx) => this.saveBatch(batch, ids, updatedBy, tx));
        imported += batch.length;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        for (const c of batch) {
          rejected.push(issue('service', c.index, c.path, c.mapped.id, [`could not be saved: ${message}`]));
        }
      }
    }

    const byPosition = (a: ImportIssue, b: ImportIssue) =>
      a.kind === b.kind ? a.index - b.index : a.kind === 'organization' ? -1 : 1;
    const report: HsdsImportReport = {
      received: services.length,
      imported,
      rejected: rejected.sort(byPosition),
      warnings: warnings.sort(byPosition),
      organisations: organisationCounts,
    };
    await this.audit.record({
      action: 'directory.import',
      outcome: 'success',
      actorId: actor.user?.id ?? null,
      targetType: 'directory',
      details: {
        source: actor.source,
        received: report.received,
        imported: report.imported,
        rejected: report.rejected.length,
        organisations: report.organisations,
      },
    });
    return report;
  }

  /** The stored records (input shape, children with ids) of those of these services that exist. */
  private async storedServices(ids: string[]): Promise<Map<string, StoredRecord>> {
    const out = new Map<string, StoredRecord>();
    for (let i = 0; i < ids.length; i += IMPORT_BATCH) {
      const part = ids.slice(i, i + IMPORT_BATCH);
      const rows = await this.records.findServicesWithOrganisation(part);
      if (rows.length === 0) {
        continue;
      }
      const children = await this.records.findChildren(rows.map((r) => r.service.id));
      for (const { service } of rows) {
        const input = toServiceRecordInput(service, {
          phones: children.phones.filter((p) => p.serviceId === service.id),
          schedules: children.schedules.filter((s) => s.serviceId === service.id),
          contacts: children.contacts.filter((c) => c.serviceId === service.id),
          contactPhones: children.contactPhones,
        });
        out.set(service.id, {
          input,
          locationId: service.locationId,
          organisationId: service.organisationId,
          assuredDate: service.assuredDate,
          assurerEmail: service.assurerEmail,
          assurerName: service.assurerName,
        });
      }
    }
    return out;
  }

  /**
   * Creates the file's organisations that are new, updates the directory-only ones, and leaves member and
   * applicant organisations as they are. Each creation or change goes into the change trail.
   */
  private async saveOrganisations(
    mapped: Map<string, { value: MappedOrganisation }>,
    existing: Map<string, OrganisationRow>,
    services: Candidate[],
    updatedBy: string,
  ): Promise<HsdsImportReport['organisations']> {
    const countries = new Map<string, Set<string>>();
    for (const c of services) {
      const set = countries.get(c.organisationId) ?? new Set<string>();
      [c.input.location.country, ...c.input.serviceAreas].forEach((code) => set.add(code));
      countries.set(c.organisationId, set);
    }
    const inserts: DirectoryOrganisationWrite[] = [];
    const updates: { row: DirectoryOrganisationWrite; before: OrganisationRow }[] = [];
    let untouched = 0;
    for (const { value } of mapped.values()) {
      const before = existing.get(value.id);
      if (before && !before.directoryOnly) {
        untouched += 1;
        continue;
      }
      const row: DirectoryOrganisationWrite = {
        id: value.id,
        name: value.name,
        type: value.type ?? before?.type ?? 'service_provider',
        website: value.website,
        description: value.description,
        contactEmail: value.email ?? before?.contactEmail ?? null,
        countries: [...(countries.get(value.id) ?? [])].sort(),
      };
      if (!before) {
        inserts.push(row);
      } else {
        row.countries = [...new Set([...row.countries, ...before.countries])].sort();
        updates.push({ row, before });
      }
    }
    await this.records.transaction(async (tx) => {
      await this.hsds.insertDirectoryOrganisations(inserts, tx);
      const trail: NewChange[] = inserts.map((row) => ({
        resourceId: row.id,
        resourceType: 'organisation',
        lastActionType: 'import',
        fieldName: 'organisation',
        previousValue: '',
        replacementValue: row.name,
        updatedBy,
      }));
      for (const { row, before } of updates) {
        const changed = diffFields(
          { name: before.name, type: before.type, website: before.website, description: before.description },
          { name: row.name, type: row.type, website: row.website, description: row.description },
          ['name', 'type', 'website', 'description'],
        );
        if (changed.length > 0) {
          await this.hsds.updateDirectoryOrganisation(row, tx);
        }
        trail.push(
          ...changed.map((c) => ({
            resourceId: row.id,
            resourceType: 'organisation',
            lastActionType: 'import',
            fieldName: c.field,
            previousValue: metadataValue(c.before),
            replacementValue: metadataValue(c.after),
            updatedBy,
          })),
        );
      }
      await this.changes.insert(trail, tx);
    });
    return { received: mapped.size, imported: inserts.length + updates.length, untouched };
  }

  private async saveBatch(batch: Candidate[], ids: ChildIdsRun, updatedBy: string, tx: DatabaseExecutor) {
    const childIds = await ids.forBatch(batch, tx);
    const records: ServiceRecord[] = batch.map((c) => {
      // The same verification (same date) keeps its assurer when the record does not name one (visitors'
      // exports leave the email out), and the name of whoever verified it on the platform stays with them.
      const sameVerification = c.stored !== undefined && c.stored.assuredDate === c.mapped.assuredDate;
      const assurerEmail = c.mapped.assurerEmail ?? (sameVerification ? c.stored!.assurerEmail : null);
      return {
        id: c.mapped.id,
        input: withChildIds(c, childIds),
        locationId: c.mapped.locationId,
        assuredDate: c.mapped.assuredDate,
        assurerEmail,
        assurerName: c.stored && c.stored.assurerEmail === assurerEmail ? c.stored.assurerName : null,
        sample: c.mapped.sample,
        capacityUpdatedAt: c.mapped.capacityUpdatedAt,
        lastModified: c.mapped.lastModified,
      };
    });
    await this.records.saveServices(records, tx);
    const trail: NewChange[] = records.flatMap((record, i) => {
      const before = batch[i]!.stored?.input;
      const change = (field: string, previous: unknown, replacement: unknown): NewChange => ({
        resourceId: record.id,
        resourceType: 'service',
        lastActionType: 'import',
        fieldName: field,
        previousValue: metadataValue(previous),
        replacementValue: metadataValue(replacement),
        updatedBy,
      });
      if (!before) {
        return [change('service', null, primaryText(record.input.name))];
      }
      return diffFields(before, record.input, SERVICE_RECORD_FIELDS).map((c) => change(c.field, c.before, c.after));
    });
    await this.changes.insert(trail, tx);
  }
}

/** Child ids for one import run: which HSDS ids are kept and which are derived (see `ChildIds`). */
class ChildIdsRun {
  private readonly used = new Set<string>();

  constructor(private readonly hsds: HsdsRepository) {}

  async forBatch(batch: Candidate[], tx: DatabaseExecutor): Promise<Map<Candidate, ServiceDraft>> {
    const draftIds = {
      phones: batch.flatMap((c) => [
        ...c.mapped.draft.phones.map((p) => p.id),
        ...c.mapped.draft.contacts.flatMap((k) => k.phones.map((p) => p.id)),
      ]),
      contacts: batch.flatMap((c) => c.mapped.draft.contacts.map((k) => k.id)),
      schedules: batch.flatMap((c) => c.mapped.draft.schedules.map((s) => s.id)),
    };
    const owners = await this.hsds.childOwners(
      {
        phones: draftIds.phones.filter(isUuid),
        contacts: draftIds.contacts.filter(isUuid),
        schedules: draftIds.schedules.filter(isUuid),
      },
      tx,
    );
    const assigner = new ChildIds(owners, this.used);
    const out = new Map<Candidate, ServiceDraft>();
    for (const c of batch) {
      const owner = c.mapped.id;
      const draft = c.mapped.draft;
      out.set(c, {
        ...draft,
        phones: draft.phones.map((p) => ({ ...p, id: assigner.assign('phones', p.id, owner, owner, 'phone') })),
        schedules: draft.schedules.map((s) => ({
          ...s,
          id: assigner.assign('schedules', s.id, owner, owner, 'schedule'),
        })),
        contacts: draft.contacts.map((k) => {
          const contactId = assigner.assign('contacts', k.id, owner, owner, 'contact');
          return {
            ...k,
            id: contactId,
            phones: k.phones.map((p) => ({ ...p, id: assigner.assign('phones', p.id, owner, contactId, 'phone') })),
          };
        }),
      });
    }
    return out;
  }
}

/**
 * The validated input with the ids its children will be stored under (zod drops unknown keys such as ids),
 * and with the values storage would give it anyway (a contact's country defaults to the location's; a
 * shelter's address is members-only), so that comparing it with the stored record shows only real changes.
 */
function withChildIds(candidate: Candidate, childIds: Map<Candidate, ServiceDraft>): ServiceRecord['input'] {
  const draft = childIds.get(candidate)!;
  const input = candidate.input;
  return {
    ...input,
    visibility: effectiveVisibility(input.visibility, input.serviceTypes),
    phones: input.phones.map((p, i) => ({ ...p, id: draft.phones[i]!.id })),
    schedules: input.schedules.map((s, i) => ({ ...s, id: draft.schedules[i]!.id })),
    contacts: input.contacts.map((c, i) => ({
      ...c,
      country: c.country ?? input.location.country,
      id: draft.contacts[i]!.id,
      phones: c.phones.map((p, j) => ({ ...p, id: draft.contacts[i]!.phones[j]!.id })),
    })),
  };
}
