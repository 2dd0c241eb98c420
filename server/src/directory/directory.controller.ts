import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  changeListSchema,
  contactSearchQuerySchema,
  contactSearchResultSchema,
  serviceDetailSchema,
  serviceIdParamsSchema,
  serviceInputSchema,
  serviceSearchQuerySchema,
  serviceSearchResultSchema,
  staleListQuerySchema,
  staleListSchema,
  suggestionDecisionSchema,
  suggestionInputSchema,
  suggestionListQuerySchema,
  suggestionListSchema,
  suggestionSchema,
  suggestionsSchema,
  suggestQuerySchema,
} from '@thb/shared';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Allow } from '../access/allow.decorator';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { CurrentUser, OptionalUser } from '../access/current-user.decorator';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { SignInRateLimited } from '../common/http/rate-limit';
import { DirectoryContactsService } from './directory-contacts.service';
import { DirectorySearchService } from './directory-search.service';
import { DirectoryServicesService } from './directory-services.service';
import { DirectorySuggestionsService } from './directory-suggestions.service';

class ServiceSearchQueryDto extends createZodDto(serviceSearchQuerySchema) {}
class ServiceSearchResultDto extends createZodDto(serviceSearchResultSchema) {}
class ServiceDetailDto extends createZodDto(serviceDetailSchema) {}
class ServiceIdParamsDto extends createZodDto(serviceIdParamsSchema) {}
class ServiceInputDto extends createZodDto(serviceInputSchema) {}
class SuggestQueryDto extends createZodDto(suggestQuerySchema) {}
class SuggestionsDto extends createZodDto(suggestionsSchema) {}
class ContactSearchQueryDto extends createZodDto(contactSearchQuerySchema) {}
class ContactSearchResultDto extends createZodDto(contactSearchResultSchema) {}
class SuggestionInputDto extends createZodDto(suggestionInputSchema) {}
class SuggestionDto extends createZodDto(suggestionSchema) {}
class SuggestionListQueryDto extends createZodDto(suggestionListQuerySchema) {}
class SuggestionListDto extends createZodDto(suggestionListSchema) {}
class SuggestionDecisionDto extends createZodDto(suggestionDecisionSchema) {}
class StaleListQueryDto extends createZodDto(staleListQuerySchema) {}
class StaleListDto extends createZodDto(staleListSchema) {}
class ChangeListDto extends createZodDto(changeListSchema) {}

@ApiTags('directory')
@Controller('directory')
export class DirectoryController {
  constructor(
    private readonly search: DirectorySearchService,
    private readonly services: DirectoryServicesService,
    private readonly contacts: DirectoryContactsService,
    private readonly suggestions: DirectorySuggestionsService,
  ) {}

