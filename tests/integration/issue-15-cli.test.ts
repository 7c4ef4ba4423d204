import { spawn } from 'node:child_process';

/**
 * Runs a command without blocking the test worker (spawnSync would: vitest's worker then
 * cannot answer its own RPC for the whole file and reports a timeout).
 */
function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { newId } from '../../src/core/ids.js';
import { openDb } from '../../src/store/db.js';
import { saveMessage } from '../../src/store/messages-repo.js';
import { cleanupTestEnv, makeTestEnv, ROOT, type TestEnv } from '../helpers/start-gateway.js';

const CLI = [process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
const COMMANDS = [
  'start',
  'gateway',
  'worker',
  'quarantine',
  'web',
  'user',
  'rules',
  'eval',
  'learn',
  'sink',
  'report',
  'spool',
  'senders',
];

describe('issue #15: CLI output complete when piped, --help on every command', () => {
  let env: TestEnv;
  const ids: string[] = [];

  beforeAll(async () => {
    env = makeTestEnv({
      sinkPort: 9,
      redisUrl: inject('redisUrl'),
      clamd: { socket: inject('clamdSocket') },
    });
    const cfg = loadConfig({ MAILSHIELD_CONFIG: env.configPath });
    const db = await openDb(cfg.database.path);
    for (let i = 0; i < 300; i++) {
      const id = newId();
      ids.push(id);
      await saveMessage(db, {
        id,
        received_at: Date.now() - i,
        mail_from: 'bad@example.com',
        rcpt_to: JSON.stringify(['vanthu@stttt.songhong.gov.vn']),
        agencies: JSON.stringify(['STTTT']),
        from_header: 'Phisher <bad@example.com>',
        subject: `Held message ${i} ${'padding '.repeat(20)}`,
        message_id: null,
        size: 300,
        category: 'spam',
        action: 'quarantine',
        score: 12.5,
        hits: JSON.stringify([{ rule: 'GTUBE', group: 'body', score: 1000 }]),
        viruses: '[]',
        state: 'quarantined',
        quarantine_path: null,
        updated_at: Date.now(),
      });
    }
    await db.destroy();
  });

  afterAll(async () => {
    if (env) await cleanupTestEnv(env);
  });

  it('pipes the whole JSON of 300 held messages to another program', async () => {
    // A shell pipe to a separate reader process, as `mailshield quarantine list --json | jq`.
    const quoted = [...CLI, 'quarantine', 'list', '--json', '--limit', '1000']
      .map((a) => `'${a}'`)
      .join(' ');
    const r = await run('sh', ['-c', `${quoted} | cat`], {
      cwd: ROOT,
      env: { ...process.env, MAILSHIELD_CONFIG: env.configPath },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(65_536);
    const items = JSON.parse(r.stdout) as { id: string }[];
    expect(items).toHaveLength(300);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(ids));
  });

  it.each(COMMANDS)('prints usage and exits 0 for `mailshield %s --help`', async (cmd) => {
    const r = await run(CLI[0]!, [...CLI.slice(1), cmd, '--help'], {
      cwd: ROOT,
      env: { ...process.env, MAILSHIELD_CONFIG: env.configPath },
    });
    expect(r.stderr).not.toMatch(/TypeError|Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage:\\n  mailshield ${cmd}`));
  });
});
