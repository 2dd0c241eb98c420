import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, gte, like, lt, lte, type SQL } from 'drizzle-orm';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../db/database';
import { auditLog, users } from '../db/schema';

export interface NewAuditEntry {
  action: string;
  outcome: 'success' | 'failure';
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  ipAddress?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  outcome?: 'success' | 'failure';
  since?: Date;
  until?: Date;
  before?: number;
  limit: number;
}

@Injectable()
export class AuditRepository {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  async insert(entry: NewAuditEntry): Promise<void> {
    await this.connection.db.insert(auditLog).values({
      action: entry.action,
      outcome: entry.outcome,
      actorId: entry.actorId ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ipAddress: entry.ipAddress ?? null,
      details: entry.details ?? {},
    });
  }

  async find(filter: AuditFilter) {
    const conditions: SQL[] = [];
    if (filter.action) {
      conditions.push(like(auditLog.action, `${filter.action.replace(/[\\%_]/g, '\\$&')}%`));
    }
    if (filter.actorId) {
      conditions.push(eq(auditLog.actorId, filter.actorId));
    }
    if (filter.outcome) {
      conditions.push(eq(auditLog.outcome, filter.outcome));
    }
    if (filter.since) {
      conditions.push(gte(auditLog.at, filter.since));
    }
    if (filter.until) {
      conditions.push(lte(auditLog.at, filter.until));
    }
    if (filter.before) {
      conditions.push(lt(auditLog.id, filter.before));
    }
    return this.connection.db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        outcome: auditLog.outcome,
        actorId: auditLog.actorId,
        actorEmail: users.email,
        targetType: auditLog.targetType,
        targetId: auditLog.targetId,
        ipAddress: auditLog.ipAddress,
        details: auditLog.details,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(...conditions))
      .orderBy(desc(auditLog.id))
      .limit(filter.limit);
  }
}
