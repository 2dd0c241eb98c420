import { randomUUID } from 'node:crypto';
import { type ServiceInput, type ServiceInputDraft, serviceInputSchema } from '@thb/shared';
import { DirectoryRecordsRepository } from '../../src/directory/directory-records.repository';
import { type TestApp } from '../support/test-app';

/** A complete, valid service input: a general counselling service in Brussels unless overridden. */
export function serviceInput(
  organisationId: string,
  overrides: Omit<Partial<ServiceInputDraft>, 'location'> & { location?: Partial<ServiceInputDraft['location']> } = {},
): ServiceInput {
  const { location, ...rest } = overrides;
  return serviceInputSchema.parse({
    organisationId,
    name: { en: `Service ${randomUUID().slice(0, 8)}` },
    description: { en: 'Counselling for people who have been trafficked.' },
    serviceTypes: ['counselling'],
    languages: ['en'],
    ...rest,
    location: {
      city: 'Brussels',
      country: 'BE',
      latitude: 50.8467,
      longitude: 4.3525,
      timeZone: 'Europe/Brussels',
      ...location,
    },
  });
}

/**
 * Saves services straight through the repository (as imports and generated data do) and returns their ids.
 * `assuredDate` defaults to today.
 */
export async function saveServices(
  sut: TestApp,
  inputs: ServiceInput[],
  options: { assuredDate?: string | null } = {},
): Promise<string[]> {
  const records = sut.app.get(DirectoryRecordsRepository);
  const ids = inputs.map(() => randomUUID());
  const assuredDate = options.assuredDate === undefined ? new Date().toISOString().slice(0, 10) : options.assuredDate;
  await records.saveServices(inputs.map((input, i) => ({ id: ids[i]!, input, assuredDate })));
  return ids;
}
