import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type ApplicationDecision,
  type ApplicationStatus,
  ErrorCode,
  type InvitationAcceptRequest,
  type MembershipApplication,
  type MembershipApplicationRequest,
  membershipApplicationRequestSchema,
  organisationProfileInputSchema,
} from '@thb/shared';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { assertActsForOrganisation } from '../access/policies';
import { AuditService } from '../audit/audit.service';
import { PasswordsService } from '../auth/passwords.service';
import { TokensService } from '../auth/tokens.service';
import { AppError } from '../common/problem/app-error';
import { MailService } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { UsersRepository } from '../users/users.repository';
import { type ApplicationRow, type InvitationRow, MembershipRepository } from './membership.repository';

const INVITATION_TTL_MS = 7 * 86_400_000;

function toApplication(row: ApplicationRow): MembershipApplication {
  return {
    id: row.id,
    status: row.status as ApplicationStatus,
    organisation: organisationProfileInputSchema.parse(row.organisation),
    contact: { displayName: row.contactName, email: row.contactEmail, jobTitle: row.contactJobTitle },
    motivation: row.motivation,
    submittedAt: row.submittedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
    organisationId: row.organisationId,
  };
}

function toInvitation(row: InvitationRow) {
  return {
    id: row.id,
    email: row.email,
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
  };
}