  @Get('services')
  @Allow('directory.read')
  @ApiOperation({
    summary: 'Search victim-support services',
    description:
      'Full-text search in every language a record has (stemmed per language, typo-tolerant on names), filters, ' +
      'distance from a point, facet counts for every filter, stable pagination. Visitors see public fields only: ' +
      'positions of records whose location is not public are rounded to city level, for distance too.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: ServiceSearchResultDto, description: 'A page of services and facets' })
  @ApiProblemResponses(400)
  find(
    @Query() query: ServiceSearchQueryDto,
    @OptionalUser() viewer: AuthenticatedUser | null,
  ): Promise<ServiceSearchResultDto> {
    const { page, pageSize, ...filter } = query;
    return this.search.find(viewer, filter, page, pageSize);
  }

  @Get('suggest')
  @Allow('directory.read')
  @ApiOperation({ summary: 'Suggestions for the search box: services, organisations, cities' })
  @ZodResponse({ status: HttpStatus.OK, type: SuggestionsDto, description: 'Up to eight suggestions' })
  @ApiProblemResponses(400)
  suggest(@Query() query: SuggestQueryDto): Promise<SuggestionsDto> {
    return this.search.suggest(query.q);
  }

  @Get('services/:id')
  @Allow('directory.read')
  @ApiOperation({ summary: 'One service, with the fields the viewer may see' })
  @ZodResponse({ status: HttpStatus.OK, type: ServiceDetailDto, description: 'The service' })
  @ApiProblemResponses(400, 404)
  get(
    @Param() params: ServiceIdParamsDto,
    @OptionalUser() viewer: AuthenticatedUser | null,
  ): Promise<ServiceDetailDto> {
    return this.services.get(viewer, params.id);
  }

  @Post('services')
  @Allow('directory.edit')
  @ApiOperation({ summary: 'Add a service (members of the organisation, the Coordinator)' })
  @ZodResponse({ status: HttpStatus.CREATED, type: ServiceDetailDto, description: 'The new service' })
  @ApiProblemResponses(400, 401, 403)
  create(@Body() body: ServiceInputDto, @CurrentUser() user: AuthenticatedUser): Promise<ServiceDetailDto> {
    return this.services.create(user, body);
  }

  @Put('services/:id')
  @Allow('directory.edit')
  @ApiOperation({ summary: 'Replace a service’s record (members of the organisation, the Coordinator)' })
  @ZodResponse({ status: HttpStatus.OK, type: ServiceDetailDto, description: 'The updated service' })
  @ApiProblemResponses(400, 401, 403, 404)
  update(
    @Param() params: ServiceIdParamsDto,
    @Body() body: ServiceInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ServiceDetailDto> {
    return this.services.update(user, params.id, body);
  }

  @Delete('services/:id')
  @Allow('directory.edit')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiOperation({ summary: 'Remove a service from the directory (members of the organisation, the Coordinator)' })
  @ApiProblemResponses(400, 401, 403, 404)
  async remove(@Param() params: ServiceIdParamsDto, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.services.remove(user, params.id);
  }

  @Post('services/:id/verify')
  @Allow('directory.edit')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm the record is still true: sets its last-verified date to today' })
  @ZodResponse({ status: HttpStatus.OK, type: ServiceDetailDto, description: 'The verified service' })
  @ApiProblemResponses(400, 401, 403, 404)
  verify(@Param() params: ServiceIdParamsDto, @CurrentUser() user: AuthenticatedUser): Promise<ServiceDetailDto> {
    return this.services.verify(user, params.id);
  }

  @Get('services/:id/changes')
  @Allow('directory.edit')
  @ApiOperation({ summary: 'Who changed which field and when (HSDS metadata), for those who may edit the service' })
  @ZodResponse({ status: HttpStatus.OK, type: ChangeListDto, description: 'Newest first' })
  @ApiProblemResponses(400, 401, 403, 404)
  async changes(@Param() params: ServiceIdParamsDto, @CurrentUser() user: AuthenticatedUser): Promise<ChangeListDto> {
    return { items: await this.services.history(user, params.id) };
  }

  @Post('services/:id/suggestions')
  @Allow('directory.suggest')
  @SignInRateLimited()
  @ApiOperation({
    summary: 'Suggest an edit or report a problem',
    description: 'Anyone may suggest new values; visitors leave an email. The owning organisation reviews it.',
  })
  @ZodResponse({ status: HttpStatus.CREATED, type: SuggestionDto, description: 'The suggestion, waiting for review' })
  @ApiProblemResponses(400, 404, 429)
  suggestEdit(
    @Param() params: ServiceIdParamsDto,
    @Body() body: SuggestionInputDto,
    @OptionalUser() viewer: AuthenticatedUser | null,
  ): Promise<SuggestionDto> {
    return this.suggestions.submit(viewer, params.id, body);
  }

  @Get('suggestions')
  @Allow('directory.edit')
  @ApiOperation({ summary: 'Suggested edits to review: own organisation’s services (the Coordinator: all)' })
  @ZodResponse({ status: HttpStatus.OK, type: SuggestionListDto, description: 'Newest first' })
  @ApiProblemResponses(400, 401, 403)
  listSuggestions(
    @Query() query: SuggestionListQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SuggestionListDto> {
    return this.suggestions.list(user, query.status, query.page, query.pageSize);
  }

  @Post('suggestions/:id/decision')
  @Allow('directory.edit')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept (apply, record, mark verified) or reject a suggested edit' })
  @ZodResponse({ status: HttpStatus.OK, type: SuggestionDto, description: 'The decided suggestion' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  decide(
    @Param() params: ServiceIdParamsDto,
    @Body() body: SuggestionDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SuggestionDto> {
    return this.suggestions.decide(user, params.id, body);
  }

  @Get('stale')
  @Allow('directory.curate')
  @ApiOperation({ summary: 'Records not verified for 12 months, oldest first (the Coordinator)' })
  @ZodResponse({ status: HttpStatus.OK, type: StaleListDto, description: 'A page of stale records' })
  @ApiProblemResponses(400, 401, 403)
  stale(@Query() query: StaleListQueryDto): Promise<StaleListDto> {
    return this.services.stale(query.page, query.pageSize);
  }

  @Get('contacts')
  @Allow('directory.read')
  @ApiOperation({
    summary: 'Search professional contacts',
    description:
      'National rapporteurs, referral contact points, law-enforcement units, EU agencies, international ' +
      'organisations, media. Out-of-hours contacts first. Names, emails and phones of persons: members only.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: ContactSearchResultDto, description: 'A page of contacts and facets' })
  @ApiProblemResponses(400)
  findContacts(
    @Query() query: ContactSearchQueryDto,
    @OptionalUser() viewer: AuthenticatedUser | null,
  ): Promise<ContactSearchResultDto> {
    const { page, pageSize, ...filter } = query;
    return this.contacts.find(viewer, filter, page, pageSize);
  }
}
