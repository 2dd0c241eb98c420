import { Controller, Get, HttpStatus, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { strategySchema, strategySlugParamsSchema } from '@thb/shared';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { StrategyService } from './strategy.service';
import { Allow } from '../access/allow.decorator';

class StrategyDto extends createZodDto(strategySchema) {}
class StrategySlugParamsDto extends createZodDto(strategySlugParamsSchema) {}

@ApiTags('strategy')
@Allow('public.read')
@Controller('strategies')
export class StrategyController {
  constructor(private readonly strategies: StrategyService) {}

  @Get(':slug')
  @ApiOperation({ summary: 'A strategy with its priorities and their actions (public)' })
  @ZodResponse({ status: HttpStatus.OK, type: StrategyDto, description: 'The strategy' })
  @ApiProblemResponses(400, 404)
  get(@Param() params: StrategySlugParamsDto): Promise<StrategyDto> {
    return this.strategies.getBySlug(params.slug);
  }
}
