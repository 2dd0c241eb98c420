import { Inject, Injectable } from '@nestjs/common';
import { eq, sql } from 'drizzle-orm';
import { ErrorCode } from '@thb/shared';
import { AppError } from '../common/problem/app-error';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { signInThrottle } from '../db/schema';

/** Failures allowed before delays start. */
const FREE_FAILURES = 3;
const MAX_DELAY_S = 15 * 60;

/** Seconds to wait after the n-th consecutive failure: 0, 0, 0, 1, 2, 4 … capped at 15 minutes. */
export function delayAfterFailures(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_S);
}

/**
 * Growing delays per account and client address. Keyed on both, so that someone guessing passwords from
 * one address cannot lock the real owner out from theirs (no lock-out denial of service); the per-address
 * request throttle (@nestjs/throttler) limits spraying across accounts.
 */
@Injectable()
export class SignInThrottleService {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private key(account: string, ipAddress: string | null): string {
    return `${account}|${ipAddress ?? 'unknown'}`;
  }

  async assertNotDelayed(account: string, ipAddress: string | null): Promise<void> {
    const [row] = await this.connection.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, this.key(account, ipAddress)))
      .limit(1);
    const waitMs = row?.blockedUntil ? row.blockedUntil.getTime() - Date.now() : 0;
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new AppError(
        ErrorCode.RateLimited,
        `Too many failed attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
      );
    }
  }

  async recordFailure(account: string, ipAddress: string | null): Promise<number> {
    const key = this.key(account, ipAddress);
    const [row] = await this.connection.db
      .insert(signInThrottle)
      .values({ key, failures: 1 })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: { failures: sql`${signInThrottle.failures} + 1`, lastFailureAt: sql`now()` },
      })
      .returning({ failures: signInThrottle.failures });
    const failures = row?.failures ?? 1;
    const delay = delayAfterFailures(failures);
    if (delay > 0) {
      await this.connection.db
        .update(signInThrottle)
        .set({ blockedUntil: new Date(Date.now() + delay * 1000) })
        .where(eq(signInThrottle.key, key));
    }
    return failures;
  }

  async recordSuccess(account: string, ipAddress: string | null): Promise<void> {
    await this.connection.db.delete(signInThrottle).where(eq(signInThrottle.key, this.key(account, ipAddress)));
  }
}
