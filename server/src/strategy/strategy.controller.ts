import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  actionFilterQuerySchema,
  actionLinkInputSchema,
  actionUpdateInputSchema,
  newActionInputSchema,
  newStrategyInputSchema,
  stateOfPlayInputSchema,
  strategyActionDetailSchema,
  strategyActionLinkParamsSchema,
  strategyActionParamsSchema,
  strategyListSchema,
  strategyPriorityParamsSchema,
  strategyProgressSchema,
  strategySchema,
  strategySlugParamsSchema,
} from '@thb/shared';
import { stringify } from 'csv-stringify/sync';
import { type Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Allow } from '../access/allow.decorator';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { CurrentUser, OptionalUser } from '../access/current-user.decorator';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { CSV_COLUMNS, StrategyService } from './strategy.service';

class StrategyDto extends createZodDto(strategySchema) {}
class StrategyListDto extends createZodDto(strategyListSchema) {}
class StrategyProgressDto extends createZodDto(strategyProgressSchema) {}
class StrategyActionDetailDto extends createZodDto(strategyActionDetailSchema) {}
class StrategySlugParamsDto extends createZodDto(strategySlugParamsSchema) {}
class StrategyActionParamsDto extends createZodDto(strategyActionParamsSchema) {}
class StrategyPriorityParamsDto extends createZodDto(strategyPriorityParamsSchema) {}
class StrategyActionLinkParamsDto extends createZodDto(strategyActionLinkParamsSchema) {}
class ActionFilterQueryDto extends createZodDto(actionFilterQuerySchema) {}
class ActionUpdateInputDto extends createZodDto(actionUpdateInputSchema) {}
class StateOfPlayInputDto extends createZodDto(stateOfPlayInputSchema) {}
class ActionLinkInputDto extends createZodDto(actionLinkInputSchema) {}
class NewActionInputDto extends createZodDto(newActionInputSchema) {}
class NewStrategyInputDto extends createZodDto(newStrategyInputSchema) {}

const FILTERS =
  'Filters: `priority` (codes, comma-separated), `status` (comma-separated), `body` (one responsible body, ' +
  'e.g. `COM`), `q` (words in titles, responsible, indicators and state-of-play notes; all must appear).';

@ApiTags('strategy')
@Controller('strategies')
export class StrategyController {
  constructor(private readonly strategies: StrategyService) {}

  @Get()
  @Allow('public.read')
  @ApiOperation({ summary: 'Strategies and action plans, with their actions counted by status (public)' })
  @ZodResponse({ status: HttpStatus.OK, type: StrategyListDto, description: 'Oldest first' })
  @ApiProblemResponses()
  list(): Promise<StrategyListDto> {
    return this.strategies.list();
  }

  @Post()
  @Allow('strategy.manage')
  @ApiOperation({
    summary: 'Add a strategy or action plan with its priorities and actions (the Coordinator)',
    description:
      'Priority codes are free text unique within the plan (`A`, `1`, `X1`). An action’s responsible bodies ' +
      'default to its `responsible` text split at `/`.',
  })
  @ZodResponse({ status: HttpStatus.CREATED, type: StrategyDto, description: 'The new strategy' })
  @ApiProblemResponses(400, 401, 403, 409)
  create(@Body() body: NewStrategyInputDto, @CurrentUser() user: AuthenticatedUser): Promise<StrategyDto> {
    return this.strategies.createStrategy(user, body);
  }

  @Get(':slug')
  @Allow('public.read')
  @ApiOperation({ summary: 'A strategy with its priorities and their actions, with statuses (public)' })
  @ZodResponse({ status: HttpStatus.OK, type: StrategyDto, description: 'The strategy' })
  @ApiProblemResponses(400, 404)
  get(@Param() params: StrategySlugParamsDto): Promise<StrategyDto> {
    return this.strategies.getBySlug(params.slug);
  }

  @Get(':slug/progress')
  @Allow('public.read')
  @ApiOperation({
    summary: 'Progress of a strategy: per priority, the matching actions and their counts by status (public)',
    description: FILTERS,
  })
  @ZodResponse({ status: HttpStatus.OK, type: StrategyProgressDto, description: 'Counts and actions' })
  @ApiProblemResponses(400, 404)
  progress(@Param() params: StrategySlugParamsDto, @Query() query: ActionFilterQueryDto): Promise<StrategyProgressDto> {
    return this.strategies.progress(params.slug, query);
  }

