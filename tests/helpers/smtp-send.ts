import nodemailer from 'nodemailer';

export interface SendResult {
  ok: boolean;
  code: number;
  response: string;
  /** Spool id from "250 2.0.0 Ok: queued as <id>". */
  id?: string;
}

/** Sends a raw message over SMTP to 127.0.0.1:port and reports the server's answer. */
export async function smtpSend(
  port: number,
  envelope: { from: string; to: string[] },
  raw: Buffer | string,
): Promise<SendResult> {
  const t = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  try {
    const info = await t.sendMail({ envelope, raw });
    const id = /queued as ([0-9a-z]+)/.exec(info.response)?.[1];
    return {
      ok: true,
      code: Number(info.response.slice(0, 3)),
      response: info.response,
      ...(id ? { id } : {}),
    };
  } catch (e) {
    const err = e as { responseCode?: number; response?: string; message: string };
    return { ok: false, code: err.responseCode ?? 0, response: err.response ?? err.message };
  } finally {
    t.close();
  }
}

/** Polls until fn returns a truthy value, or throws after timeoutMs. */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
