import { type AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), lower case. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  raw: string;
}

interface Waiter {
  to: string;
  resolve: (mail: ReceivedMail) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * A real SMTP server inside the test process that keeps every message it accepts, so tests can follow the
 * mail the application sends through its ordinary SMTP transport. Plain SMTP on 127.0.0.1: it offers neither
 * STARTTLS nor AUTH, as a local relay would, so nodemailer sends in clear text without any special option.
 */
export class MailReceiver {
  /** Every message accepted, oldest first. */
  readonly received: ReceivedMail[] = [];
  /** Per recipient, how many of its messages `nextMailTo` has already handed out. */
  private readonly taken = new Map<string, number>();
  private waiters: Waiter[] = [];

  private readonly server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 1024 * 1024,
    onData: (stream, session, callback) => this.receive(stream, session, callback),
  });

  private constructor() {}

  static async start(): Promise<MailReceiver> {
    const receiver = new MailReceiver();
    await new Promise<void>((resolve, reject) => {
      receiver.server.once('error', reject);
      receiver.server.listen(0, '127.0.0.1', () => resolve());
    });
    return receiver;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  /** For the application's SMTP_URL. */
  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages received for this address so far. */
  mailsTo(address: string): ReceivedMail[] {
    const to = address.toLowerCase();
    return this.received.filter((m) => m.to.includes(to));
  }

  /**
   * The next message to this address that no earlier call has returned: one already received (the
   * application usually sends before its HTTP answer), or the next to arrive within the timeout.
   */
  nextMailTo(address: string, timeoutMs = 5000): Promise<ReceivedMail> {
    const to = address.toLowerCase();
    const pending = this.mailsTo(to)[this.taken.get(to) ?? 0];
    if (pending) {
      this.taken.set(to, (this.taken.get(to) ?? 0) + 1);
      return Promise.resolve(pending);
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        to,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  private receive(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (err?: Error | null) => void,
  ): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      simpleParser(raw).then(
        (parsed) => {
          this.accept({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            raw: raw.toString('utf8'),
          });
          callback();
        },
        (err: Error) => callback(err),
      );
    });
  }

  private accept(mail: ReceivedMail): void {
    this.received.push(mail);
    for (const to of mail.to) {
      const waiter = this.waiters.find((w) => w.to === to);
      if (waiter) {
        clearTimeout(waiter.timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        this.taken.set(to, (this.taken.get(to) ?? 0) + 1);
        waiter.resolve(mail);
      }
    }
  }

  async close(): Promise<void> {
    for (const waiter of this.waiters.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`the mail receiver closed before a mail to ${waiter.to} arrived`));
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
