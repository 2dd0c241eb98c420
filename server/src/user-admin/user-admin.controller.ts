import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import {
  managedUserSchema,
  userIdParamsSchema,
  userListQuerySchema,
  userListSchema,
  userUpdateRequestSchema,
} from '@thb/shared';
import { type Request } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Allow } from '../access/allow.decorator';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { CurrentUser } from '../access/current-user.decorator';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { UserAdminService } from './user-admin.service';

class ManagedUserDto extends createZodDto(managedUserSchema) {}
class UserListDto extends createZodDto(userListSchema) {}
class UserListQueryDto extends createZodDto(userListQuerySchema) {}
class UserIdParamsDto extends createZodDto(userIdParamsSchema) {}
class UserUpdateDto extends createZodDto(userUpdateRequestSchema) {}

@ApiTags('users')
@Controller('users')
@Allow('users.manage')
export class UserAdminController {
  constructor(private readonly admin: UserAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Accounts, searchable by name, email or organisation (Coordinator)' })
  @ZodResponse({ status: HttpStatus.OK, type: UserListDto, description: 'Accounts' })
  @ApiProblemResponses(400, 401, 403)
  async list(@Query() query: UserListQueryDto): Promise<UserListDto> {
    return { items: await this.admin.list(query) };
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an account’s role or disable/enable it; disabling ends its sessions (Coordinator)' })
  @ZodResponse({ status: HttpStatus.OK, type: ManagedUserDto, description: 'The account' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param() params: UserIdParamsDto,
    @Body() body: UserUpdateDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
  ): Promise<ManagedUserDto> {
    return this.admin.update(user, params.id, body, request.ip ?? null);
  }

  @Post(':id/reset-two-factor')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Done' })
  @ApiOperation({ summary: 'Remove an account’s second factor so its owner enrols again (Coordinator)' })
  @ApiProblemResponses(400, 401, 403, 404)
  async resetTwoFactor(
    @Param() params: UserIdParamsDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
  ): Promise<void> {
    await this.admin.resetTwoFactor(user, params.id, request.ip ?? null);
  }
}
