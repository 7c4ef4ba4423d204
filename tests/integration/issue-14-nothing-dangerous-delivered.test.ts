import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPipeline, type Pipeline } from '../helpers/pipeline.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import { eicar, mailWithAttachment, nestedZip, zip } from '../helpers/hostile.js';
import { binhex, sevenZip, uuencode, yencode } from '../helpers/encoders.js';
import { rar4, rar5 } from '../helpers/rar.js';

const RCPT = 'vanthu@stttt.songhong.gov.vn';

interface Verdict {
  outcome: 'delivered' | 'held';
  category: string;
  rules: string[];
  viruses: string[];
  reason: string;
}

/** A message with a text body and one attachment, base64 encoded. */
function mail(body: string, name: string, data: Buffer, subject = 'Ho so'): Buffer {
  const raw = mailWithAttachment(name, data, 'application/octet-stream').toString('latin1');
  return Buffer.from(
    raw
      .replace('Subject: Tai lieu', `Subject: ${subject}`)
      .replace('Xem tep dinh kem.', Buffer.from(body, 'utf8').toString('latin1')),
    'latin1',
  );
}

function head(extra = ''): string {
  return `From: partner@example.com\r\nTo: ${RCPT}\r\nSubject: Tai lieu\r\nMessage-ID: <v${Math.random()}@example.com>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\nMIME-Version: 1.0\r\n${extra}`;
}

const b64 = (b: Buffer): string => b.toString('base64').replace(/.{76}/g, '$&\r\n');

/**
 * Issue #14: each class of hidden content, sent through SMTP to the running gateway with a
 * real clamd, is held, never delivered.
 */
