import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export interface OutgoingMail {
  to: string;
  subject: string;
  /** Plain text body; the platform sends text mail only, so nothing in it is ever rendered as HTML. */
  text: string;
}

/**
 * Sends mail through the SMTP server of `SMTP_URL`. Without one (development, demo), each message is
 * written as an .eml file into `MAIL_DIR` instead, so that links in it can still be followed.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  private readonly toFiles: boolean;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.toFiles = config.mail.smtpUrl === null;
    this.transport = this.toFiles
      ? createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
      : createTransport(config.mail.smtpUrl!);
  }

  /** Absolute URL of a page of the web client, for links in mail. */
  link(pathAndQuery: string): string {
    const base = this.config.publicUrl ?? `http://localhost:${this.config.port}`;
    return new URL(pathAndQuery, base).toString();
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.transport.sendMail({ from: this.config.mail.from, ...mail })) as {
      message?: Buffer;
      messageId?: string;
    };
    if (this.toFiles && info.message) {
      await mkdir(this.config.mail.dir, { recursive: true });
      const safeTo = mail.to.replace(/[^a-z0-9@._-]/gi, '_');
      const file = path.join(this.config.mail.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeTo}.eml`);
      await writeFile(file, info.message);
      this.logger.log(`mail "${mail.subject}" to ${mail.to} written to ${file}`);
    } else {
      this.logger.log(`mail "${mail.subject}" sent (${info.messageId ?? 'no id'})`);
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
