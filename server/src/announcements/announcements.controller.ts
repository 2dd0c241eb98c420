import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  announcementCommentInputSchema,
  announcementCommentListSchema,
  announcementIdParamsSchema,
  announcementListQuerySchema,
  announcementListSchema,
  announcementReachSchema,
  announcementRevisionSchema,
  announcementSchema,
  createAnnouncementSchema,
  publishAnnouncementSchema,
  updateAnnouncementSchema,
} from '@thb/shared';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../access/allow.decorator';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { CurrentUser, OptionalUser } from '../access/current-user.decorator';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { MailService } from '../mail/mail.service';
import { AnnouncementsService } from './announcements.service';

class AnnouncementDto extends createZodDto(announcementSchema) {}
class AnnouncementListDto extends createZodDto(announcementListSchema) {}
class AnnouncementListQueryDto extends createZodDto(announcementListQuerySchema) {}
class AnnouncementIdParamsDto extends createZodDto(announcementIdParamsSchema) {}
class CreateAnnouncementDto extends createZodDto(createAnnouncementSchema) {}
class UpdateAnnouncementDto extends createZodDto(updateAnnouncementSchema) {}
class PublishAnnouncementDto extends createZodDto(publishAnnouncementSchema) {}
class AnnouncementReachDto extends createZodDto(announcementReachSchema) {}
class AnnouncementRevisionsDto extends createZodDto(z.object({ items: z.array(announcementRevisionSchema) })) {}
class PublicAnnouncementsDto extends createZodDto(z.object({ items: z.array(announcementSchema) })) {}
class CommentInputDto extends createZodDto(announcementCommentInputSchema) {}
class CommentListDto extends createZodDto(announcementCommentListSchema) {}

@ApiTags('announcements')
@Controller('announcements')
export class AnnouncementsController {
  constructor(
    private readonly announcements: AnnouncementsService,
    private readonly mail: MailService,
  ) {}

  @Get()
  @Allow('announcements.read')
  @ApiOperation({
    summary: 'Announcements addressed to me (pinned first, then newest), or, for authors, those of a status',
  })
  @ZodResponse({ status: HttpStatus.OK, type: AnnouncementListDto, description: 'A page of announcements' })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: AnnouncementListQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<AnnouncementListDto> {
    return this.announcements.list(user, query);
  }

  @Get('public')
  @Allow('public.read')
  @ApiOperation({ summary: 'The latest public announcements (visitors: the home page)' })
  @ZodResponse({ status: HttpStatus.OK, type: PublicAnnouncementsDto, description: 'Newest first' })
  @ApiProblemResponses()
  async listPublic(): Promise<PublicAnnouncementsDto> {
    return { items: await this.announcements.listPublic(10) };
  }

  @Get('feed.atom')
  @Allow('public.read')
  @ApiOperation({ summary: 'Public announcements as an Atom feed' })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0' })
  @ApiProblemResponses()
  async atom(): Promise<StreamableFile> {
    const xml = await this.announcements.feed('atom', (p) => this.mail.link(p));
    return new StreamableFile(Buffer.from(xml), { type: 'application/atom+xml; charset=utf-8' });
  }

  @Get('feed.rss')
  @Allow('public.read')
  @ApiOperation({ summary: 'Public announcements as an RSS 2.0 feed' })
  @ApiProduces('application/rss+xml')
  @ApiOkResponse({ description: 'RSS 2.0' })
  @ApiProblemResponses()
  async rss(): Promise<StreamableFile> {
    const xml = await this.announcements.feed('rss', (p) => this.mail.link(p));
    return new StreamableFile(Buffer.from(xml), { type: 'application/rss+xml; charset=utf-8' });
  }

  @Post()
  @Allow('announcements.publish')
  @ApiOperation({ summary: 'Write an announcement: keep it as a draft, publish it now, or schedule it' })
  @ZodResponse({ status: HttpStatus.CREATED, type: AnnouncementDto, description: 'The announcement' })
  @ApiProblemResponses(400, 401, 403)
  create(@Body() body: CreateAnnouncementDto, @CurrentUser() user: AuthenticatedUser): Promise<AnnouncementDto> {
    return this.announcements.create(user, body);
  }

