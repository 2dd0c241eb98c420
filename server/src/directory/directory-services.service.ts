import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type ChangeRecord,
  ErrorCode,
  type ServiceDetail,
  type ServiceInput,
  STALE_AFTER_MONTHS,
  type StaleList,
} from '@thb/shared';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { assertActsForOrganisation, policies } from '../access/policies';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/problem/app-error';
import { type DatabaseExecutor } from '../db/database';
import { OrganisationsService } from '../organisations/organisations.service';
import { DirectoryChangesRepository, type NewChange } from './directory-changes.repository';
import { DirectoryRecordsRepository, type ServiceRecord } from './directory-records.repository';
import { diffFields, type FieldChange, metadataValue } from './record-diff';
import { type OrganisationRef, toServiceDetail, toServiceRecordInput } from './service-view';

type RecordInput = ServiceRecord['input'];

/** Every field of a service record, in the order changes are listed. */
export const SERVICE_RECORD_FIELDS = [
  'organisationId',
  'name',
  'description',
  'url',
  'email',
  'status',
  'serviceTypes',
  'groupsServed',
  'exploitationForms',
  'languages',
  'minimumAge',
  'maximumAge',
  'eligibleGender',
  'eligibilityDescription',
  'free',
  'feesDescription',
  'accessModes',
  'acceptsSelfReferral',
  'interpretationAvailable',
  'open247',
  'capacity',
  'location',
  'serviceAreas',
  'phones',
  'schedules',
  'contacts',
  'visibility',
] as const satisfies readonly (keyof ServiceInput)[];

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Who made a change, as HSDS metadata's `updated_by` records it. */
export function actorName(user: AuthenticatedUser): string {
  return `${user.displayName} <${user.email}>`;
}

/**
 * Directory records: reading them as a viewer may see them, and their providers (members of the owning
 * organisation, or the Coordinator) creating, editing and verifying them. Every accepted change is recorded
 * field by field (HSDS metadata) and sets the record's `assured_date`.
 */
