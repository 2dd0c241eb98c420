import { ErrorCode } from '@thb/shared';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { ApiError, type ApiErrorCode, ClientErrorCode } from '@/api/http';
import { mountWithApp } from '@/test/helpers';
import { type ReadableError, useErrorMessage } from './useErrorMessage';

async function describeIn(locale: 'en' | 'fr', error: unknown): Promise<ReadableError> {
  let result: ReadableError | undefined;
  const Probe = defineComponent({
    setup() {
      result = useErrorMessage().describe(error);
      return () => null;
    },
  });
  await mountWithApp(Probe, { locale });
  if (!result) {
    throw new Error('the probe did not run');
  }
  return result;
}

describe('useErrorMessage', () => {
  it('translates the error code and keeps the request id as reference', async () => {
    const error = new ApiError({
      code: ErrorCode.RateLimited,
      status: 429,
      title: 'Too many requests',
      requestId: 'r-1',
    });

    expect(await describeIn('en', error)).toEqual({
      message: 'Too many requests in a short time. Please wait a moment and try again.',
      reference: 'r-1',
    });
    expect((await describeIn('fr', error)).message).toBe(
      'Trop de demandes en peu de temps. Patientez un instant, puis réessayez.',
    );
  });

  it('explains network and unreadable-response failures', async () => {
    const network = new ApiError({ code: ClientErrorCode.Network, status: 0, title: 'Network error' });
    const invalid = new ApiError({ code: ClientErrorCode.InvalidResponse, status: 200, title: 'Invalid response' });

    expect((await describeIn('en', network)).message).toContain('The server could not be reached');
    expect((await describeIn('en', invalid)).message).toContain('could not read');
  });

  it('falls back to the problem detail, then title, for a code it has no message for', async () => {
    const future = 'quota_exceeded' as ApiErrorCode;

    expect(
      (
        await describeIn(
          'en',
          new ApiError({ code: future, status: 403, title: 'Quota', detail: 'Monthly quota used.' }),
        )
      ).message,
    ).toBe('Monthly quota used.');
    expect((await describeIn('en', new ApiError({ code: future, status: 403, title: 'Quota exceeded' }))).message).toBe(
      'Quota exceeded',
    );
  });

  it('has a generic message for anything that is not an ApiError', async () => {
    expect(await describeIn('en', new Error('boom'))).toEqual({
      message: 'Something went wrong. Please try again.',
      reference: undefined,
    });
  });
});
