import { Inject, Injectable } from '@nestjs/common';
import { asc, desc, eq } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { auditLog, invitations, organisations, sessions, users } from '../db/schema';

/** Reads everything stored about one person, for their data export. */
@Injectable()
export class AccountDataRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  async collect(userId: string) {
    const db = this.connection.db;
    const [user] = await db
      .select({
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        status: users.status,
        locale: users.locale,
        organisationId: users.organisationId,
        organisationName: organisations.name,
        twoFactorEnabledAt: users.totpEnabledAt,
        privacyConsentAt: users.privacyConsentAt,
        passwordChangedAt: users.passwordChangedAt,
        lastSignInAt: users.lastSignInAt,
        createdAt: users.createdAt,
      })
      .from(users)
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.id, userId));
    const userSessions = await db
      .select({
        id: sessions.id,
        userAgent: sessions.userAgent,
        ipAddress: sessions.ipAddress,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        revokedAt: sessions.revokedAt,
        revokedReason: sessions.revokedReason,
      })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(asc(sessions.createdAt));
    const sentInvitations = await db
      .select({ email: invitations.email, createdAt: invitations.createdAt, acceptedAt: invitations.acceptedAt })
      .from(invitations)
      .where(eq(invitations.invitedBy, userId));
    const securityEvents = await db
      .select({ at: auditLog.at, action: auditLog.action, outcome: auditLog.outcome, ipAddress: auditLog.ipAddress })
      .from(auditLog)
      .where(eq(auditLog.actorId, userId))
      .orderBy(desc(auditLog.id))
      .limit(1000);
    return { account: user ?? null, sessions: userSessions, invitationsSent: sentInvitations, securityEvents };
  }
}
