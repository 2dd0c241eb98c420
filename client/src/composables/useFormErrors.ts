import { computed, nextTick, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { type z } from 'zod';
import { isApiError } from '@/api/http';
import { focusField } from '@/components/form/focus';

/** A zod issue, as much of it as the messages need. */
export type FormIssue = z.core.$ZodIssue;

/** Per-field message keys, used instead of the generic wording (e.g. a phone number's format). */
export type FieldMessages = Record<string, string>;

/** Field error codes the server adds beyond zod's own, with their translation in `validation.server`. */
const SERVER_CODES = ['common_password', 'wrong_password', 'wrong_code', 'email_taken'] as const;
type ServerCode = (typeof SERVER_CODES)[number];

/** zod codes the server reports for which the field's own message says more than the server's English. */
const OVERRIDABLE_SERVER_CODES = new Set(['invalid_format', 'invalid_value', 'custom']);

const isServerCode = (code: string): code is ServerCode => (SERVER_CODES as readonly string[]).includes(code);

/** An example address, passed as a parameter: `@` is special in vue-i18n messages. */
export const EXAMPLE_EMAIL = 'name@example.org';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The message for one zod issue, in the interface language. `override` is the field's own message key. */
export function issueMessage(issue: FormIssue, t: Translate, override?: string): string {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return override ? t(override) : t('validation.tooFew', { n: min });
      }
      if (issue.origin === 'string') {
        // "Required" when an empty string is the problem; a minimum length when some text was given.
        if (min <= 1) {
          return override ? t(override) : t('validation.required');
        }
        return override ? t(override, { n: min }) : t('validation.tooShort', { n: min });
      }
      return override ? t(override) : t('validation.invalid');
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return t('validation.tooMany', { n: max });
      }
      return issue.origin === 'string' ? t('validation.tooLong', { n: max }) : t('validation.invalid');
    }
    case 'invalid_format':
      if (override) {
        return t(override);
      }
      if (issue.format === 'email') {
        return t('validation.email', { example: EXAMPLE_EMAIL });
      }
      if (issue.format === 'url') {
        return t('validation.url');
      }
      return t('validation.invalid');
    case 'invalid_type':
      // A missing value (undefined/null where text or a choice is expected).
      return override ? t(override) : t('validation.required');
    case 'invalid_value':
      return override ? t(override) : t('validation.choose');
    case 'custom':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'unrecognized_keys':
    case 'not_multiple_of':
      return override ? t(override) : t('validation.invalid');
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** `body.organisation.name` → `organisation.name`: the server names the request part first. */
export function stripLocation(field: string): string {
  return field.replace(/^(body|query|params)\./, '');
}

/**
 * The form field an error belongs to: the longest known field that is the path or a parent of it
 * (`organisation.countries.2` → `organisation.countries`). Undefined when the form has no such field.
 */
