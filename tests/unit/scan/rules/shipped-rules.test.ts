import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../../src/core/limits.js';
import { loadConfig } from '../../../../src/config/load.js';
import { loadRules, type RuleHit, type RuleInput } from '../../../../src/scan/rules/index.js';
import { EICAR, makeAttachment, makeInput, storedZip } from './make-input.js';

const rules = loadRules(fileURLToPath(new URL('../../../../rules', import.meta.url)), {
  scanChars: defaultLimits.ruleScanBytes,
});

/**
 * The shipped thresholds, read by the config loader as the gateway reads them: the wording
 * scores are designed so that one phrase is not even tagged and more phrases are.
 */
const { thresholds } = loadConfig({}, fileURLToPath(new URL('../../../..', import.meta.url)));

const evaluate = (input: RuleInput): RuleHit[] => rules.evaluate(input);
const ids = (input: RuleInput): string[] => evaluate(input).map((h) => h.rule);
const total = (input: RuleInput): number => evaluate(input).reduce((sum, h) => sum + h.score, 0);
const helper = (id: string) => {
  const rule = rules.rules.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
};

describe('shipped rules: clean mail', () => {
  it('lets an ordinary agency letter through with no hit', async () => {
    const input = makeInput({
      subject: 'Giấy mời họp giao ban tháng 3',
      text: 'Kính gửi các đồng chí,\nSở Tài chính trân trọng kính mời dự họp giao ban. Chi tiết tại https://stc.songhong.gov.vn/lich-hop\n',
      attachments: [
        await makeAttachment('giay-moi.pdf', Buffer.from('%PDF-1.7\n...'), 'application/pdf'),
      ],
    });
    expect(evaluate(input)).toEqual([]);
  });

  it('does not mistake ordinary words for betting once diacritics are folded', () => {
    const input = makeInput({
      text: 'Công trình nhà cải tạo đã xong. Cái máy in nó hư rồi, nhờ anh xem giúp. Nha cai tao xong roi.',
    });
    expect(evaluate(input)).toEqual([]);
  });
});

describe('shipped rules: GTUBE and headers', () => {
  it('scores the GTUBE test string 1000', () => {
    const hits = evaluate(
      makeInput({
        text: 'test\nXJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X\n',
      }),
    );
    expect(hits).toEqual([expect.objectContaining({ rule: 'GTUBE', score: 1000 })]);
  });

  it('gives small scores for missing Message-ID and Date', () => {
    const hits = evaluate(makeInput({ headers: [{ name: 'subject', value: 'x' }] }));
    expect(hits.map((h) => h.rule)).toEqual(['MISSING_MESSAGE_ID', 'MISSING_DATE']);
    expect(hits.every((h) => h.score > 0 && h.score < 1)).toBe(true);
    expect(hits[0]?.detail).toBe('no Message-ID header');
  });
});

describe('shipped rules: Vietnamese wording', () => {
  it('matches "trúng thưởng" written with and without diacritics, showing what was written', () => {
    const accented = evaluate(makeInput({ text: 'Quý khách đã trúng thưởng!' }));
    const plain = evaluate(makeInput({ text: 'Quy khach da trung thuong!' }));
    const nfd = evaluate(makeInput({ text: 'TRÚNG THƯỞNG'.normalize('NFD') }));
    expect(accented).toEqual([
      expect.objectContaining({ rule: 'VI_PRIZE_WIN', detail: 'trúng thưởng' }),
    ]);
    expect(plain).toEqual([
      expect.objectContaining({ rule: 'VI_PRIZE_WIN', detail: 'trung thuong' }),
    ]);
    expect(nfd.map((h) => h.rule)).toEqual(['VI_PRIZE_WIN']);
  });

  it('matches wording spread over HTML tags and entities', () => {
    const input = makeInput({
      html: '<p>Vay <b>ti&#7873;n</b> nhanh, <i>không cần</i> thế chấp</p>',
    });
    expect(ids(input)).toEqual(['VI_FAST_LOAN', 'VI_NO_COLLATERAL']);
  });

  it('matches an accented pattern without fold only against accented text', () => {
    expect(helper('__VI_BOOKMAKER_ACCENTED').match(makeInput({ text: 'Nhà cái số 1' }))).toBe(
      'Nhà cái',
    );
    expect(helper('__VI_BOOKMAKER_ACCENTED').match(makeInput({ text: 'nha cai so 1' }))).toBe(
      false,
    );
    expect(ids(makeInput({ text: 'nha cai uy tin nhat' }))).toEqual(['VI_BOOKMAKER']);
  });

  it('does not tag one phrase, tags two distinct phrases and holds three', () => {
    const one = makeInput({ text: 'Vay tiền nhanh qua CMND' });
    const two = makeInput({ text: 'Vay tiền nhanh, giải ngân trong ngày' });
    const three = makeInput({ text: 'Nhà cái uy tín: cá cược bóng đá, nổ hũ đổi thưởng' });
    expect(total(one)).toBeGreaterThan(0);
    expect(total(one)).toBeLessThan(thresholds.tag);
    expect(total(two)).toBeGreaterThanOrEqual(thresholds.tag);
    expect(ids(three)).toEqual(['VI_BOOKMAKER', 'VI_BETTING', 'VI_SLOT_JACKPOT']);
    expect(total(three)).toBeGreaterThanOrEqual(thresholds.quarantine);
  });

  it('caps the Vietnamese wording group at its max_score', () => {
    const input = makeInput({
      text: 'Trúng thưởng! Nhận quà tri ân. Vay tiền nhanh, giải ngân trong ngày, không cần thế chấp. Nhà cái, cá cược, nổ hũ.',
    });
    expect(evaluate(input).length).toBeGreaterThanOrEqual(6);
    expect(total(input)).toBe(8);
  });

  it('scores a tax refund only with a link outside .gov.vn', () => {
    const official = makeInput({
      text: 'Thông báo hoàn thuế: https://thuedientu.gdt.gov.vn/tra-cuu',
    });
    const fake = makeInput({
      html: '<a href="http://gdt-hoanthue.example/login">Nhận hoàn thuế</a>',
    });
    expect(ids(official)).toEqual([]);
    // The login path off the sender's site scores on its own (URI_LOGIN_PATH_OFFSITE), and
    // with the refund lure it is a lure and a disguise together (PHISH_LURE_AND_DISGUISE).
    expect(evaluate(fake)).toEqual([
      expect.objectContaining({ rule: 'PHISH_LURE_AND_DISGUISE' }),
      expect.objectContaining({ rule: 'URI_LOGIN_PATH_OFFSITE' }),
      expect.objectContaining({
        rule: 'VI_TAX_REFUND_LINK',
        detail: 'hoàn thuế; http://gdt-hoanthue.example/login',
      }),
    ]);
  });
});

