import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  decideSenderLists,
  type SenderEntry,
  type SenderListInput,
} from '../../../src/senders/decide.js';
import { parsePattern, patternMatches } from '../../../src/senders/pattern.js';
import { decide, type Thresholds, type VerdictHit } from '../../../src/verdict/decide.js';
import { applySenderLists } from '../../../src/verdict/sender-lists.js';
import type { AuthResults } from '../../../src/scan/types.js';

/**
 * The sender lists at rule level: what is matched, when an allow entry counts, and the
 * precedence over the score, on the pure modules the scan worker runs (the SMTP test,
 * tests/integration/sender-lists.test.ts, proves them through the running gateway).
 */
const thresholds: Thresholds = { tag: 4, quarantine: 7, reject: 15 };
const NONE: AuthResults = { spf: 'none', dkim: 'none', dmarc: 'none', arc: 'none' };
const SPF_PASS: AuthResults = { ...NONE, spf: 'pass' };
const DMARC_PASS: AuthResults = { ...NONE, dkim: 'pass', dmarc: 'pass' };

let n = 0;
function entry(kind: 'allow' | 'deny', pattern: string, note = ''): SenderEntry {
  return { id: `e${++n}`, kind, pattern, note };
}

function lists(byAgency: Record<string, SenderEntry[]>): SenderListInput['entries'] {
  return new Map(Object.entries(byAgency));
}

function input(over: Partial<SenderListInput>): SenderListInput {
  return {
    entries: new Map(),
    agencies: ['STTTT'],
    envelopeFrom: 'news@partner.vn',
    fromHeader: ['news@partner.vn'],
    auth: NONE,
    unverifiedScore: -2,
    ...over,
  };
}

/** The scan worker's order: score with the list's hits, then the lists' precedence. */
function verdictOf(
  hits: VerdictHit[],
  list: ReturnType<typeof decideSenderLists>,
  viruses: string[] = [],
  unscannable: string[] = [],
) {
  return applySenderLists(
    decide({ hits: [...hits, ...list.hits], viruses, unscannable, thresholds }),
    list,
  );
}

describe('sender list patterns', () => {
  it('takes full addresses and domains, lower-cased, and refuses the rest with a reason', () => {
    expect(parsePattern(' News@Partner.VN ')).toEqual({
      pattern: 'news@partner.vn',
      type: 'address',
    });
    expect(parsePattern('partner.vn')).toEqual({ pattern: 'partner.vn', type: 'domain' });
    expect(parsePattern('bộ-tài-chính.vn')).toEqual({
      pattern: domainToASCII('bộ-tài-chính.vn'),
      type: 'domain',
    });
    expect(parsePattern('')).toEqual({ problem: 'empty' });
    expect(parsePattern('*.partner.vn')).toEqual({ problem: 'wildcard' });
    expect(parsePattern('@partner.vn')).toEqual({ problem: 'wildcard' });
    expect(parsePattern('vn')).toEqual({ problem: 'top-level' });
    expect(parsePattern('a@vn')).toEqual({ problem: 'top-level' });
    expect(parsePattern('"a b"@partner.vn')).toEqual({ problem: 'bad-address' });
    expect(parsePattern('partner..vn')).toEqual({ problem: 'bad-domain' });
    expect(parsePattern('a@127.0.0.1')).toEqual({ problem: 'bad-address' });
  });

  it('matches a domain and its subdomains, never a mere suffix', () => {
    expect(patternMatches('partner.vn', 'a@partner.vn')).toBe(true);
    expect(patternMatches('partner.vn', 'a@mail.partner.vn')).toBe(true);
    expect(patternMatches('partner.vn', 'a@evilpartner.vn')).toBe(false);
    expect(patternMatches('partner.vn', 'a@partner.vn.example.com')).toBe(false);
    expect(patternMatches('news@partner.vn', 'news@partner.vn')).toBe(true);
    expect(patternMatches('news@partner.vn', 'other@partner.vn')).toBe(false);
  });
});

