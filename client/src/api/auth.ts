import {
  type LoginRequest,
  type LoginResponse,
  loginResponseSchema,
  type PasswordResetConfirm,
  type SessionGrant,
  sessionGrantSchema,
  type TwoFactorLoginRequest,
} from '@thb/shared';
import { apiPost, noContent } from './http';

/*
 * Sign-in endpoints send no access token: they work with the credentials in the body or the refresh cookie
 * (HttpOnly, path /api/auth), and an expired token would only make the server refuse them.
 */

export function login(body: LoginRequest): Promise<LoginResponse> {
  return apiPost('/auth/login', body, loginResponseSchema, { auth: 'none' });
}

export function loginWithSecondFactor(body: TwoFactorLoginRequest): Promise<SessionGrant> {
  return apiPost('/auth/login/two-factor', body, sessionGrantSchema, { auth: 'none' });
}

export function refreshSession(): Promise<SessionGrant> {
  return apiPost('/auth/refresh', undefined, sessionGrantSchema, { auth: 'none' });
}

export async function logout(): Promise<void> {
  await apiPost('/auth/logout', undefined, noContent, { auth: 'none' });
}

export async function requestPasswordReset(email: string): Promise<void> {
  await apiPost('/auth/password-reset', { email }, noContent, { auth: 'none' });
}

export async function confirmPasswordReset(body: PasswordResetConfirm): Promise<void> {
  await apiPost('/auth/password-reset/confirm', body, noContent, { auth: 'none' });
}
