import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ErrorCode } from '@thb/shared';
import { z } from 'zod';
import { AppError } from './app-error';
import { classifyError, fieldErrorsFromZod } from './problem';

describe('classifyError', () => {
  it('keeps the code, message and field errors of an AppError', () => {
    const sut = classifyError(
      new AppError(ErrorCode.Conflict, 'That email is taken.', [{ field: 'body.email', message: 'x', code: 'c' }]),
    );

    expect(sut).toEqual({
      unexpected: false,
      problem: {
        type: 'https://thb-platform.eu/problems/conflict',
        title: 'Conflict',
        status: 409,
        code: 'conflict',
        detail: 'That email is taken.',
        errors: [{ field: 'body.email', message: 'x', code: 'c' }],
      },
    });
  });

  it('maps Nest HTTP exceptions to the matching code', () => {
    expect(classifyError(new NotFoundException('Cannot GET /x')).problem).toMatchObject({
      status: 404,
      code: 'not_found',
      detail: 'Cannot GET /x',
    });
    expect(classifyError(new BadRequestException('bad')).problem.code).toBe('malformed_request');
  });

  it('maps body-parser errors without leaking their internals', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 });

    expect(classifyError(tooLarge).problem).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('answers anything unexpected with a generic 500 and flags it for logging', () => {
    const sut = classifyError(new TypeError('cannot read properties of undefined (reading "secret")'));

    expect(sut.unexpected).toBe(true);
    expect(sut.problem).toMatchObject({ status: 500, code: 'internal_error' });
    expect(JSON.stringify(sut.problem)).not.toContain('secret');
  });
});

describe('fieldErrorsFromZod', () => {
  it('names each failing field with its location', () => {
    const result = z.object({ email: z.email(), tags: z.array(z.string()) }).safeParse({ email: 'x', tags: [1] });

    expect(fieldErrorsFromZod(result.error!, 'body')).toEqual([
      { field: 'body.email', message: expect.any(String), code: 'invalid_format' },
      { field: 'body.tags.0', message: expect.any(String), code: 'invalid_type' },
    ]);
  });
});
