import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import {
  applicationDecisionSchema,
  applicationListQuerySchema,
  applicationListSchema,
  invitationAcceptRequestSchema,
  invitationPreviewSchema,
  invitationRequestSchema,
  invitationSchema,
  invitationTokenParamsSchema,
  membershipApplicationReceiptSchema,
  membershipApplicationRequestSchema,
  membershipApplicationSchema,
  organisationIdParamsSchema,
} from '@thb/shared';
import { type Request } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { Allow } from '../access/allow.decorator';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { CurrentUser } from '../access/current-user.decorator';
import { SignInRateLimited } from '../common/http/rate-limit';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { MembershipService } from './membership.service';

class ApplicationRequestDto extends createZodDto(membershipApplicationRequestSchema) {}
class ApplicationReceiptDto extends createZodDto(membershipApplicationReceiptSchema) {}
class ApplicationDto extends createZodDto(membershipApplicationSchema) {}
class ApplicationListDto extends createZodDto(applicationListSchema) {}
class ApplicationListQueryDto extends createZodDto(applicationListQuerySchema) {}
class ApplicationDecisionDto extends createZodDto(applicationDecisionSchema) {}
class ApplicationIdParamsDto extends createZodDto(z.object({ id: z.uuid() })) {}
class OrganisationIdParamsDto extends createZodDto(organisationIdParamsSchema) {}
class InvitationRequestDto extends createZodDto(invitationRequestSchema) {}
class InvitationDto extends createZodDto(invitationSchema) {}
class InvitationListDto extends createZodDto(z.object({ items: z.array(invitationSchema) })) {}
class InvitationTokenParamsDto extends createZodDto(invitationTokenParamsSchema) {}
class InvitationPreviewDto extends createZodDto(invitationPreviewSchema) {}
class InvitationAcceptDto extends createZodDto(invitationAcceptRequestSchema) {}

@ApiTags('membership')
@Controller()
export class MembershipController {
  constructor(private readonly membership: MembershipService) {}

  @Post('membership/applications')
  @Allow('membership.apply')
  @SignInRateLimited()
  @ApiOperation({
    summary: 'Apply to join the Civil Society Platform on behalf of an organisation',
    description:
      'The contact person chooses their password now; it becomes their account’s when the Coordinator approves.',
  })
  @ZodResponse({
    status: HttpStatus.CREATED,
    type: ApplicationReceiptDto,
    description: 'Received; an email confirms it',
  })
  @ApiProblemResponses(400, 429)
  apply(@Body() body: ApplicationRequestDto, @Req() request: Request): Promise<ApplicationReceiptDto> {
    return this.membership.apply(body, request.ip ?? null);
  }

  @Get('membership/applications')
  @Allow('membership.review')
  @ApiOperation({ summary: 'Membership applications, by status (Coordinator)' })
  @ZodResponse({ status: HttpStatus.OK, type: ApplicationListDto, description: 'Applications; open ones oldest first' })
  @ApiProblemResponses(400, 401, 403)
  async list(@Query() query: ApplicationListQueryDto): Promise<ApplicationListDto> {
    return { items: await this.membership.list(query.status) };
  }

  @Get('membership/applications/:id')
  @Allow('membership.review')
  @ApiOperation({ summary: 'One membership application (Coordinator)' })
  @ZodResponse({ status: HttpStatus.OK, type: ApplicationDto, description: 'The application' })
  @ApiProblemResponses(400, 401, 403, 404)
  get(@Param() params: ApplicationIdParamsDto): Promise<ApplicationDto> {
    return this.membership.get(params.id);
  }

  @Post('membership/applications/:id/decision')
  @HttpCode(HttpStatus.OK)
  @Allow('membership.review')
  @ApiOperation({
    summary: 'Approve, reject (with a reason) or ask for more information (Coordinator)',
    description: 'Approval creates the organisation and its contact person’s member account. The applicant is emailed.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: ApplicationDto, description: 'The decided application' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  decide(
    @Param() params: ApplicationIdParamsDto,
    @Body() body: ApplicationDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
  ): Promise<ApplicationDto> {
    return this.membership.decide(user, params.id, body, request.ip ?? null);
  }

  @Post('organisations/:id/invitations')
  @Allow('invitation.create')
  @ApiOperation({ summary: 'Invite a colleague to one’s own organisation (single-use link, valid 7 days)' })
  @ZodResponse({ status: HttpStatus.CREATED, type: InvitationDto, description: 'Invitation sent' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  invite(
    @Param() params: OrganisationIdParamsDto,
    @Body() body: InvitationRequestDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InvitationDto> {
    return this.membership.invite(user, params.id, body.email);
  }

  @Get('organisations/:id/invitations')
  @Allow('invitation.create')
  @ApiOperation({ summary: 'Invitations sent for an organisation (its members, the Coordinator)' })
  @ZodResponse({ status: HttpStatus.OK, type: InvitationListDto, description: 'Invitations, newest first' })
  @ApiProblemResponses(400, 401, 403)
  async invitations(
    @Param() params: OrganisationIdParamsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InvitationListDto> {
    return { items: await this.membership.listInvitations(user, params.id) };
  }

  @Get('invitations/:token')
  @Allow('invitation.accept')
  @SignInRateLimited()
  @ApiOperation({ summary: 'What an invitation link is for (organisation, address)' })
  @ZodResponse({ status: HttpStatus.OK, type: InvitationPreviewDto, description: 'The invitation' })
  @ApiProblemResponses(400, 410, 429)
  preview(@Param() params: InvitationTokenParamsDto): Promise<InvitationPreviewDto> {
    return this.membership.previewInvitation(params.token);
  }

  @Post('invitations/:token/accept')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Done' })
  @Allow('invitation.accept')
  @SignInRateLimited()
  @ApiOperation({ summary: 'Create one’s member account from an invitation (then sign in)' })
  @ApiProblemResponses(400, 409, 410, 429)
  async accept(
    @Param() params: InvitationTokenParamsDto,
    @Body() body: InvitationAcceptDto,
    @Req() request: Request,
  ): Promise<void> {
    await this.membership.acceptInvitation(params.token, body, request.ip ?? null);
  }
}
