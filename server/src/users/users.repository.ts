import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection, type DatabaseExecutor } from '../db/database';
import { organisations, users } from '../db/schema';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type UserWithOrganisation = UserRow & { organisationName: string | null };

const withOrganisation = {
  user: users,
  organisationName: organisations.name,
};

@Injectable()
export class UsersRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  private get db() {
    return this.connection.db;
  }

  async findById(id: string, tx: DatabaseExecutor = this.db): Promise<UserWithOrganisation | null> {
    const [row] = await tx
      .select(withOrganisation)
      .from(users)
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.id, id))
      .limit(1);
    return row ? { ...row.user, organisationName: row.organisationName } : null;
  }

  async findByEmail(email: string): Promise<UserRow | null> {
    const [row] = await this.db.select().from(users).where(eq(users.email, email)).limit(1);
    return row ?? null;
  }

  async insert(values: NewUserRow, tx: DatabaseExecutor = this.db): Promise<UserRow> {
    const [row] = await tx.insert(users).values(values).returning();
    return row!;
  }

  async update(id: string, values: Partial<NewUserRow>, tx: DatabaseExecutor = this.db): Promise<UserRow | null> {
    const [row] = await tx.update(users).set(values).where(eq(users.id, id)).returning();
    return row ?? null;
  }

  async delete(id: string, tx: DatabaseExecutor = this.db): Promise<void> {
    await tx.delete(users).where(eq(users.id, id));
  }

  async list(filter: { q?: string; role?: string; status?: string }): Promise<UserWithOrganisation[]> {
    const conditions: SQL[] = [];
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
      conditions.push(
        or(ilike(users.email, pattern), ilike(users.displayName, pattern), ilike(organisations.name, pattern))!,
      );
    }
    if (filter.role) {
      conditions.push(eq(users.role, filter.role));
    }
    if (filter.status) {
      conditions.push(eq(users.status, filter.status));
    }
    const rows = await this.db
      .select(withOrganisation)
      .from(users)
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(and(...conditions))
      .orderBy(asc(users.displayName))
      .limit(500);
    return rows.map((row) => ({ ...row.user, organisationName: row.organisationName }));
  }

  async countByRole(role: string): Promise<number> {
    const rows = await this.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, role), eq(users.status, 'active')));
    return rows.length;
  }

  async countAll(): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(users);
    return row?.total ?? 0;
  }
}
