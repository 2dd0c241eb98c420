import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Logger,
  Param,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  directoryCsvQuerySchema,
  hsdsImportQuerySchema,
  hsdsImportReportSchema,
  hsdsOrganizationParamsQuerySchema,
  hsdsOrganizationQuerySchema,
  hsdsServiceQuerySchema,
  organisationIdParamsSchema,
  serviceIdParamsSchema,
} from '@thb/shared';
import { stringify } from 'csv-stringify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Allow } from '../../access/allow.decorator';
import { type AuthenticatedUser } from '../../access/authenticated-user';
import { CurrentUser, OptionalUser } from '../../access/current-user.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem.decorator';
import { HsdsExportService } from './hsds-export.service';
import { HsdsImportService } from './hsds-import.service';
import { CSV_COLUMNS } from './hsds-mapping';
import { type HsdsOrganization, type HsdsPage, type HsdsService } from './hsds-types';

class HsdsServiceQueryDto extends createZodDto(hsdsServiceQuerySchema) {}
class HsdsOrganizationQueryDto extends createZodDto(hsdsOrganizationQuerySchema) {}
class HsdsOrganizationParamsQueryDto extends createZodDto(hsdsOrganizationParamsQuerySchema) {}
class DirectoryCsvQueryDto extends createZodDto(directoryCsvQuerySchema) {}
class HsdsImportQueryDto extends createZodDto(hsdsImportQuerySchema) {}
class HsdsImportReportDto extends createZodDto(hsdsImportReportSchema) {}
class ServiceIdParamsDto extends createZodDto(serviceIdParamsSchema) {}
class OrganisationIdParamsDto extends createZodDto(organisationIdParamsSchema) {}

const SPEC = 'https://docs.openreferral.org/en/latest/hsds/schema_reference.html';

/** OpenAPI description of an HSDS page (HSDS `schema/openapi.json`: `Page` + `contents`). */
function pageSchema(item: string) {
  return {
    type: 'object',
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
    properties: {
      total_items: { type: 'integer', description: 'Count of total results' },
      total_pages: { type: 'integer', description: 'Count of total pages' },
      page_number: { type: 'integer', description: 'Current page number' },
      size: { type: 'integer', description: 'Size of the page asked for (`per_page`)' },
      first_page: { type: 'boolean' },
      last_page: { type: 'boolean' },
      empty: { type: 'boolean' },
      contents: { type: 'array', items: { type: 'object', description: item } },
    },
  };
}

const logger = new Logger('HsdsExport');

/** A streamed body; a failure half-way aborts the connection, so a cut-off export never looks complete. */
function streamed(source: Readable, type: string, disposition?: string): StreamableFile {
  return new StreamableFile(source, { type, ...(disposition ? { disposition } : {}) }).setErrorHandler((err, res) => {
    logger.error({ err }, 'export stream failed');
    if (res.destroy) {
      res.destroy(err);
    } else {
      res.end();
    }
  });
}

function ndjson(lines: AsyncIterable<string>): StreamableFile {
  return streamed(Readable.from(lines), 'application/x-ndjson; charset=utf-8');
}

@ApiTags('hsds')
@Controller()
export class HsdsController {
  constructor(
    private readonly exporter: HsdsExportService,
    private readonly importer: HsdsImportService,
  ) {}

  @Get('hsds/services')
  @Allow('directory.read')
  @ApiOperation({
    summary: 'Services as Open Referral HSDS 3.0: a page, or every matching one as ndjson',
    description:
      `Filters as in the directory search. Only what the caller may see is exported (visitors: public fields; ` +
      `shelters' street addresses and exact positions never). \`full=true\` nests phones, schedules, ` +
      `locations, contacts, languages, attributes (the platform's taxonomies) and, for those who may edit, ` +
      `the change trail (\`metadata\`); \`format=ndjson\` streams every matching service fully nested, one per ` +
      `line. HSDS: ${SPEC}`,
  })
  @ApiProduces('application/json', 'application/x-ndjson')
  @ApiOkResponse({ description: 'A page of HSDS services (or ndjson lines)', schema: pageSchema('HSDS service') })
  @ApiProblemResponses(400)
  services(
    @Query() query: HsdsServiceQueryDto,
    @OptionalUser() viewer: AuthenticatedUser | null,
  ): Promise<HsdsPage<HsdsService>> | StreamableFile {
    return query.format === 'ndjson'
      ? ndjson(this.exporter.serviceLines(viewer, query))
      : this.exporter.servicePage(viewer, query);
  }

