import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { type Request } from 'express';
import { Strategy } from 'passport-local';
import { type UserRow } from '../../users/users.repository';
import { AuthService } from '../auth.service';
import { clientInfo } from '../client-info';

/** Email + password sign-in. The body has been validated and normalised by LocalAuthGuard first. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, email: string, password: string): Promise<UserRow> {
    return this.auth.verifyCredentials(email, password, clientInfo(request));
  }
}
