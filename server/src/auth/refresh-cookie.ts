import { type Request, type Response } from 'express';
import { type IssuedSession } from './sessions.service';

export const REFRESH_COOKIE = 'thb_refresh';
/** Sent only to the auth routes that need it (refresh, sign-out). */
const REFRESH_COOKIE_PATH = '/api/auth';

/** The refresh token travels only in an HttpOnly, Secure, SameSite=Strict cookie, never in a response body. */
export function setRefreshCookie(response: Response, session: IssuedSession): void {
  response.cookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
    expires: session.expiresAt,
  });
}

export function clearRefreshCookie(response: Response): void {
  response.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH });
}

export function readRefreshCookie(request: Request): string | undefined {
  const cookies = request.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 256 ? value : undefined;
}
