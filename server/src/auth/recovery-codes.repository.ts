import { Inject, Injectable } from '@nestjs/common';
import { and, eq, isNull } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { recoveryCodes } from '../db/schema';

/** Hashed single-use recovery codes of two-factor authentication. */
@Injectable()
export class RecoveryCodesRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  /** Replaces every code of the user with these. */
  async replace(userId: string, codeHashes: string[], tx: DatabaseExecutor = this.connection.db): Promise<void> {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
  }

  /** Marks an unused code used; true if there was one. */
  async use(userId: string, codeHash: string): Promise<boolean> {
    const rows = await this.connection.db
      .update(recoveryCodes)
      .set({ usedAt: new Date() })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    return rows.length > 0;
  }

  async clear(userId: string, tx: DatabaseExecutor = this.connection.db): Promise<void> {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  }
}
