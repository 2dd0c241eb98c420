import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { refreshTokens, sessions, users } from '../db/schema';

export type SessionRow = typeof sessions.$inferSelect;

@Injectable()
export class SessionsRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private get db() {
    return this.connection.db;
  }

  transaction<T>(work: (tx: DatabaseExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async create(values: {
    userId: string;
    userAgent: string | null;
    ipAddress: string | null;
    expiresAt: Date;
    tokenHash: string;
  }): Promise<SessionRow> {
    return this.db.transaction(async (tx) => {
      const [session] = await tx
        .insert(sessions)
        .values({
          userId: values.userId,
          userAgent: values.userAgent,
          ipAddress: values.ipAddress,
          expiresAt: values.expiresAt,
        })
        .returning();
      await tx.insert(refreshTokens).values({ tokenHash: values.tokenHash, sessionId: session!.id });
      return session!;
    });
  }

  /** A live session (not revoked, not expired) with its user, for authenticating a request. */
  async findLive(sessionId: string) {
    const [row] = await this.db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`)))
      .limit(1);
    return row ?? null;
  }

  async touch(sessionId: string): Promise<void> {
    await this.db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.id, sessionId));
  }

  /**
   * Marks a refresh token used and returns it with its session, in one statement, so that two concurrent
   * refreshes with the same token cannot both succeed. `alreadyUsed` is true when it had been used before.
   */
  async consumeRefreshToken(tokenHash: string, tx: DatabaseExecutor) {
    const [token] = await tx
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, tokenHash))
      .for('update')
      .limit(1);
    if (!token) {
      return null;
    }
    if (!token.usedAt) {
      await tx
        .update(refreshTokens)
        .set({ usedAt: sql`now()` })
        .where(eq(refreshTokens.tokenHash, tokenHash));
    }
    return { sessionId: token.sessionId, alreadyUsed: token.usedAt !== null };
  }

  async addRefreshToken(sessionId: string, tokenHash: string, tx: DatabaseExecutor): Promise<void> {
    await tx.insert(refreshTokens).values({ tokenHash, sessionId });
  }

  async findById(sessionId: string, tx: DatabaseExecutor = this.db): Promise<SessionRow | null> {
    const [row] = await tx.select().from(sessions).where(eq(sessions.id, sessionId)).limit(1);
    return row ?? null;
  }

  async listLive(userId: string): Promise<SessionRow[]> {
    return this.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`)))
      .orderBy(desc(sessions.lastSeenAt));
  }

  /** Revokes one session; returns its id if it was live. */
  async revoke(sessionId: string, reason: string, tx: DatabaseExecutor = this.db): Promise<string[]> {
    const rows = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()`, revokedReason: reason })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    return rows.map((r) => r.id);
  }

  /** Revokes every live session of a user, except `keep` if given; returns the ids revoked. */
  async revokeAllOfUser(
    userId: string,
    reason: string,
    keep?: string,
    tx: DatabaseExecutor = this.db,
  ): Promise<string[]> {
    const rows = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()`, revokedReason: reason })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ...(keep ? [ne(sessions.id, keep)] : [])))
      .returning({ id: sessions.id });
    return rows.map((r) => r.id);
  }

  async findByRefreshTokenHash(tokenHash: string): Promise<{ id: string; userId: string } | null> {
    const [row] = await this.db
      .select({ id: sessions.id, userId: sessions.userId })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .where(eq(refreshTokens.tokenHash, tokenHash))
      .limit(1);
    return row ?? null;
  }
}
