import {
  type ApplicationDecision,
  applicationListSchema,
  type ApplicationStatus,
  type InvitationAcceptRequest,
  invitationPreviewSchema,
  invitationSchema,
  type MembershipApplication,
  type MembershipApplicationRequest,
  membershipApplicationReceiptSchema,
  membershipApplicationSchema,
} from '@thb/shared';
import { z } from 'zod';
import { apiGet, apiPost, noContent } from './http';

export type Invitation = z.infer<typeof invitationSchema>;
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
export type MembershipApplicationReceipt = z.infer<typeof membershipApplicationReceiptSchema>;

const invitationListSchema = z.object({ items: z.array(invitationSchema) });

export function submitApplication(body: MembershipApplicationRequest): Promise<MembershipApplicationReceipt> {
  return apiPost('/membership/applications', body, membershipApplicationReceiptSchema, { auth: 'none' });
}

export async function fetchApplications(
  status: ApplicationStatus | undefined,
  signal?: AbortSignal,
): Promise<MembershipApplication[]> {
  const list = await apiGet('/membership/applications', applicationListSchema, { query: { status }, signal });
  return list.items;
}

export function fetchApplication(id: string, signal?: AbortSignal): Promise<MembershipApplication> {
  return apiGet(`/membership/applications/${encodeURIComponent(id)}`, membershipApplicationSchema, { signal });
}

export function decideApplication(id: string, decision: ApplicationDecision): Promise<MembershipApplication> {
  return apiPost(`/membership/applications/${encodeURIComponent(id)}/decision`, decision, membershipApplicationSchema);
}

export function inviteColleague(organisationId: string, email: string): Promise<Invitation> {
  return apiPost(`/organisations/${encodeURIComponent(organisationId)}/invitations`, { email }, invitationSchema);
}

export async function fetchInvitations(organisationId: string, signal?: AbortSignal): Promise<Invitation[]> {
  const list = await apiGet(`/organisations/${encodeURIComponent(organisationId)}/invitations`, invitationListSchema, {
    signal,
  });
  return list.items;
}

export function previewInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return apiGet(`/invitations/${encodeURIComponent(token)}`, invitationPreviewSchema, { signal, auth: 'none' });
}

export async function acceptInvitation(token: string, body: InvitationAcceptRequest): Promise<void> {
  await apiPost(`/invitations/${encodeURIComponent(token)}/accept`, body, noContent, { auth: 'none' });
}
