/**
 * `npm run eval:hostile`: the malware and malformed-MIME corpora through the whole scan
 * (parse, content views and archives, a clamd started on rules/clamav, rules, verdict), and
 * how many messages carrying EICAR would have been delivered. Issue #14 asks for 0.
 *
 *   npm run eval:hostile                       # ../shared/corpus/{malware,malformed}
 *   npm run eval:hostile -- --raw-only         # as before issue #14: only the raw message to clamd
 *   npm run eval:hostile -- --ham ../shared/corpus/ham   # ham held by the new checks
 *   npm run eval:hostile -- --json --list      # machine-readable, with the delivered files
 *
 * A message "carries EICAR" when its Subject says so (the mail-security-tester sets), it is
 * a file of eicar-attachments (each wrapped in a mail as a base64 attachment), the EICAR
 * string is in its raw bytes as text or base64, or clamd finds EICAR in one of its views
 * (decoded parts, variants, archive members): that last pass runs in both modes, so the
 * "before" figure counts what only the views reveal.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { loadConfig } from '../src/config/load.js';
import { createLogger } from '../src/core/logger.js';
import { startLocalClamd } from '../src/cli/services.js';
import { prepareClamdDatabase } from '../src/scan/clamav-database.js';
import { loadRules } from '../src/scan/rules/index.js';
import { ClamavScanner } from '../src/scan/scanners/clamav.js';
import { ContentScanner, passwordWords } from '../src/scan/scanners/content.js';
import type { ScanContext, Scanner } from '../src/scan/types.js';
import { buildScanners } from '../src/scan/build-scanners.js';
import { scanMessage } from '../src/scan/scan-message.js';
import { AgencyDirectory } from '../src/directory/directory.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(value('--corpus') ?? '../shared/corpus');
const rawOnly = flag('--raw-only');
const ham = value('--ham');

// Built from pieces so that this file itself is not a test virus.
const EICAR = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join(
  '',
);
const EICAR_FORMS = [EICAR, ...[0, 1, 2].map((s) => b64Core(Buffer.from(EICAR).subarray(s)))];

function b64Core(b: Buffer): string {
  // The middle of the base64 text of b, stable whatever precedes it (3-byte aligned).
  return b.subarray(0, 48).toString('base64').slice(0, 60);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !/^(?:README|LICENSE)/i.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

function wrap(name: string, data: Buffer): Buffer {
  const b64 = data.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    `From: tester@example.com\r\nTo: vanthu@stttt.songhong.gov.vn\r\nSubject: ${name}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="w"\r\n\r\n--w\r\nContent-Type: text/plain\r\n\r\nSee attachment.\r\n--w\r\nContent-Type: application/octet-stream; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n--w--\r\n`,
    'latin1',
  );
}

interface Item {
  set: string;
  file: string;
  raw: Buffer;
  eicar: boolean;
}

function items(): Item[] {
  const out: Item[] = [];
  if (ham !== undefined) {
    for (const f of files(resolve(ham))) {
      out.push({ set: 'ham', file: f, raw: readFileSync(f), eicar: false });
    }
    return out;
  }
  for (const set of ['mail-security-tester-plain', 'mail-security-tester-evasion']) {
    for (const f of files(join(corpus, 'malware', set))) {
      const raw = readFileSync(f);
      const text = raw.toString('latin1');
      const subject = /^Subject:(.*)$/im.exec(text)?.[1] ?? '';
      const eicar = /eicar/i.test(subject) || EICAR_FORMS.some((e) => text.includes(e));
      out.push({ set, file: f, raw, eicar });
    }
  }
  for (const f of files(join(corpus, 'malware', 'eicar-attachments'))) {
    out.push({
      set: 'eicar-attachments',
      file: f,
      raw: wrap(basename(f), readFileSync(f)),
      eicar: true,
    });
  }
  for (const f of files(join(corpus, 'malformed'))) {
    const raw = readFileSync(f);
    const text = raw.toString('latin1');
    out.push({ set: 'malformed', file: f, raw, eicar: EICAR_FORMS.some((e) => text.includes(e)) });
  }
  return out;
}

interface SetCount {
  total: number;
  eicar: number;
  delivered: number;
  eicarDelivered: string[];
  held: Map<string, number>;
}

async function main(): Promise<void> {
  const cfg = loadConfig();
  const dir = mkdtempSync(join(tmpdir(), 'ms-eval-hostile-'));
  const clamd = await startLocalClamd({
    workDir: dir,
    signatureDir: prepareClamdDatabase({
      source: join(cfg.rules.dir, 'clamav'),
      target: join(dir, 'db'),
      domains: [],
    }),
    maxStreamBytes: cfg.limits.clamdMaxStreamBytes,
  });
  try {
    const rules = loadRules(cfg.rules.dir, {
      overrides: cfg.rules.overrides,
      lists: { agency_domains: ['songhong.gov.vn'] },
      scanChars: cfg.limits.ruleScanBytes,
    });
    const clamav = new ClamavScanner({
      socket: clamd.socket,
      host: '',
      port: 0,
      timeoutMs: cfg.clamd.timeoutMs,
      maxStreamBytes: cfg.limits.clamdMaxStreamBytes,
    });
    // The worker's scanners (content views and archives unless --raw-only, clamd, rules),
    // without sender checks (no DNS) or a classifier (none learned here).
    const scanners = buildScanners(cfg, {
      rules,
      directory: new AgencyDirectory([]),
      clamav,
      auth: 'off',
      content: !rawOnly,
    });
    // The oracle pass: every view to clamd, whatever the mode, so that "before" also counts
    // EICAR that only the views reveal (inside archives, renamed, hidden in broken MIME).
    const oracle: Scanner[] = [
      new ContentScanner({
        limits: cfg.limits,
        sevenZip: cfg.detection.archives.sevenZip,
        words: passwordWords(cfg.rules.dir),
        encryptedUnopened: cfg.detection.archives.encryptedUnopened,
      }),
      clamav,
    ];
    const log = createLogger('silent');
    const sets = new Map<string, SetCount>();
    let contentCpu = 0;
    for (const it of items()) {
      const envelope = {
        mailFrom: 'tester@example.com',
        rcptTo: ['vanthu@stttt.songhong.gov.vn'],
        clientAddress: '127.0.0.1',
        helo: 'localhost',
        receivedAt: new Date().toISOString(),
        tls: false,
      };
      // The one composition of the scan, as the worker runs it.
      const scanned = await scanMessage(
        {
          id: basename(it.file),
          envelope,
          raw: () => Readable.from([it.raw]),
          size: it.raw.length,
          log,
        },
        { scanners, limits: cfg.limits, thresholds: cfg.thresholds, timeoutMs: 60_000 },
      );
      contentCpu += scanned.cpu.content ?? 0;
      const { mail } = scanned;
      let eicar = it.eicar;
      if (!eicar) {
        const octx: ScanContext = {
          id: basename(it.file),
          envelope,
          raw: () => Readable.from([it.raw]),
          size: it.raw.length,
          mail,
          log,
          signal: AbortSignal.timeout(60_000),
        };
        try {
          for (const sc of oracle) {
            const r = await sc.scan(octx);
            if (r.status !== 'skip' && (r.viruses ?? []).some((n) => /eicar/i.test(n)))
              eicar = true;
          }
        } finally {
          for (const c of octx.cleanup ?? []) await c();
        }
      }
      const v = scanned.verdict;
      const s: SetCount = sets.get(it.set) ?? {
        total: 0,
        eicar: 0,
        delivered: 0,
        eicarDelivered: [],
        held: new Map(),
      };
      sets.set(it.set, s);
      s.total += 1;
      if (eicar) s.eicar += 1;
      if (v.action !== 'quarantine') {
        s.delivered += 1;
        if (v.action === 'tag')
          s.held.set('delivered tagged', (s.held.get('delivered tagged') ?? 0) + 1);
        if (eicar) s.eicarDelivered.push(it.file);
      } else {
        const why = v.category === 'policy' ? v.reason : v.category;
        s.held.set(why, (s.held.get(why) ?? 0) + 1);
      }
    }
    const total = [...sets.values()].reduce((n, s) => n + s.total, 0);
    const report = {
      mode: rawOnly ? 'raw message only (before issue #14)' : 'every view (issue #14)',
      sets: Object.fromEntries(
        [...sets].map(([k, s]) => [
          k,
          {
            total: s.total,
            carryingEicar: s.eicar,
            delivered: s.delivered,
            deliveredWithEicar: s.eicarDelivered.length,
            outcomes: Object.fromEntries(s.held),
            ...(flag('--list') ? { deliveredWithEicarFiles: s.eicarDelivered } : {}),
          },
        ]),
      ),
      deliveredWithEicar: [...sets.values()].reduce((n, s) => n + s.eicarDelivered.length, 0),
      contentCpuMsPerMessage: Math.round((contentCpu / Math.max(1, total)) * 1000) / 1000,
    };
    if (flag('--json')) console.log(JSON.stringify(report, null, 2));
    else {
      console.log(`mode: ${report.mode}`);
      for (const [k, s] of Object.entries(report.sets)) {
        console.log(
          `${k.padEnd(30)} ${String(s.total).padStart(5)} messages, ${String(s.carryingEicar).padStart(4)} with EICAR, ${String(s.delivered).padStart(4)} delivered, ${String(s.deliveredWithEicar).padStart(3)} delivered with EICAR; ${JSON.stringify(s.outcomes)}`,
        );
        if (flag('--list')) for (const f of s.deliveredWithEicarFiles ?? []) console.log(`  ${f}`);
      }
      console.log(`delivered with EICAR: ${report.deliveredWithEicar}`);
      console.log(`content scanner CPU per message: ${report.contentCpuMsPerMessage} ms`);
    }
    process.exitCode = report.deliveredWithEicar === 0 ? 0 : 1;
  } finally {
    clamd.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
