import { Inject, Injectable } from '@nestjs/common';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { directoryServices, directorySuggestions, organisations } from '../db/schema';

export type SuggestionRow = typeof directorySuggestions.$inferSelect;
export type NewSuggestion = Omit<typeof directorySuggestions.$inferInsert, 'id'>;

export interface SuggestionWithService {
  suggestion: SuggestionRow;
  serviceName: string;
  organisation: { id: string; name: string; type: string; website: string | null };
}

/** Suggested edits to directory services and their review. */
@Injectable()
export class DirectorySuggestionsRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private get db() {
    return this.connection.db;
  }

  async insert(suggestion: NewSuggestion): Promise<SuggestionRow> {
    const [row] = await this.db.insert(directorySuggestions).values(suggestion).returning();
    return row!;
  }

  private select(tx: DatabaseExecutor = this.db) {
    return tx
      .select({
        suggestion: directorySuggestions,
        serviceName: directoryServices.sortName,
        organisation: {
          id: organisations.id,
          name: organisations.name,
          type: organisations.type,
          website: organisations.website,
        },
      })
      .from(directorySuggestions)
      .innerJoin(directoryServices, eq(directoryServices.id, directorySuggestions.serviceId))
      .innerJoin(organisations, eq(organisations.id, directoryServices.organisationId));
  }

  async findById(id: string, tx: DatabaseExecutor = this.db): Promise<SuggestionWithService | null> {
    const [row] = await this.select(tx).where(eq(directorySuggestions.id, id)).limit(1);
    return row ?? null;
  }

  /** A page of suggestions in a status, for one organisation's services or (null) for all. */
  async list(status: string, organisationId: string | null, page: number, pageSize: number) {
    const conditions: SQL[] = [eq(directorySuggestions.status, status)];
    if (organisationId) {
      conditions.push(eq(directoryServices.organisationId, organisationId));
    }
    const where = and(...conditions);
    const [totalRow] = await this.db
      .select({ total: count() })
      .from(directorySuggestions)
      .innerJoin(directoryServices, eq(directoryServices.id, directorySuggestions.serviceId))
      .where(where);
    const items = await this.select()
      .where(where)
      .orderBy(desc(directorySuggestions.createdAt), desc(directorySuggestions.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { total: totalRow?.total ?? 0, items };
  }

  async decide(
    id: string,
    decision: { status: 'accepted' | 'rejected'; reviewerId: string; reviewerName: string; reviewNote: string | null },
    tx: DatabaseExecutor = this.db,
  ): Promise<boolean> {
    const rows = await tx
      .update(directorySuggestions)
      .set({ ...decision, reviewedAt: new Date() })
      .where(and(eq(directorySuggestions.id, id), eq(directorySuggestions.status, 'pending')))
      .returning({ id: directorySuggestions.id });
    return rows.length === 1;
  }
}
