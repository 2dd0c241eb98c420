import { RequestMethod } from '@nestjs/common';
import { type IncomingMessage } from 'node:http';
import { type Params } from 'nestjs-pino';
import { type AppConfig } from '../../config/app-config';

import { requestIdOf } from './request-id';

/** Paths whose values never reach the logs: credentials, tokens, cookies and anything named like a secret. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  '*.totp',
  '*.code',
];

/** Structured JSON request logs with a request id that is echoed to the client in `X-Request-Id`. */
export function loggerParams(config: AppConfig): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      genReqId: (req: IncomingMessage) => requestIdOf(req) ?? 'unassigned',
      // Health probes every few seconds would drown the log; failures are still logged.
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      customLogLevel(_req, res, err) {
        if (err || res.statusCode >= 500) {
          return 'error';
        }
        return res.statusCode >= 400 ? 'warn' : 'info';
      },
      serializers: {
        req(req: { id: unknown; method: string; url: string; remoteAddress?: string }) {
          return { id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress };
        },
        res(res: { statusCode: number }) {
          return { statusCode: res.statusCode };
        },
      },
      base: { service: 'thb-platform', version: config.version },
    },
  };
}
