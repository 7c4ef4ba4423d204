import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import { useFastDotStuffing } from './dot-stuffing.js';

export interface TransportOptions {
  hostname: string;
  timeoutMs: number;
  poolSize: number;
}

/** One pooled nodemailer transport per next hop, reused across jobs. */
export class TransportPool {
  private readonly pool = new Map<string, Transporter<SMTPPool.SentMessageInfo>>();

  constructor(private readonly opts: TransportOptions) {
    useFastDotStuffing();
  }

  get(host: string, port: number): Transporter<SMTPPool.SentMessageInfo> {
    const key = `${host}:${port}`;
    let t = this.pool.get(key);
    if (!t) {
      t = nodemailer.createTransport({
        pool: true,
        host,
        port,
        secure: false,
        name: this.opts.hostname,
        maxConnections: this.opts.poolSize,
        connectionTimeout: this.opts.timeoutMs,
        greetingTimeout: this.opts.timeoutMs,
        socketTimeout: this.opts.timeoutMs,
        // Agency servers on the internal network often carry self-signed certificates:
        // STARTTLS is used when offered, without failing delivery on the certificate.
        tls: { rejectUnauthorized: false },
        logger: false,
      });
      this.pool.set(key, t);
    }
    return t;
  }

  close(): void {
    for (const t of this.pool.values()) t.close();
    this.pool.clear();
  }
}
