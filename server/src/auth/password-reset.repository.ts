import { Inject, Injectable } from '@nestjs/common';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { passwordResetTokens } from '../db/schema';

@Injectable()
export class PasswordResetRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  async create(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.connection.db.insert(passwordResetTokens).values({ userId, tokenHash, expiresAt });
  }

  /** Marks a valid, unused, unexpired token used and returns its user; null otherwise. One statement: no race. */
  async consume(tokenHash: string): Promise<string | null> {
    const [row] = await this.connection.db
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, tokenHash),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, sql`now()`),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    return row?.userId ?? null;
  }

  /** After a successful reset, older links of the account stop working too. */
  async invalidateAll(userId: string): Promise<void> {
    await this.connection.db
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
  }
}
