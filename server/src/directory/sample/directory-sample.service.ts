import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { type ServiceType } from '@thb/shared';
import { type DatabaseExecutor } from '../../db/database';
import { DirectoryRecordsRepository } from '../directory-records.repository';
import { DirectorySampleRepository } from './directory-sample.repository';
import {
  generateDirectoryBatches,
  type GenerateOptions,
  SampleDirectoryGenerator,
  type SampleOrganisation,
} from './generator';
import { PUBLIC_ENTRIES } from './public-entries';
import { generateSampleContacts } from './sample-contacts';

/** Generated services in a demo database: enough to search, filter and page through on every Member State. */
export const DEMO_SERVICE_COUNT = 360;
/** Demo data always uses this seed, benchmarks default to 1, so the two never collide on ids. */
export const DEMO_SEED = 2026;

/** The services the demo member organisation runs, so that its account can edit them and review suggestions. */
const MEMBER_SERVICES: readonly { city: string; type: ServiceType }[] = [
  { city: 'Antwerpen', type: 'shelter' },
  { city: 'Gent', type: 'psychological' },
  { city: 'Rotterdam', type: 'legal' },
];

export interface LoadedCounts {
  organisations: number;
  services: number;
  contacts: number;
}

/**
 * Loads the sample directory: real public bodies (EU agencies, international organisations), sample contacts
 * for every Member State and generated sample services. Used by the demo at start-up and by
 * `npm run directory:generate` for benchmarks.
 */
@Injectable()
export class DirectorySampleService {
  private readonly logger = new Logger(DirectorySampleService.name);

  constructor(
    private readonly records: DirectoryRecordsRepository,
    private readonly samples: DirectorySampleRepository,
  ) {}

  /**
   * Generated services and their organisations, batch by batch: in the caller's transaction when given one,
   * otherwise one transaction per batch (so that 100,000 services do not make one huge transaction), with up to
   * `parallel` batches written at once on a database server. Batches are independent: an organisation and all
   * its services are always in the same batch.
   */
  async loadGenerated(
    options: GenerateOptions & {
      batchSize?: number;
      tx?: DatabaseExecutor;
      parallel?: number;
      onBatch?: (done: { organisations: number; services: number }) => void;
    },
  ): Promise<LoadedCounts> {
    const done = { organisations: 0, services: 0 };
    const parallel = options.tx ? 1 : Math.max(1, options.parallel ?? 1);
    const writing = new Set<Promise<void>>();
    try {
      for (const batch of generateDirectoryBatches(options)) {
        const write = async (tx: DatabaseExecutor) => {
          await this.samples.insertOrganisations(batch.organisations, tx);
          await this.records.saveServices(batch.services, tx);
        };
        const written = (options.tx ? write(options.tx) : this.records.transaction(write)).then(() => {
          done.organisations += batch.organisations.length;
          done.services += batch.services.length;
          options.onBatch?.(done);
        });
        writing.add(written);
        void written.finally(() => writing.delete(written)).catch(() => undefined);
        if (writing.size >= parallel) {
          await Promise.race(writing);
        }
      }
      await Promise.all(writing);
    } finally {
      // On a failure, let the batches already sent finish (or fail) before the caller closes the connection.
      await Promise.allSettled(writing);
    }
    return { ...done, contacts: 0 };
  }

  /** The EU agencies, the international organisations and the Coordinator's office, each with its contact point. */
  async loadPublicEntries(tx: DatabaseExecutor): Promise<LoadedCounts> {
    const rows = PUBLIC_ENTRIES.map((entry) => ({
      entry,
      organisation: {
        id: randomUUID(),
        name: entry.name,
        type: entry.type,
        countries: [entry.country],
        website: entry.website,
        description: { en: `${entry.description} Seat: ${entry.city}.` },
        languages: ['en'],
        services: [],
        contactEmail: null,
        contactPhone: null,
        sample: false,
      } satisfies SampleOrganisation,
    }));
    await this.samples.insertOrganisations(
      rows.map((r) => r.organisation),
      tx,
    );
    await this.records.saveManyOrganisationContacts(
      rows.map(({ entry, organisation }) => ({
        organisationId: organisation.id,
        contacts: [
          {
            name: null,
            title: 'Anti-trafficking contact point',
            department: null,
            email: null,
            phones: [],
            role: entry.role,
            country: entry.country,
            outOfHours: false,
          },
        ],
      })),
      tx,
    );
    return { organisations: rows.length, services: 0, contacts: rows.length };
  }

  /** National rapporteurs, referral mechanisms, police units, labour inspectorates and media of every Member State. */
  async loadSampleContacts(seed: number, tx: DatabaseExecutor): Promise<LoadedCounts> {
    const bodies = generateSampleContacts({ seed });
    await this.samples.insertOrganisations(
      bodies.map((b) => b.organisation),
      tx,
    );
    await this.records.saveManyOrganisationContacts(
      bodies.map((b) => ({ organisationId: b.organisation.id, contacts: b.contacts })),
      tx,
    );
    return { organisations: bodies.length, services: 0, contacts: bodies.reduce((n, b) => n + b.contacts.length, 0) };
  }

  /** Everything a demo database shows in the directory, in one transaction. */
  async loadDemo(options: {
    memberOrganisation?: { id: string; name: string; website: string | null };
    count?: number;
    seed?: number;
  }): Promise<LoadedCounts> {
    const started = performance.now();
    const seed = options.seed ?? DEMO_SEED;
    const totals = await this.records.transaction(async (tx) => {
      const parts = [
        await this.loadPublicEntries(tx),
        await this.loadSampleContacts(seed, tx),
        await this.loadGenerated({ count: options.count ?? DEMO_SERVICE_COUNT, seed, tx }),
      ];
      if (options.memberOrganisation) {
        const services = new SampleDirectoryGenerator({ seed: seed + 1 }).servicesFor(
          options.memberOrganisation,
          MEMBER_SERVICES,
        );
        await this.records.saveServices(services, tx);
        const first = services[0]!;
        const domain = options.memberOrganisation.website
          ? new URL(options.memberOrganisation.website).hostname
          : 'example.org';
        await this.samples.insertSuggestion(
          {
            serviceId: first.id,
            changes: { email: `intake@${domain}` },
            previous: { email: first.input.email },
            comment: 'The leaflet you gave us at the network meeting has a different intake address than this page.',
            submitterEmail: 'visitor@example.org',
          },
          tx,
        );
        parts.push({ organisations: 0, services: services.length, contacts: 0 });
      }
      return parts.reduce((sum, p) => ({
        organisations: sum.organisations + p.organisations,
        services: sum.services + p.services,
        contacts: sum.contacts + p.contacts,
      }));
    });
    this.logger.log(
      `directory demo data loaded in ${Math.round(performance.now() - started)} ms: ${totals.services} services, ${totals.organisations} organisations, ${totals.contacts} organisation contacts`,
    );
    return totals;
  }
}
