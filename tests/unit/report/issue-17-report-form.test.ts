/**
 * Issue #17, the report in the province's form: the sentence word for word ("Từ 01/01/2024
 * - 30/6/2024, hệ thống <tên hệ thống> đã loại bỏ 115.692 và chặn, xử lý 505 thư chứa mã
 * độc"), dates as administrative documents write them, Vietnamese separators in every
 * number, the previous period in whole months, and the html report as an administrative
 * document (Quốc hiệu, Tiêu ngữ, issuer, number and date lines, signature block, no ISO
 * timestamp).
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../../src/config/load.js';
import {
  isWholeMonths,
  periodFromTo,
  periodOfMonth,
  previousPeriod,
  zeroCounters,
  type Counters,
} from '../../../src/report/definitions.js';
import { reportDocument, type ReportDocument } from '../../../src/report/document.js';
import {
  formatBytes,
  formatDateDoc,
  formatDayMonthDoc,
  formatDecimal,
  formatLocalDateTime,
} from '../../../src/report/format/vi.js';
import { labels } from '../../../src/report/labels.js';
import type { ReportData } from '../../../src/report/query.js';
import { renderHtml } from '../../../src/report/render/html.js';
import { renderJson } from '../../../src/report/render/json.js';
import { renderText } from '../../../src/report/render/text.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

function report(from: string, to: string, totals: Partial<Counters>): ReportData {
  const p = periodFromTo(from, to);
  const prev = previousPeriod(p);
  const t = { ...zeroCounters(), ...totals };
  return {
    period: {
      from: p.from,
      to: p.to,
      timeZone: 'Asia/Ho_Chi_Minh',
      start: new Date(p.start).toISOString(),
      end: new Date(p.end).toISOString(),
    },
    agency: null,
    generatedAt: '2024-07-01T00:30:00.000Z',
    totals: t,
    agencies: [
      { code: 'UBND', name: 'Văn phòng Ủy ban nhân dân tỉnh Sông Hồng', ...t },
      { code: 'STC', name: 'Sở Tài chính', ...zeroCounters(), received: 1234 },
    ],
    daily: [
      { date: from, clean: 12, spam: 3, phishing: 1, malware: 1, policy: 0 },
      { date: to, clean: 1500, spam: 0, phishing: 0, malware: 0, policy: 2 },
    ],
    topViruses: [{ name: 'Win.Trojan.Agent-1234567', count: 1505 }],
    topRules: [{ name: 'AGENCY_NAME_SPOOF', count: 2048 }],
    previous: {
      period: { from: prev.from, to: prev.to },
      totals: { ...zeroCounters(), received: 120_000, spamRemoved: 100_000, malwareBlocked: 600 },
    },
  };
}

const HALF_YEAR = report('2024-01-01', '2024-06-30', {
  received: 131_250,
  delivered: 15_053,
  tagged: 120,
  spamRemoved: 115_692,
  phishingRemoved: 692,
  malwareBlocked: 505,
  released: 3,
});

const DOC: ReportDocument = reportDocument({
  systemName: 'lọc thư điện tử mailshield',
  document: {
    parentBody: 'UBND TỈNH SÔNG HỒNG',
    issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    numberCode: 'BC-STTTT',
    place: 'Sông Hồng',
    recipients: ['UBND tỉnh (để báo cáo);', 'Các sở, ban, ngành', 'Lưu: VT, CNTT'],
    signerAuthority: 'KT. GIÁM ĐỐC',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    signerName: 'Nguyễn Văn An',
  },
});

/** The visible text of an html page: tags (and the style sheet) removed, entities kept. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the sentence of the province form', () => {
  it('is the form word for word, with the system name, figures and dates', () => {
    expect(labels('vi').headline(HALF_YEAR, DOC.systemName)).toBe(
      'Từ 01/01/2024 - 30/6/2024, hệ thống lọc thư điện tử mailshield đã loại bỏ 115.692 và chặn, xử lý 505 thư chứa mã độc.',
    );
  });

  it('keeps one space where no system name is configured', () => {
    expect(labels('vi').headline(HALF_YEAR)).toBe(
      'Từ 01/01/2024 - 30/6/2024, hệ thống đã loại bỏ 115.692 và chặn, xử lý 505 thư chứa mã độc.',
    );
    expect(labels('vi').headline(HALF_YEAR, '  ')).toBe(labels('vi').headline(HALF_YEAR));
  });

  it('counts spam and phishing removed first, malware blocked second, with dots for thousands', () => {
    const r = report('2024-02-05', '2024-12-15', {
      spamRemoved: 1_234_567,
      phishingRemoved: 1_000,
      malwareBlocked: 10_000,
      policyHeld: 999,
    });
    expect(labels('vi').headline(r, 'X')).toBe(
      'Từ 05/02/2024 - 15/12/2024, hệ thống X đã loại bỏ 1.234.567 và chặn, xử lý 10.000 thư chứa mã độc.',
    );
  });

  it('writes dates as administrative documents do: 0 before days under 10 and months 1 and 2 only', () => {
    expect(formatDateDoc('2024-01-01')).toBe('01/01/2024');
    expect(formatDateDoc('2024-06-30')).toBe('30/6/2024');
    expect(formatDateDoc('2024-02-05')).toBe('05/02/2024');
    expect(formatDateDoc('2024-03-09')).toBe('09/3/2024');
    expect(formatDateDoc('2024-10-01')).toBe('01/10/2024');
    expect(formatDateDoc('2024-12-31')).toBe('31/12/2024');
    expect(formatDayMonthDoc('2024-07-04')).toBe('04/7');
    expect(formatDayMonthDoc('2024-01-14')).toBe('14/01');
  });

  it('is in the json and the text report with the configured system name', () => {
    const sentence = labels('vi').headline(HALF_YEAR, DOC.systemName);
    const json = JSON.parse(renderJson(HALF_YEAR, 'vi', DOC)) as { headline: string };
    expect(json.headline).toBe(sentence);
    expect(renderText(HALF_YEAR, 'vi', DOC).split('\n')[2]).toBe(sentence);
  });

  it('stays English with lang en', () => {
    expect(labels('en').headline(HALF_YEAR, 'mailshield')).toBe(
      'From 1 Jan 2024 to 30 Jun 2024, the system mailshield removed 115,692 spam messages and blocked 505 messages carrying malware.',
    );
  });
});

describe('Vietnamese separators in every number', () => {
  it('writes decimals with a comma and sizes as 1,6 KiB', () => {
    expect(formatDecimal(8.5, 'vi')).toBe('8,5');
    expect(formatDecimal(0.1 + 0.2, 'vi')).toBe('0,3');
    expect(formatDecimal(1234.56, 'vi', 2)).toBe('1.234,56');
    expect(formatDecimal(8.5, 'en')).toBe('8.5');
    expect(formatBytes(1638, 'vi')).toBe('1,6 KiB');
    expect(formatBytes(1638, 'en')).toBe('1.6 KiB');
    expect(formatBytes(512, 'vi')).toBe('512 B');
    expect(formatBytes(25 * 1024 * 1024, 'vi')).toBe('25 MiB');
    expect(formatBytes(1536 * 1024 * 1024 * 1024, 'vi')).toBe('1,5 TiB');
  });

  it('leaves no English-style number in the Vietnamese html report', () => {
    const text = visibleText(renderHtml(HALF_YEAR, 'vi', DOC));
    expect(text).toContain('115.692');
    expect(text).toContain('131.250');
    expect(text).toContain('1.505'); // the top virus count
    expect(text).toContain('+15,7%'); // 115.692 against 100.000
    // No comma grouping thousands, no dot before decimals (dates use slashes).
    expect(text).not.toMatch(/\d,\d{3}(?!\d)/);
    expect(text).not.toMatch(/\d\.\d{1,2}(?!\d)/);
  });

  it('says when the figures were taken in Vietnam time, not as an ISO timestamp', () => {
    expect(formatLocalDateTime('2024-07-01T00:30:00.000Z', 'vi')).toBe('07:30 ngày 01/7/2024');
    expect(formatLocalDateTime('2024-06-30T17:00:00.000Z', 'vi')).toBe('00:00 ngày 01/7/2024');
    expect(formatLocalDateTime('2024-06-30T16:59:00.000Z', 'en')).toBe('30 Jun 2024 23:59');
  });
});

describe('the previous period (issue #17: 01/01-30/6/2024 was compared with 03/7-31/12/2023)', () => {
  const prev = (from: string, to: string) => {
    const p = previousPeriod(periodFromTo(from, to));
    return `${p.from}..${p.to}`;
  };

  it('is the previous calendar month for a month, also across a year and after February', () => {
    expect(prev('2024-03-01', '2024-03-31')).toBe('2024-02-01..2024-02-29');
    expect(prev('2024-01-01', '2024-01-31')).toBe('2023-12-01..2023-12-31');
    expect(prev('2023-03-01', '2023-03-31')).toBe('2023-02-01..2023-02-28');
    expect(previousPeriod(periodOfMonth('2024-07'))).toMatchObject({
      from: '2024-06-01',
      to: '2024-06-30',
    });
  });

  it('is the previous half year for a half year, as many calendar months before', () => {
    const p = previousPeriod(periodFromTo('2024-01-01', '2024-06-30'));
    expect(p).toMatchObject({ from: '2023-07-01', to: '2023-12-31' });
    // Local midnights in Asia/Ho_Chi_Minh (UTC+7), as every period.
    expect(new Date(p.start).toISOString()).toBe('2023-06-30T17:00:00.000Z');
    expect(new Date(p.end).toISOString()).toBe('2023-12-31T17:00:00.000Z');
    expect(prev('2024-07-01', '2024-12-31')).toBe('2024-01-01..2024-06-30');
  });

  it('is the previous year for a year, and the quarter before for a quarter', () => {
    expect(prev('2024-01-01', '2024-12-31')).toBe('2023-01-01..2023-12-31');
    expect(prev('2025-01-01', '2025-12-31')).toBe('2024-01-01..2024-12-31');
    expect(prev('2024-01-01', '2024-03-31')).toBe('2023-10-01..2023-12-31');
    expect(prev('2024-02-01', '2024-04-30')).toBe('2023-11-01..2024-01-31');
    expect(prev('2023-06-01', '2025-05-31')).toBe('2021-06-01..2023-05-31');
    // The first year allowed compares with the last months before it.
    expect(prev('2000-01-01', '2000-06-30')).toBe('1999-07-01..1999-12-31');
  });

  it('is as many days just before for a period that is not whole months', () => {
    // 10 days; 2024 is a leap year, so the day before 1 March is 29 February.
    expect(prev('2024-03-10', '2024-03-19')).toBe('2024-02-29..2024-03-09');
    expect(prev('2024-03-01', '2024-03-01')).toBe('2024-02-29..2024-02-29');
    // Starts on the 1st but ends mid-month, or ends on a month end but starts mid-month.
    // 167 days (checked with Python's datetime).
    expect(prev('2024-01-01', '2024-06-15')).toBe('2023-07-18..2023-12-31');
    expect(prev('2024-01-15', '2024-06-30')).toBe('2023-07-31..2024-01-14');
    expect(isWholeMonths(periodFromTo('2024-01-15', '2024-06-30'))).toBe(false);
    expect(isWholeMonths(periodFromTo('2024-01-01', '2024-06-15'))).toBe(false);
    expect(isWholeMonths(periodFromTo('2024-02-01', '2024-02-29'))).toBe(true);
  });

  it('shows in the comparison of the html and text reports', () => {
    expect(HALF_YEAR.previous.period).toEqual({ from: '2023-07-01', to: '2023-12-31' });
    expect(visibleText(renderHtml(HALF_YEAR, 'vi', DOC))).toContain(
      'Kỳ trước (01/7/2023 - 31/12/2023)',
    );
    expect(renderText(HALF_YEAR, 'vi', DOC)).toContain(
      'So sánh với kỳ trước (01/7/2023 - 31/12/2023)',
    );
  });
});

describe('the html report as an administrative document', () => {
  const html = renderHtml(HALF_YEAR, 'vi', DOC);
  const text = visibleText(html);

  it('opens with the issuer and number on the left, Quốc hiệu, Tiêu ngữ and the date line on the right', () => {
    const head = /<table class="head">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
    const [left = '', right = ''] = head.split(/<td>/);
    expect(visibleText(left)).toMatch(
      /UBND TỈNH SÔNG HỒNG SỞ THÔNG TIN VÀ TRUYỀN THÔNG Số: ……\/BC-STTTT/,
    );
    expect(visibleText(right).trim()).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Sông Hồng, ngày …… tháng …… năm ……',
    );
    expect(html).toContain('<div class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>');
    expect(html).toContain('<div class="motto"><span>Độc lập - Tự do - Hạnh phúc</span></div>');
  });

  it('has the title, the subject, the form sentence, then the tables', () => {
    const order = [
      'BÁO CÁO',
      'Kết quả lọc thư rác, thư chứa mã độc từ 01/01/2024 đến 30/6/2024',
      'Từ 01/01/2024 - 30/6/2024, hệ thống lọc thư điện tử mailshield đã loại bỏ 115.692 và chặn, xử lý 505 thư chứa mã độc.',
      '1. Thống kê theo đơn vị',
      '5. So sánh với kỳ trước',
      'Nơi nhận:',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('ends with the recipients and the signer block', () => {
    const sign = visibleText(/<table class="sign">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '');
    expect(sign.trim()).toBe(
      'Nơi nhận: - UBND tỉnh (để báo cáo); - Các sở, ban, ngành; - Lưu: VT, CNTT. ' +
        'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An',
    );
  });

  it('has no ISO timestamp or ISO date anywhere a reader sees, and a Vietnamese date at the end', () => {
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain('UTC)');
    expect(text.trim().endsWith('ngày tính theo giờ Việt Nam (UTC+7).')).toBe(true);
    expect(text).toContain('Số liệu lập lúc 07:30 ngày 01/7/2024 (giờ Việt Nam)');
  });

  it('prints on A4 with the decree margins and nothing loaded from elsewhere', () => {
    expect(html).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }');
    expect(html).toContain('"Times New Roman"');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
  });

  it('escapes the configured names', () => {
    const out = renderHtml(HALF_YEAR, 'vi', {
      ...DOC,
      issuer: 'SỞ <b>X</b>',
      recipients: ['<img src=x>'],
    });
    expect(out).toContain('SỞ &#60;b&#62;X&#60;/b&#62;');
    expect(out).not.toContain('<img');
  });

  it('leaves lines to fill when the document is not configured', () => {
    const bare = renderHtml(HALF_YEAR, 'vi');
    const t = visibleText(bare);
    expect(t).toContain('Số: ……/BC');
    expect(t).toContain('……………, ngày …… tháng …… năm ……');
    expect(t).toContain('- Lưu: VT.');
    expect(t).toContain('hệ thống đã loại bỏ 115.692');
    expect(bare).not.toContain('class="parent"');
    expect(bare).toContain('<div class="issuer"><span class="blank"></span></div>');
  });

  it('renders the same document in English with lang en', () => {
    const en = visibleText(renderHtml(HALF_YEAR, 'en', DOC));
    expect(en).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(en).toContain('Independence - Freedom - Happiness');
    expect(en).toContain('No.: ……/BC-STTTT');
    expect(en).toContain('REPORT');
    expect(en).toContain(
      'From 1 Jan 2024 to 30 Jun 2024, the system lọc thư điện tử mailshield removed 115,692 spam messages',
    );
    expect(en).toContain('Recipients:');
    expect(en).toContain('Figures as of 1 Jul 2024 07:30 Vietnam time');
    expect(en).toContain('Previous period (1 Jul 2023 - 31 Dec 2023)');
  });
});

describe('the committed mailshield.yaml', () => {
  it('configures the system name and the document parts under reports', () => {
    const cfg = loadConfig({}, REPO);
    const doc = reportDocument(cfg.reports);
    expect(doc.systemName).toBe('lọc thư điện tử mailshield');
    expect(doc.numberCode).toBe('BC-STTTT');
    expect(doc.recipients).toEqual([
      'UBND tỉnh (để báo cáo)',
      'Các sở, ban, ngành',
      'Lưu: VT, CNTT',
    ]);
    expect(labels('vi').headline(HALF_YEAR, doc.systemName)).toContain(
      'hệ thống lọc thư điện tử mailshield đã loại bỏ 115.692',
    );
  });
});
