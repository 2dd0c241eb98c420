import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { invitations, membershipApplications, organisations } from '../db/schema';

export type ApplicationRow = typeof membershipApplications.$inferSelect;
export type NewApplicationRow = typeof membershipApplications.$inferInsert;
export type InvitationRow = typeof invitations.$inferSelect;

@Injectable()
export class MembershipRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private get db() {
    return this.connection.db;
  }

  transaction<T>(work: (tx: DatabaseExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insertApplication(values: NewApplicationRow): Promise<ApplicationRow> {
    const [row] = await this.db.insert(membershipApplications).values(values).returning();
    return row!;
  }

  async findApplication(id: string, tx: DatabaseExecutor = this.db): Promise<ApplicationRow | null> {
    const [row] = await tx.select().from(membershipApplications).where(eq(membershipApplications.id, id)).limit(1);
    return row ?? null;
  }

  async hasOpenApplication(email: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: membershipApplications.id })
      .from(membershipApplications)
      .where(
        and(
          eq(membershipApplications.contactEmail, email),
          inArray(membershipApplications.status, ['pending', 'info_requested']),
        ),
      )
      .limit(1);
    return row !== undefined;
  }

  async listApplications(status?: string): Promise<ApplicationRow[]> {
    return this.db
      .select()
      .from(membershipApplications)
      .where(status ? eq(membershipApplications.status, status) : undefined)
      .orderBy(
        status === 'approved' || status === 'rejected'
          ? desc(membershipApplications.decidedAt)
          : asc(membershipApplications.submittedAt),
      )
      .limit(500);
  }

  /** Records a decision if the application is still open; returns null when someone decided first. */
  async decide(
    id: string,
    values: {
      status: string;
      decidedBy: string;
      decisionNote: string | null;
      organisationId?: string | null;
      clearPassword: boolean;
    },
    tx: DatabaseExecutor = this.db,
  ): Promise<ApplicationRow | null> {
    const [row] = await tx
      .update(membershipApplications)
      .set({
        status: values.status,
        decidedBy: values.decidedBy,
        decidedAt: sql`now()`,
        decisionNote: values.decisionNote,
        ...(values.organisationId !== undefined ? { organisationId: values.organisationId } : {}),
        ...(values.clearPassword ? { contactPasswordHash: null } : {}),
      })
      .where(
        and(eq(membershipApplications.id, id), inArray(membershipApplications.status, ['pending', 'info_requested'])),
      )
      .returning();
    return row ?? null;
  }

  async insertInvitation(values: typeof invitations.$inferInsert): Promise<InvitationRow> {
    const [row] = await this.db.insert(invitations).values(values).returning();
    return row!;
  }

  async listInvitations(organisationId: string): Promise<InvitationRow[]> {
    return this.db
      .select()
      .from(invitations)
      .where(eq(invitations.organisationId, organisationId))
      .orderBy(desc(invitations.createdAt))
      .limit(200);
  }

  async findOpenInvitation(tokenHash: string): Promise<(InvitationRow & { organisationName: string }) | null> {
    const [row] = await this.db
      .select({ invitation: invitations, organisationName: organisations.name })
      .from(invitations)
      .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
      .where(
        and(
          eq(invitations.tokenHash, tokenHash),
          isNull(invitations.acceptedAt),
          gt(invitations.expiresAt, sql`now()`),
        ),
      )
      .limit(1);
    return row ? { ...row.invitation, organisationName: row.organisationName } : null;
  }

  /** Uses an invitation once: returns it only to the first caller. */
  async acceptInvitation(tokenHash: string, tx: DatabaseExecutor): Promise<InvitationRow | null> {
    const [row] = await tx
      .update(invitations)
      .set({ acceptedAt: sql`now()` })
      .where(
        and(
          eq(invitations.tokenHash, tokenHash),
          isNull(invitations.acceptedAt),
          gt(invitations.expiresAt, sql`now()`),
        ),
      )
      .returning();
    return row ?? null;
  }
}
