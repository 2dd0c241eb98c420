import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { healthResponseSchema } from '@thb/shared';
import { type Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { HealthService } from './health.service';
import { Allow } from '../access/allow.decorator';

class HealthResponseDto extends createZodDto(healthResponseSchema) {}

@ApiTags('health')
@Allow('public.read')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and database reachability, for load balancers and monitoring' })
  @ZodResponse({ status: HttpStatus.OK, type: HealthResponseDto, description: 'Everything answers' })
  @ApiResponse({
    status: HttpStatus.SERVICE_UNAVAILABLE,
    type: HealthResponseDto.Output,
    description: 'The database is unreachable',
  })
  @ApiProblemResponses()
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponseDto> {
    const result = await this.health.check();
    res.setHeader('Cache-Control', 'no-store');
    if (result.status !== 'ok') {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
    return result;
  }
}
