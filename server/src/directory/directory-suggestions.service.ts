import { Injectable, Logger } from '@nestjs/common';
import {
  ErrorCode,
  type FieldDiff,
  type SuggestibleField,
  type Suggestion,
  type SuggestionDecision,
  suggestionInputSchema,
  type SuggestionList,
  serviceInputSchema,
} from '@thb/shared';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { assertActsForOrganisation } from '../access/policies';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/problem/app-error';
import { MailService } from '../mail/mail.service';
import { excerpt, NotificationsService } from '../notifications/notifications.service';
import { DirectoryRecordsRepository, type ServiceRecord } from './directory-records.repository';
import { DirectoryServicesService } from './directory-services.service';
import { DirectorySuggestionsRepository, type SuggestionWithService } from './directory-suggestions.repository';
import { diffFields } from './record-diff';
import { type OrganisationRef, toServiceRecordInput } from './service-view';
import { canSee, viewerLevel } from './visibility';

type RecordInput = ServiceRecord['input'];
type Changes = Partial<Record<SuggestibleField, unknown>>;

/** The record with the suggested values put in; whole fields are replaced (a list of phones is one field). */
function withChanges(current: RecordInput, changes: Changes): RecordInput {
  return { ...current, ...changes } as RecordInput;
}

/**
 * A suggested location from someone who saw only the city: the street, postcode and exact point they could
 * not see (and so sent empty) stay as they are, rather than being erased when the suggestion is accepted.
 */
function keepHiddenLocation(changes: Changes, current: RecordInput, sawExactLocation: boolean): Changes {
  if (sawExactLocation || !changes.location) {
    return changes;
  }
  const suggested = changes.location as RecordInput['location'];
  const { name, address1, address2, postalCode, latitude, longitude } = current.location;
  return { ...changes, location: { ...suggested, name, address1, address2, postalCode, latitude, longitude } };
}

/**
 * "Suggest an edit": anyone (visitors leave an email) proposes new values for fields of a service; the
 * owning organisation or the Coordinator sees the change as a diff and accepts or rejects it. Accepting
 * saves the values, records who/when/what (HSDS metadata) and sets the record's `assured_date`.
 */
@Injectable()
export class DirectorySuggestionsService {
  private readonly logger = new Logger(DirectorySuggestionsService.name);

  constructor(
    private readonly suggestions: DirectorySuggestionsRepository,
    private readonly records: DirectoryRecordsRepository,
    private readonly services: DirectoryServicesService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
  ) {}

