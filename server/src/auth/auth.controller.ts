import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCookieAuth,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  ErrorCode,
  loginRequestSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  sessionGrantSchema,
  type LoginResponse,
  twoFactorChallengeSchema,
  twoFactorLoginRequestSchema,
} from '@thb/shared';
import { type Request, type Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Allow } from '../access/allow.decorator';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { OptionalUser } from '../access/current-user.decorator';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { SignInRateLimited } from '../common/http/rate-limit';
import { AppError } from '../common/problem/app-error';
import { type UserRow } from '../users/users.repository';
import { AuthService } from './auth.service';
import { clientInfo } from './client-info';
import { LocalAuthGuard } from './local-auth.guard';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

class LoginRequestDto extends createZodDto(loginRequestSchema) {}
class TwoFactorChallengeDto extends createZodDto(twoFactorChallengeSchema) {}
class SessionGrantDto extends createZodDto(sessionGrantSchema) {}
class TwoFactorLoginRequestDto extends createZodDto(twoFactorLoginRequestSchema) {}
class PasswordResetRequestDto extends createZodDto(passwordResetRequestSchema) {}
class PasswordResetConfirmDto extends createZodDto(passwordResetConfirmSchema) {}

@ApiTags('auth')
@Controller('auth')
@Allow('auth.session')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @UseGuards(LocalAuthGuard)
  @SignInRateLimited()
  @ApiOperation({
    summary: 'Sign in with email and password (Passport local)',
    description:
      'Answers with an access token and sets the refresh cookie, or, when the account has two-factor ' +
      'authentication, with a challenge to complete at `/auth/login/two-factor`. Failures are delayed more ' +
      'and more per account and address.',
  })
  @ApiBody({ type: LoginRequestDto })
  @ApiExtraModels(SessionGrantDto.Output, TwoFactorChallengeDto.Output)
  @ApiOkResponse({
    description: 'Signed in (`status: signed_in`), or a second factor is needed (`status: two_factor_required`)',
    schema: {
      oneOf: [{ $ref: getSchemaPath(SessionGrantDto.Output) }, { $ref: getSchemaPath(TwoFactorChallengeDto.Output) }],
    },
  })
  @ApiProblemResponses(400, 401, 429)
  async login(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const outcome = await this.auth.signIn(request.user as UserRow, clientInfo(request));
    if (outcome.kind === 'challenge') {
      return { status: 'two_factor_required', challengeToken: outcome.challengeToken };
    }
    setRefreshCookie(response, outcome.session);
    return this.auth.grant(outcome.session);
  }

  @Post('login/two-factor')
  @HttpCode(HttpStatus.OK)
  @SignInRateLimited()
  @ApiOperation({ summary: 'Finish signing in with an authenticator code or a recovery code' })
  @ZodResponse({ status: HttpStatus.OK, type: SessionGrantDto, description: 'Signed in' })
  @ApiProblemResponses(400, 401, 429)
  async loginTwoFactor(
    @Body() body: TwoFactorLoginRequestDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionGrantDto> {
    const session = await this.auth.completeTwoFactor(body.challengeToken, body.code, clientInfo(request));
    setRefreshCookie(response, session);
    return this.auth.grant(session);
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiCookieAuth('thb_refresh')
  @ApiOperation({
    summary: 'Exchange the refresh cookie for a new access token (the cookie is rotated)',
    description: 'Presenting a refresh token that was already used ends its whole session.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: SessionGrantDto, description: 'A new access token' })
  @ApiProblemResponses(401)
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionGrantDto> {
    const token = readRefreshCookie(request);
    if (!token) {
      throw new AppError(ErrorCode.Unauthenticated, 'You are not signed in.');
    }
    try {
      const session = await this.auth.refresh(token, clientInfo(request));
      setRefreshCookie(response, session);
      return await this.auth.grant(session);
    } catch (err) {
      clearRefreshCookie(response);
      throw err;
    }
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out this browser: its session ends on the API and on sockets' })
  @ApiNoContentResponse({ description: 'Signed out (also when the session had already ended)' })
  @ApiProblemResponses()
  async logout(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @OptionalUser() user: AuthenticatedUser | null,
  ): Promise<void> {
    await this.auth.signOut(
      readRefreshCookie(request),
      user ? { userId: user.id, sessionId: user.sessionId } : null,
      clientInfo(request),
    );
    clearRefreshCookie(response);
  }

  @Post('password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @SignInRateLimited()
  @ApiOperation({
    summary: 'Email a single-use password reset link (valid 30 minutes)',
    description: 'Answers 202 whether or not an account has this address.',
  })
  @ApiAcceptedResponse({ description: 'If the address has an account, a link is on its way' })
  @ApiProblemResponses(400, 429)
  async requestReset(@Body() body: PasswordResetRequestDto, @Req() request: Request): Promise<void> {
    await this.auth.requestPasswordReset(body.email, clientInfo(request));
  }

  @Post('password-reset/confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Done' })
  @SignInRateLimited()
  @ApiOperation({ summary: 'Set a new password with the emailed link; every session of the account ends' })
  @ApiProblemResponses(400, 410, 429)
  async confirmReset(@Body() body: PasswordResetConfirmDto, @Req() request: Request): Promise<void> {
    await this.auth.confirmPasswordReset(body.token, body.newPassword, clientInfo(request));
  }
}
