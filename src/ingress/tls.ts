import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import selfsigned from 'selfsigned';
import { MailshieldError } from '../core/errors.js';

export interface TlsMaterial {
  key: Buffer;
  cert: Buffer;
  /** True when a development certificate was generated or reused from dataDir/tls. */
  selfSigned: boolean;
}

/**
 * The configured certificate, or a self-signed one for development, generated once
 * into `<dataDir>/tls/` so restarts keep the same fingerprint.
 */
export function loadTls(
  conf: { key?: string | undefined; cert?: string | undefined },
  dataDir: string,
  hostname: string,
): TlsMaterial {
  if (conf.key || conf.cert) {
    if (!conf.key || !conf.cert) {
      throw new MailshieldError('MS_ERR_CONFIG', 'smtp.tls needs both key and cert');
    }
    try {
      return { key: readFileSync(conf.key), cert: readFileSync(conf.cert), selfSigned: false };
    } catch (err) {
      throw new MailshieldError(
        'MS_ERR_CONFIG',
        `cannot read TLS files: ${(err as Error).message}`,
      );
    }
  }
  const dir = join(dataDir, 'tls');
  const keyPath = join(dir, 'dev-key.pem');
  const certPath = join(dir, 'dev-cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(dir, { recursive: true });
    const pems = selfsigned.generate([{ name: 'commonName', value: hostname }], {
      days: 825,
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: hostname }] }],
    });
    writeFileSync(keyPath, pems.private, { mode: 0o600 });
    writeFileSync(certPath, pems.cert);
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath), selfSigned: true };
}
