import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  markNotificationsReadSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationPreferencesSchema,
  updateNotificationPreferencesSchema,
} from '@thb/shared';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../access/allow.decorator';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { CurrentUser } from '../access/current-user.decorator';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { NotificationsService } from './notifications.service';

class NotificationListQueryDto extends createZodDto(notificationListQuerySchema) {}
class NotificationListDto extends createZodDto(notificationListSchema) {}
class MarkReadDto extends createZodDto(markNotificationsReadSchema) {}
class UnreadDto extends createZodDto(z.object({ unread: z.number().int() })) {}
class PreferencesDto extends createZodDto(notificationPreferencesSchema) {}
class UpdatePreferencesDto extends createZodDto(updateNotificationPreferencesSchema) {}

@ApiTags('notifications')
@Allow('notifications.self')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first (keyset pages), with the unread count' })
  @ZodResponse({ status: HttpStatus.OK, type: NotificationListDto, description: 'A page of notifications' })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: NotificationListQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<NotificationListDto> {
    return this.notifications.list(user.id, query);
  }

  @Post('read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark notifications as read: some ids, or all up to an id (every tab is told)' })
  @ZodResponse({ status: HttpStatus.OK, type: UnreadDto, description: 'The unread count after' })
  @ApiProblemResponses(400, 401, 403)
  markRead(@Body() body: MarkReadDto, @CurrentUser() user: AuthenticatedUser): Promise<UnreadDto> {
    return this.notifications.markRead(user.id, body);
  }

  @Get('preferences')
  @ApiOperation({ summary: 'What I am notified about, and how' })
  @ZodResponse({ status: HttpStatus.OK, type: PreferencesDto, description: 'My preferences' })
  @ApiProblemResponses(401, 403)
  preferences(@CurrentUser() user: AuthenticatedUser): Promise<PreferencesDto> {
    return this.notifications.preferences(user.id);
  }

  @Put('preferences')
  @ApiOperation({ summary: 'Change what I am notified about, and how' })
  @ZodResponse({ status: HttpStatus.OK, type: PreferencesDto, description: 'My preferences after the change' })
  @ApiProblemResponses(400, 401, 403)
  updatePreferences(
    @Body() body: UpdatePreferencesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PreferencesDto> {
    return this.notifications.updatePreferences(user.id, body);
  }
}