  async submit(
    viewer: AuthenticatedUser | null,
    serviceId: string,
    input: ReturnType<typeof suggestionInputSchema.parse>,
  ): Promise<Suggestion> {
    if (!viewer && !input.email) {
      throw new AppError(ErrorCode.ValidationFailed, 'Leave an email address so that the reviewer can reach you.', [
        { field: 'body.email', message: 'required when you are not signed in', code: 'required' },
      ]);
    }
    const row = await this.records.findService(serviceId);
    if (!row) {
      throw new AppError(ErrorCode.NotFound, 'There is no such service in the directory.');
    }
    const current = await this.currentRecord(serviceId);
    const changes = keepHiddenLocation(
      input.changes,
      current,
      canSee(viewerLevel(viewer, row.organisationId), row.visibility.location),
    );
    // A suggestion must make a valid record, so that accepting it can never fail on the reviewer.
    const merged = serviceInputSchema.safeParse(withChanges(current, changes));
    if (!merged.success) {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'The suggested values do not make a valid record.',
        merged.error.issues.map((issue) => ({
          field: ['body', 'changes', ...issue.path.map(String)].join('.'),
          message: issue.message,
          code: issue.code,
        })),
      );
    }
    const fields = Object.keys(changes) as SuggestibleField[];
    if (diffFields(current, withChanges(current, changes), fields).length === 0) {
      throw new AppError(ErrorCode.ValidationFailed, 'The suggestion changes nothing: every value is already so.');
    }
    const previous = Object.fromEntries(fields.map((f) => [f, current[f]]));
    const saved = await this.suggestions.insert({
      serviceId,
      changes,
      previous,
      comment: input.comment,
      submitterId: viewer?.id ?? null,
      submitterName: viewer?.displayName ?? null,
      submitterEmail: viewer?.email ?? input.email ?? null,
    });
    await this.audit.record({
      action: 'directory.suggestion.create',
      outcome: 'success',
      actorId: viewer?.id ?? null,
      targetType: 'service',
      targetId: serviceId,
    });
    await this.notifications.notifyOrganisation(row.organisationId, {
      type: 'suggestion',
      title: `Suggested edit to ${row.sortName}`,
      body: input.comment ? excerpt(input.comment) : `Changes to ${fields.join(', ')}`,
      link: '/directory/suggestions',
    });
    return this.view((await this.suggestions.findById(saved.id))!, current);
  }

  async list(
    user: AuthenticatedUser,
    status: 'pending' | 'accepted' | 'rejected',
    page: number,
    pageSize: number,
  ): Promise<SuggestionList> {
    const scope = user.role === 'coordinator' ? null : user.organisationId;
    if (user.role !== 'coordinator' && !scope) {
      return { total: 0, items: [] };
    }
    const result = await this.suggestions.list(status, scope, page, pageSize);
    const items = await Promise.all(
      result.items.map(async (item) =>
        this.view(item, status === 'pending' ? await this.currentRecord(item.suggestion.serviceId) : null),
      ),
    );
    return { total: result.total, items };
  }

  async decide(user: AuthenticatedUser, id: string, decision: SuggestionDecision): Promise<Suggestion> {
    const found = await this.suggestions.findById(id);
    if (!found) {
      throw new AppError(ErrorCode.NotFound, 'There is no such suggestion.');
    }
    assertActsForOrganisation(user, found.organisation.id);
    await this.records.transaction(async (tx) => {
      const decided = await this.suggestions.decide(
        id,
        {
          status: decision.decision === 'accept' ? 'accepted' : 'rejected',
          reviewerId: user.id,
          reviewerName: user.displayName,
          reviewNote: decision.note ?? null,
        },
        tx,
      );
      if (!decided) {
        throw new AppError(ErrorCode.Conflict, 'This suggestion has already been reviewed.');
      }
      if (decision.decision === 'accept') {
        const current = await this.services.editableRecord(user, found.suggestion.serviceId, tx);
        const next = withChanges(current, found.suggestion.changes);
        if (!serviceInputSchema.safeParse(next).success) {
          throw new AppError(
            ErrorCode.Conflict,
            'The record has changed since this suggestion was made and the suggested values no longer fit. Reject it and edit the record instead.',
          );
        }
        await this.services.applyChanges(user, found.suggestion.serviceId, current, next, 'suggestion', tx);
      }
    });
    await this.audit.record({
      action: `directory.suggestion.${decision.decision}`,
      outcome: 'success',
      actorId: user.id,
      targetType: 'suggestion',
      targetId: id,
    });
    const after = (await this.suggestions.findById(id))!;
    await this.tellSubmitter(after);
    return this.view(after, null);
  }

  private async currentRecord(serviceId: string): Promise<RecordInput> {
    const row = (await this.records.findService(serviceId))!;
    const children = await this.records.findChildren([serviceId]);
    return toServiceRecordInput(row, children);
  }

  /** The diff against the record as it is now (pending) or as it was when suggested (decided). */
  private view(
    { suggestion, serviceName, organisation }: SuggestionWithService,
    current: RecordInput | null,
  ): Suggestion {
    const changes = suggestion.changes as Changes;
    const fields = Object.keys(changes) as SuggestibleField[];
    const before = current ? Object.fromEntries(fields.map((f) => [f, current[f]])) : suggestion.previous;
    const diff: FieldDiff[] = diffFields(before as Changes, changes, fields).map((d) => ({
      field: d.field as SuggestibleField,
      before: d.before,
      after: d.after,
    }));
    return {
      id: suggestion.id,
      serviceId: suggestion.serviceId,
      serviceName,
      organisation: organisation as OrganisationRef,
      status: suggestion.status as Suggestion['status'],
      comment: suggestion.comment,
      submittedBy: suggestion.submitterName ?? suggestion.submitterEmail ?? 'someone',
      submittedAt: suggestion.createdAt.toISOString(),
      diff,
      reviewedBy: suggestion.reviewerName,
      reviewedAt: suggestion.reviewedAt?.toISOString() ?? null,
      reviewNote: suggestion.reviewNote,
    };
  }

  private async tellSubmitter(found: SuggestionWithService): Promise<void> {
    const { suggestion, serviceName } = found;
    if (!suggestion.submitterEmail) {
      return;
    }
    const accepted = suggestion.status === 'accepted';
    try {
      await this.mail.send({
        to: suggestion.submitterEmail,
        subject: `Your suggested edit to “${serviceName}” was ${accepted ? 'accepted' : 'not accepted'}`,
        text: [
          `Thank you for helping keep the THB Platform directory true.`,
          '',
          accepted
            ? `Your suggested edit to “${serviceName}” was accepted and is now shown in the directory.`
            : `Your suggested edit to “${serviceName}” was not accepted.`,
          ...(suggestion.reviewNote ? ['', `Note from the reviewer: ${suggestion.reviewNote}`] : []),
          '',
          this.mail.link(`/directory/services/${suggestion.serviceId}`),
        ].join('\n'),
      });
    } catch (err) {
      this.logger.warn(`could not mail the outcome of suggestion ${suggestion.id}: ${String(err)}`);
    }
  }
}
