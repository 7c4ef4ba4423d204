import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseMessage } from '../../src/scan/parse.js';
import { loadRules, type RuleSet } from '../../src/scan/rules/index.js';
import { decide, type Verdict } from '../../src/verdict/decide.js';
import { defaultLimits } from '../../src/core/limits.js';
import { loadDirectory } from '../../src/directory/directory.js';
import { PermanentError } from '../../src/core/errors.js';
import { mutate, rng } from './mutate.js';
import { checkStructure } from '../../src/scan/content/mime-structure.js';
import { PasswordFinder } from '../../src/scan/content/password-finder.js';
import { passwordWords } from '../../src/scan/scanners/content.js';

const finder = new PasswordFinder(passwordWords(join(import.meta.dirname, '../../rules')));

const ROOT = join(import.meta.dirname, '../..');

export function sampleFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['ham', 'spam', 'phishing', 'malware', 'malformed']) {
    for (const f of readdirSync(join(ROOT, 'samples', dir)))
      if (f.endsWith('.eml')) out.push(join(ROOT, 'samples', dir, f));
  }
  return out;
}

export function shippedRules(): RuleSet {
  const directory = loadDirectory(join(ROOT, 'seeds/agencies.yaml'));
  return loadRules(join(ROOT, 'rules'), {
    lists: { agency_domains: directory.domains() },
    scanChars: defaultLimits.ruleScanBytes,
  });
}

/**
 * The worker's scan path minus clamd and 7-Zip: parse (bounded), the second MIME reading
 * with its decoders, the password finder, rules, verdict. Never throws for input.
 */
export async function scanPath(raw: Buffer, rules: RuleSet): Promise<Verdict> {
  const unscannable: string[] = [];
  let mail;
  try {
    mail = await parseMessage(Readable.from([raw]), {
      limits: { ...defaultLimits, parseTimeoutMs: 10_000 },
    });
  } catch (err) {
    if (!(err instanceof PermanentError)) throw err;
    unscannable.push('parse-timeout');
  }
  if (!mail)
    return decide({
      hits: [],
      viruses: [],
      unscannable,
      thresholds: { tag: 4, quarantine: 7, reject: 15 },
    });
  const structure = checkStructure(raw, {
    maxParts: defaultLimits.maxMimeParts * 2,
    maxViews: defaultLimits.maxScanViews,
  });
  finder.find(
    {
      subject: mail.subject,
      text: mail.text,
      filenames: mail.attachments.flatMap((a) => (a.filename ? [a.filename] : [])),
    },
    defaultLimits.maxPasswordCandidates,
  );
  const hits = rules.evaluate({
    findings: structure.ambiguities.map((detail) => ({ name: 'Mime.Ambiguous', detail })),
    mail,
    envelope: {
      mailFrom: 'fuzz@example.com',
      rcptTo: ['vanthu@stttt.songhong.gov.vn'],
      clientAddress: '192.0.2.1',
      helo: 'fuzz',
      receivedAt: new Date(0).toISOString(),
      tls: false,
    },
  });
  return decide({
    hits,
    viruses: [],
    unscannable,
    thresholds: { tag: 4, quarantine: 7, reject: 15 },
  });
}

/** Runs `count` mutants from `seed`; returns the cases that threw, with how to reproduce them. */
export async function fuzz(
  count: number,
  seed: number,
  onCase?: (i: number) => void,
): Promise<{ failures: string[]; maxHeapMb: number }> {
  const files = sampleFiles();
  const inputs = files.map((f) => readFileSync(f));
  const rules = shippedRules();
  const next = rng(seed);
  const failures: string[] = [];
  let maxHeapMb = 0;
  for (let i = 0; i < count; i++) {
    const which = Math.floor(next() * inputs.length);
    const mutant = mutate(inputs[which]!, next);
    try {
      const v = await scanPath(mutant, rules);
      if (!['clean', 'spam', 'phishing', 'malware', 'policy'].includes(v.category))
        failures.push(`case ${i}: bad category ${v.category}`);
    } catch (err) {
      failures.push(
        `case ${i} (seed ${seed}, ${files[which]}): ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    if (i % 50 === 0) maxHeapMb = Math.max(maxHeapMb, process.memoryUsage().heapUsed / 1048576);
    onCase?.(i);
  }
  return { failures, maxHeapMb };
}
