import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import { MailshieldError } from '../../../src/core/errors.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

const MINIMAL = 'thresholds: { tag: 4, quarantine: 7, reject: 15 }\n';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ms-config-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeConfig(text: string, name = 'mailshield.yaml'): string {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** The MS_ERR_CONFIG error loadConfig throws; fails the test when it does not throw. */
function configError(env: NodeJS.ProcessEnv, cwd = dir): MailshieldError {
  try {
    loadConfig(env, cwd);
  } catch (err) {
    expect(err).toBeInstanceOf(MailshieldError);
    expect((err as MailshieldError).code).toBe('MS_ERR_CONFIG');
    return err as MailshieldError;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig: the committed mailshield.yaml', () => {
  it('loads from the repository root with no environment', () => {
    const cfg = loadConfig({}, REPO);
    expect(cfg.file).toBe(join(REPO, 'mailshield.yaml'));
    expect(cfg.thresholds).toEqual({ tag: 4, quarantine: 7, reject: 15, corroboration: 2 });
    expect(cfg.hostname).toBe('mx.songhong.gov.vn');
    expect(cfg.smtp.port).toBe(2525);
    expect(cfg.dataDir).toBe(join(REPO, 'var'));
    expect(cfg.agencies).toBe(join(REPO, 'seeds/agencies.yaml'));
    expect(cfg.rules.dir).toBe(join(REPO, 'rules'));
    expect(cfg.database.path).toBe(join(REPO, 'var', 'mailshield.db'));
  });
});

describe('loadConfig: defaults', () => {
  it('fills every optional section from defaults when only thresholds are given', () => {
    writeConfig(MINIMAL);
    const cfg = loadConfig({}, dir);
    expect(cfg.smtp.port).toBe(2525);
    expect(cfg.web.port).toBe(8080);
    expect(cfg.queue.prefix).toBe('mailshield');
    expect(cfg.clamd.socket).toBeUndefined();
    expect(cfg.tagSubjectPrefix).toBe('[SPAM?]');
    expect(cfg.dataDir).toBe(join(dir, 'var'));
  });
});

describe('loadConfig: environment overrides', () => {
  beforeEach(() => {
    writeConfig(
      MINIMAL +
        'smtp: { host: 127.0.0.1, port: 2525 }\n' +
        'web: { port: 8080 }\n' +
        'redis: { url: redis://127.0.0.1:6379 }\n' +
        'queue: { prefix: mailshield }\n' +
        'clamd: { socket: /run/clamav/clamd.ctl, host: 127.0.0.1, port: 3310 }\n' +
        'dataDir: var\n' +
        'agencies: seeds/agencies.yaml\n',
    );
  });

  it('MAILSHIELD_SMTP_PORT sets the SMTP port', () => {
    expect(loadConfig({ MAILSHIELD_SMTP_PORT: '25' }, dir).smtp.port).toBe(25);
  });

  it('MAILSHIELD_SMTP_HOST sets the SMTP listen address', () => {
    expect(loadConfig({ MAILSHIELD_SMTP_HOST: '0.0.0.0' }, dir).smtp.host).toBe('0.0.0.0');
  });

  it('MAILSHIELD_WEB_PORT sets the web port', () => {
    expect(loadConfig({ MAILSHIELD_WEB_PORT: '9090' }, dir).web.port).toBe(9090);
  });

  it('MAILSHIELD_DATA_DIR sets the data folder, and the database follows it', () => {
    const cfg = loadConfig({ MAILSHIELD_DATA_DIR: '/srv/mailshield' }, dir);
    expect(cfg.dataDir).toBe('/srv/mailshield');
    expect(cfg.database.path).toBe('/srv/mailshield/mailshield.db');
  });

  it('MAILSHIELD_AGENCIES sets the agency directory file', () => {
    expect(loadConfig({ MAILSHIELD_AGENCIES: '/etc/ms/agencies.yaml' }, dir).agencies).toBe(
      '/etc/ms/agencies.yaml',
    );
  });

  it('REDIS_URL sets the Redis URL', () => {
    expect(loadConfig({ REDIS_URL: 'redis://redis:6380/2' }, dir).redis.url).toBe(
      'redis://redis:6380/2',
    );
  });

  it('MAILSHIELD_QUEUE_PREFIX sets the queue prefix', () => {
    expect(loadConfig({ MAILSHIELD_QUEUE_PREFIX: 'ms-test-1' }, dir).queue.prefix).toBe(
      'ms-test-1',
    );
  });

  it('refuses a MAILSHIELD_QUEUE_PREFIX with characters outside the allowed set', () => {
    expect(configError({ MAILSHIELD_QUEUE_PREFIX: 'a:b' }).message).toContain('queue.prefix');
  });

  it('CLAMD_SOCKET sets the clamd socket', () => {
    expect(loadConfig({ CLAMD_SOCKET: '/tmp/clamd.sock' }, dir).clamd.socket).toBe(
      '/tmp/clamd.sock',
    );
  });

  it('CLAMD_HOST and CLAMD_PORT set TCP and remove the socket set in the file', () => {
    const cfg = loadConfig({ CLAMD_HOST: 'clamd', CLAMD_PORT: '3311' }, dir);
    expect(cfg.clamd.socket).toBeUndefined();
    expect(cfg.clamd.host).toBe('clamd');
    expect(cfg.clamd.port).toBe(3311);
  });

  it('CLAMD_HOST alone also removes the socket and keeps the file port', () => {
    const cfg = loadConfig({ CLAMD_HOST: 'clamd' }, dir);
    expect(cfg.clamd.socket).toBeUndefined();
    expect(cfg.clamd.host).toBe('clamd');
    expect(cfg.clamd.port).toBe(3310);
  });

  it('CLAMD_SOCKET wins over CLAMD_HOST and CLAMD_PORT', () => {
    const cfg = loadConfig(
      { CLAMD_SOCKET: '/tmp/clamd.sock', CLAMD_HOST: 'clamd', CLAMD_PORT: '3311' },
      dir,
    );
    expect(cfg.clamd.socket).toBe('/tmp/clamd.sock');
  });

  it('creates a section the file does not have', () => {
    writeConfig(MINIMAL);
    expect(loadConfig({ MAILSHIELD_SMTP_PORT: '2600' }, dir).smtp.port).toBe(2600);
  });

  it('ignores an empty variable', () => {
    expect(loadConfig({ MAILSHIELD_SMTP_PORT: '' }, dir).smtp.port).toBe(2525);
  });

  for (const name of ['MAILSHIELD_SMTP_PORT', 'MAILSHIELD_WEB_PORT', 'CLAMD_PORT']) {
    it(`refuses a non-integer ${name}, naming the variable`, () => {
      expect(configError({ [name]: '25x' }).message).toContain(name);
      expect(configError({ [name]: '25.5' }).message).toContain(name);
    });
  }

  it('refuses a port out of range from the environment', () => {
    expect(configError({ MAILSHIELD_SMTP_PORT: '70000' }).message).toContain('smtp.port');
  });
});

describe('loadConfig: paths', () => {
  it('resolves relative paths against the config file folder, not the working folder', () => {
    const sub = join(dir, 'etc', 'mailshield');
    writeConfig(
      MINIMAL +
        'dataDir: ../../data\n' +
        'agencies: agencies.yaml\n' +
        'rules: { dir: rules }\n' +
        'smtp: { tls: { key: tls/key.pem, cert: tls/cert.pem } }\n',
      'etc/mailshield/ms.yaml',
    );
    const cwd = join(dir, 'elsewhere');
    mkdirSync(cwd);
    const cfg = loadConfig({ MAILSHIELD_CONFIG: '../etc/mailshield/ms.yaml' }, cwd);
    expect(cfg.file).toBe(join(sub, 'ms.yaml'));
    expect(cfg.dataDir).toBe(join(dir, 'data'));
    expect(cfg.agencies).toBe(join(sub, 'agencies.yaml'));
    expect(cfg.rules.dir).toBe(join(sub, 'rules'));
    expect(cfg.smtp.tls.key).toBe(join(sub, 'tls/key.pem'));
    expect(cfg.smtp.tls.cert).toBe(join(sub, 'tls/cert.pem'));
    expect(cfg.database.path).toBe(join(dir, 'data', 'mailshield.db'));
  });

  it('resolves a relative database path against dataDir', () => {
    writeConfig(MINIMAL + 'dataDir: /srv/ms\ndatabase: { path: db/ms.sqlite }\n');
    expect(loadConfig({}, dir).database.path).toBe('/srv/ms/db/ms.sqlite');
  });

  it('keeps absolute paths as they are', () => {
    writeConfig(
      MINIMAL +
        'dataDir: /srv/ms\nagencies: /etc/ms/a.yaml\nrules: { dir: /usr/share/ms/rules }\n' +
        'database: { path: /var/lib/ms.db }\n',
    );
    const cfg = loadConfig({}, dir);
    expect(cfg.dataDir).toBe('/srv/ms');
    expect(cfg.agencies).toBe('/etc/ms/a.yaml');
    expect(cfg.rules.dir).toBe('/usr/share/ms/rules');
    expect(cfg.database.path).toBe('/var/lib/ms.db');
  });
});

describe('loadConfig: refused configurations', () => {
  it('refuses an unknown key, naming its path', () => {
    writeConfig(MINIMAL + 'smtp: { prot: 25 }\n');
    const err = configError({});
    expect(err.message).toContain('smtp');
    expect(err.message).toContain('prot');
  });

  it('refuses an unknown nested key, naming its full path', () => {
    writeConfig(
      MINIMAL + 'deliver: { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2, x: 1 } }\n',
    );
    const err = configError({});
    expect(err.message).toContain('deliver.retry');
    expect(err.message).toContain("'x'");
  });

  it('refuses an unknown top-level key, naming it', () => {
    writeConfig(MINIMAL + 'thresholdz: {}\n');
    expect(configError({}).message).toContain('thresholdz');
  });

  it('refuses a value of the wrong type, naming its path', () => {
    writeConfig(MINIMAL + 'smtp: { port: "twenty-five" }\n');
    expect(configError({}).message).toContain('smtp.port');
  });

  it('refuses MAILSHIELD_CONFIG pointing to a missing file', () => {
    writeConfig(MINIMAL);
    expect(configError({ MAILSHIELD_CONFIG: 'missing.yaml' }).message).toContain('missing.yaml');
  });

  it('refuses thresholds out of order', () => {
    writeConfig('thresholds: { tag: 8, quarantine: 7, reject: 15 }\n');
    expect(configError({}).message).toContain('thresholds');
    writeConfig('thresholds: { tag: 4, quarantine: 16, reject: 15 }\n');
    expect(configError({}).message).toContain('thresholds');
  });

  it('accepts equal thresholds', () => {
    writeConfig('thresholds: { tag: 5, quarantine: 5, reject: 5 }\n');
    expect(loadConfig({}, dir).thresholds).toEqual({
      tag: 5,
      quarantine: 5,
      reject: 5,
      corroboration: 2,
    });
  });

  it('refuses a file without thresholds', () => {
    writeConfig('hostname: mx.example.com\n');
    expect(configError({}).message).toContain('thresholds');
  });

  it('refuses thresholds with a missing member', () => {
    writeConfig('thresholds: { tag: 4, quarantine: 7 }\n');
    expect(configError({}).message).toContain('thresholds.reject');
  });

  it('refuses to run on defaults alone: with no file there are no thresholds', () => {
    expect(configError({}).message).toContain('thresholds');
  });

  it('refuses an empty file: thresholds are required', () => {
    writeConfig('');
    expect(configError({}).message).toContain('thresholds');
  });

  it('refuses a file that is not YAML, naming the file', () => {
    const file = writeConfig('thresholds: { tag: 4\n  : [\n');
    expect(configError({}).message).toContain(file);
  });

  it('refuses a file whose top level is not a mapping', () => {
    writeConfig('- a\n- b\n');
    expect(configError({}).message).toContain('mapping');
  });
});
