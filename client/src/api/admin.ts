import {
  type AuditEntry,
  auditPageSchema,
  type ManagedUser,
  managedUserSchema,
  type Role,
  type UserUpdateRequest,
  userListSchema,
} from '@thb/shared';
import { apiGet, apiPatch, apiPost, noContent } from './http';

export interface UserFilters {
  q?: string | undefined;
  role?: Role | undefined;
  status?: 'active' | 'disabled' | undefined;
}

export async function fetchUsers(filters: UserFilters, signal?: AbortSignal): Promise<ManagedUser[]> {
  const list = await apiGet('/users', userListSchema, {
    signal,
    query: { q: filters.q || undefined, role: filters.role, status: filters.status },
  });
  return list.items;
}

export function updateUser(id: string, body: UserUpdateRequest): Promise<ManagedUser> {
  return apiPatch(`/users/${encodeURIComponent(id)}`, body, managedUserSchema);
}

export async function resetUserTwoFactor(id: string): Promise<void> {
  await apiPost(`/users/${encodeURIComponent(id)}/reset-two-factor`, undefined, noContent);
}

export interface AuditFilters {
  action?: string | undefined;
  outcome?: 'success' | 'failure' | undefined;
  since?: string | undefined;
  until?: string | undefined;
  before?: number | undefined;
  limit?: number | undefined;
}

export function fetchAudit(
  filters: AuditFilters,
  signal?: AbortSignal,
): Promise<{ items: AuditEntry[]; nextBefore: number | null }> {
  return apiGet('/audit', auditPageSchema, {
    signal,
    query: {
      action: filters.action || undefined,
      outcome: filters.outcome,
      since: filters.since,
      until: filters.until,
      before: filters.before,
      limit: filters.limit,
    },
  });
}