  @Get(':slug/actions.csv')
  @Allow('public.read')
  @ApiOperation({
    summary: 'The (filtered) actions of a strategy as CSV, one row per action (public)',
    description: `${FILTERS} Columns: ${CSV_COLUMNS.join(', ')}. Lists are separated by "; ".`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'A CSV file (UTF-8, header row)' })
  @ApiProblemResponses(400, 404)
  async csv(
    @Param() params: StrategySlugParamsDto,
    @Query() query: ActionFilterQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const rows = await this.strategies.csvRows(params.slug, query);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="thb-actions-${params.slug}.csv"`);
    return stringify(rows, { header: true, columns: [...CSV_COLUMNS] });
  }

  @Post(':slug/priorities/:code/actions')
  @Allow('strategy.manage')
  @ApiOperation({ summary: 'Add an action at the end of a priority (the Coordinator)' })
  @ZodResponse({ status: HttpStatus.CREATED, type: StrategyActionDetailDto, description: 'The new action' })
  @ApiProblemResponses(400, 401, 403, 404)
  addAction(
    @Param() params: StrategyPriorityParamsDto,
    @Body() body: NewActionInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StrategyActionDetailDto> {
    return this.strategies.addAction(user, params.slug, params.code, body);
  }

  @Get(':slug/actions/:actionId')
  @Allow('public.read')
  @ApiOperation({
    summary: 'One action with its state-of-play log and links (public; links to discussions for members only)',
  })
  @ZodResponse({ status: HttpStatus.OK, type: StrategyActionDetailDto, description: 'The action' })
  @ApiProblemResponses(400, 404)
  getAction(
    @Param() params: StrategyActionParamsDto,
    @OptionalUser() viewer: AuthenticatedUser | null,
  ): Promise<StrategyActionDetailDto> {
    return this.strategies.getAction(viewer, params.slug, params.actionId);
  }

  @Patch(':slug/actions/:actionId')
  @Allow('strategy.manage')
  @ApiOperation({
    summary: 'Change an action’s status, indicators or responsible bodies (the Coordinator)',
    description: 'To record why the status changed, add a state-of-play entry with the status instead.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: StrategyActionDetailDto, description: 'The action' })
  @ApiProblemResponses(400, 401, 403, 404)
  updateAction(
    @Param() params: StrategyActionParamsDto,
    @Body() body: ActionUpdateInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StrategyActionDetailDto> {
    return this.strategies.updateAction(user, params.slug, params.actionId, body);
  }

  @Post(':slug/actions/:actionId/state-of-play')
  @Allow('strategy.manage')
  @ApiOperation({
    summary: 'Add a dated state-of-play entry (the Coordinator)',
    description:
      'With a `status`, the action takes that status, unless an entry with a later date exists: a back-dated ' +
      'entry records the past without changing the current status.',
  })
  @ZodResponse({ status: HttpStatus.CREATED, type: StrategyActionDetailDto, description: 'The action' })
  @ApiProblemResponses(400, 401, 403, 404)
  addStateOfPlay(
    @Param() params: StrategyActionParamsDto,
    @Body() body: StateOfPlayInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StrategyActionDetailDto> {
    return this.strategies.addStateOfPlay(user, params.slug, params.actionId, body);
  }

  @Post(':slug/actions/:actionId/links')
  @Allow('strategy.manage')
  @ApiOperation({
    summary: 'Link an action to an announcement, a channel message or an organisation (the Coordinator)',
    description:
      'The target must exist; messages only from priority and public channels. Announcements can be linked ' +
      'once the announcements feature is installed (published ones only). Linking twice changes nothing.',
  })
  @ZodResponse({ status: HttpStatus.CREATED, type: StrategyActionDetailDto, description: 'The action' })
  @ApiProblemResponses(400, 401, 403, 404)
  addLink(
    @Param() params: StrategyActionParamsDto,
    @Body() body: ActionLinkInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StrategyActionDetailDto> {
    return this.strategies.addLink(user, params.slug, params.actionId, body);
  }

  @Delete(':slug/actions/:actionId/links/:linkId')
  @Allow('strategy.manage')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a link of an action (the Coordinator)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblemResponses(400, 401, 403, 404)
  async removeLink(
    @Param() params: StrategyActionLinkParamsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.strategies.removeLink(user, params.slug, params.actionId, params.linkId);
  }
}