@Injectable()
export class DirectoryServicesService {
  constructor(
    private readonly records: DirectoryRecordsRepository,
    private readonly changes: DirectoryChangesRepository,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /** Several services as the viewer may see them, in the order of `ids`; unknown ids are skipped. */
  async details(viewer: AuthenticatedUser | null, ids: string[]): Promise<ServiceDetail[]> {
    const rows = await this.records.findServicesWithOrganisation(ids);
    const children = await this.records.findChildren(rows.map((r) => r.service.id));
    return rows.map(({ service, organisation, openNow }) =>
      toServiceDetail(
        service,
        {
          phones: children.phones.filter((p) => p.serviceId === service.id),
          schedules: children.schedules.filter((s) => s.serviceId === service.id),
          contacts: children.contacts.filter((c) => c.serviceId === service.id),
          contactPhones: children.contactPhones,
        },
        organisation,
        viewer,
        openNow,
      ),
    );
  }

  async get(viewer: AuthenticatedUser | null, id: string): Promise<ServiceDetail> {
    const [detail] = await this.details(viewer, [id]);
    if (!detail) {
      throw new AppError(ErrorCode.NotFound, 'There is no such service in the directory.');
    }
    return detail;
  }

  /** The stored record in input shape, for someone allowed to edit it. */
  async editableRecord(user: AuthenticatedUser, id: string, tx?: DatabaseExecutor): Promise<RecordInput> {
    const row = await this.records.findService(id, tx);
    if (!row) {
      throw new AppError(ErrorCode.NotFound, 'There is no such service in the directory.');
    }
    assertActsForOrganisation(user, row.organisationId);
    const children = await this.records.findChildren([id], tx);
    return toServiceRecordInput(row, children);
  }

  async create(user: AuthenticatedUser, input: ServiceInput): Promise<ServiceDetail> {
    assertActsForOrganisation(user, input.organisationId);
    await this.assertOrganisationExists(input.organisationId);
    const id = randomUUID();
    await this.records.transaction(async (tx) => {
      await this.records.saveServices([{ id, input, assuredDate: today(), ...this.assurer(user) }], tx);
      await this.changes.insert(
        [this.change(id, 'create', { field: 'service', before: null, after: input.name }, user)],
        tx,
      );
    });
    await this.recordAudit(user, 'directory.service.create', id);
    return this.get(user, id);
  }

  async update(user: AuthenticatedUser, id: string, input: ServiceInput): Promise<ServiceDetail> {
    if (!policies.actsForOrganisation(user, input.organisationId)) {
      throw new AppError(ErrorCode.Forbidden, 'Only the Coordinator may move a service to another organisation.');
    }
    await this.assertOrganisationExists(input.organisationId);
    await this.records.transaction(async (tx) => {
      const current = await this.editableRecord(user, id, tx);
      await this.applyChanges(user, id, current, input, 'update', tx);
    });
    await this.recordAudit(user, 'directory.service.update', id);
    return this.get(user, id);
  }

  /** Confirms the record is still true: sets `assured_date` to today and the assurer to the user. */
  async verify(user: AuthenticatedUser, id: string): Promise<ServiceDetail> {
    await this.records.transaction(async (tx) => {
      const current = await this.editableRecord(user, id, tx);
      await this.records.saveServices([{ id, input: current, assuredDate: today(), ...this.assurer(user) }], tx);
      await this.changes.insert(
        [this.change(id, 'verify', { field: 'assured_date', before: null, after: today() }, user)],
        tx,
      );
    });
    await this.recordAudit(user, 'directory.service.verify', id);
    return this.get(user, id);
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    await this.records.transaction(async (tx) => {
      await this.editableRecord(user, id, tx);
      await this.records.deleteService(id, tx);
      await this.changes.insert([this.change(id, 'delete', { field: 'service', before: id, after: null }, user)], tx);
    });
    await this.recordAudit(user, 'directory.service.delete', id);
  }

  /**
   * Saves `next` over `current` in the caller's transaction, records each changed field and marks the record
   * verified by the user. Used by edits and by accepted suggestions. Returns the changed fields.
   */
  async applyChanges(
    user: AuthenticatedUser,
    id: string,
    current: RecordInput,
    next: RecordInput,
    actionType: 'update' | 'suggestion',
    tx: DatabaseExecutor,
  ): Promise<FieldChange[]> {
    const changed = diffFields(current, next, SERVICE_RECORD_FIELDS);
    await this.records.saveServices([{ id, input: next, assuredDate: today(), ...this.assurer(user) }], tx);
    await this.changes.insert(
      changed.map((c) => this.change(id, actionType, c, user)),
      tx,
    );
    return changed;
  }

  /** The change trail of a service, for those who may edit it. */
  async history(user: AuthenticatedUser, id: string): Promise<ChangeRecord[]> {
    await this.editableRecord(user, id);
    const rows = await this.changes.forResource(id);
    return rows.map((r) => ({ ...r, lastActionDate: r.lastActionDate.toISOString() }));
  }

  /** Records not verified for STALE_AFTER_MONTHS months, for the Coordinator. */
  async stale(page: number, pageSize: number): Promise<StaleList> {
    const before = new Date();
    before.setUTCMonth(before.getUTCMonth() - STALE_AFTER_MONTHS);
    const result = await this.records.findStale(before.toISOString().slice(0, 10), page, pageSize);
    return {
      total: result.total,
      items: result.items.map((i) => ({
        ...i,
        organisation: { ...i.organisation, type: i.organisation.type as OrganisationRef['type'] },
        lastModified: i.lastModified.toISOString(),
      })),
    };
  }

  private assurer(user: AuthenticatedUser) {
    return { assurerEmail: user.email, assurerName: user.displayName };
  }

  private change(id: string, type: string, change: FieldChange, user: AuthenticatedUser): NewChange {
    return {
      resourceId: id,
      resourceType: 'service',
      lastActionType: type,
      fieldName: change.field,
      previousValue: metadataValue(change.before),
      replacementValue: metadataValue(change.after),
      updatedBy: actorName(user),
    };
  }

  private async assertOrganisationExists(id: string): Promise<void> {
    if (!(await this.organisations.exists(id))) {
      throw new AppError(ErrorCode.ValidationFailed, 'There is no such organisation.', [
        { field: 'body.organisationId', message: 'no organisation has this id', code: 'not_found' },
      ]);
    }
  }

  private async recordAudit(user: AuthenticatedUser, action: string, id: string): Promise<void> {
    await this.audit.record({ action, outcome: 'success', actorId: user.id, targetType: 'service', targetId: id });
  }
}
