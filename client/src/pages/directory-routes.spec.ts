import { type Permission } from '@thb/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import App from '@/App.vue';
import { setAuthBridge } from '@/api/http';
import { routes } from '@/router/routes';
import { mockApi } from '@/test/api-mock';
import { coordinatorFixture, ORGANISATION_ID, organisationSummaryFixture } from '@/test/fixtures/accounts';
import {
  contactResultFixture,
  searchResultFixture,
  SERVICE_ID,
  serviceDetailFixture,
  suggestionFixture,
} from '@/test/fixtures/directory';
import { mountWithApp } from '@/test/helpers';

/** A fake API answering the directory pages' first calls. */
function api() {
  return mockApi({
    'GET /api/health': { status: 'ok', db: { status: 'up', driver: 'pglite' }, version: '0.1.0', uptimeS: 5 },
    'GET /api/directory/services': searchResultFixture(),
    [`GET /api/directory/services/${SERVICE_ID}`]: serviceDetailFixture({ canEdit: true }),
    'GET /api/directory/contacts': contactResultFixture(),
    'GET /api/directory/suggestions': { total: 1, items: [suggestionFixture()] },
    'GET /api/directory/stale': { total: 0, items: [] },
    'GET /api/partners': {
      total: 1,
      page: 1,
      pageSize: 100,
      items: [organisationSummaryFixture({ id: ORGANISATION_ID })],
      facets: { country: [], type: [], priority: [], seeking: [] },
    },
  });
}

const PATHS: { path: string; permission: Permission; signedIn?: boolean }[] = [
  { path: '/directory', permission: 'directory.read' },
  { path: '/directory?view=map&near=brussels', permission: 'directory.read' },
  { path: `/directory/services/${SERVICE_ID}`, permission: 'directory.read' },
  { path: `/directory/services/${SERVICE_ID}/print`, permission: 'directory.read' },
  { path: `/directory/services/${SERVICE_ID}/suggest`, permission: 'directory.suggest' },
  { path: '/directory/contacts', permission: 'directory.read' },
  { path: `/directory/services/${SERVICE_ID}/edit`, permission: 'directory.edit', signedIn: true },
  { path: '/directory/services/new', permission: 'directory.edit', signedIn: true },
  { path: '/directory/suggestions', permission: 'directory.edit', signedIn: true },
  { path: '/directory/stale', permission: 'directory.curate', signedIn: true },
];

describe('the directory pages', () => {
  afterEach(() => {
    setAuthBridge(undefined);
  });

  it('declares the permission of every page', () => {
    for (const { path, permission } of PATHS) {
      const pattern = path.split('?')[0]!.replace(/[0-9a-f-]{36}/g, ':id');
      expect(routes.find((r) => r.path === pattern)?.meta?.permission, path).toBe(permission);
    }
  });

  it.each(PATHS)('renders $path in every language with one h1 and no missing message', async ({ path, signedIn }) => {
    for (const locale of ['en', 'fr', 'de'] as const) {
      api();
      const { wrapper, router, missingKeys } = await mountWithApp(App, {
        path,
        locale,
        ...(signedIn ? { user: coordinatorFixture() } : {}),
      });
      await flushPromises();
      await flushPromises();

      expect(router.currentRoute.value.fullPath, `${path} ${locale}`).toBe(path);
      expect(wrapper.findAll('h1'), `${path} ${locale}`).toHaveLength(1);
      expect(missingKeys, `${path} ${locale}`).toEqual([]);
      wrapper.unmount();
    }
  });

  it('shows the print view without the site header, navigation and footer', async () => {
    api();
    const { wrapper } = await mountWithApp(App, { path: `/directory/services/${SERVICE_ID}/print` });
    await flushPromises();
    await flushPromises();

    expect(wrapper.find('.site-header').exists()).toBe(false);
    expect(wrapper.find('nav[aria-label="Main"]').exists()).toBe(false);
    expect(wrapper.find('.site-footer').exists()).toBe(false);
  });
});