  @Get(':id')
  @Allow('public.read')
  @ApiOperation({ summary: 'One announcement (members of its audience; visitors: public ones; authors: any)' })
  @ZodResponse({ status: HttpStatus.OK, type: AnnouncementDto, description: 'The announcement' })
  @ApiProblemResponses(400, 404)
  get(
    @Param() params: AnnouncementIdParamsDto,
    @OptionalUser() user: AuthenticatedUser | null,
  ): Promise<AnnouncementDto> {
    return this.announcements.get(user, params.id);
  }

  @Patch(':id')
  @Allow('announcements.publish')
  @ApiOperation({ summary: 'Edit an announcement; once published, the earlier text is kept in its history' })
  @ZodResponse({ status: HttpStatus.OK, type: AnnouncementDto, description: 'The announcement after the edit' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param() params: AnnouncementIdParamsDto,
    @Body() body: UpdateAnnouncementDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AnnouncementDto> {
    return this.announcements.update(user, params.id, body);
  }

  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  @Allow('announcements.publish')
  @ApiOperation({ summary: 'Publish a draft now, or schedule it (`publishAt`)' })
  @ZodResponse({ status: HttpStatus.OK, type: AnnouncementDto, description: 'The announcement' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  publish(
    @Param() params: AnnouncementIdParamsDto,
    @Body() body: PublishAnnouncementDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AnnouncementDto> {
    return this.announcements.publish(user, params.id, body.publishAt);
  }

  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @Allow('announcements.publish')
  @ApiOperation({ summary: 'Withdraw a published or scheduled announcement' })
  @ZodResponse({ status: HttpStatus.OK, type: AnnouncementDto, description: 'The announcement' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  withdraw(@Param() params: AnnouncementIdParamsDto, @CurrentUser() user: AuthenticatedUser): Promise<AnnouncementDto> {
    return this.announcements.withdraw(user, params.id);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @Allow('announcements.read')
  @ApiOperation({ summary: 'Acknowledge an announcement ("mark as read"); every tab of mine is told' })
  @ZodResponse({ status: HttpStatus.OK, type: AnnouncementDto, description: 'The announcement with my receipt' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  markRead(@Param() params: AnnouncementIdParamsDto, @CurrentUser() user: AuthenticatedUser): Promise<AnnouncementDto> {
    return this.announcements.markRead(user, params.id);
  }

  @Get(':id/reach')
  @Allow('announcements.publish')
  @ApiOperation({ summary: 'Who it reached: audience, delivered, read, by country and organisation type' })
  @ZodResponse({ status: HttpStatus.OK, type: AnnouncementReachDto, description: 'Reach' })
  @ApiProblemResponses(400, 401, 403, 404)
  reach(@Param() params: AnnouncementIdParamsDto): Promise<AnnouncementReachDto> {
    return this.announcements.reach(params.id);
  }

  @Get(':id/revisions')
  @Allow('public.read')
  @ApiOperation({ summary: 'Earlier versions of an announcement edited after publication' })
  @ZodResponse({ status: HttpStatus.OK, type: AnnouncementRevisionsDto, description: 'Oldest first' })
  @ApiProblemResponses(400, 404)
  async revisions(
    @Param() params: AnnouncementIdParamsDto,
    @OptionalUser() user: AuthenticatedUser | null,
  ): Promise<AnnouncementRevisionsDto> {
    return { items: await this.announcements.revisions(user, params.id) };
  }

  @Get(':id/comments')
  @Allow('announcements.read')
  @ApiOperation({ summary: 'Comments on an announcement' })
  @ZodResponse({ status: HttpStatus.OK, type: CommentListDto, description: 'Oldest first' })
  @ApiProblemResponses(400, 401, 403, 404)
  async comments(
    @Param() params: AnnouncementIdParamsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CommentListDto> {
    return { items: await this.announcements.comments(user, params.id) };
  }

  @Post(':id/comments')
  @Allow('announcements.read')
  @ApiOperation({ summary: 'Comment on an announcement (when the Coordinator allows comments)' })
  @ZodResponse({ status: HttpStatus.CREATED, type: CommentListDto, description: 'All comments, oldest first' })
  @ApiProblemResponses(400, 401, 403, 404)
  async addComment(
    @Param() params: AnnouncementIdParamsDto,
    @Body() body: CommentInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CommentListDto> {
    return { items: await this.announcements.addComment(user, params.id, body.body) };
  }
}
