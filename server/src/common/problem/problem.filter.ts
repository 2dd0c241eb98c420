import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '@thb/shared';
import { type Request, type Response } from 'express';
import { requestIdOf } from '../http/request-id';
import { classifyError } from './problem';

/** The one place where errors become HTTP responses: RFC 9457 problem JSON with a stable `code`. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') {
      throw exception;
    }
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<Request>(), http.getResponse<Response>(), this.logger);
  }
}

export function sendProblem(exception: unknown, req: Request, res: Response, logger: Logger): void {
  const { problem, unexpected } = classifyError(exception);
  const requestId = requestIdOf(req);
  if (unexpected) {
    logger.error({ err: exception, requestId }, 'unhandled error while serving a request');
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  res
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .json({ ...problem, instance: req.originalUrl, ...(requestId ? { requestId } : {}) });
}