  @Get('hsds/services/:id')
  @Allow('directory.read')
  @ApiOperation({ summary: 'One service as a fully nested HSDS 3.0 service (what the caller may see of it)' })
  @ApiOkResponse({ description: 'The HSDS service', schema: { type: 'object' } })
  @ApiProblemResponses(400, 404)
  service(@Param() params: ServiceIdParamsDto, @OptionalUser() viewer: AuthenticatedUser | null): Promise<HsdsService> {
    return this.exporter.service(viewer, params.id);
  }

  @Get('hsds/organizations')
  @Allow('directory.read')
  @ApiOperation({
    summary: 'Organisations providing matching services, as HSDS 3.0: a page, or every one as ndjson',
    description:
      'Listed when they provide at least one service matching the filters (`q` also matches their name). ' +
      'No contact details of organisations are exported. `format=ndjson` nests each one’s matching services ' +
      '(fully with `full_service=true`).',
  })
  @ApiProduces('application/json', 'application/x-ndjson')
  @ApiOkResponse({ description: 'A page of HSDS organizations', schema: pageSchema('HSDS organization') })
  @ApiProblemResponses(400)
  organizations(
    @Query() query: HsdsOrganizationQueryDto,
    @OptionalUser() viewer: AuthenticatedUser | null,
  ): Promise<HsdsPage<HsdsOrganization>> | StreamableFile {
    return query.format === 'ndjson'
      ? ndjson(this.exporter.organizationLines(viewer, query))
      : this.exporter.organizationPage(viewer, query);
  }

  @Get('hsds/organizations/:id')
  @Allow('directory.read')
  @ApiOperation({ summary: 'An organisation with its services, as an HSDS 3.0 organization' })
  @ApiOkResponse({ description: 'The HSDS organization', schema: { type: 'object' } })
  @ApiProblemResponses(400, 404)
  organization(
    @Param() params: OrganisationIdParamsDto,
    @Query() query: HsdsOrganizationParamsQueryDto,
    @OptionalUser() viewer: AuthenticatedUser | null,
  ): Promise<HsdsOrganization> {
    return this.exporter.organization(viewer, params.id, query.full_service === true);
  }

  @Get('directory/export.csv')
  @Allow('directory.read')
  @ApiOperation({
    summary: 'The (filtered) directory as CSV, one row per service, with what the caller may see',
    description: `Columns: ${CSV_COLUMNS.join(', ')}. Lists are separated by "; ".`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'A CSV file (UTF-8, header row)' })
  @ApiProblemResponses(400)
  csv(@Query() query: DirectoryCsvQueryDto, @OptionalUser() viewer: AuthenticatedUser | null): StreamableFile {
    const rows = this.exporter.csvRows(viewer, query);
    const csv = stringify({
      header: true,
      columns: [...CSV_COLUMNS],
      cast: { boolean: (value) => (value ? 'true' : 'false') },
    });
    // Errors end up on `csv`, which the streamed body's error handler deals with.
    pipeline(Readable.from(rows), csv).catch(() => undefined);
    return streamed(csv, 'text/csv; charset=utf-8', 'attachment; filename="thb-directory.csv"');
  }

  @Post('hsds/import')
  @HttpCode(HttpStatus.OK)
  @Allow('directory.curate')
  @ApiOperation({
    summary: 'Import HSDS 3.0 JSON (the Coordinator)',
    description:
      'A service, an array of services or organisations, a paginated list (`contents`), or organisations ' +
      'with nested `services`; up to HSDS_IMPORT_BODY_LIMIT (20 MB by default). Each record is validated ' +
      'against the HSDS JSON Schema and the platform’s rules; rejected ones are listed with all their ' +
      'reasons, the others saved (HSDS ids kept: importing again updates the same records).',
  })
  @ApiBody({
    description: 'HSDS JSON',
    schema: { oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' } }] },
  })
  @ZodResponse({ status: HttpStatus.OK, type: HsdsImportReportDto, description: 'What was imported and rejected' })
  @ApiProblemResponses(400, 401, 403, 413)
  import(
    @Body() body: unknown,
    @Query() query: HsdsImportQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<HsdsImportReportDto> {
    return this.importer.import(body, { user, source: 'upload' }, { language: query.language });
  }
}