describe('deny entries', () => {
  const spam = [{ rule: 'X', group: 'test', score: 1 }];

  it('hold as spam with the entry named, on the envelope or the From, unauthenticated', () => {
    const entries = lists({ STTTT: [entry('deny', 'spammer.example', 'bulk sender')] });
    for (const over of [
      { envelopeFrom: 'a@mail.spammer.example', fromHeader: ['x@other.example'] },
      { envelopeFrom: 'x@other.example', fromHeader: ['a@spammer.example'] },
    ]) {
      const list = decideSenderLists(input({ entries, ...over }));
      expect(list.outcome).toBe('deny');
      const v = verdictOf(spam, list);
      expect(v).toMatchObject({ category: 'spam', action: 'quarantine' });
      expect(v.reason).toContain('STTTT: deny spammer.example');
      expect(v.reason).toContain('bulk sender');
      expect(v.hits.find((h) => h.rule === 'SENDER_DENIED')?.detail).toContain('spammer.example');
    }
  });

  it('apply only to the agencies that keep them', () => {
    const entries = lists({ STC: [entry('deny', 'spammer.example')] });
    const list = decideSenderLists(input({ entries, envelopeFrom: 'a@spammer.example' }));
    expect(list.outcome).toBe('none');
    expect(verdictOf([], list).action).toBe('deliver');
  });

  it('keep a malware verdict malware, and a phishing hold phishing', () => {
    const entries = lists({ STTTT: [entry('deny', 'spammer.example')] });
    const list = decideSenderLists(input({ entries, envelopeFrom: 'a@spammer.example' }));
    expect(verdictOf([], list, ['Eicar-Test-Signature']).category).toBe('malware');
    const phish = [{ rule: 'P', group: 'test', score: 9, category: 'phishing' as const }];
    expect(verdictOf(phish, list)).toMatchObject({ category: 'phishing', action: 'quarantine' });
  });
});

describe('allow entries', () => {
  const gtube = [{ rule: 'GTUBE', group: 'body', score: 1000 }];
  const tagged = [{ rule: 'T', group: 'test', score: 5 }];

  it('deliver mail held or tagged as spam when DMARC passes for the From', () => {
    const entries = lists({ STTTT: [entry('allow', 'partner.vn')] });
    const list = decideSenderLists(
      input({ entries, envelopeFrom: 'bounce@esp.example', auth: DMARC_PASS }),
    );
    expect(list.outcome).toBe('allow');
    for (const hits of [gtube, tagged]) {
      const v = verdictOf(hits, list);
      expect(v).toMatchObject({ category: 'clean', action: 'deliver' });
      expect(v.reason).toContain('STTTT: allow partner.vn (From news@partner.vn), DMARC pass');
      expect(v.reason).toContain('without it:');
    }
  });

  it('deliver on SPF pass of the envelope only when the From is in the entry’s domain', () => {
    const entries = lists({ STTTT: [entry('allow', 'partner.vn')] });
    const ok = decideSenderLists(
      input({
        entries,
        envelopeFrom: 'b@mail.partner.vn',
        fromHeader: ['news@partner.vn'],
        auth: SPF_PASS,
      }),
    );
    expect(ok.outcome).toBe('allow');
    expect(ok.hits[0]?.detail).toContain('SPF pass');
    // A passing envelope carrying a forged From of another domain.
    const forged = decideSenderLists(
      input({
        entries,
        envelopeFrom: 'b@partner.vn',
        fromHeader: ['director@stc.songhong.gov.vn'],
        auth: SPF_PASS,
      }),
    );
    expect(forged.outcome).toBe('allow-unverified');
    expect(forged.hits[0]?.detail).toContain('not verified: From not in partner.vn');
    expect(verdictOf(gtube, forged)).toMatchObject({ category: 'spam', action: 'quarantine' });
  });

  it('only lower the score, and say so, when the authentication does not support them', () => {
    const entries = lists({ STTTT: [entry('allow', 'news@partner.vn')] });
    // A forged From: no DMARC pass, no SPF pass.
    const list = decideSenderLists(input({ entries }));
    expect(list.outcome).toBe('allow-unverified');
    const hit = list.hits.find((h) => h.rule === 'SENDER_ALLOWED_UNVERIFIED');
    expect(hit?.score).toBe(-2);
    expect(hit?.detail).toContain('not verified: SPF none, DMARC none');
    const held = verdictOf(gtube, list);
    expect(held).toMatchObject({ category: 'spam', action: 'quarantine', score: 998 });
    // 5 - 2 = 3 < tag 4: the lowered score delivers, the entry did not.
    expect(verdictOf(tagged, list)).toMatchObject({ action: 'deliver', score: 3 });
    // No authentication at all (auth off).
    const off = decideSenderLists(input({ entries, auth: undefined }));
    expect(off.hits[0]?.detail).toContain('did not run');
  });

  it('are not verified by a DMARC pass when the From holds several addresses', () => {
    const entries = lists({ STTTT: [entry('allow', 'partner.vn')] });
    const list = decideSenderLists(
      input({ entries, fromHeader: ['news@partner.vn', 'ceo@evil.example'], auth: DMARC_PASS }),
    );
    expect(list.outcome).toBe('allow-unverified');
  });

  it('never deliver malware, unscannable mail, a policy hold or phishing', () => {
    const entries = lists({ STTTT: [entry('allow', 'partner.vn')] });
    const list = decideSenderLists(input({ entries, auth: DMARC_PASS }));
    expect(verdictOf([], list, ['Eicar-Test-Signature'])).toMatchObject({
      category: 'malware',
      action: 'quarantine',
    });
    const v = verdictOf([], list, [], ['too-large-for-clamd']);
    expect(v).toMatchObject({ category: 'policy', action: 'quarantine' });
    expect(v.reason).toContain('sender list not applied to policy');
    const banned = [
      { rule: 'ATT_ENCRYPTED', group: 'attachment', score: 0, category: 'policy' as const },
    ];
    expect(verdictOf(banned, list)).toMatchObject({ category: 'policy', action: 'quarantine' });
    const malwareRule = [
      { rule: 'ATT_EXE', group: 'attachment', score: 0, category: 'malware' as const },
    ];
    expect(verdictOf(malwareRule, list).category).toBe('malware');
    const phish = [{ rule: 'P', group: 'test', score: 9, category: 'phishing' as const }];
    const p = verdictOf(phish, list);
    expect(p).toMatchObject({ category: 'phishing', action: 'quarantine' });
    expect(p.reason).toContain('not applied to phishing');
  });
});

