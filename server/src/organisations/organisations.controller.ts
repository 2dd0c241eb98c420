import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Put,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiNoContentResponse,
} from '@nestjs/swagger';
import {
  organisationIdParamsSchema,
  organisationPeopleSchema,
  organisationProfileInputSchema,
  organisationSchema,
  partnerSearchQuerySchema,
  partnerSearchResultSchema,
} from '@thb/shared';
import { type Request, type Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Allow } from '../access/allow.decorator';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { CurrentUser } from '../access/current-user.decorator';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { OrganisationsService } from './organisations.service';

class OrganisationDto extends createZodDto(organisationSchema) {}
class OrganisationPeopleDto extends createZodDto(organisationPeopleSchema) {}
class OrganisationIdParamsDto extends createZodDto(organisationIdParamsSchema) {}
class OrganisationProfileDto extends createZodDto(organisationProfileInputSchema) {}
class PartnerSearchQueryDto extends createZodDto(partnerSearchQuerySchema) {}
class PartnerSearchResultDto extends createZodDto(partnerSearchResultSchema) {}

@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get('partners')
  @Allow('partners.search')
  @ApiOperation({
    summary: 'Search member organisations to find partners (members)',
    description:
      'Full-text search in every language an organisation describes itself in, with filters and facet counts.',
  })
  @ZodResponse({
    status: HttpStatus.OK,
    type: PartnerSearchResultDto,
    description: 'A page of organisations and facets',
  })
  @ApiProblemResponses(400, 401, 403)
  search(
    @Query() query: PartnerSearchQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PartnerSearchResultDto> {
    const { page, pageSize, ...filter } = query;
    return this.organisations.searchPartners(filter, page, pageSize, [user.locale, 'en']);
  }

  @Get('organisations/:id')
  @Allow('partners.search')
  @ApiOperation({ summary: 'A member organisation’s profile (members)' })
  @ZodResponse({ status: HttpStatus.OK, type: OrganisationDto, description: 'The profile' })
  @ApiProblemResponses(400, 401, 403, 404)
  get(@Param() params: OrganisationIdParamsDto, @CurrentUser() user: AuthenticatedUser): Promise<OrganisationDto> {
    return this.organisations.get(user, params.id);
  }

  @Get('organisations/:id/people')
  @Allow('partners.search')
  @ApiOperation({ summary: 'The people of a member organisation, to start a direct conversation with (members)' })
  @ZodResponse({ status: HttpStatus.OK, type: OrganisationPeopleDto, description: 'Active accounts, by name' })
  @ApiProblemResponses(400, 401, 403, 404)
  people(
    @Param() params: OrganisationIdParamsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OrganisationPeopleDto> {
    return this.organisations.people(user, params.id);
  }

  @Patch('organisations/:id')
  @Allow('organisation.edit')
  @ApiOperation({ summary: 'Edit an organisation’s profile (its members, the Coordinator)' })
  @ZodResponse({ status: HttpStatus.OK, type: OrganisationDto, description: 'The updated profile' })
  @ApiProblemResponses(400, 401, 403, 404)
  update(
    @Param() params: OrganisationIdParamsDto,
    @Body() body: OrganisationProfileDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OrganisationDto> {
    return this.organisations.update(user, params.id, body);
  }

  @Put('organisations/:id/logo')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Done' })
  @Allow('organisation.edit')
  @ApiOperation({ summary: 'Replace the logo: the raw image as the body (PNG, JPEG or WebP, at most 256 KB)' })
  @ApiConsumes('image/png', 'image/jpeg', 'image/webp')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiProblemResponses(400, 401, 403, 404, 413)
  async setLogo(
    @Param() params: OrganisationIdParamsDto,
    @Req() request: Request,
    @Headers('content-type') contentType: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.organisations.setLogo(user, params.id, request.body, contentType?.split(';')[0]?.trim());
  }

  @Get('organisations/:id/logo')
  @Allow('partners.search')
  @ApiOperation({ summary: 'The organisation’s logo (members)' })
  @ApiProduces('image/png', 'image/jpeg', 'image/webp')
  @ApiOkResponse({ description: 'The image' })
  @ApiProblemResponses(400, 401, 403, 404)
  async logo(
    @Param() params: OrganisationIdParamsDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { logo, contentType } = await this.organisations.logo(params.id);
    response.setHeader('Cache-Control', 'private, max-age=300');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(logo, { type: contentType, length: logo.length });
  }
}
