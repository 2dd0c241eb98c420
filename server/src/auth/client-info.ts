import { type Request } from 'express';
import { type ClientInfo } from './sessions.service';

/** Browser and address of a request, for sessions and the audit log (address as Express resolves it with TRUST_PROXY). */
export function clientInfo(request: Request): ClientInfo {
  return { userAgent: request.headers['user-agent'] ?? null, ipAddress: request.ip ?? null };
}