describe('recipients in several agencies', () => {
  const gtube = [{ rule: 'GTUBE', group: 'body', score: 1000 }];

  it('hold when one agency denies what another allows, and say why', () => {
    const entries = lists({
      STTTT: [entry('allow', 'partner.vn')],
      STC: [entry('deny', 'partner.vn')],
    });
    const list = decideSenderLists(
      input({ entries, agencies: ['STTTT', 'STC'], auth: DMARC_PASS }),
    );
    expect(list.outcome).toBe('deny');
    const v = verdictOf([], list);
    expect(v).toMatchObject({ category: 'spam', action: 'quarantine' });
    expect(v.reason).toContain('allowed by STTTT: lists disagree, held');
    expect(list.hits.find((h) => h.rule === 'SENDER_ALLOWED_NOT_APPLIED')?.detail).toContain(
      'denied by STC',
    );
  });

  it('apply an allow only when every agency among the recipients allows the sender', () => {
    const entries = lists({ STTTT: [entry('allow', 'partner.vn')] });
    const partial = decideSenderLists(
      input({ entries, agencies: ['STTTT', 'STC'], auth: DMARC_PASS }),
    );
    expect(partial.outcome).toBe('allow-partial');
    expect(partial.hits[0]?.detail).toContain('not on an allow list of STC');
    expect(verdictOf(gtube, partial)).toMatchObject({ category: 'spam', action: 'quarantine' });
    const both = lists({
      STTTT: [entry('allow', 'partner.vn')],
      STC: [entry('allow', 'news@partner.vn')],
    });
    const all = decideSenderLists(
      input({ entries: both, agencies: ['STTTT', 'STC'], auth: DMARC_PASS }),
    );
    expect(all.outcome).toBe('allow');
    expect(verdictOf(gtube, all).action).toBe('deliver');
  });
});
