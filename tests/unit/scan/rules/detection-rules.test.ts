import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { defaultLimits } from '../../../../src/core/limits.js';
import { loadRules, type RuleInput } from '../../../../src/scan/rules/index.js';
import { domainToASCII } from 'node:url';
import {
  baseDomain,
  confusableLabel,
  editDistance,
  lookalikeOf,
  skeleton,
} from '../../../../src/scan/rules/lookalike.js';
import { listZip } from '../../../../src/scan/rules/zip-listing.js';
import { makeAttachment, makeInput, storedZip } from './make-input.js';

const ROOT = join(import.meta.dirname, '../../../..');
const AGENCIES = ['songhong.gov.vn', 'stc.songhong.gov.vn', 'syt.songhong.gov.vn'];
const rules = loadRules(join(ROOT, 'rules'), {
  lists: { agency_domains: AGENCIES },
  scanChars: defaultLimits.ruleScanBytes,
});
const ids = (input: RuleInput): string[] => rules.evaluate(input).map((h) => h.rule);

describe('lookalikes of agency domains', () => {
  it('finds the agency name inside another domain, dots turned to dashes or not', () => {
    expect(lookalikeOf('songhong.gov.vn.attacker.example', AGENCIES)).toBe('songhong.gov.vn');
    expect(lookalikeOf('songhong-gov.vn.login-verify.example.net', AGENCIES)).toBe(
      'songhong.gov.vn',
    );
  });

  it('finds swapped suffixes and near misses', () => {
    expect(lookalikeOf('songhong.com.vn', AGENCIES)).toBe('songhong.gov.vn');
    expect(lookalikeOf('mail.songhomg.gov.vm', AGENCIES)).toBe('songhong.gov.vn');
    expect(lookalikeOf('sonhgong.gov.vn.example.com', AGENCIES)).toBe('songhong.gov.vn');
  });

  it('leaves the agency domains, their subdomains and other gov.vn domains alone', () => {
    for (const host of [
      'songhong.gov.vn',
      'mail.stc.songhong.gov.vn',
      'gdt.gov.vn',
      'hanoi.gov.vn',
    ]) {
      expect(lookalikeOf(host, AGENCIES)).toBeUndefined();
    }
    expect(lookalikeOf('example.com', AGENCIES)).toBeUndefined();
  });

  it('reads international names by their skeleton: homoglyphs and diacritics', () => {
    // Cyrillic ѕ (U+0455) and о (U+043E) in place of Latin s and o.
    expect(skeleton(domainToASCII('ѕonghong.com'))).toBe('songhong.com');
    expect(lookalikeOf(domainToASCII('ѕonghong.com'), AGENCIES)).toBe('songhong.gov.vn');
    expect(lookalikeOf(domainToASCII('sоnghоng-gov.vn'), AGENCIES)).toBe('songhong.gov.vn');
    expect(lookalikeOf(domainToASCII('stс.songhong.com'), AGENCIES)).toBe('songhong.gov.vn');
    // Vietnamese diacritics added to the agency name, punycode or as written.
    expect(lookalikeOf('sônghồng.vn', AGENCIES)).toBe('songhong.gov.vn');
    expect(lookalikeOf(domainToASCII('sônghồng.vn'), AGENCIES)).toBe('songhong.gov.vn');
  });

  it('leaves unrelated international names, and ones under gov.vn, alone', () => {
    expect(lookalikeOf(domainToASCII('bộ-tài-chính.vn'), AGENCIES)).toBeUndefined();
    expect(lookalikeOf(domainToASCII('sônghồng.gov.vn'), AGENCIES)).toBeUndefined();
    expect(lookalikeOf(domainToASCII('miсrosoft.com'), AGENCIES)).toBeUndefined();
    // An agency's own international name is the agency, not an imitation of it.
    const idnAgency = domainToASCII('sônghồng.vn');
    expect(lookalikeOf(`mail.${idnAgency}`, [idnAgency])).toBeUndefined();
    expect(lookalikeOf('songhong.vn', [idnAgency])).toBe(idnAgency);
  });

  it('measures edit distance with transpositions and stops past the bound', () => {
    expect(editDistance('songhong', 'sonhgong', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(baseDomain('a.b.example.com.vn')).toBe('example.com.vn');
    expect(baseDomain('login.example.net')).toBe('example.net');
  });

  it('reads organisations from the Public Suffix List, private section included', () => {
    expect(baseDomain('mail.stc.songhong.gov.vn')).toBe('songhong.gov.vn');
    expect(baseDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    // Anyone can publish under these: two sites there are two organisations.
    expect(baseDomain('victim.github.io')).toBe('victim.github.io');
    expect(baseDomain('login-verify.web.app')).not.toBe(baseDomain('songhong.web.app'));
    // No organisation: only equal to itself.
    expect(baseDomain('192.0.2.10')).toBe('192.0.2.10');
    expect(baseDomain('gov.vn')).toBe('gov.vn');
  });
});

describe('confusable characters in hosts', () => {
  it('flags Latin mixed with look-alike Cyrillic, not Vietnamese international names', () => {
    expect(confusableLabel('login.xn--mirosoft-gch.com')).toBe('login.miсrosoft.com');
    // bộ-tài-chính.vn: Latin letters with Vietnamese diacritics only.
    expect(confusableLabel('xn--b-ti-chnh-s1a1mq349a.vn')).toBeUndefined();
    expect(confusableLabel('example.com')).toBeUndefined();
  });
});

describe('link rules', () => {
  it('flags link text showing one site while the link goes to another', () => {
    const input = makeInput({
      html: '<p><a href="https://evil.example.net/x">https://cucthue.songhong.gov.vn/hoan-thue</a></p>',
    });
    expect(ids(input)).toContain('URI_TEXT_MISMATCH');
  });

  it('does not flag link text on the same site, or text that is not an address', () => {
    const same = makeInput({
      html: '<a href="https://www.songhong.gov.vn/tin">songhong.gov.vn</a> <a href="https://x.example.com">Xem thêm</a>',
    });
    expect(ids(same)).not.toContain('URI_TEXT_MISMATCH');
  });

  it('matches shorteners and their subdomains from the list, not lookalike hosts', () => {
    expect(ids(makeInput({ text: 'https://bit.ly/abc' }))).toContain('URI_SHORTENER');
    expect(ids(makeInput({ text: 'https://www.bit.ly/abc' }))).toContain('URI_SHORTENER');
    expect(ids(makeInput({ text: 'https://notbit.ly/abc' }))).not.toContain('URI_SHORTENER');
  });

  it('flags public IP-literal links but not intranet addresses', () => {
    expect(ids(makeInput({ text: 'http://198.51.100.7/login' }))).toContain('URI_IP_LITERAL');
    expect(ids(makeInput({ text: 'http://10.0.0.5/qlvb' }))).not.toContain('URI_IP_LITERAL');
    expect(ids(makeInput({ text: 'http://192.168.1.20/' }))).not.toContain('URI_IP_LITERAL');
    // The pattern is written without a look-ahead (linear-time subset): check it against
    // the ranges it must leave out, octet by octet.
    const privateRange = (a: number, b: number): boolean =>
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168);
    for (let a = 0; a < 256; a += 1) {
      for (const b of [0, 1, 15, 16, 31, 32, 99, 168, 169, 254, 255]) {
        const hit = ids(makeInput({ text: `http://${a}.${b}.7.9/x` })).includes('URI_IP_LITERAL');
        expect(hit, `${a}.${b}.7.9`).toBe(!privateRange(a, b));
      }
    }
  });
});

describe('message shape rules', () => {
  const outside = [{ name: 'Shop', address: 'news@shop.example.com' }];

  it('flags a mail that is a line of text and a link to another organisation', () => {
    const spam = makeInput({
      from: outside,
      text: 'Feel the difference tonight! http://cheap-offer.example.net/\n',
    });
    expect(ids(spam)).toEqual(
      expect.arrayContaining(['SHORT_TEXT_WITH_LINK', 'SHORT_TEXT_BARE_LINK']),
    );
  });

  it('spares short notes linking to the sender, to a government site, or quoting a reply', () => {
    const own = makeInput({
      from: outside,
      text: 'Our new price list: https://www.example.com/p\n',
    });
    const gov = makeInput({ from: outside, text: 'Tra cứu tại https://thuedientu.gdt.gov.vn/\n' });
    const reply = makeInput({
      from: outside,
      text: '> Where is it?\nHere: https://docs.example.org/guide\n',
    });
    for (const input of [own, gov, reply]) expect(ids(input)).not.toContain('SHORT_TEXT_WITH_LINK');
  });

  it('sees prose hidden in a style sheet or a comment, not CSS or Outlook conditionals', () => {
    const filler = makeInput({
      html: '<style>The old man walked down to the river every single morning before work.</style><p>Hi</p>',
    });
    expect(ids(filler)).toContain('HTML_STYLE_PROSE');
    const css = makeInput({
      html: '<style>body { font-family: Arial } p.note { color: #333 }</style><!--[if mso]><table><tr><td><![endif]--><p>Hi</p>',
    });
    expect(ids(css).filter((id) => id.startsWith('HTML_'))).toEqual([]);
  });
});

describe('sender rules', () => {
  it('compares Reply-To and From by organisation, not by host', () => {
    const same = makeInput({
      from: [{ name: 'A', address: 'a@mail.example.com' }],
      replyTo: [{ name: '', address: 'b@example.com' }],
    });
    expect(ids(same)).not.toContain('REPLY_TO_DIVERGES');
    const other = makeInput({
      from: [{ name: 'A', address: 'a@example.com' }],
      replyTo: [{ name: '', address: 'b@freemail.example.net' }],
    });
    expect(ids(other)).toContain('REPLY_TO_DIVERGES');
  });

  it('does not treat agency titles from agency domains as spoofing', () => {
    const inside = makeInput({
      from: [{ name: 'Chủ tịch UBND tỉnh', address: 'ct@songhong.gov.vn' }],
    });
    expect(ids(inside)).not.toContain('AGENCY_NAME_SPOOF');
    const outside = makeInput({
      from: [{ name: 'Chu tich UBND tinh', address: 'ct@freemail.example.com' }],
    });
    expect(ids(outside)).toContain('AGENCY_NAME_SPOOF');
  });

  it('lets a DMARC pass excuse an agency title from outside (a real partner signing its mail)', () => {
    const input: RuleInput = {
      ...makeInput({ from: [{ name: 'Giám đốc', address: 'gd@partner.example.com' }] }),
      auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass', arc: 'none' },
    };
    expect(ids(input)).not.toContain('AGENCY_NAME_SPOOF');
  });

  it('flags From and Reply-To domains that imitate an agency, with look-alike letters too', () => {
    const homoglyph = makeInput({
      from: [{ name: 'Quản trị', address: `admin@${domainToASCII('sоnghоng.vn')}` }],
    });
    expect(ids(homoglyph)).toEqual(
      expect.arrayContaining(['FROM_AGENCY_LOOKALIKE', 'SENDER_DOMAIN_CONFUSABLE']),
    );
    const detail = rules.evaluate(homoglyph).find((h) => h.rule === 'FROM_AGENCY_LOOKALIKE');
    expect(detail?.detail).toContain('sоnghоng.vn');
    const replyTo = makeInput({
      from: [{ name: 'Kế toán', address: 'ketoan@stc.songhong.gov.vn' }],
      replyTo: [{ name: '', address: 'ketoan@stc-songhong.gov.vn.example.net' }],
    });
    expect(ids(replyTo)).toContain('REPLY_TO_AGENCY_LOOKALIKE');
    expect(ids(replyTo)).not.toContain('FROM_AGENCY_LOOKALIKE');
  });

  it('flags a sender domain mixing scripts, written as punycode or as Unicode, not Vietnamese names', () => {
    for (const address of [`billing@${domainToASCII('paypaӏ.com')}`, 'billing@miсrosoft.com']) {
      expect(ids(makeInput({ from: [{ name: 'Billing', address }] }))).toContain(
        'SENDER_DOMAIN_CONFUSABLE',
      );
    }
    const vietnamese = makeInput({
      from: [{ name: 'Công ty', address: `lienhe@${domainToASCII('côngtyabc.vn')}` }],
    });
    expect(ids(vietnamese)).not.toContain('SENDER_DOMAIN_CONFUSABLE');
  });

  it('reads a gov.vn sender outside the directory as government, unless its checks show a forgery', () => {
    const ministry = makeInput({
      from: [{ name: 'Sở Tài chính tỉnh Thái Bình', address: 'vanthu@stc.thaibinh.gov.vn' }],
    });
    expect(ids(ministry)).not.toContain('AGENCY_NAME_SPOOF');
    expect(ids(ministry)).not.toContain('GOV_FROM_FORGED');
    const forged: RuleInput = {
      ...ministry,
      auth: { spf: 'fail', dkim: 'none', dmarc: 'fail', arc: 'none' },
    };
    expect(ids(forged)).toEqual(expect.arrayContaining(['GOV_FROM_FORGED', 'AGENCY_NAME_SPOOF']));
    // gov.vn inside another name is not gov.vn.
    const inside = makeInput({
      from: [{ name: 'Sở Tài chính', address: 'vanthu@stc.gov.vn.example.com' }],
    });
    expect(ids(inside)).toContain('AGENCY_NAME_SPOOF');
    expect(ids(inside)).not.toContain('GOV_FROM_FORGED');
  });

  it('does not read a mailing list rewriting From and Reply-To as a trick', () => {
    const list = makeInput({
      from: [{ name: 'A via Users', address: 'users@lists.example.org' }],
      to: [{ name: '', address: 'users@lists.example.org' }],
      replyTo: [{ name: 'A', address: 'a@example.net' }],
      headers: [{ name: 'list-id', value: 'Users <users.lists.example.org>' }],
    });
    expect(ids(list)).not.toContain('FROM_SAME_AS_TO');
    expect(ids(list)).not.toContain('REPLY_TO_DIVERGES');
    const noList = makeInput({
      from: [{ name: 'A', address: 'a@example.com' }],
      replyTo: [{ name: 'A', address: 'a@example.net' }],
    });
    expect(ids(noList)).toContain('REPLY_TO_DIVERGES');
  });

  it('flags mail "from yourself" from outside, unless DMARC says the domain sent it', () => {
    const self = makeInput({
      from: [{ name: '', address: 'VanThu@stc.songhong.gov.vn' }],
    });
    expect(ids(self)).toContain('FROM_SAME_AS_TO');
    const signed: RuleInput = {
      ...self,
      auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass', arc: 'none' },
    };
    expect(ids(signed)).not.toContain('FROM_SAME_AS_TO');
    expect(ids(makeInput())).not.toContain('FROM_SAME_AS_TO');
  });

  it('never matches auth rules without results (offline, eval)', () => {
    const input = makeInput({ from: [{ name: 'A', address: 'a@songhong.gov.vn' }] });
    expect(
      ids(input).filter((id) => id.startsWith('AUTH_') || id === 'AGENCY_FROM_FORGED'),
    ).toEqual([]);
  });
});

describe('Bayes bands', () => {
  it('maps each probability to exactly one band, 1 included in the top one', () => {
    const band = (p: number): string[] =>
      ids({ ...makeInput({}), bayes: p }).filter((id) => id.startsWith('BAYES_'));
    expect(band(0)).toEqual(['BAYES_00']);
    expect(band(0.02)).toEqual(['BAYES_05']);
    expect(band(0.2)).toEqual([]);
    expect(band(0.5)).toEqual(['BAYES_50']);
    expect(band(0.7)).toEqual(['BAYES_60']);
    expect(band(0.9)).toEqual(['BAYES_80']);
    expect(band(0.97)).toEqual(['BAYES_95']);
    expect(band(0.995)).toEqual(['BAYES_99']);
    expect(band(1)).toEqual(['BAYES_999']);
  });

  it('scores nothing when the classifier gave no probability', () => {
    expect(ids(makeInput({})).filter((id) => id.startsWith('BAYES_'))).toEqual([]);
  });
});

describe('clamd heuristics as scoring signals', () => {
  const withAlert = (name: string): RuleInput => ({ ...makeInput({}), heuristics: [name] });

  it('holds macro documents as policy, scores encrypted archives, neither as malware', () => {
    const macro = rules.evaluate(withAlert('Heuristics.OLE2.ContainsMacros'));
    expect(macro.map((h) => [h.rule, h.category])).toEqual([['CLAM_OFFICE_MACRO', 'policy']]);
    expect(ids(withAlert('Heuristics.Encrypted.Zip'))).toEqual(['CLAM_ENCRYPTED']);
  });

  it('holds the project’s own policy signatures (active content) as policy', () => {
    for (const name of [
      'MailShield.Policy.Office.DDE',
      'MailShield.Policy.Office.RunProgram',
      'MailShield.Policy.Office.EncodedPowerShell',
      'MailShield.Policy.PDF.DocumentJavaScript',
    ]) {
      const hits = rules.evaluate(withAlert(name));
      expect(
        hits.map((h) => [h.rule, h.category]),
        name,
      ).toEqual([['CLAM_ACTIVE_CONTENT', 'policy']]);
    }
  });

  it('scores ClamAV phishing-signature hits as phishing', () => {
    const hits = rules.evaluate(withAlert('Heuristics.Phishing.Email.SpoofedDomain'));
    expect(hits.map((h) => [h.rule, h.category])).toEqual([['CLAM_PHISHING_LINK', 'phishing']]);
  });

  it('holds limits exceeded as policy and any other heuristic as malware', () => {
    expect(rules.evaluate(withAlert('Heuristics.Limits.Exceeded.MaxRecursion'))[0]?.category).toBe(
      'policy',
    );
    const other = rules.evaluate(withAlert('Heuristics.Broken.Executable'));
    expect(other.map((h) => [h.rule, h.category])).toEqual([['CLAM_HEURISTIC_OTHER', 'malware']]);
  });
});

describe('attachment rules', () => {
  it('sees encrypted ZIP members and encrypted PDFs', async () => {
    const zip = Buffer.from(storedZip([{ name: 'a.doc', data: 'x' }]));
    expect(listZip(zip).encrypted).toBe(false);
    // General purpose bit 0 in the local and the central header.
    zip.writeUInt16LE(zip.readUInt16LE(6) | 1, 6);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(zip.readUInt16LE(central + 8) | 1, central + 8);
    expect(listZip(zip).encrypted).toBe(true);
    expect(ids(makeInput({ attachments: [await makeAttachment('hs.zip', zip)] }))).toContain(
      'ATT_ENCRYPTED',
    );
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <</Filter/Standard>> trailer <</Encrypt 1 0 R>>');
    expect(ids(makeInput({ attachments: [await makeAttachment('bc.pdf', pdf)] }))).toContain(
      'ATT_ENCRYPTED',
    );
  });

  it('does not call a real docx or an RTF saved as .doc a type mismatch', async () => {
    const docx = storedZip([{ name: 'word/document.xml', data: '<w/>' }]);
    const rtf = Buffer.from('{\\rtf1 van ban}');
    const input = makeInput({
      attachments: [await makeAttachment('a.docx', docx), await makeAttachment('b.doc', rtf)],
    });
    expect(ids(input)).not.toContain('ATT_TYPE_MISMATCH');
  });

  it('flags an SVG that carries a script', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>location="x"</script></svg>',
    );
    expect(
      ids(makeInput({ attachments: [await makeAttachment('scan.svg', svg, 'image/svg+xml')] })),
    ).toContain('ATT_HTML_SCRIPT_OR_FORM');
  });
});
