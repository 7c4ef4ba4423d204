import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { ReportDocument } from '../../../src/report/document.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Queue } from 'bullmq';
import { openDb, type Db } from '../../../src/store/db.js';
import { saveMessage } from '../../../src/store/messages-repo.js';
import { configSchema } from '../../../src/config/schema.js';
import { defaultLimits } from '../../../src/core/limits.js';
import { createLogger } from '../../../src/core/logger.js';
import { newId } from '../../../src/core/ids.js';
import { loadDirectory } from '../../../src/directory/directory.js';
import { Spool } from '../../../src/spool/spool.js';
import { buildWebApp, type WebConfig } from '../../../src/web/app.js';
import { hashPassword } from '../../../src/web/accounts/password.js';
import { insertUser, type Role } from '../../../src/web/accounts/users-repo.js';
import type { DeliverJobData } from '../../../src/queue/jobs.js';
import { ROOT } from '../../helpers/start-gateway.js';

export const PASSWORD = 'correct horse battery';

export interface AddedJob {
  name: string;
  data: DeliverJobData;
  jobId: string | undefined;
}

export interface WebFixture {
  dir: string;
  db: Db;
  app: FastifyInstance;
  spool: Spool;
  jobs: AddedJob[];
  /** What the officers' marks handed to the classifier. */
  learned: { isSpam: boolean; raw: Buffer }[];
  close(): Promise<void>;
}

/** A built (not listening) web app on a fresh SQLite store, with a fake deliver queue. */
export async function webFixture(
  over: Partial<WebConfig> = {},
  deps: { reportTimeoutMs?: number; reportDocument?: ReportDocument } = {},
): Promise<WebFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'ms-web-'));
  const db = await openDb(join(dir, 'db.sqlite'));
  const spool = new Spool(join(dir, 'spool'));
  await spool.init();
  const jobs: AddedJob[] = [];
  const deliverQueue = {
    add: (name: string, data: DeliverJobData, opts?: { jobId?: string }) => {
      jobs.push({ name, data, jobId: opts?.jobId });
      return Promise.resolve({ id: opts?.jobId });
    },
  } as unknown as Queue<DeliverJobData>;
  const directory = loadDirectory(join(ROOT, 'seeds/agencies.yaml'));
  const config = { ...configSchema.shape.web.parse({}), ...over };
  const learned: WebFixture['learned'] = [];
  const app = await buildWebApp({
    db,
    config,
    limits: defaultLimits,
    agencies: directory.agencies.map((a) => ({ code: a.code, name: a.name, domains: a.domains })),
    release: { db, directory, deliverQueue, deliverJobOptions: {} },
    learn: async (raw, isSpam) => {
      const chunks: Buffer[] = [];
      for await (const c of raw) chunks.push(c as Buffer);
      learned.push({ isSpam, raw: Buffer.concat(chunks) });
    },
    queueCounts: () => Promise.resolve({ scan: { waiting: 2 }, deliver: { waiting: 1 } }),
    log: createLogger('silent'),
    ...deps,
  });
  await app.ready();
  return {
    dir,
    db,
    app,
    spool,
    jobs,
    learned,
    async close() {
      await app.close();
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function addUser(
  db: Db,
  name: string,
  role: Role,
  agencies: string[] = [],
  lang: 'vi' | 'en' = 'vi',
): Promise<void> {
  await insertUser(db, { name, role, agencies, lang, passwordHash: await hashPassword(PASSWORD) });
}

const RAW = (subject: string, html = ''): string =>
  [
    'Received: from mail.example.com by mx.test.invalid (mailshield) with ESMTP id x',
    'From: Phisher <bad@example.com>',
    'To: vanthu@stttt.songhong.gov.vn',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    html
      ? 'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nplain text body\r\n--b\r\nContent-Type: text/html\r\n\r\n' +
        html +
        '\r\n--b--'
      : 'Content-Type: text/plain\r\n\r\nplain text body',
    '',
  ].join('\r\n');

/** A held message on disk and in the store. */
export async function addHeld(
  fx: { db: Db; dir: string },
  opts: {
    agencies?: string[];
    rcpt?: string[];
    category?: string;
    subject?: string;
    html?: string;
    receivedAt?: number;
  } = {},
): Promise<string> {
  const id = newId(opts.receivedAt);
  const qdir = join(fx.dir, 'quarantine');
  mkdirSync(qdir, { recursive: true });
  const path = join(qdir, `${id}.eml`);
  const subject = opts.subject ?? 'Your mailbox is full';
  writeFileSync(path, RAW(subject, opts.html));
  const category = opts.category ?? 'phishing';
  await saveMessage(fx.db, {
    id,
    received_at: opts.receivedAt ?? Date.now(),
    mail_from: 'bad@example.com',
    rcpt_to: JSON.stringify(opts.rcpt ?? ['vanthu@stttt.songhong.gov.vn']),
    agencies: JSON.stringify(opts.agencies ?? ['STTTT']),
    from_header: 'Phisher <bad@example.com>',
    subject,
    message_id: null,
    size: 300,
    category,
    action: 'quarantine',
    score: 12.5,
    hits: JSON.stringify([
      { rule: 'GTUBE', group: 'body', score: 1000, description: 'GTUBE test string' },
    ]),
    viruses: JSON.stringify(category === 'malware' ? ['Eicar-Test-Signature'] : []),
    state: 'quarantined',
    quarantine_path: path,
    updated_at: Date.now(),
  });
  return id;
}

export interface Login {
  cookie: string;
  csrf: string;
}

export async function login(
  app: FastifyInstance,
  name: string,
  password = PASSWORD,
): Promise<Login> {
  const res = await app.inject({ method: 'POST', url: '/api/login', payload: { name, password } });
  if (res.statusCode !== 200) throw new Error(`login ${name}: ${res.statusCode} ${res.body}`);
  const c = res.cookies.find((x) => x.name === 'ms_session');
  return { cookie: `ms_session=${c?.value ?? ''}`, csrf: res.json<{ csrf: string }>().csrf };
}
