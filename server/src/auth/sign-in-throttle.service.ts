import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@thb/shared';
import { AppError } from '../common/problem/app-error';
import { SignInThrottleRepository } from './sign-in-throttle.repository';

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
  constructor(private readonly throttle: SignInThrottleRepository) {}

  private key(account: string, ipAddress: string | null): string {
    return `${account}|${ipAddress ?? 'unknown'}`;
  }

  async assertNotDelayed(account: string, ipAddress: string | null): Promise<void> {
    const blockedUntil = await this.throttle.blockedUntil(this.key(account, ipAddress));
    const waitMs = blockedUntil ? blockedUntil.getTime() - Date.now() : 0;
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
    const failures = await this.throttle.addFailure(key);
    const delay = delayAfterFailures(failures);
    if (delay > 0) {
      await this.throttle.block(key, new Date(Date.now() + delay * 1000));
    }
    return failures;
  }

  async recordSuccess(account: string, ipAddress: string | null): Promise<void> {
    await this.throttle.clear(this.key(account, ipAddress));
  }
}
