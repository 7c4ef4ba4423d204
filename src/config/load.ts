import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname, isAbsolute } from 'node:path';
import { parse } from 'yaml';
import { hostname } from 'node:os';
import { configSchema, type Config } from './schema.js';
import { MailshieldError } from '../core/errors.js';

/** Environment variables that override the file (addresses and secrets). */
export function applyEnv(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): void {
  const section = (key: string): Record<string, unknown> => {
    const cur = raw[key];
    if (cur && typeof cur === 'object') return cur as Record<string, unknown>;
    const fresh: Record<string, unknown> = {};
    raw[key] = fresh;
    return fresh;
  };
  const int = (name: string, value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n)) {
      throw new MailshieldError('MS_ERR_CONFIG', `${name}=${value}: expected an integer`);
    }
    return n;
  };
  if (env.MAILSHIELD_SMTP_PORT)
    section('smtp').port = int('MAILSHIELD_SMTP_PORT', env.MAILSHIELD_SMTP_PORT);
  if (env.MAILSHIELD_SMTP_HOST) section('smtp').host = env.MAILSHIELD_SMTP_HOST;
  if (env.MAILSHIELD_WEB_PORT)
    section('web').port = int('MAILSHIELD_WEB_PORT', env.MAILSHIELD_WEB_PORT);
  if (env.MAILSHIELD_WEB_HOST) section('web').host = env.MAILSHIELD_WEB_HOST;
  if (env.MAILSHIELD_DATA_DIR) raw.dataDir = env.MAILSHIELD_DATA_DIR;
  if (env.MAILSHIELD_AGENCIES) raw.agencies = env.MAILSHIELD_AGENCIES;
  if (env.REDIS_URL) section('redis').url = env.REDIS_URL;
  if (env.MAILSHIELD_DATABASE_URL) section('database').url = env.MAILSHIELD_DATABASE_URL;
  if (env.MAILSHIELD_NODE_ID) raw.nodeId = env.MAILSHIELD_NODE_ID;
  if (env.MAILSHIELD_QUEUE_PREFIX) section('queue').prefix = env.MAILSHIELD_QUEUE_PREFIX;
  if (env.CLAMD_SOCKET) {
    section('clamd').socket = env.CLAMD_SOCKET;
  } else if (env.CLAMD_HOST || env.CLAMD_PORT) {
    const clamd = section('clamd');
    delete clamd.socket;
    if (env.CLAMD_HOST) clamd.host = env.CLAMD_HOST;
    if (env.CLAMD_PORT) clamd.port = int('CLAMD_PORT', env.CLAMD_PORT);
  }
}

export interface LoadedConfig extends Omit<Config, 'nodeId'> {
  /** Absolute path of the file read, or undefined when defaults only. */
  file: string | undefined;
  /** `nodeId` from the file or environment, else {@link defaultNodeId}. */
  nodeId: string;
}

/**
 * The node id when none is configured: the host name, made a valid id (a host name may
 * hold characters a queue name may not). One gateway per host needs no configuration;
 * two on one host need `--node-id`.
 */
export function defaultNodeId(host: string = hostname()): string {
  const id = host.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 64);
  return id === '' ? 'node' : id;
}

/**
 * Reads `MAILSHIELD_CONFIG` (default `./mailshield.yaml`), applies environment overrides,
 * validates, and resolves relative paths against the config file's folder.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): LoadedConfig {
  const explicit = env.MAILSHIELD_CONFIG;
  const file = resolve(cwd, explicit ?? 'mailshield.yaml');
  let raw: Record<string, unknown> = {};
  if (existsSync(file)) {
    let doc: unknown;
    try {
      doc = parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new MailshieldError('MS_ERR_CONFIG', `${file}: ${(err as Error).message}`);
    }
    if (doc !== null && doc !== undefined) {
      if (typeof doc !== 'object' || Array.isArray(doc)) {
        throw new MailshieldError('MS_ERR_CONFIG', `${file}: expected a mapping at top level`);
      }
      raw = doc as Record<string, unknown>;
    }
  } else if (explicit) {
    throw new MailshieldError('MS_ERR_CONFIG', `MAILSHIELD_CONFIG=${explicit}: no such file`);
  }
  applyEnv(raw, env);
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new MailshieldError(
      'MS_ERR_CONFIG',
      `invalid configuration in ${file}:\n${lines.join('\n')}`,
    );
  }
  const base = existsSync(file) ? dirname(file) : cwd;
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(base, p));
  const cfg = parsed.data;
  cfg.dataDir = abs(cfg.dataDir);
  cfg.agencies = abs(cfg.agencies);
  cfg.rules.dir = abs(cfg.rules.dir);
  cfg.database.path = isAbsolute(cfg.database.path)
    ? cfg.database.path
    : resolve(cfg.dataDir, cfg.database.path);
  if (cfg.smtp.tls.key) cfg.smtp.tls.key = abs(cfg.smtp.tls.key);
  if (cfg.smtp.tls.cert) cfg.smtp.tls.cert = abs(cfg.smtp.tls.cert);
  return {
    ...cfg,
    nodeId: cfg.nodeId ?? defaultNodeId(),
    file: existsSync(file) ? file : undefined,
  };
}
