import { Controller, Get, HttpStatus, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditPageSchema, auditQuerySchema } from '@thb/shared';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Allow } from '../access/allow.decorator';
import { ApiProblemResponses } from '../common/http/api-problem.decorator';
import { AuditService } from './audit.service';

class AuditQueryDto extends createZodDto(auditQuerySchema) {}
class AuditPageDto extends createZodDto(auditPageSchema) {}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow('audit.read')
  @ApiOperation({ summary: 'The audit log, newest first, filtered (Coordinator)' })
  @ZodResponse({ status: HttpStatus.OK, type: AuditPageDto, description: 'A page of entries' })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.find({
      ...query,
      since: query.since ? new Date(query.since) : undefined,
      until: query.until ? new Date(query.until) : undefined,
    });
  }
}
