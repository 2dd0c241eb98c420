import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { createZodValidationPipe, ZodValidationException } from 'nestjs-zod';
import { type ZodError } from 'zod';
import { fieldErrorsFromZod, RequestValidationError } from './problem';

const ZodPipe = createZodValidationPipe();

/**
 * Validates bodies, queries and params typed with a zod DTO (nestjs-zod), and names the failing fields with
 * where they were (`body.email`, `query.page`) so a client can point at them.
 */
@Injectable()
export class RequestValidationPipe implements PipeTransform {
  private readonly zod = new ZodPipe();

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    try {
      return this.zod.transform(value, metadata) as unknown;
    } catch (err) {
      if (err instanceof ZodValidationException) {
        throw new RequestValidationError(fieldErrorsFromZod(err.getZodError() as ZodError, metadata.type));
      }
      throw err;
    }
  }
}
