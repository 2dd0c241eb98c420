import { type Permission } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import App from '@/App.vue';
import { setAuthBridge } from '@/api/http';
import { mockApi } from '@/test/api-mock';
import {
  applicationFixture,
  coordinatorFixture,
  ORGANISATION_ID,
  organisationFixture,
  organisationSummaryFixture,
} from '@/test/fixtures/accounts';
import { strategyFixture } from '@/test/fixtures/strategy';
import { mountWithApp } from '@/test/helpers';
import { routes } from './routes';

/** A fake API answering every page's first calls with representative data. */
function api() {
  return mockApi({
    'GET /api/health': { status: 'ok', db: { status: 'up', driver: 'pglite' }, version: '0.1.0', uptimeS: 5 },
    'GET /api/strategies/eu-2012-2016': strategyFixture(),
    'GET /api/account': coordinatorFixture(),
    'GET /api/account/sessions': { sessions: [] },
    'GET /api/partners': {
      total: 1,
      page: 1,
      pageSize: 20,
      items: [organisationSummaryFixture()],
      facets: { country: [{ value: 'BE', count: 1 }], type: [], priority: [], seeking: [] },
    },
    [`GET /api/organisations/${ORGANISATION_ID}`]: organisationFixture(),
    'GET /api/membership/applications': { items: [applicationFixture()] },
    [`GET /api/membership/applications/${applicationFixture().id}`]: applicationFixture(),
    'GET /api/users': { items: [] },
    'GET /api/audit': { items: [], nextBefore: null },
    'GET /api/invitations/invitation-token-0123456789': {
      email: 'new@example.org',
      organisationName: 'La Strada Example',
      expiresAt: '2030-01-01T00:00:00.000Z',
    },
  });
}

const PATHS: { path: string; permission?: Permission }[] = [
  { path: '/sign-in' },
  { path: '/forgot-password' },
  { path: '/reset-password?token=reset-token-0123456789abcdef' },
  { path: '/apply' },
  { path: '/invitation?token=invitation-token-0123456789' },
  { path: '/account-deleted' },
  { path: '/forbidden' },
  { path: '/account', permission: 'account.self' },
  { path: '/partners', permission: 'partners.search' },
  { path: `/partners/${ORGANISATION_ID}`, permission: 'partners.search' },
  { path: `/organisations/${ORGANISATION_ID}/edit`, permission: 'organisation.edit' },
  { path: '/admin/applications', permission: 'membership.review' },
  { path: `/admin/applications/${applicationFixture().id}`, permission: 'membership.review' },
  { path: '/admin/users', permission: 'users.manage' },
  { path: '/admin/audit', permission: 'audit.read' },
];

describe('the pages of accounts and membership', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('declares the permission of every members page', () => {
    for (const { path, permission } of PATHS) {
      const pattern = path.split('?')[0]!.replace(/[0-9a-f-]{36}/g, ':id');
      const route = routes.find((r) => r.path === pattern);
      expect(route, path).toBeDefined();
      expect(route?.meta?.permission, path).toBe(permission);
    }
  });

  it.each(PATHS)('renders $path in every language with one h1 and no missing message', async ({ path, permission }) => {
    for (const locale of ['en', 'fr', 'de'] as const) {
      api();
      const { wrapper, router, missingKeys } = await mountWithApp(App, {
        path,
        locale,
        ...(permission ? { user: coordinatorFixture() } : {}),
      });
      await flushPromises();
      await flushPromises();

      expect(router.currentRoute.value.fullPath, `${path} ${locale}`).toBe(path);
      expect(wrapper.findAll('h1'), `${path} ${locale}`).toHaveLength(1);
      expect(missingKeys, `${path} ${locale}`).toEqual([]);
      wrapper.unmount();
    }
  });
});
