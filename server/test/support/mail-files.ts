import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface WrittenMail {
  to: string;
  subject: string;
  /** Raw message; bodies are plain text, possibly quoted-printable. */
  raw: string;
}

/** Messages the app wrote to MAIL_DIR (no SMTP_URL), oldest first. */
export async function readMailDir(dir: string): Promise<WrittenMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(dir, file), 'utf8');
      const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(raw)?.[1]?.trim() ?? '';
      const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      return { to: header('To'), subject: header('Subject'), raw: unfolded };
    }),
  );
}

/** The first link to `pathPrefix` (e.g. `/invitation?token=`) in the last mail to `to`. */
export async function lastLinkTo(dir: string, to: string, pathPrefix: string): Promise<string> {
  const mails = (await readMailDir(dir)).filter((m) => m.to.includes(to));
  const mail = mails.at(-1);
  const match = mail ? new RegExp(`https?://[^\\s]*${pathPrefix.replace(/[?]/g, '\\?')}[^\\s]*`).exec(mail.raw) : null;
  if (!match) {
    throw new Error(`no mail to ${to} with a link to ${pathPrefix}`);
  }
  return match[0];
}
