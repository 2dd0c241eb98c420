import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The compiled HSDS 3.0 schemas kept in `./schema` (see its README for their origin and licence). */
export const HSDS_SCHEMA_DIR = path.join(__dirname, 'schema');
export type HsdsSchemaName = 'service' | 'organization' | 'service_list' | 'organization_list';

let ajv: Ajv2020 | undefined;
const validators = new Map<HsdsSchemaName, ValidateFunction>();

/**
 * A validator for one of the HSDS schemas, compiled on first use (about a second for `service` and
 * `organization`) and kept. Configured as the specification validates its own examples: JSON Schema
 * 2020-12, `strict: false` for the schemas' extra keywords; formats (uuid, email, uri, date-time) checked.
 */
export function hsdsValidator(name: HsdsSchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    ajv ??= addFormats(new Ajv2020({ strict: false, allErrors: true }));
    const schema = JSON.parse(readFileSync(path.join(HSDS_SCHEMA_DIR, `${name}.json`), 'utf8')) as object;
    validate = ajv.compile(schema);
    validators.set(name, validate);
  }
  return validate;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(record)';
  const detail =
    error.keyword === 'enum'
      ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
      : '';
  return `${where}: ${error.message ?? 'is not valid'}${detail}`;
}

const MAX_REASONS = 25;

/** Why a value is not a valid HSDS object of that kind: one line per problem, empty when it is valid. */
export function hsdsErrors(name: HsdsSchemaName, value: unknown): string[] {
  const validate = hsdsValidator(name);
  if (validate(value)) {
    return [];
  }
  const reasons = [...new Set((validate.errors ?? []).map(describe))];
  return reasons.length > MAX_REASONS
    ? [...reasons.slice(0, MAX_REASONS), `… and ${reasons.length - MAX_REASONS} more`]
    : reasons;
}
