/**
 * `npm run demo`: sends a realistic mix of mail to the running gateway over SMTP, so a
 * new user sees a real report of the current month within minutes.
 *
 * Built from samples/ (manifest.yaml says what each file is) and the agency directory in
 * seeds/agencies.yaml, with a fixed seed: the same run sends the same messages. Only ever
 * targets 127.0.0.1 (port 2525, or MAILSHIELD_SMTP_PORT).
 *
 *   npm run demo -- [--count 3000] [--connections 4] [--seed 20240101]
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    connections: { type: 'string', default: '4' },
    seed: { type: 'string', default: '20240101' },
  },
});
const COUNT = Number(values.count);
const CONNECTIONS = Number(values.connections);
const PORT = Number(process.env.MAILSHIELD_SMTP_PORT ?? 2525);

/** mulberry32: small, fast, and the same sequence on every machine for one seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

interface Sample {
  file: string;
  category: string;
}
const samples = (
  parse(readFileSync(join(ROOT, 'samples/manifest.yaml'), 'utf8')) as { samples: Sample[] }
).samples;
const byCategory = (c: string): Sample[] => samples.filter((s) => s.category === c);

/**
 * The province's mix is mostly unwanted mail: in its 2024 report about nine in ten
 * messages were spam. The demo sends less so that the delivered mail is visible too.
 */
const MIX: { category: string; weight: number }[] = [
  { category: 'clean', weight: 50 },
  { category: 'spam', weight: 38 },
  { category: 'phishing', weight: 8 },
  { category: 'malware', weight: 4 },
];

interface Agency {
  code: string;
  domains: string[];
}
const agencies = (
  parse(readFileSync(join(ROOT, 'seeds/agencies.yaml'), 'utf8')) as { agencies: Agency[] }
).agencies;
/** Bigger agencies receive more mail: the provincial office and the departments first. */
const agencyWeights = agencies.map((_, i) => Math.max(1, 10 - i));

const LOCAL_PARTS = [
  'vanthu',
  'lanhdao',
  'ketoan',
  'tochuc',
  'tonghop',
  'phapche',
  'cntt',
  'hanhchinh',
];
const NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Minh Châu',
  'Phạm Quốc Dũng',
  'Hoàng Thu Hà',
  'Vũ Đức Hải',
  'Đặng Thị Lan',
  'Bùi Thanh Sơn',
];
const PARTNERS = [
  'vnpt.example.vn',
  'viettel.example.vn',
  'congty-abc.example.com',
  'truong-dh.example.edu.vn',
];
const HAM_SUBJECTS = [
  'V/v báo cáo kết quả công tác tháng',
  'Giấy mời họp giao ban tuần',
  'Công văn hướng dẫn triển khai chuyển đổi số',
  'Kế hoạch kiểm tra an toàn thông tin năm 2024',
  'Phản hồi dự thảo quyết định',
  'Thông báo lịch trực cơ quan',
  'Đề nghị cung cấp số liệu thống kê',
];

function weighted<T>(items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

function recipients(): string[] {
  // Most mail goes to one address; some to two or three, often in different agencies.
  const n = weighted([1, 2, 3], [80, 15, 5]);
  const out = new Set<string>();
  while (out.size < n) {
    const a = weighted(agencies, agencyWeights);
    out.add(`${pick(LOCAL_PARTS)}@${pick(a.domains)}`);
  }
  return [...out];
}

function encodeWord(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** Replaces (or adds) a header in the header block of a raw message. */
function setHeader(raw: string, name: string, value: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, end);
  const body = raw.slice(end);
  const re = new RegExp(`^${name}:.*(?:\\r?\\n[ \\t].*)*`, 'im');
  return re.test(head)
    ? head.replace(re, `${name}: ${value}`) + body
    : `${name}: ${value}\r\n${head}${body}`;
}

interface Prepared {
  from: string;
  to: string[];
  raw: string;
}

function prepare(i: number): Prepared {
  const category = weighted(
    MIX.map((m) => m.category),
    MIX.map((m) => m.weight),
  );
  const sample = pick(byCategory(category));
  let raw = readFileSync(join(ROOT, 'samples', sample.file), 'latin1');
  const to = recipients();
  let from = `newsletter-${i}@bulk.example.net`;
  if (category === 'clean') {
    // Ham gets a sender and a subject of its own: an officer of another agency or a partner.
    const inside = random() < 0.6;
    const domain = inside ? pick(pick(agencies).domains) : pick(PARTNERS);
    from = `${pick(LOCAL_PARTS)}@${domain}`;
    raw = setHeader(raw, 'From', `${encodeWord(pick(NAMES))} <${from}>`);
    raw = setHeader(raw, 'Subject', encodeWord(`${pick(HAM_SUBJECTS)} (số ${100 + (i % 900)})`));
  } else {
    // Unwanted mail keeps its lure; the envelope sender varies as it would in a campaign.
    const m = /^From:.*<([^>]+)>/im.exec(raw) ?? /^From:\s*(\S+@\S+)/im.exec(raw);
    if (m?.[1]) from = m[1];
  }
  raw = setHeader(raw, 'To', to.join(', '));
  raw = setHeader(raw, 'Date', new Date().toUTCString().replace('GMT', '+0000'));
  raw = setHeader(raw, 'Message-ID', `<demo-${values.seed}-${i}@demo.mailshield.invalid>`);
  return { from, to, raw };
}

/** Whether something listens on 127.0.0.1:PORT, so a missing gateway is said plainly. */
function listening(): Promise<boolean> {
  return new Promise((resolveCheck) => {
    const s = connect(PORT, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolveCheck(true);
    });
    s.once('error', () => resolveCheck(false));
  });
}

async function main(): Promise<void> {
  if (!(await listening())) {
    process.stderr.write(
      `mailshield demo: nothing listens on 127.0.0.1:${PORT}; start the gateway first ` +
        `(npm start, and npx mailshield sink for the agencies' servers)\n`,
    );
    process.exitCode = 1;
    return;
  }
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: PORT,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: CONNECTIONS,
    maxMessages: 100,
  });
  process.stdout.write(
    `mailshield demo: sending ${COUNT} messages to 127.0.0.1:${PORT} over ${CONNECTIONS} connections (seed ${values.seed})\n`,
  );
  let sent = 0;
  let refused = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < COUNT) {
      const i = next++;
      const m = prepare(i);
      try {
        await transport.sendMail({
          envelope: { from: m.from, to: m.to },
          raw: Buffer.from(m.raw, 'latin1'),
        });
        sent++;
      } catch (err) {
        refused++;
        if (refused <= 3) process.stderr.write(`  refused: ${(err as Error).message}\n`);
      }
      if ((sent + refused) % 500 === 0) process.stdout.write(`  ${sent + refused}/${COUNT}\n`);
    }
  };
  // A message is built when its number is taken, in number order: the seed gives the same
  // messages whatever the timing of the connections.
  await Promise.all(Array.from({ length: CONNECTIONS }, () => worker()));
  transport.close();
  const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
  process.stdout.write(
    `done: ${sent} accepted, ${refused} refused.\n\n` +
      `The scan takes a minute or two to catch up; then:\n` +
      `  npx mailshield report --month ${month}\n` +
      `  npx mailshield report --month ${month} --format html --out report-${month}.html\n` +
      `  npx mailshield report --month ${month} --format csv --out report-${month}.csv\n`,
  );
  if (sent === 0) process.exitCode = 1;
}

void main();