/** Joining the Civil Society Platform: applications reviewed by the Coordinator, and invitations of colleagues. */
@Injectable()
export class MembershipService {
  constructor(
    private readonly membership: MembershipRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordsService,
    private readonly tokens: TokensService,
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records an application and acknowledges it by email. The answer does not reveal whether the address
   * already has an account: its owner is told by email instead.
   */
  async apply(
    input: MembershipApplicationRequest,
    ipAddress: string | null,
  ): Promise<{ id: string; status: 'pending' }> {
    const request = membershipApplicationRequestSchema.parse(input);
    const passwordHash = await this.passwords.hashNew(request.contact.password, 'body.contact.password');
    const email = request.contact.email;
    if ((await this.users.findByEmail(email)) || (await this.membership.hasOpenApplication(email))) {
      await this.mail.send({
        to: email,
        subject: 'Your application to THB Platform',
        text: [
          `Hello ${request.contact.displayName},`,
          '',
          'We received an application to the EU Civil Society Platform against trafficking with this address,',
          'but this address already has an account or an application under review. Nothing new was recorded.',
          '',
          `Sign in: ${this.mail.link('/sign-in')}`,
          `Forgot your password? ${this.mail.link('/forgot-password')}`,
        ].join('\n'),
      });
      return { id: randomUUID(), status: 'pending' };
    }
    const row = await this.membership.insertApplication({
      organisation: request.organisation,
      contactName: request.contact.displayName,
      contactEmail: email,
      contactJobTitle: request.contact.jobTitle,
      contactPasswordHash: passwordHash,
      motivation: request.motivation,
      privacyConsentAt: new Date(),
    });
    await this.audit.record({
      action: 'membership.apply',
      outcome: 'success',
      targetType: 'application',
      targetId: row.id,
      ipAddress,
      details: { organisation: request.organisation.name },
    });
    await this.mail.send({
      to: email,
      subject: 'We received your application to THB Platform',
      text: [
        `Hello ${request.contact.displayName},`,
        '',
        `Thank you for applying on behalf of ${request.organisation.name}. The EU Anti-Trafficking Coordinator's office`,
        'reviews every application and will write to you at this address with the decision.',
      ].join('\n'),
    });
    const coordinators = await this.users.list({ role: 'coordinator', status: 'active' });
    for (const coordinator of coordinators) {
      await this.mail.send({
        to: coordinator.email,
        subject: `New membership application: ${request.organisation.name}`,
        text: `${request.organisation.name} applied to join the platform.\n\nReview it: ${this.mail.link('/admin/applications')}`,
      });
    }
    return { id: row.id, status: 'pending' };
  }

  async list(status?: ApplicationStatus): Promise<MembershipApplication[]> {
    return (await this.membership.listApplications(status)).map(toApplication);
  }

  async get(id: string): Promise<MembershipApplication> {
    const row = await this.membership.findApplication(id);
    if (!row) {
      throw new AppError(ErrorCode.NotFound, 'There is no such application.');
    }
    return toApplication(row);
  }

  async decide(
    coordinator: AuthenticatedUser,
    id: string,
    decision: ApplicationDecision,
    ipAddress: string | null,
  ): Promise<MembershipApplication> {
    const current = await this.membership.findApplication(id);
    if (!current) {
      throw new AppError(ErrorCode.NotFound, 'There is no such application.');
    }
    if (decision.decision === 'approve' && (await this.users.findByEmail(current.contactEmail))) {
      throw new AppError(
        ErrorCode.Conflict,
        'The contact person’s address already has an account; reject this application or invite them instead.',
      );
    }
    // Inside the transaction every query goes through `tx` (the embedded database has a single connection).
    const decided = await this.membership.transaction(async (tx) => {
      switch (decision.decision) {
        case 'approve': {
          if (!current.contactPasswordHash) {
            return null;
          }
          const profile = organisationProfileInputSchema.parse(current.organisation);
          const organisation = await this.organisations.insert(profile, new Date(), tx);
          await this.users.insert(
            {
              email: current.contactEmail,
              displayName: current.contactName,
              passwordHash: current.contactPasswordHash,
              role: 'member',
              organisationId: organisation.id,
              privacyConsentAt: current.privacyConsentAt,
            },
            tx,
          );
          return this.membership.decide(
            id,
            {
              status: 'approved',
              decidedBy: coordinator.id,
              decisionNote: null,
              organisationId: organisation.id,
              clearPassword: true,
            },
            tx,
          );
        }
        case 'reject':
          return this.membership.decide(
            id,
            {
              status: 'rejected',
              decidedBy: coordinator.id,
              decisionNote: decision.reason ?? null,
              clearPassword: true,
            },
            tx,
          );
        case 'request_info':
          return this.membership.decide(
            id,
            {
              status: 'info_requested',
              decidedBy: coordinator.id,
              decisionNote: decision.message ?? null,
              clearPassword: false,
            },
            tx,
          );
      }
    });
    if (!decided) {
      throw new AppError(ErrorCode.Conflict, 'This application has already been decided.');
    }
    await this.audit.record({
      action: `membership.${decision.decision}`,
      outcome: 'success',
      actorId: coordinator.id,
      targetType: 'application',
      targetId: id,
      ipAddress,
      details: {
        organisation: (current.organisation as { name?: string }).name,
        organisationId: decided.organisationId,
      },
    });
    await this.notifyApplicant(decided, coordinator);
    if (decided.status === 'approved') {
      await this.notifications.notifyEmail(current.contactEmail, {
        type: 'membership',
        title: 'Your organisation is a member of the Civil Society Platform',
        body: 'Welcome! Complete your organisation’s profile and invite your colleagues.',
        link: decided.organisationId ? `/organisations/${decided.organisationId}/edit` : '/account',
      });
    }
    return toApplication(decided);
  }

  private async notifyApplicant(application: ApplicationRow, coordinator: AuthenticatedUser): Promise<void> {
    const name = (application.organisation as { name?: string }).name ?? 'your organisation';
    const greeting = `Hello ${application.contactName},\n\n`;
    switch (application.status) {
      case 'approved':
        await this.mail.send({
          to: application.contactEmail,
          subject: `${name} is now a member of THB Platform`,
          text: `${greeting}Your application was approved. Sign in with the email address and password you chose when applying:\n\n${this.mail.link('/sign-in')}\n\nYou can then invite colleagues of ${name} from My account.`,
        });
        return;
      case 'rejected':
        await this.mail.send({
          to: application.contactEmail,
          subject: `Your application to THB Platform`,
          text: `${greeting}We are sorry: the application of ${name} was not accepted.\n\nReason given by the Coordinator's office:\n${application.decisionNote ?? ''}`,
        });
        return;
      case 'info_requested':
        await this.mail.send({
          to: application.contactEmail,
          subject: `More information needed for your application to THB Platform`,
          text: `${greeting}The Coordinator's office needs more information before deciding on the application of ${name}:\n\n${application.decisionNote ?? ''}\n\nPlease reply to this message (it goes to ${coordinator.email}).`,
        });
        return;
    }
  }

  async invite(
    user: AuthenticatedUser,
    organisationId: string,
    email: string,
  ): Promise<ReturnType<typeof toInvitation>> {
    assertActsForOrganisation(user, organisationId);
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation?.memberSince) {
      throw new AppError(ErrorCode.NotFound, 'There is no such member organisation.');
    }
    if (await this.users.findByEmail(email)) {
      throw new AppError(ErrorCode.Conflict, 'This person already has an account on the platform.', [
        { field: 'body.email', message: 'already has an account', code: 'account_exists' },
      ]);
    }
    const token = this.tokens.newOpaqueToken();
    const row = await this.membership.insertInvitation({
      organisationId,
      email,
      tokenHash: this.tokens.hashOpaqueToken(token),
      invitedBy: user.id,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    await this.mail.send({
      to: email,
      subject: `${user.displayName} invites you to THB Platform`,
      text: [
        'Hello,',
        '',
        `${user.displayName} invites you to join ${organisation.name} on THB Platform, the EU Civil Society Platform against trafficking in human beings.`,
        '',
        `Create your account within 7 days: ${this.mail.link(`/invitation?token=${encodeURIComponent(token)}`)}`,
        '',
        'The link works once. If you do not expect this invitation, ignore this message.',
      ].join('\n'),
    });
    await this.audit.record({
      action: 'membership.invite',
      outcome: 'success',
      actorId: user.id,
      targetType: 'organisation',
      targetId: organisationId,
    });
    return toInvitation(row);
  }

  async listInvitations(user: AuthenticatedUser, organisationId: string) {
    assertActsForOrganisation(user, organisationId);
    return (await this.membership.listInvitations(organisationId)).map(toInvitation);
  }

  async previewInvitation(token: string) {
    const invitation = await this.membership.findOpenInvitation(this.tokens.hashOpaqueToken(token));
    if (!invitation) {
      throw new AppError(
        ErrorCode.InvalidLink,
        'This invitation has expired or was already used. Ask your colleague for a new one.',
      );
    }
    return {
      email: invitation.email,
      organisationName: invitation.organisationName,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  async acceptInvitation(token: string, input: InvitationAcceptRequest, ipAddress: string | null): Promise<void> {
    const open = await this.previewInvitation(token);
    if (await this.users.findByEmail(open.email)) {
      throw new AppError(ErrorCode.Conflict, 'This address already has an account. Sign in instead.');
    }
    const passwordHash = await this.passwords.hashNew(input.password, 'body.password');
    const userId = await this.membership.transaction(async (tx) => {
      const invitation = await this.membership.acceptInvitation(this.tokens.hashOpaqueToken(token), tx);
      if (!invitation) {
        throw new AppError(
          ErrorCode.InvalidLink,
          'This invitation has expired or was already used. Ask your colleague for a new one.',
        );
      }
      const user = await this.users.insert(
        {
          email: invitation.email,
          displayName: input.displayName,
          passwordHash,
          role: 'member',
          organisationId: invitation.organisationId,
          privacyConsentAt: new Date(),
        },
        tx,
      );
      return user.id;
    });
    await this.audit.record({
      action: 'membership.invitation_accepted',
      outcome: 'success',
      actorId: userId,
      targetType: 'user',
      targetId: userId,
      ipAddress,
    });
  }
}
