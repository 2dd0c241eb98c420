import { Injectable } from '@nestjs/common';
import { type AuditEntry } from '@thb/shared';
import { PinoLogger } from 'nestjs-pino';
import { type AuditFilter, AuditRepository, type NewAuditEntry } from './audit.repository';

/** Records security events and Coordinator actions in the append-only audit log (and in the logs). */
@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('Audit');
  }

  async record(entry: NewAuditEntry): Promise<void> {
    this.logger.info({ audit: { ...entry, details: undefined } }, `audit ${entry.action} ${entry.outcome}`);
    await this.audit.insert(entry);
  }

  async find(filter: AuditFilter): Promise<{ items: AuditEntry[]; nextBefore: number | null }> {
    const rows = await this.audit.find({ ...filter, limit: filter.limit + 1 });
    const page = rows.slice(0, filter.limit);
    return {
      items: page.map((row) => ({
        ...row,
        outcome: row.outcome as AuditEntry['outcome'],
        at: row.at.toISOString(),
        details: row.details,
      })),
      nextBefore: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
    };
  }
}
