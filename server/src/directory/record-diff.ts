import { isDeepStrictEqual } from 'node:util';

/** Child records carry ids for storage; a change is about their content, so ids are left out when comparing. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutIds);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => k !== 'id')
        .map(([k, v]) => [k, withoutIds(v)]),
    );
  }
  return value;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The top-level fields whose content differs between two versions of a record, in `fields` order. */
export function diffFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  return fields.flatMap((field) => {
    const a = withoutIds(before[field]);
    const b = withoutIds(after[field]);
    return isDeepStrictEqual(a, b) ? [] : [{ field, before: a, after: b }];
  });
}

/** A value as HSDS metadata stores it (`previous_value` / `replacement_value` are strings). */
export function metadataValue(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
