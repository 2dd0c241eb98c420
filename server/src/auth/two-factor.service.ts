import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type TwoFactorEnrolment } from '@thb/shared';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type DatabaseExecutor } from '../db/database';
import { RecoveryCodesRepository } from './recovery-codes.repository';
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
    private readonly recoveryCodes: RecoveryCodesRepository,
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

  async newRecoveryCodes(userId: string, tx?: DatabaseExecutor): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
      return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
    });
    await this.recoveryCodes.replace(
      userId,
      codes.map((code) => this.tokens.hashOpaqueToken(code)),
      tx,
    );
    return codes;
  }

  /** Uses a recovery code: true if it was valid and unused (it is now used). */
  useRecoveryCode(userId: string, code: string): Promise<boolean> {
    return this.recoveryCodes.use(userId, this.tokens.hashOpaqueToken(code.toLowerCase()));
  }

  clearRecoveryCodes(userId: string, tx?: DatabaseExecutor): Promise<void> {
    return this.recoveryCodes.clear(userId, tx);
  }
}
