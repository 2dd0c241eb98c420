import { randomUUID } from 'node:crypto';
import { ACTORS, type Actor, isAllowed, type Permission } from '@thb/shared';
import request from 'supertest';
import { createUser, signIn } from '../factories/accounts';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Every route of the API and the permission it needs: the README's access table in test form. A route that
 * is added without an entry here, or that answers a role differently from the table, fails this test.
 */
const ROUTES: Record<string, Permission> = {
  'GET /api/health': 'public.read',
  'GET /api/strategies': 'public.read',
  'POST /api/strategies': 'strategy.manage',
  'GET /api/strategies/{slug}': 'public.read',
  'GET /api/strategies/{slug}/progress': 'public.read',
  'GET /api/strategies/{slug}/actions.csv': 'public.read',
  'POST /api/strategies/{slug}/priorities/{code}/actions': 'strategy.manage',
  'GET /api/strategies/{slug}/actions/{actionId}': 'public.read',
  'PATCH /api/strategies/{slug}/actions/{actionId}': 'strategy.manage',
  'POST /api/strategies/{slug}/actions/{actionId}/state-of-play': 'strategy.manage',
  'POST /api/strategies/{slug}/actions/{actionId}/links': 'strategy.manage',
  'DELETE /api/strategies/{slug}/actions/{actionId}/links/{linkId}': 'strategy.manage',
  'POST /api/auth/login': 'auth.session',
  'POST /api/auth/login/two-factor': 'auth.session',
  'POST /api/auth/refresh': 'auth.session',
  'POST /api/auth/logout': 'auth.session',
  'POST /api/auth/password-reset': 'auth.session',
  'POST /api/auth/password-reset/confirm': 'auth.session',
  'GET /api/account': 'account.self',
  'PATCH /api/account': 'account.self',
  'DELETE /api/account': 'account.self',
  'POST /api/account/password': 'account.self',
  'GET /api/account/sessions': 'account.self',
  'DELETE /api/account/sessions/{id}': 'account.self',
  'POST /api/account/sessions/revoke-all': 'account.self',
  'POST /api/account/two-factor/enrol': 'account.self',
  'POST /api/account/two-factor/confirm': 'account.self',
  'DELETE /api/account/two-factor': 'account.self',
  'GET /api/account/export': 'account.self',
  'GET /api/partners': 'partners.search',
  'GET /api/organisations/{id}': 'partners.search',
  'PATCH /api/organisations/{id}': 'organisation.edit',
  'PUT /api/organisations/{id}/logo': 'organisation.edit',
  'GET /api/organisations/{id}/logo': 'partners.search',
  'GET /api/organisations/{id}/people': 'partners.search',
  'GET /api/announcements': 'announcements.read',
  'GET /api/announcements/public': 'public.read',
  'GET /api/announcements/feed.atom': 'public.read',
  'GET /api/announcements/feed.rss': 'public.read',
  'POST /api/announcements': 'announcements.publish',
  'GET /api/announcements/{id}': 'public.read',
  'PATCH /api/announcements/{id}': 'announcements.publish',
  'POST /api/announcements/{id}/publish': 'announcements.publish',
  'POST /api/announcements/{id}/withdraw': 'announcements.publish',
  'POST /api/announcements/{id}/read': 'announcements.read',
  'GET /api/announcements/{id}/reach': 'announcements.publish',
  'GET /api/announcements/{id}/revisions': 'public.read',
  'GET /api/announcements/{id}/comments': 'announcements.read',
  'POST /api/announcements/{id}/comments': 'announcements.read',
  'GET /api/notifications': 'notifications.self',
  'POST /api/notifications/read': 'notifications.self',
  'GET /api/notifications/preferences': 'notifications.self',
  'PUT /api/notifications/preferences': 'notifications.self',
  'POST /api/organisations/{id}/invitations': 'invitation.create',
  'GET /api/organisations/{id}/invitations': 'invitation.create',
  'POST /api/membership/applications': 'membership.apply',
  'GET /api/membership/applications': 'membership.review',
  'GET /api/membership/applications/{id}': 'membership.review',
  'POST /api/membership/applications/{id}/decision': 'membership.review',
  'GET /api/invitations/{token}': 'invitation.accept',
  'POST /api/invitations/{token}/accept': 'invitation.accept',
  'GET /api/users': 'users.manage',
  'PATCH /api/users/{id}': 'users.manage',
  'POST /api/users/{id}/reset-two-factor': 'users.manage',
  'GET /api/audit': 'audit.read',
  'GET /api/directory/services': 'directory.read',
  'GET /api/directory/suggest': 'directory.read',
  'GET /api/directory/services/{id}': 'directory.read',
  'POST /api/directory/services': 'directory.edit',
  'PUT /api/directory/services/{id}': 'directory.edit',
  'DELETE /api/directory/services/{id}': 'directory.edit',
  'POST /api/directory/services/{id}/verify': 'directory.edit',
  'GET /api/directory/services/{id}/changes': 'directory.edit',
  'POST /api/directory/services/{id}/suggestions': 'directory.suggest',
  'GET /api/directory/suggestions': 'directory.edit',
  'POST /api/directory/suggestions/{id}/decision': 'directory.edit',
  'GET /api/directory/stale': 'directory.curate',
  'GET /api/directory/contacts': 'directory.read',
  'GET /api/directory/export.csv': 'directory.read',
  'GET /api/hsds/services': 'directory.read',
  'GET /api/hsds/services/{id}': 'directory.read',
  'GET /api/hsds/organizations': 'directory.read',
  'GET /api/hsds/organizations/{id}': 'directory.read',
  'POST /api/hsds/import': 'directory.curate',
};

const ROLE_DENIED = 'Your role does not allow this.';

describe('Access control: every route × every role', () => {
  let sut: TestApp;
  let documented: string[];

  beforeAll(async () => {
    sut = await createTestApp();
    const doc = (await request(sut.app.getHttpServer()).get('/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
  });

  afterAll(async () => {
    await sut.close();
  });

  it('the table lists exactly the routes the API has', () => {
    expect([...documented].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  const cases = Object.entries(ROUTES).flatMap(([route, permission]) =>
    ACTORS.map((actor) => [route, actor, permission] as const),
  );

  it.each(cases)('%s as %s', async (route: string, actor: Actor, permission: Permission) => {
    const [method, template] = route.split(' ') as [string, string];
    const path = template
      .replace('{id}', randomUUID())
      .replace('{token}', 'x'.repeat(43))
      .replace('{slug}', 'eu-2012-2016')
      .replace('{code}', 'A')
      .replace('{actionId}', '1')
      .replace('{linkId}', '1');
    let call = request(sut.app.getHttpServer())[method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](
      path,
    );
    if (actor !== 'visitor') {
      // A fresh account per call: some routes end the session they are called with.
      const user = await createUser(sut, { role: actor, twoFactor: actor !== 'member' });
      call = call.set((await signIn(sut, user)).auth);
    }
    const response = method === 'GET' ? await call : await call.send({});

    expect(response.status).toBeLessThan(500);
    const detail = (response.body as { detail?: string }).detail;
    if (isAllowed(actor, permission)) {
      expect({ status: response.status, detail }).not.toEqual({ status: 403, detail: ROLE_DENIED });
      if (permission !== 'auth.session') {
        expect(response.status).not.toBe(401);
      }
    } else if (actor === 'visitor') {
      expect(response.status).toBe(401);
    } else {
      expect({ status: response.status, detail }).toEqual({ status: 403, detail: ROLE_DENIED });
    }
  });
});
