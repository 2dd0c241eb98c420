import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import {
  changePasswordRequestSchema,
  currentUserSchema,
  deleteAccountRequestSchema,
  recoveryCodesSchema,
  sessionIdParamsSchema,
  sessionListSchema,
  twoFactorConfirmRequestSchema,
  twoFactorDisableRequestSchema,
  twoFactorEnrolmentSchema,
  updateProfileRequestSchema,
} from '@thb/shared';
import { type Request } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Allow } from '../access/allow.decorator';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { CurrentUser } from '../access/current-user.decorator';
import { clientInfo } from '../auth/client-info';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { AccountService } from './account.service';

class CurrentUserDto extends createZodDto(currentUserSchema) {}
class UpdateProfileDto extends createZodDto(updateProfileRequestSchema) {}
class ChangePasswordDto extends createZodDto(changePasswordRequestSchema) {}
class SessionListDto extends createZodDto(sessionListSchema) {}
class SessionIdParamsDto extends createZodDto(sessionIdParamsSchema) {}
class TwoFactorEnrolmentDto extends createZodDto(twoFactorEnrolmentSchema) {}
class TwoFactorConfirmDto extends createZodDto(twoFactorConfirmRequestSchema) {}
class RecoveryCodesDto extends createZodDto(recoveryCodesSchema) {}
class TwoFactorDisableDto extends createZodDto(twoFactorDisableRequestSchema) {}
class DeleteAccountDto extends createZodDto(deleteAccountRequestSchema) {}

@ApiTags('account')
@Controller('account')
@Allow('account.self')
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in user' })
  @ZodResponse({ status: HttpStatus.OK, type: CurrentUserDto, description: 'The signed-in user' })
  @ApiProblemResponses(401)
  get(@CurrentUser() user: AuthenticatedUser): Promise<CurrentUserDto> {
    return this.account.get(user);
  }

  @Patch()
  @ApiOperation({ summary: 'Change display name or interface language' })
  @ZodResponse({ status: HttpStatus.OK, type: CurrentUserDto, description: 'The updated user' })
  @ApiProblemResponses(400, 401)
  update(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateProfileDto): Promise<CurrentUserDto> {
    return this.account.updateProfile(user, body);
  }

  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Done' })
  @ApiOperation({ summary: 'Change the password (needs the current one); other sessions end' })
  @ApiProblemResponses(400, 401)
  async changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ChangePasswordDto,
    @Req() request: Request,
  ): Promise<void> {
    await this.account.changePassword(user, body.currentPassword, body.newPassword, clientInfo(request));
  }

  @Get('sessions')
  @ApiOperation({ summary: 'Active sessions of the account (device, address, last seen)' })
  @ZodResponse({ status: HttpStatus.OK, type: SessionListDto, description: 'Active sessions, most recent first' })
  @ApiProblemResponses(401)
  async sessions(@CurrentUser() user: AuthenticatedUser): Promise<SessionListDto> {
    return { sessions: await this.account.listSessions(user) };
  }

  @Delete('sessions/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Done' })
  @ApiOperation({ summary: 'End one session (its sockets disconnect at once)' })
  @ApiProblemResponses(400, 401, 404)
  async endSession(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SessionIdParamsDto,
    @Req() request: Request,
  ): Promise<void> {
    await this.account.endSession(user, params.id, clientInfo(request));
  }

  @Post('sessions/revoke-all')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Done' })
  @ApiOperation({ summary: 'Sign out everywhere, this browser included' })
  @ApiProblemResponses(401)
  async signOutEverywhere(@CurrentUser() user: AuthenticatedUser, @Req() request: Request): Promise<void> {
    await this.account.signOutEverywhere(user, clientInfo(request));
  }

  @Post('two-factor/enrol')
  @ApiOperation({ summary: 'Start setting up two-factor authentication: a new secret and its QR code' })
  @ZodResponse({ status: HttpStatus.CREATED, type: TwoFactorEnrolmentDto, description: 'Scan it, then confirm a code' })
  @ApiProblemResponses(401, 409)
  enrol(@CurrentUser() user: AuthenticatedUser): Promise<TwoFactorEnrolmentDto> {
    return this.account.startTwoFactorEnrolment(user);
  }

  @Post('two-factor/confirm')
  @ApiOperation({ summary: 'Turn two-factor authentication on with a first code; returns recovery codes' })
  @ZodResponse({ status: HttpStatus.CREATED, type: RecoveryCodesDto, description: 'Recovery codes, shown once' })
  @ApiProblemResponses(400, 401, 409)
  confirm(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: TwoFactorConfirmDto,
    @Req() request: Request,
  ): Promise<RecoveryCodesDto> {
    return this.account.confirmTwoFactor(user, body.code, clientInfo(request));
  }

  @Delete('two-factor')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Done' })
  @ApiOperation({ summary: 'Turn two-factor authentication off (members only; needs password and a code)' })
  @ApiProblemResponses(400, 401, 403)
  async disable(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: TwoFactorDisableDto,
    @Req() request: Request,
  ): Promise<void> {
    await this.account.disableTwoFactor(user, body.password, body.code, clientInfo(request));
  }

  @Get('export')
  @Header('Content-Disposition', 'attachment; filename="thb-platform-my-data.json"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Download everything the platform holds about me (JSON)' })
  @ApiOkResponse({ description: 'The data, as a JSON attachment' })
  @ApiProblemResponses(401)
  exportData(@CurrentUser() user: AuthenticatedUser, @Req() request: Request): Promise<Record<string, unknown>> {
    return this.account.exportData(user, clientInfo(request));
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Done' })
  @ApiOperation({ summary: 'Delete my account (needs the password); every session ends' })
  @ApiProblemResponses(400, 401, 409)
  async delete(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: DeleteAccountDto,
    @Req() request: Request,
  ): Promise<void> {
    await this.account.deleteAccount(user, body.password, clientInfo(request));
  }
}
