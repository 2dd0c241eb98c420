import { Inject, Injectable } from '@nestjs/common';
import { desc, eq } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { directoryChanges } from '../db/schema';

export type ChangeRow = typeof directoryChanges.$inferSelect;
export type NewChange = Omit<typeof directoryChanges.$inferInsert, 'id'>;

/** The HSDS `metadata` trail: one row per changed field of a directory record. */
@Injectable()
export class DirectoryChangesRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  async insert(changes: NewChange[], tx: DatabaseExecutor = this.connection.db): Promise<void> {
    if (changes.length > 0) {
      await tx.insert(directoryChanges).values(changes);
    }
  }

  async forResource(resourceId: string, limit = 200): Promise<ChangeRow[]> {
    return this.connection.db
      .select()
      .from(directoryChanges)
      .where(eq(directoryChanges.resourceId, resourceId))
      .orderBy(desc(directoryChanges.lastActionDate), desc(directoryChanges.id))
      .limit(limit);
  }
}
