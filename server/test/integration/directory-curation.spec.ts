import {
  type ChangeList,
  type ContactSearchResult,
  type ServiceDetail,
  type StaleList,
  type Suggestion,
  type SuggestionList,
} from '@thb/shared';
import request from 'supertest';
import { DirectoryRecordsRepository } from '../../src/directory/directory-records.repository';
import { createOrganisation, createUser, type SignedIn, signIn } from '../factories/accounts';
import { saveServices, serviceInput } from '../factories/directory';
import { readMailDir } from '../support/mail-files';
import { createTestApp, type TestApp } from '../support/test-app';

describe('Keeping the directory true: provider edits, suggested edits, verification, contacts', () => {
  let sut: TestApp;
  let organisationId: string;
  let owner: SignedIn;
  let outsider: SignedIn;
  let coordinator: SignedIn;
  const http = () => request(sut.app.getHttpServer());
  const today = () => new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    sut = await createTestApp();
    organisationId = (await createOrganisation(sut.database, { name: 'Harbour Shelters', memberSince: new Date() })).id;
    owner = await signIn(sut, await createUser(sut, { organisationId }));
    outsider = await signIn(sut, await createUser(sut));
    coordinator = await signIn(sut, await createUser(sut, { role: 'coordinator', twoFactor: true }));
  });

  afterAll(async () => {
    await sut.close();
  });

  async function createService(overrides: Parameters<typeof serviceInput>[1] = {}): Promise<ServiceDetail> {
    const response = await http()
      .post('/api/directory/services')
      .set(owner.auth)
      .send(serviceInput(organisationId, overrides));
    expect(response.status).toBe(201);
    return response.body as ServiceDetail;
  }

  describe('providers', () => {
    it('add a service for their organisation, verified today by them, with the creation recorded', async () => {
      const created = await createService({ name: { en: 'Harbour Counselling' } });
      expect(created).toMatchObject({ displayName: 'Harbour Counselling', assuredDate: today(), canEdit: true });
      expect(created.assurer).toBe('Test member');
      const changes = (await http().get(`/api/directory/services/${created.id}/changes`).set(owner.auth))
        .body as ChangeList;
      expect(changes.items[0]).toMatchObject({ lastActionType: 'create', resourceId: created.id });
    });

    it('may not add a service for another organisation', async () => {
      const other = await createOrganisation(sut.database);
      const response = await http().post('/api/directory/services').set(owner.auth).send(serviceInput(other.id));
      expect(response.status).toBe(403);
    });

    it('edit their own service, and each changed field is recorded with who, when, from what to what', async () => {
      const created = await createService({ name: { en: 'Before' }, free: true });
      const input = serviceInput(organisationId, { name: { en: 'After' }, free: false });
      const response = await http().put(`/api/directory/services/${created.id}`).set(owner.auth).send(input);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ displayName: 'After', free: false });
      const changes = (await http().get(`/api/directory/services/${created.id}/changes`).set(owner.auth))
        .body as ChangeList;
      const byField = Object.fromEntries(changes.items.map((c) => [c.fieldName, c]));
      expect(byField.name).toMatchObject({
        lastActionType: 'update',
        previousValue: '{"en":"Before"}',
        replacementValue: '{"en":"After"}',
      });
      expect(byField.name?.updatedBy).toContain('Test member');
      expect(byField.free).toMatchObject({ previousValue: 'true', replacementValue: 'false' });
      expect(byField.description).toBeUndefined();
    });

    it('cannot edit, verify or read the trail of another organisation’s service; the Coordinator can', async () => {
      const created = await createService();
      const input = serviceInput(organisationId);
      expect((await http().put(`/api/directory/services/${created.id}`).set(outsider.auth).send(input)).status).toBe(
        403,
      );
      expect((await http().post(`/api/directory/services/${created.id}/verify`).set(outsider.auth)).status).toBe(403);
      expect((await http().get(`/api/directory/services/${created.id}/changes`).set(outsider.auth)).status).toBe(403);
      expect((await http().get(`/api/directory/services/${created.id}`).set(outsider.auth)).body).toMatchObject({
        canEdit: false,
      });
      const asCoordinator = await http().put(`/api/directory/services/${created.id}`).set(coordinator.auth).send(input);
      expect(asCoordinator.status).toBe(200);
    });

    it('refuses an invalid record with field errors and keeps the stored one', async () => {
      const created = await createService({ name: { en: 'Kept' } });
      const response = await http()
        .put(`/api/directory/services/${created.id}`)
        .set(owner.auth)
        .send({ ...serviceInput(organisationId), serviceTypes: [], minimumAge: 18, maximumAge: 12 });
      expect(response.status).toBe(400);
      const fields = (response.body as { errors: { field: string }[] }).errors.map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['body.serviceTypes', 'body.maximumAge']));
      expect((await http().get(`/api/directory/services/${created.id}`)).body).toMatchObject({ displayName: 'Kept' });
    });

    it('remove a service', async () => {
      const created = await createService();
      expect((await http().delete(`/api/directory/services/${created.id}`).set(outsider.auth)).status).toBe(403);
      expect((await http().delete(`/api/directory/services/${created.id}`).set(owner.auth)).status).toBe(204);
      expect((await http().get(`/api/directory/services/${created.id}`)).status).toBe(404);
    });
  });

  describe('suggested edits', () => {
    it('a visitor suggests an edit, the owner sees the diff and accepts it, the record changes and is verified', async () => {
      const [serviceId] = await saveServices(
        sut,
        [serviceInput(organisationId, { name: { en: 'Old Name' }, phones: [{ number: '+3220000001' }] })],
        { assuredDate: '2024-01-01' },
      );
      const withoutEmail = await http()
        .post(`/api/directory/services/${serviceId}/suggestions`)
        .send({ changes: { name: { en: 'New Name' } }, comment: 'The service was renamed.' });
      expect(withoutEmail.status).toBe(400);
      expect((withoutEmail.body as { errors: { field: string }[] }).errors[0]?.field).toBe('body.email');

      const submitted = await http()
        .post(`/api/directory/services/${serviceId}/suggestions`)
        .send({
          changes: { name: { en: 'New Name' }, phones: [{ number: '+3220000009' }] },
          comment: 'The service was renamed and has a new number.',
          email: 'visitor@example.org',
        });
      expect(submitted.status).toBe(201);
      const suggestion = submitted.body as Suggestion;
      expect(suggestion).toMatchObject({ status: 'pending', submittedBy: 'visitor@example.org' });

      // Nothing changes until the owner accepts.
      expect((await http().get(`/api/directory/services/${serviceId}`)).body).toMatchObject({
        displayName: 'Old Name',
      });

      const queue = (await http().get('/api/directory/suggestions').set(owner.auth)).body as SuggestionList;
      const listed = queue.items.find((s) => s.id === suggestion.id)!;
      expect(listed.diff).toEqual([
        { field: 'name', before: { en: 'Old Name' }, after: { en: 'New Name' } },
        {
          field: 'phones',
          before: [expect.objectContaining({ number: '+3220000001' })],
          after: [expect.objectContaining({ number: '+3220000009' })],
        },
      ]);
      const outsiderQueue = (await http().get('/api/directory/suggestions').set(outsider.auth)).body as SuggestionList;
      expect(outsiderQueue.items.map((s) => s.id)).not.toContain(suggestion.id);
      const coordinatorQueue = (await http().get('/api/directory/suggestions').set(coordinator.auth))
        .body as SuggestionList;
      expect(coordinatorQueue.items.map((s) => s.id)).toContain(suggestion.id);
      expect(
        (
          await http()
            .post(`/api/directory/suggestions/${suggestion.id}/decision`)
            .set(outsider.auth)
            .send({ decision: 'accept' })
        ).status,
      ).toBe(403);

      const accepted = await http()
        .post(`/api/directory/suggestions/${suggestion.id}/decision`)
        .set(owner.auth)
        .send({ decision: 'accept', note: 'Thanks!' });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', reviewedBy: 'Test member', reviewNote: 'Thanks!' });

      const after = (await http().get(`/api/directory/services/${serviceId}`).set(owner.auth)).body as ServiceDetail;
      expect(after).toMatchObject({ displayName: 'New Name', assuredDate: today(), assurer: 'Test member' });
      expect(after.phones.map((p) => p.number)).toEqual(['+3220000009']);
      const changes = (await http().get(`/api/directory/services/${serviceId}/changes`).set(owner.auth))
        .body as ChangeList;
      expect(changes.items.filter((c) => c.lastActionType === 'suggestion').map((c) => c.fieldName)).toEqual(
        expect.arrayContaining(['name', 'phones']),
      );

      const again = await http()
        .post(`/api/directory/suggestions/${suggestion.id}/decision`)
        .set(owner.auth)
        .send({ decision: 'reject' });
      expect(again.status).toBe(409);

      const mail = (await readMailDir(sut.config.mail.dir)).find((m) => m.to.includes('visitor@example.org'));
      expect(mail?.raw).toContain('was accepted and is now shown in the directory');
    });

    it('a member’s rejected suggestion leaves the record as it was', async () => {
      const [serviceId] = await saveServices(sut, [serviceInput(organisationId, { free: true })]);
      const submitted = await http()
        .post(`/api/directory/services/${serviceId}/suggestions`)
        .set(outsider.auth)
        .send({ changes: { free: false }, comment: 'They charge a fee now.' });
      expect(submitted.status).toBe(201);
      expect((submitted.body as Suggestion).submittedBy).toBe('Test member');
      const rejected = await http()
        .post(`/api/directory/suggestions/${(submitted.body as Suggestion).id}/decision`)
        .set(owner.auth)
        .send({ decision: 'reject', note: 'Still free.' });
      expect(rejected.body).toMatchObject({ status: 'rejected', reviewNote: 'Still free.' });
      expect((await http().get(`/api/directory/services/${serviceId}`)).body).toMatchObject({ free: true });
      const rejectedList = (await http().get('/api/directory/suggestions?status=rejected').set(owner.auth))
        .body as SuggestionList;
      expect(rejectedList.items[0]?.diff).toEqual([{ field: 'free', before: true, after: false }]);
    });

    it('keeps the street and exact point a visitor could not see when they suggest a new location', async () => {
      const [serviceId] = await saveServices(sut, [
        serviceInput(organisationId, {
          serviceTypes: ['shelter'],
          location: { address1: 'Hidden street 1', postalCode: '1000', latitude: 50.85, longitude: 4.35 },
        }),
      ]);
      const shown = (await http().get(`/api/directory/services/${serviceId}`)).body as ServiceDetail;
      expect(shown.location.precision).toBe('city');
      const { precision: _precision, ...seen } = shown.location;
      const submitted = await http()
        .post(`/api/directory/services/${serviceId}/suggestions`)
        .send({
          changes: { location: { ...seen, region: 'Brussels-Capital', latitude: null, longitude: null } },
          comment: 'The region is missing.',
          email: 'visitor@example.org',
        });
      expect(submitted.status).toBe(201);
      await http()
        .post(`/api/directory/suggestions/${(submitted.body as Suggestion).id}/decision`)
        .set(owner.auth)
        .send({ decision: 'accept' });
      const after = (await http().get(`/api/directory/services/${serviceId}`).set(owner.auth)).body as ServiceDetail;
      expect(after.location).toMatchObject({
        region: 'Brussels-Capital',
        address1: 'Hidden street 1',
        postalCode: '1000',
        latitude: 50.85,
        longitude: 4.35,
      });
    });

    it('refuses suggestions that would make an invalid record, change nothing, or name unknown fields', async () => {
      const [serviceId] = await saveServices(sut, [serviceInput(organisationId, { free: true })]);
      const suggest = (changes: unknown) =>
        http()
          .post(`/api/directory/services/${serviceId}/suggestions`)
          .set(outsider.auth)
          .send({ changes, comment: 'Please update.' });
      expect((await suggest({ serviceTypes: [] })).status).toBe(400);
      expect((await suggest({ free: true })).status).toBe(400);
      expect((await suggest({ organisationId })).status).toBe(400);
      expect((await suggest({})).status).toBe(400);
      const missing = await http()
        .post('/api/directory/services/00000000-0000-4000-8000-000000000000/suggestions')
        .set(outsider.auth)
        .send({ changes: { free: false }, comment: 'Please update.' });
      expect(missing.status).toBe(404);
    });
  });

  describe('verification and stale records', () => {
    it('lists records not verified for 12 months to the Coordinator until they are verified', async () => {
      const [staleId] = await saveServices(sut, [serviceInput(organisationId, { name: { en: 'Old Record' } })], {
        assuredDate: '2023-03-01',
      });
      const stale = async () =>
        ((await http().get('/api/directory/stale?pageSize=100').set(coordinator.auth)).body as StaleList).items.map(
          (i) => i.id,
        );
      expect(await stale()).toContain(staleId);
      expect((await http().get(`/api/directory/services/${staleId}`)).body).toMatchObject({ stale: true });
      expect((await http().get('/api/directory/stale').set(owner.auth)).status).toBe(403);

      const verified = await http().post(`/api/directory/services/${staleId}/verify`).set(owner.auth);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ assuredDate: today(), stale: false });
      expect(await stale()).not.toContain(staleId);
    });
  });

  describe('contacts directory', () => {
    beforeAll(async () => {
      const records = sut.app.get(DirectoryRecordsRepository);
      const agency = await createOrganisation(sut.database, { name: 'Europol', type: 'eu_agency', memberSince: null });
      await records.saveOrganisationContacts(agency.id, [
        {
          name: null,
          title: 'Anti-trafficking contact point',
          department: null,
          email: null,
          phones: [],
          role: 'eu_agency',
          country: 'NL',
          outOfHours: false,
        },
      ]);
      const ministry = await createOrganisation(sut.database, { name: 'Ministry of Justice', memberSince: null });
      await records.saveOrganisationContacts(ministry.id, [
        {
          name: 'Jan Example',
          title: 'National Rapporteur',
          department: 'Office of the National Rapporteur',
          email: 'jan@ministry.example',
          phones: [{ number: '+3222990000', extension: null, type: 'voice', description: null, languages: [] }],
          role: 'national_rapporteur',
          country: 'BE',
          outOfHours: false,
        },
        {
          name: null,
          title: 'Duty officer, trafficking unit',
          department: 'Federal Police',
          email: 'duty@police.example',
          phones: [{ number: '+3222990001', extension: null, type: 'voice', description: null, languages: [] }],
          role: 'law_enforcement_unit',
          country: 'BE',
          outOfHours: true,
        },
      ]);
      await saveServices(sut, [
        serviceInput(organisationId, {
          contacts: [{ name: 'Hidden Person', title: 'Shelter intake', role: 'service_provider', country: 'BE' }],
          visibility: {
            location: 'members',
            phones: 'public',
            email: 'public',
            contacts: 'members',
            capacity: 'members',
          },
        }),
      ]);
    });

    const contacts = async (query: string, auth?: SignedIn) => {
      const call = http().get(`/api/directory/contacts${query}`);
      const response = await (auth ? call.set(auth.auth) : call);
      expect(response.status).toBe(200);
      return response.body as ContactSearchResult;
    };

    it('lists out-of-hours contacts first and hides persons’ details from visitors', async () => {
      const visitor = await contacts('?country=BE');
      expect(visitor.items[0]).toMatchObject({ title: 'Duty officer, trafficking unit', outOfHours: true });
      expect(visitor.items[0]?.phones.map((p) => p.number)).toEqual(['+3222990001']);
      const rapporteur = visitor.items.find((c) => c.title === 'National Rapporteur')!;
      expect(rapporteur).toMatchObject({ name: null, email: null, phones: [], personalDetailsHidden: true });
      expect(JSON.stringify(visitor)).not.toMatch(/Hidden Person|Jan Example/);

      const member = await contacts('?country=BE', outsider);
      expect(member.items.find((c) => c.title === 'National Rapporteur')).toMatchObject({
        name: 'Jan Example',
        email: 'jan@ministry.example',
        personalDetailsHidden: false,
      });
      expect(member.items.map((c) => c.name)).toContain('Hidden Person');
    });

    it('searches by role, text and out-of-hours, with facets', async () => {
      expect((await contacts('?role=eu_agency')).items.map((c) => c.organisation?.name)).toEqual(['Europol']);
      expect((await contacts('?q=rapporteur')).items.map((c) => c.title)).toEqual(['National Rapporteur']);
      expect((await contacts('?q=Europol')).total).toBe(1);
      expect((await contacts('?outOfHours=true')).items.map((c) => c.title)).toEqual([
        'Duty officer, trafficking unit',
      ]);
      expect((await contacts('?q=Jan')).total).toBe(0);
      expect((await contacts('?q=Jan', outsider)).total).toBe(1);
      const facets = (await contacts('?role=eu_agency')).facets;
      expect(facets.role).toEqual(expect.arrayContaining([{ value: 'national_rapporteur', count: 1 }]));
      expect(facets.country).toEqual([{ value: 'NL', count: 1 }]);
    });
  });
});
