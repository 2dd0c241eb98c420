import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { JwtAuthGuard } from '../access/access.guard';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalAuthGuard } from './local-auth.guard';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordsService } from './passwords.service';
import { RecoveryCodesRepository } from './recovery-codes.repository';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SignInThrottleRepository } from './sign-in-throttle.repository';
import { SignInThrottleService } from './sign-in-throttle.service';
import { JwtStrategy } from './strategies/jwt.strategy';
import { LocalStrategy } from './strategies/local.strategy';
import { TokensService } from './tokens.service';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [PassportModule, JwtModule.register({}), UsersModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordsService,
    TokensService,
    SessionsRepository,
    SessionsService,
    SignInThrottleService,
    SignInThrottleRepository,
    PasswordResetRepository,
    TwoFactorService,
    RecoveryCodesRepository,
    LocalStrategy,
    JwtStrategy,
    LocalAuthGuard,
    JwtAuthGuard,
  ],
  exports: [AuthService, PasswordsService, TokensService, SessionsService, TwoFactorService, JwtAuthGuard],
})
export class AuthModule {}
