// Sends one email: through DATELINE_SMTP_URL when it is set, otherwise into <data dir>/mail as
// an .eml file a person can open (and the tests read), so a newsroom without a mail server
// still sees what would have gone out.
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { siteOrigin } from "@/lib/site-url";

export type Email = { to: string; subject: string; text: string };

let smtp: Transporter | undefined;

function from(): string {
  return env().DATELINE_MAIL_FROM ?? `Dateline <newsroom@${new URL(siteOrigin()).hostname}>`;
}

/** The folder emails are written to when there is no SMTP server. */
export function mailFolder(): string {
  return path.join(env().dataDir, "mail");
}

/** Sends `email`; `id` names the file in the folder, so a retried delivery overwrites, never doubles. */
export async function sendEmail(email: Email, id: number): Promise<void> {
  const url = env().DATELINE_SMTP_URL;
  const message = { from: from(), to: email.to, subject: email.subject, text: email.text };
  if (url) {
    smtp ??= nodemailer.createTransport(url);
    await smtp.sendMail(message);
    return;
  }
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
  await fs.mkdir(mailFolder(), { recursive: true });
  const file = path.join(mailFolder(), `${String(id).padStart(8, "0")}.eml`);
  // Written whole, then renamed: a reader of the folder never sees half an email.
  await fs.writeFile(`${file}.tmp`, built.message as Buffer);
  await fs.rename(`${file}.tmp`, file);
}