describe('issue 14: nothing dangerous delivered', () => {
  let p: Pipeline;

  beforeAll(async () => {
    p = await startPipeline();
  });

  afterAll(async () => {
    await p?.close();
  });

  async function send(raw: Buffer): Promise<Verdict> {
    const r = await smtpSend(p.ms.port, { from: 'partner@example.com', to: [RCPT] }, raw);
    expect(r.code, r.response).toBe(250);
    const id = r.id!;
    const final = await waitFor(
      () =>
        p.ms.logs.find(
          (l) => l.id === id && (l.event === 'deliver.sent' || l.event === 'quarantine.held'),
        ),
      60_000,
      `a final outcome for ${id}`,
    );
    // A first delivery made in the scan job is logged before the verdict line.
    const v = await waitFor(
      () => p.ms.logs.find((l) => l.id === id && l.event === 'scan.verdict'),
      60_000,
      `the verdict of ${id}`,
    );
    return {
      outcome: final.event === 'deliver.sent' ? 'delivered' : 'held',
      category: String(v.category),
      rules: (v.rules as string[]) ?? [],
      viruses: (v.viruses as string[]) ?? [],
      reason: typeof v.msg === 'string' ? v.msg : '',
    };
  }

  const file = { name: 'eicar.com', data: eicar() };

  it('holds EICAR in a password-protected 7z, the password in the body (English)', async () => {
    const arc = sevenZip({ files: [file], password: 'Hs2026x' });
    const v = await send(
      mail('Please find the report.\r\nPassword: Hs2026x\r\n', 'report.7z', arc),
    );
    expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
    expect(v.viruses).toContain('Eicar-Test-Signature');
    expect(v.rules).toContain('ATT_ARCHIVE_OPENED_WITH_PASSWORD');
    expect(v.rules).toContain('CLAM_VIRUS_IN_PART');
  });

  it('holds EICAR in a 7z with encrypted headers, the password in Vietnamese', async () => {
    const arc = sevenZip({ files: [file], password: '7788abc', encryptHeaders: true });
    const v = await send(
      mail(
        'Kính gửi anh chị,\r\nMật khẩu giải nén là: 7788abc\r\nTrân trọng.\r\n',
        'ho-so.7z',
        arc,
      ),
    );
    expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
    expect(v.rules).toContain('ATT_ARCHIVE_OPENED_WITH_PASSWORD');
  });

  it('holds EICAR in a ZipCrypto zip, the password unaccented Vietnamese on the next line', async () => {
    const arc = sevenZip({ files: [file], type: 'zip', password: 'abc123' });
    const v = await send(
      mail('Gui anh tai lieu.\r\nmat khau\r\n"abc123"\r\n', 'tai-lieu.zip', arc),
    );
    expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
  });

  it('holds EICAR in an AES zip, the password in the subject', async () => {
    const arc = sevenZip({ files: [file], type: 'zip', password: 'Q9z', zipMethod: 'AES256' });
    const v = await send(mail('See attachment.\r\n', 'invoice.zip', arc, 'Invoice (pwd: Q9z)'));
    expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
  });

  it('holds EICAR in an encrypted 7z inside a plain zip (archive in archive)', async () => {
    const inner = sevenZip({ files: [file], password: 'nested1' });
    const outer = zip([{ name: 'inner.7z', data: inner }]);
    const v = await send(mail('Kennwort: nested1\r\n', 'paket.zip', outer));
    expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
  });

  it('holds an encrypted archive whose password the mail does not give, as policy', async () => {
    const arc = sevenZip({ files: [file], password: 'not-in-the-mail-9431', encryptHeaders: true });
    const v = await send(mail('Xem tep dinh kem.\r\n', 'bao-cao.7z', arc));
    expect(v).toMatchObject({ outcome: 'held', category: 'policy' });
    expect(v.rules).toContain('ATT_ARCHIVE_ENCRYPTED_UNOPENED');
  });

  it('holds archives nested deeper than maxArchiveDepth as policy, not scanned in part', async () => {
    const v = await send(
      mail('Ho so.\r\n', 'ho-so.zip', nestedZip(8, Buffer.from('hello'), 'a.txt')),
    );
    expect(v).toMatchObject({ outcome: 'held', category: 'policy' });
    expect(v.rules).toContain('ATT_ARCHIVE_NOT_SCANNED');
  });

  it('holds a program inside a 7z (attachment rules see 7z members)', async () => {
    const arc = sevenZip({ files: [{ name: 'hoadon.exe', data: Buffer.from('MZ not really') }] });
    const v = await send(mail('Hoa don.\r\n', 'hoadon.7z', arc));
    expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
    expect(v.rules).toContain('ATT_ZIP_EXECUTABLE');
  });

  it('holds a workbook whose DDE link runs a command, as policy; delivers a plain workbook', async () => {
    // The parts of an .xlsx that matter here: a sheet, and an external link of the DDE kind
    // (Excel writes `ddeService="cmd"` for a `=cmd|'/c …'!A0` formula). The command builds
    // its payload at run time: no malware signature sees it.
    const sheet = Buffer.from(
      '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
    );
    const dde = Buffer.from(
      '<?xml version="1.0"?><externalLink><ddeLink ddeService="cmd" ddeTopic="/c calc.exe"><ddeItems><ddeItem name="A0"/></ddeItems></ddeLink></externalLink>',
    );
    const risky = zip([
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
      { name: 'xl/externalLinks/externalLink1.xml', data: dde },
    ]);
    const v = await send(mail('Bang tong hop.\r\n', 'tong-hop.xlsx', risky));
    expect(v).toMatchObject({ outcome: 'held', category: 'policy' });
    expect(v.rules).toContain('CLAM_ACTIVE_CONTENT');
    const plain = zip([{ name: 'xl/worksheets/sheet1.xml', data: sheet }]);
    expect((await send(mail('Bang tong hop.\r\n', 'tong-hop.xlsx', plain))).outcome).toBe(
      'delivered',
    );
  });

  it('delivers a plain 7z of a text file and a zip of a report', async () => {
    const arc = sevenZip({ files: [{ name: 'notes.txt', data: Buffer.from('hello\n') }] });
    expect((await send(mail('Notes attached.\r\n', 'notes.7z', arc))).outcome).toBe('delivered');
    const z = zip([{ name: 'bao-cao.txt', data: Buffer.from('so lieu quy 3\n') }]);
    expect((await send(mail('Bao cao.\r\n', 'bao-cao.zip', z))).outcome).toBe('delivered');
  });

  it('holds EICAR in a RAR 5 and in a RAR 4 (members extracted by unrar)', async () => {
    for (const [name, arc] of [
      ['tai-lieu.rar', rar5([{ name: 'tai-lieu/eicar.com', data: eicar() }])],
      ['old.rar', rar4([{ name: 'eicar.com', data: eicar() }])],
    ] as const) {
      const v = await send(mail('Gui anh tai lieu.\r\n', name, arc));
      expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
      expect(v.rules).toContain('CLAM_VIRUS_IN_PART');
    }
  });

  it('holds EICAR in an encrypted RAR 5, the password in Vietnamese in the body', async () => {
    const arc = rar5([{ name: 'eicar.com', data: eicar() }], { password: 'Qd15-2026' });
    const v = await send(
      mail('Kính gửi anh chị,\r\nMật khẩu giải nén: Qd15-2026\r\n', 'quyet-dinh.rar', arc),
    );
    expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
    expect(v.viruses).toContain('Eicar-Test-Signature');
    expect(v.rules).toContain('ATT_ARCHIVE_OPENED_WITH_PASSWORD');
  });

  it('holds EICAR in a RAR 5 with encrypted headers (rar -hp), the password in English', async () => {
    const arc = rar5([{ name: 'scan/eicar.com', data: eicar() }], {
      password: 'Hp-77x',
      encryptHeaders: true,
    });
    const v = await send(mail('Documents attached.\r\nPassword: Hp-77x\r\n', 'docs.rar', arc));
    expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
    expect(v.viruses).toContain('Eicar-Test-Signature');
    expect(v.rules).toContain('ATT_ARCHIVE_OPENED_WITH_PASSWORD');
  });

  it('holds an encrypted RAR whose password the mail does not give, as policy', async () => {
    // A harmless name: a .com inside would be held as malware by its name alone.
    const arc = rar5([{ name: 'bao-cao.txt', data: eicar() }], { password: 'notgiven9' });
    const v = await send(mail('See attachment.\r\n', 'invoice.rar', arc));
    expect(v).toMatchObject({ outcome: 'held', category: 'policy' });
    expect(v.rules).toContain('ATT_ARCHIVE_ENCRYPTED_UNOPENED');
  });

  it('holds a program inside a RAR and delivers a RAR of a text file', async () => {
    const exe = rar5([{ name: 'hoadon.exe', data: Buffer.from('MZ not really') }]);
    const v = await send(mail('Hoa don.\r\n', 'hoadon.rar', exe));
    expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
    expect(v.rules).toContain('ATT_ZIP_EXECUTABLE');
    const txt = rar5([{ name: 'bao-cao.txt', data: Buffer.from('so lieu quy 3\n') }]);
    expect((await send(mail('Bao cao.\r\n', 'bao-cao.rar', txt))).outcome).toBe('delivered');
  });

  it('holds EICAR in base64 after padding inside the stream', async () => {
    // "Hello" ends in padding: a decoder that stops there sees only it.
    const body = `${Buffer.from('Hello').toString('base64')}\r\n${b64(eicar())}`;
    const raw = `${head('Content-Type: multipart/mixed; boundary="b1"\r\n')}\r\n--b1\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b1\r\nContent-Type: application/octet-stream; name="a.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n--b1--\r\n`;
    const v = await send(Buffer.from(raw, 'latin1'));
    expect(v.outcome).toBe('held');
    expect(v.rules).toContain('MIME_AMBIGUOUS_STRUCTURE');
  });

  it.each([
    ['uuencode', () => uuencode('eicar.com', eicar())],
    ['yEnc', () => yencode('eicar.com', eicar())],
    ['BinHex', () => binhex('eicar.com', eicar())],
  ])('holds EICAR %s-encoded in a text body', async (_name, encode) => {
    const raw = `${head('Content-Type: text/plain; charset=us-ascii\r\n')}\r\nSee the file below.\r\n\r\n${encode()}\r\n`;
    const v = await send(Buffer.from(raw, 'latin1'));
    expect(v).toMatchObject({ outcome: 'held', category: 'malware' });
    expect(v.rules).toContain('CLAM_VIRUS_IN_PART');
  });

  it('holds a part with two Content-Transfer-Encoding headers', async () => {
    const raw = `${head('Content-Type: multipart/mixed; boundary="b2"\r\n')}\r\n--b2\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b2\r\nContent-Type: application/octet-stream; name="x.bin"\r\nContent-Transfer-Encoding: 7bit\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(eicar())}\r\n--b2--\r\n`;
    const v = await send(Buffer.from(raw, 'latin1'));
    expect(v.outcome).toBe('held');
    expect(v.rules.includes('MIME_AMBIGUOUS_STRUCTURE') || v.category === 'malware').toBe(true);
  });

  it('holds a part hidden behind a doubled boundary', async () => {
    // The inner multipart reuses the outer boundary: readers disagree on where parts end.
    const raw = `${head('Content-Type: multipart/mixed; boundary="zz"\r\n')}\r\n--zz\r\nContent-Type: text/plain\r\n\r\nhi\r\n--zz\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\nContent-Type: application/octet-stream; name="e.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(eicar())}\r\n--zz--\r\n--zz--\r\n`;
    const v = await send(Buffer.from(raw, 'latin1'));
    expect(v.outcome).toBe('held');
  });

  it('holds a MIME part placed after the closing boundary', async () => {
    const raw = `${head('Content-Type: multipart/mixed; boundary="b3"\r\n')}\r\n--b3\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b3--\r\nContent-Type: application/octet-stream; name="late.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(eicar())}\r\n`;
    const v = await send(Buffer.from(raw, 'latin1'));
    expect(v.outcome).toBe('held');
    expect(v.rules.includes('MIME_AMBIGUOUS_STRUCTURE') || v.category === 'malware').toBe(true);
  });
});
