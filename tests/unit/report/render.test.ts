import { describe, expect, it } from 'vitest';
import { zeroCounters } from '../../../src/report/definitions.js';
import type { ReportData } from '../../../src/report/query.js';
import { renderCsv } from '../../../src/report/render/csv.js';
import { renderHtml } from '../../../src/report/render/html.js';
import { renderJson } from '../../../src/report/render/json.js';
import { renderText } from '../../../src/report/render/text.js';

const totals = {
  received: 130000,
  delivered: 13803,
  tagged: 120,
  spamRemoved: 115692,
  phishingRemoved: 692,
  malwareBlocked: 505,
  policyHeld: 0,
  released: 3,
};

const REPORT: ReportData = {
  period: {
    from: '2024-01-01',
    to: '2024-06-30',
    timeZone: 'Asia/Ho_Chi_Minh',
    start: '2023-12-31T17:00:00.000Z',
    end: '2024-06-30T17:00:00.000Z',
  },
  agency: null,
  generatedAt: '2024-07-01T00:00:00.000Z',
  totals,
  agencies: [
    { code: 'UBND', name: 'Văn phòng Ủy ban nhân dân tỉnh', ...totals },
    { code: 'STC', name: 'Sở Tài chính, "Kho bạc"', ...zeroCounters(), received: 7 },
  ],
  daily: [
    { date: '2024-01-01', clean: 5, spam: 3, phishing: 1, malware: 1, policy: 0 },
    { date: '2024-01-02', clean: 0, spam: 0, phishing: 0, malware: 0, policy: 0 },
  ],
  topViruses: [{ name: 'Eicar-Test-Signature', count: 505 }],
  topRules: [{ name: '<GTUBE>', count: 1200 }],
  previous: {
    period: { from: '2023-07-01', to: '2023-12-31' },
    totals: { ...zeroCounters(), received: 1000, spamRemoved: 100000 },
  },
};

describe('report renderers', () => {
  it('json keeps the stable keys and values exactly', () => {
    const j = JSON.parse(renderJson(REPORT)) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual([
      'period',
      'agency',
      'generatedAt',
      'headline',
      'totals',
      'agencies',
      'daily',
      'topViruses',
      'topRules',
      'previous',
    ]);
    expect(j).toEqual({
      period: REPORT.period,
      agency: null,
      generatedAt: '2024-07-01T00:00:00.000Z',
      headline:
        'Từ 01/01/2024 - 30/6/2024, hệ thống đã loại bỏ 115.692 và chặn, xử lý 505 thư chứa mã độc.',
      totals,
      agencies: REPORT.agencies,
      daily: REPORT.daily,
      topViruses: REPORT.topViruses,
      topRules: REPORT.topRules,
      previous: REPORT.previous,
    });
  });

  it('csv starts with the UTF-8 BOM and a header row, ends with the province row', () => {
    const csv = renderCsv(REPORT);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Từ ngày,Đến ngày,Mã,Đơn vị,Thư nhận,Đã chuyển,Đánh dấu nghi rác,Thư rác đã loại bỏ,' +
        'Trong đó lừa đảo,Thư chứa mã độc đã chặn,Giữ lại theo chính sách,Giải phóng sau kiểm tra',
    );
    expect(lines[1]).toBe(
      '2024-01-01,2024-06-30,UBND,Văn phòng Ủy ban nhân dân tỉnh,130000,13803,120,115692,692,505,0,3',
    );
    expect(lines[2]).toBe('2024-01-01,2024-06-30,STC,"Sở Tài chính, ""Kho bạc""",7,0,0,0,0,0,0,0');
    expect(lines[3]).toMatch(/^2024-01-01,2024-06-30,\*,Toàn tỉnh,130000,/);
    expect(lines[4]).toBe('');
    const scoped = renderCsv({
      ...REPORT,
      agency: { code: 'STC', name: 'Sở Tài chính' },
      agencies: [REPORT.agencies[1]!],
    });
    expect(scoped.slice(1).split('\r\n')).toHaveLength(3); // header, the agency, ''
    expect(renderCsv(REPORT, 'en').slice(1).split('\r\n')[0]).toMatch(
      /^From,To,Code,Agency,Received,/,
    );
  });

  it('text opens with the province headline in Vietnamese, or English with --lang en', () => {
    const text = renderText(REPORT);
    expect(text.split('\n')[2]).toBe(
      'Từ 01/01/2024 - 30/6/2024, hệ thống đã loại bỏ 115.692 và chặn, xử lý 505 thư chứa mã độc.',
    );
    expect(text).toContain('Văn phòng Ủy ban nhân dân tỉnh');
    expect(text).toContain('Eicar-Test-Signature');
    expect(text).toMatch(/Thư rác đã loại bỏ\s+115\.692\s+100\.000\s+\+15,7%/);
    expect(text).toContain('Ghi chú');
    const en = renderText(REPORT, 'en');
    expect(en.split('\n')[2]).toBe(
      'From 1 Jan 2024 to 30 Jun 2024, the system removed 115,692 spam messages and blocked 505 messages carrying malware.',
    );
  });

  it('html is one self-contained page with the chart as inline svg and no script', () => {
    const html = renderHtml(REPORT);
    expect(html).toContain('<svg');
    expect(html).toContain('@page { size: A4');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).toContain('hệ thống đã loại bỏ 115.692 và chặn, xử lý 505 thư chứa mã độc.');
    // Names from the store are escaped, never markup.
    expect(html).toContain('&#60;GTUBE&#62;');
    expect(html).not.toContain('<GTUBE>');
    // One bar segment per non-zero category of the first day.
    expect(html.match(/<rect /g)).toHaveLength(4);
  });
});
