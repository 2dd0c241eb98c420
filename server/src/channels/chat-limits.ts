import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@thb/shared';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../common/problem/app-error';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Per-user limit of chat writes (messages, edits, reactions) per minute with a burst allowance. Checked
 * before anything is written, so a refused write leaves nothing behind. (Sockets per user are limited at
 * the handshake, in the realtime module.)
 */
@Injectable()
export class ChatLimits {
  private readonly writes: BurstyRateLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { messagesPerMinute, burst } = config.chat;
    this.writes = new BurstyRateLimiter(
      new RateLimiterMemory({ keyPrefix: 'chat-writes', points: messagesPerMinute, duration: 60 }),
      new RateLimiterMemory({ keyPrefix: 'chat-burst', points: Math.max(burst, 1), duration: 60 }),
    );
  }

  /** Counts one write by the user; throws `rate_limited` (with when to retry) over the limit. */
  async consumeWrite(userId: string): Promise<void> {
    try {
      await this.writes.consume(userId);
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        const seconds = Math.ceil(err.msBeforeNext / 1000);
        throw new AppError(
          ErrorCode.RateLimited,
          `You are sending messages too quickly. Try again in ${seconds} s; nothing was saved.`,
        );
      }
      throw err;
    }
  }
}
