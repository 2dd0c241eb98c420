import { Inject, Injectable } from '@nestjs/common';
import { eq, sql } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { signInThrottle } from '../db/schema';

@Injectable()
export class SignInThrottleRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  async blockedUntil(key: string): Promise<Date | null> {
    const [row] = await this.connection.db
      .select({ blockedUntil: signInThrottle.blockedUntil })
      .from(signInThrottle)
      .where(eq(signInThrottle.key, key))
      .limit(1);
    return row?.blockedUntil ?? null;
  }

  /** Counts one more consecutive failure; returns the new count. */
  async addFailure(key: string): Promise<number> {
    const [row] = await this.connection.db
      .insert(signInThrottle)
      .values({ key, failures: 1 })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: { failures: sql`${signInThrottle.failures} + 1`, lastFailureAt: sql`now()` },
      })
      .returning({ failures: signInThrottle.failures });
    return row?.failures ?? 1;
  }

  async block(key: string, until: Date): Promise<void> {
    await this.connection.db.update(signInThrottle).set({ blockedUntil: until }).where(eq(signInThrottle.key, key));
  }

  async clear(key: string): Promise<void> {
    await this.connection.db.delete(signInThrottle).where(eq(signInThrottle.key, key));
  }
}
