import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../../db/database';
import { recordsetInsert, vectorFromParts } from '../../db/recordset';
import { directorySuggestions, organisations } from '../../db/schema';
import { textSearchConfig } from '../../db/text-search';
import { type SampleOrganisation } from './generator';

/** Organisations per INSERT (they go as one JSON parameter). */
const CHUNK = 2000;

/** Name (A) and every description in its own language (C), as the organisations repository indexes profiles. */
function vectorParts(organisation: SampleOrganisation): [string, string, 'A' | 'C'][] {
  return [
    ['simple', organisation.name, 'A'],
    ...Object.entries(organisation.description).map(([language, text]): [string, string, 'C'] => [
      textSearchConfig(language),
      text,
      'C',
    ]),
  ];
}

/** Writes what the sample directory needs besides services: directory-only organisations, a demo suggestion. */
@Injectable()
export class DirectorySampleRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  transaction<T>(work: (tx: DatabaseExecutor) => Promise<T>): Promise<T> {
    return this.connection.db.transaction(work);
  }

  /** Inserts organisations that are not members (no `memberSince`); ones already there (same id) are left as they are. */
  async insertOrganisations(rows: SampleOrganisation[], tx: DatabaseExecutor = this.connection.db): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = rows.slice(i, i + CHUNK).map((o) => ({
        id: o.id,
        name: o.name,
        type: o.type,
        countries: o.countries,
        website: o.website,
        description: o.description,
        languages: o.languages,
        services: o.services,
        contactEmail: o.contactEmail,
        contactPhone: o.contactPhone,
        memberSince: null,
        sample: o.sample,
        _vector: vectorParts(o),
      }));
      await tx.execute(
        recordsetInsert(organisations, part, {
          computed: { searchVector: vectorFromParts('_vector', Math.max(...part.map((p) => p._vector.length))) },
          extra: { _vector: 'jsonb' },
          onConflict: sql`on conflict ("id") do nothing`,
        }),
      );
    }
  }

  /** A suggested edit waiting for review, as a visitor would leave it. */
  async insertSuggestion(
    suggestion: {
      serviceId: string;
      changes: Record<string, unknown>;
      previous: Record<string, unknown>;
      comment: string;
      submitterEmail: string;
    },
    tx: DatabaseExecutor = this.connection.db,
  ): Promise<void> {
    await tx.insert(directorySuggestions).values({ ...suggestion, status: 'pending' });
  }

  /**
   * After a bulk load: the search index's bit sets rewritten in the order searches read them (each batch rewrote
   * the blocks it touched, leaving several dead versions of each, and a facet's rows ended up scattered among the
   * words'), and the planner's statistics refreshed, so the first searches are fast.
   */
  async compactAfterBulkLoad(): Promise<void> {
    await this.connection.db.execute(sql`cluster directory_facet_bits using directory_facet_bits_facet_value_block_pk`);
    await this.connection.db.execute(
      sql`vacuum analyze organisations, directory_services, directory_contacts, directory_phones, directory_schedules, directory_search_rows, directory_facet_bits, directory_hour_patterns`,
    );
  }
}