describe('shipped rules: English wording', () => {
  it('needs urgency with a wire transfer, in the body or the subject', () => {
    expect(ids(makeInput({ text: 'Please make the wire transfer next week.' }))).toEqual([]);
    expect(
      ids(makeInput({ subject: 'URGENT', text: 'Please make the wire transfer today.' })),
    ).toEqual(['EN_URGENT_WIRE']);
  });

  it('tags two advance-fee phrases, not one', () => {
    expect(total(makeInput({ text: 'I seek a foreign partner as next of kin.' }))).toBeLessThan(
      thresholds.tag,
    );
    expect(
      total(
        makeInput({
          text: 'As next of kin you will receive the fund. You are a lottery winner too.',
        }),
      ),
    ).toBeGreaterThanOrEqual(thresholds.tag);
  });

  it('reads the ATM-card and outstanding-inheritance letters as advance-fee stories, with their sums', () => {
    const letter = makeInput({
      text: 'Your outstanding inheritance fund valued at USD 18,900,000.00 has been approved; the ATM card payment will be delivered to you.',
    });
    expect(ids(letter)).toEqual(expect.arrayContaining(['EN_ADVANCE_FEE', 'EN_ADVANCE_FEE_MONEY']));
    // A will and an inheritance spoken of plainly are not the story.
    expect(
      ids(makeInput({ text: 'The inheritance tax form is attached for the estate.' })),
    ).toEqual([]);
  });

  it('flags crypto only with promised returns', () => {
    expect(ids(makeInput({ text: 'Bitcoin prices fell today.' }))).toEqual([]);
    expect(ids(makeInput({ text: 'Invest in bitcoin: guaranteed daily profit!' }))).toEqual([
      'EN_CRYPTO_INVEST',
    ]);
  });
});

describe('shipped rules: attachments', () => {
  const pe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]);

  it('holds a document name with a program extension as malware', async () => {
    const hits = evaluate(
      makeInput({ attachments: [await makeAttachment('Hoa don.pdf   .exe', pe)] }),
    );
    expect(hits.map((h) => [h.rule, h.category])).toEqual([
      ['ATT_DANGEROUS_EXT', 'policy'],
      ['ATT_DOUBLE_EXT', 'malware'],
      ['ATT_EXECUTABLE_CONTENT', 'policy'],
    ]);
    expect(hits[1]?.score).toBeGreaterThanOrEqual(thresholds.quarantine);
  });

  it('sees the extension Windows sees, trailing dots and spaces dropped', async () => {
    expect(
      ids(makeInput({ attachments: [await makeAttachment('setup.SCR. ', Buffer.from('x'))] })),
    ).toEqual(['ATT_DANGEROUS_EXT']);
  });

  it('holds right-to-left tricks in attachment names as malware', async () => {
    const hits = evaluate(
      makeInput({ attachments: [await makeAttachment('invoice\u202Efdp.exe', pe)] }),
    );
    expect(hits.find((h) => h.rule === 'ATT_FILENAME_BIDI')?.category).toBe('malware');
  });

  it('holds program content under an innocent name as policy, naming the real type', async () => {
    const hits = evaluate(
      makeInput({ attachments: [await makeAttachment('bao-cao.pdf', pe, 'application/pdf')] }),
    );
    expect(hits).toEqual([
      expect.objectContaining({
        rule: 'ATT_EXECUTABLE_CONTENT',
        category: 'policy',
        detail: 'bao-cao.pdf',
      }),
      expect.objectContaining({ rule: 'ATT_TYPE_MISMATCH', detail: 'bao-cao.pdf (really pe)' }),
    ]);
  });

  it('holds a zip containing eicar.com as malware, naming the member', async () => {
    const zip = storedZip([
      { name: 'huong-dan.txt', data: 'xem file kem theo' },
      { name: 'eicar.com', data: EICAR },
    ]);
    const hits = evaluate(
      makeInput({ attachments: [await makeAttachment('tai-lieu.zip', zip, 'application/zip')] }),
    );
    expect(hits).toEqual([
      expect.objectContaining({
        rule: 'ATT_ZIP_EXECUTABLE',
        category: 'malware',
        detail: 'tai-lieu.zip > eicar.com',
      }),
    ]);
  });

  it('leaves a zip of documents alone', async () => {
    const zip = storedZip([{ name: 'bao-cao.docx', data: 'PK' }]);
    expect(ids(makeInput({ attachments: [await makeAttachment('bao-cao.zip', zip)] }))).toEqual([]);
  });
});
