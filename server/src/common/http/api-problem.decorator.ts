import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, problemSchema } from '@thb/shared';
import { createZodDto } from 'nestjs-zod';

/** RFC 9457 problem details; named `Problem` in the OpenAPI document. */
export class Problem extends createZodDto(problemSchema) {}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: `validation_failed` lists the offending fields in `errors`',
  401: 'Not signed in',
  403: 'Signed in but not allowed',
  404: 'No such resource',
  409: 'Conflicts with the current state',
  410: 'The link or token has expired or was already used',
  413: 'Request body too large',
  429: 'Too many requests; retry later',
  500: 'Unexpected error; quote `requestId` when reporting it',
  503: 'A dependency (the database) is unavailable',
};

/** Documents the problem JSON responses a route can give, besides the 500 every route can. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(Problem),
    ...[...new Set([...statuses, 500])].map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(Problem) } } },
      }),
    ),
  );
}
