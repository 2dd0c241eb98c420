import {
  type ChangePasswordRequest,
  type CurrentUser,
  currentUserSchema,
  type DeleteAccountRequest,
  type RecoveryCodes,
  recoveryCodesSchema,
  type SessionList,
  sessionListSchema,
  type TwoFactorDisableRequest,
  type TwoFactorEnrolment,
  twoFactorEnrolmentSchema,
  type UpdateProfileRequest,
} from '@thb/shared';
import { z } from 'zod';
import { apiGet, apiPatch, apiPost, apiRequest, noContent } from './http';

export function fetchAccount(signal?: AbortSignal): Promise<CurrentUser> {
  return apiGet('/account', currentUserSchema, { signal });
}

export function updateAccount(body: UpdateProfileRequest): Promise<CurrentUser> {
  return apiPatch('/account', body, currentUserSchema);
}

export async function changePassword(body: ChangePasswordRequest): Promise<void> {
  await apiPost('/account/password', body, noContent);
}

export function fetchSessions(signal?: AbortSignal): Promise<SessionList> {
  return apiGet('/account/sessions', sessionListSchema, { signal });
}

export async function endSession(id: string): Promise<void> {
  await apiRequest('DELETE', `/account/sessions/${encodeURIComponent(id)}`, noContent);
}

export async function endAllSessions(): Promise<void> {
  await apiPost('/account/sessions/revoke-all', undefined, noContent);
}

export function startTwoFactorEnrolment(): Promise<TwoFactorEnrolment> {
  return apiPost('/account/two-factor/enrol', undefined, twoFactorEnrolmentSchema);
}

export function confirmTwoFactor(code: string): Promise<RecoveryCodes> {
  return apiPost('/account/two-factor/confirm', { code }, recoveryCodesSchema);
}

export async function disableTwoFactor(body: TwoFactorDisableRequest): Promise<void> {
  await apiRequest('DELETE', '/account/two-factor', noContent, { body });
}

/** Everything the platform holds about the account, as the JSON document the server assembles. */
export function exportAccount(): Promise<unknown> {
  return apiGet('/account/export', z.unknown());
}

export async function deleteAccount(body: DeleteAccountRequest): Promise<void> {
  await apiRequest('DELETE', '/account', noContent, { body });
}
