import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { and, eq, isNull } from 'drizzle-orm';
import { ErrorCode, type TwoFactorEnrolment } from '@thb/shared';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { AppError } from '../common/problem/app-error';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { recoveryCodes } from '../db/schema';
import { SecretBox } from './secret-box';
import { TokensService } from './tokens.service';

const ISSUER = 'THB Platform';
const PERIOD_S = 30;
const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export interface TotpState {
  id: string;
  email: string;
  totpSecret: string | null;
  totpLastStep: number | null;
}

/** TOTP (RFC 6238) enrolment and checks, and single-use recovery codes. */
@Injectable()
export class TwoFactorService {
  private readonly box: SecretBox;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly tokens: TokensService,
  ) {
    this.box = new SecretBox(config.auth.dataEncryptionKey, 'totp-secret');
  }

  private totp(email: string, secret: Secret): TOTP {
    return new TOTP({ issuer: ISSUER, label: email, algorithm: 'SHA1', digits: 6, period: PERIOD_S, secret });
  }

  /** A new secret (sealed for storage) and what the user needs to add it to an authenticator app. */
  async newEnrolment(email: string): Promise<{ sealedSecret: string; enrolment: TwoFactorEnrolment }> {
    const secret = new Secret({ size: 20 });
    const otpauthUri = this.totp(email, secret).toString();
    const qrCodeSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { sealedSecret: this.box.seal(secret.base32), enrolment: { secret: secret.base32, otpauthUri, qrCodeSvg } };
  }

  /** Seals an existing base32 secret for storage (demo accounts with a documented secret). */
  sealSecret(base32: string): string {
    return this.box.seal(Secret.fromBase32(base32).base32);
  }

  /**
   * Checks a 6-digit code against the user's secret, allowing one step of clock drift. Returns the time step
   * it matched (to be stored so the same code cannot be used twice), or null.
   */
  matchCode(user: TotpState, code: string): number | null {
    if (!user.totpSecret || !/^\d{6}$/.test(code)) {
      return null;
    }
    const totp = this.totp(user.email, Secret.fromBase32(this.box.open(user.totpSecret)));
    const delta = totp.validate({ token: code, window: 1 });
    if (delta === null) {
      return null;
    }
    const step = Math.floor(Date.now() / 1000 / PERIOD_S) + delta;
    return user.totpLastStep !== null && step <= user.totpLastStep ? null : step;
  }

  async newRecoveryCodes(userId: string, tx: DatabaseExecutor = this.connection.db): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
      return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
    });
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx
      .insert(recoveryCodes)
      .values(codes.map((code) => ({ userId, codeHash: this.tokens.hashOpaqueToken(code) })));
    return codes;
  }

  /** Uses a recovery code: true if it was valid and unused (it is now used). */
  async useRecoveryCode(userId: string, code: string): Promise<boolean> {
    const rows = await this.connection.db
      .update(recoveryCodes)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(recoveryCodes.userId, userId),
          eq(recoveryCodes.codeHash, this.tokens.hashOpaqueToken(code.toLowerCase())),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id });
    return rows.length > 0;
  }

  async clearRecoveryCodes(userId: string, tx: DatabaseExecutor = this.connection.db): Promise<void> {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  }

  assertCodeFormat(code: string): void {
    if (!/^(\d{6}|[a-z0-9]{5}-[a-z0-9]{5})$/i.test(code)) {
      throw new AppError(ErrorCode.ValidationFailed, 'Enter a 6-digit code or a recovery code.');
    }
  }
}