export function resolveField(path: string, fields: readonly string[]): string | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (fields.includes(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

export interface FormErrorsOptions {
  /** Prefix of the controls' ids: a field `contact.email` has the id `<idPrefix>-contact-email`. */
  idPrefix: string;
  /** Every field path of the form, in the order the form shows them (the error summary follows it). */
  fields: readonly string[];
  /** Per-field message keys for rules the generic messages cannot word (formats, custom refinements). */
  messages?: FieldMessages;
}

export interface SummaryItem {
  /** Field path, or undefined for an error that no field of the form shows. */
  field: string | undefined;
  /** Id of the control to focus, when there is one. */
  id: string | undefined;
  message: string;
}

/**
 * Errors of one form: client-side validation with the shared zod schema and the server's field errors, both
 * mapped to the form's fields (shown next to each control and listed in an error summary), plus the error of
 * a failed request that names no field.
 */
export function useFormErrors(options: FormErrorsOptions) {
  const { t } = useI18n();
  const translate: Translate = (key, params) => (params ? t(key, params) : t(key));
  /** Message per field path. */
  const errors = ref<Record<string, string>>({});
  /** Messages of errors that belong to no field of the form. */
  const unplaced = ref<string[]>([]);
  /** A failed request without field errors (network, server, conflict…), for CommonErrorAlert. */
  const requestError = ref<unknown>();
  /** Goes up on every failed attempt, so the summary can take focus again. */
  const attempt = ref(0);

  const fieldId = (field: string): string => `${options.idPrefix}-${field.replace(/\./g, '-')}`;

  const summary = computed<SummaryItem[]>(() => [
    ...options.fields
      .filter((field) => errors.value[field])
      .map((field) => ({ field, id: fieldId(field), message: errors.value[field] ?? '' })),
    ...unplaced.value.map((message) => ({ field: undefined, id: undefined, message })),
  ]);
  const hasErrors = computed(() => summary.value.length > 0);

  function clear(): void {
    errors.value = {};
    unplaced.value = [];
    requestError.value = undefined;
  }

  function clearField(field: string): void {
    if (errors.value[field]) {
      const { [field]: _removed, ...rest } = errors.value;
      errors.value = rest;
    }
  }

  function place(path: string, message: string, next: Record<string, string>, loose: string[]): void {
    const field = resolveField(path, options.fields);
    if (field) {
      // The first problem of a field is the one to fix first.
      next[field] ??= message;
    } else if (!loose.includes(message)) {
      loose.push(message);
    }
  }

  /** Parses `value` with `schema`; on failure shows the issues and resolves undefined. */
  function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | undefined {
    clear();
    const result = schema.safeParse(value);
    if (result.success) {
      return result.data;
    }
    const next: Record<string, string> = {};
    const loose: string[] = [];
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      const field = resolveField(path, options.fields);
      const override = field ? options.messages?.[field] : undefined;
      // Nothing typed at all: "fill in this field" says more than a format rule (unless the field words it).
      const message =
        !override && isBlank(valueAt(value, issue.path))
          ? t('validation.required')
          : issueMessage(issue, translate, override);
      place(path, message, next, loose);
    }
    errors.value = next;
    unplaced.value = loose;
    attempt.value++;
    return undefined;
  }

  /**
   * Shows what a failed request says: its field errors next to the fields they name (translated when the
   * code is known, else in the server's words), or the whole error for the form's alert.
   */
  function applyServerError(error: unknown): void {
    clear();
    attempt.value++;
    if (!isApiError(error) || error.fieldErrors.length === 0) {
      requestError.value = error;
      return;
    }
    const next: Record<string, string> = {};
    const loose: string[] = [];
    for (const fieldError of error.fieldErrors) {
      const path = stripLocation(fieldError.field);
      const field = resolveField(path, options.fields);
      const override = field ? options.messages?.[field] : undefined;
      let message = fieldError.message;
      if (isServerCode(fieldError.code)) {
        message = t(`validation.server.${fieldError.code}`);
      } else if (override && OVERRIDABLE_SERVER_CODES.has(fieldError.code)) {
        message = t(override);
      }
      place(path, message, next, loose);
    }
    errors.value = next;
    unplaced.value = loose;
  }

  /** An error the form itself finds (a choice the schema cannot word well, a file too large…). */
  function setFieldError(field: string, message: string): void {
    clear();
    errors.value = { [field]: message };
    attempt.value++;
  }

  /** For short forms without a summary: after a failed submit, focus goes to the first field in error. */
  async function focusFirstError(): Promise<void> {
    await nextTick();
    const first = summary.value.find((item) => item.id);
    if (first?.id) {
      focusField(first.id);
    }
  }

  /** Props for a FormField: its id and its error. */
  function field(path: string): { id: string; error: string | undefined } {
    return { id: fieldId(path), error: errors.value[path] };
  }

  return {
    errors,
    unplaced,
    requestError,
    attempt,
    summary,
    hasErrors,
    fieldId,
    field,
    validate,
    applyServerError,
    clear,
    clearField,
    setFieldError,
    focusFirstError,
  };
}

export type FormErrors = ReturnType<typeof useFormErrors>;
