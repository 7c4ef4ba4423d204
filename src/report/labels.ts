import {
  COUNTER_KEYS,
  REPORT_MAX_YEAR,
  REPORT_MAX_YEARS,
  REPORT_MIN_YEAR,
  type Category,
  type Counters,
  type PeriodProblem,
} from './definitions.js';
import type { ReportData } from './query.js';
import { formatDateEn, formatDateVi, formatNumberEn, formatNumberVi } from './format/vi.js';

export type Lang = 'vi' | 'en';

/** The words of a report in one language; every renderer takes its texts from here. */
export interface Labels {
  title: string;
  number: (n: number) => string;
  date: (isoDate: string) => string;
  /** The province's headline sentence. */
  headline: (r: ReportData) => string;
  scope: (r: ReportData) => string;
  counters: Record<keyof Counters, string>;
  categories: Record<Category, string>;
  agencyCode: string;
  agencyName: string;
  provinceTotal: string;
  byAgency: string;
  footnote: string;
  releasedNote: string;
  topViruses: string;
  topRules: string;
  virus: string;
  rule: string;
  messages: string;
  none: string;
  comparison: string;
  thisPeriod: string;
  previousPeriod: string;
  change: string;
  perDay: string;
  from: string;
  to: string;
  generated: (iso: string) => string;
}

const vi: Labels = {
  title: 'Báo cáo thống kê thư điện tử',
  number: formatNumberVi,
  date: formatDateVi,
  headline: (r) =>
    `Từ ngày ${formatDateVi(r.period.from)} - ${formatDateVi(r.period.to)}, hệ thống đã loại bỏ ` +
    `${formatNumberVi(r.totals.spamRemoved)} thư rác và chặn, xử lý ` +
    `${formatNumberVi(r.totals.malwareBlocked)} thư chứa mã độc.`,
  scope: (r) =>
    r.agency ? `Đơn vị: ${r.agency.name} (${r.agency.code})` : 'Phạm vi: toàn bộ các đơn vị',
  counters: {
    received: 'Thư nhận',
    delivered: 'Đã chuyển',
    tagged: 'Đánh dấu nghi rác',
    spamRemoved: 'Thư rác đã loại bỏ',
    phishingRemoved: 'Trong đó lừa đảo',
    malwareBlocked: 'Thư chứa mã độc đã chặn',
    policyHeld: 'Giữ lại theo chính sách',
    released: 'Giải phóng sau kiểm tra',
  },
  categories: {
    clean: 'Thư sạch',
    spam: 'Thư rác',
    phishing: 'Lừa đảo',
    malware: 'Mã độc',
    policy: 'Chính sách',
  },
  agencyCode: 'Mã',
  agencyName: 'Đơn vị',
  provinceTotal: 'Toàn tỉnh',
  byAgency: 'Thống kê theo đơn vị',
  footnote:
    'Ghi chú: số liệu toàn tỉnh tính mỗi thư một lần; ở từng đơn vị, thư gửi tới nhiều đơn vị ' +
    'được tính cho mỗi đơn vị nhận, nên tổng các dòng có thể lớn hơn số liệu toàn tỉnh.',
  releasedNote:
    '"Giải phóng sau kiểm tra": thư bị giữ trong kỳ và được cán bộ cho chuyển tiếp sau đó ' +
    '(vẫn được tính trong số đã loại bỏ hoặc đã chặn).',
  topViruses: 'Mười mã độc phát hiện nhiều nhất',
  topRules: 'Mười luật lọc khớp nhiều nhất',
  virus: 'Tên mã độc',
  rule: 'Luật',
  messages: 'Số thư',
  none: '(không có)',
  comparison: 'So sánh với kỳ trước',
  thisPeriod: 'Kỳ này',
  previousPeriod: 'Kỳ trước',
  change: 'Thay đổi',
  perDay: 'Số thư theo ngày và loại',
  from: 'Từ ngày',
  to: 'Đến ngày',
  generated: (iso) => `Lập lúc ${iso} (giờ UTC); ngày tính theo giờ Việt Nam (UTC+7).`,
};

const en: Labels = {
  title: 'Email statistics report',
  number: formatNumberEn,
  date: formatDateEn,
  headline: (r) =>
    `From ${formatDateEn(r.period.from)} to ${formatDateEn(r.period.to)}, the system removed ` +
    `${formatNumberEn(r.totals.spamRemoved)} spam messages and blocked ` +
    `${formatNumberEn(r.totals.malwareBlocked)} messages carrying malware.`,
  scope: (r) => (r.agency ? `Agency: ${r.agency.name} (${r.agency.code})` : 'Scope: all agencies'),
  counters: {
    received: 'Received',
    delivered: 'Delivered',
    tagged: 'Tagged as spam',
    spamRemoved: 'Spam removed',
    phishingRemoved: 'of which phishing',
    malwareBlocked: 'Malware blocked',
    policyHeld: 'Held by policy',
    released: 'Released afterwards',
  },
  categories: {
    clean: 'Clean',
    spam: 'Spam',
    phishing: 'Phishing',
    malware: 'Malware',
    policy: 'Policy',
  },
  agencyCode: 'Code',
  agencyName: 'Agency',
  provinceTotal: 'Province',
  byAgency: 'By agency',
  footnote:
    'Note: province figures count each message once; an agency row counts a message for each ' +
    'agency among its recipients, so the rows may add up to more than the province figures.',
  releasedNote:
    '"Released afterwards": held in the period and released by an officer later (still counted ' +
    'as removed or blocked).',
  topViruses: 'Ten most frequent malware names',
  topRules: 'Ten rules that hit most often',
  virus: 'Malware name',
  rule: 'Rule',
  messages: 'Messages',
  none: '(none)',
  comparison: 'Comparison with the previous period',
  thisPeriod: 'This period',
  previousPeriod: 'Previous period',
  change: 'Change',
  perDay: 'Messages per day by category',
  from: 'From',
  to: 'To',
  generated: (iso) => `Generated ${iso} (UTC); days are Vietnam time (UTC+7).`,
};

export function labels(lang: Lang): Labels {
  return lang === 'en' ? en : vi;
}

/** Counters shown in the per-agency table, in order (the columns first). */
export const TABLE_COUNTERS = [
  'received',
  'delivered',
  'spamRemoved',
  'malwareBlocked',
  'released',
  'policyHeld',
] as const satisfies readonly (keyof Counters)[];

/** Counters compared with the previous period: all of them. */
export const COMPARED_COUNTERS = COUNTER_KEYS;

/**
 * Why a report period was refused, in the reader's language: the web form and the export
 * routes answer it to an officer, `mailshield report --lang` prints it (issue #15).
 */
export function periodProblemText(p: PeriodProblem, lang: Lang): string {
  const d = lang === 'en' ? formatDateEn : formatDateVi;
  const min = REPORT_MIN_YEAR;
  const max = REPORT_MAX_YEAR;
  const years = REPORT_MAX_YEARS;
  if (lang === 'en') {
    switch (p.kind) {
      case 'date':
        return `${p.field === 'from' ? 'Start' : 'End'} date "${p.value}" is not a date: write YYYY-MM-DD, e.g. 2024-01-31.`;
      case 'month':
        return `Month "${p.value}" is not a month: write YYYY-MM, e.g. 2024-01.`;
      case 'year':
        return `"${p.value}": the year must be between ${min} and ${max}.`;
      case 'order':
        return `The end date (${d(p.to)}) is before the start date (${d(p.from)}).`;
      case 'span':
        return `A report covers at most ${years} years: from ${d(p.from)}, choose an end date no later than ${d(p.lastTo)}.`;
      case 'future':
        return `The period starts in the future (${d(p.from)}): nothing is recorded there yet.`;
    }
  }
  switch (p.kind) {
    case 'date':
      return `${p.field === 'from' ? 'Ngày bắt đầu' : 'Ngày kết thúc'} "${p.value}" không hợp lệ: nhập theo dạng NNNN-TT-NN, ví dụ 2024-01-31.`;
    case 'month':
      return `Tháng "${p.value}" không hợp lệ: nhập theo dạng NNNN-TT, ví dụ 2024-01.`;
    case 'year':
      return `"${p.value}": năm phải từ ${min} đến ${max}.`;
    case 'order':
      return `Ngày kết thúc (${d(p.to)}) trước ngày bắt đầu (${d(p.from)}).`;
    case 'span':
      return `Mỗi báo cáo chỉ tính tối đa ${years} năm: bắt đầu từ ${d(p.from)}, hãy chọn ngày kết thúc không muộn hơn ${d(p.lastTo)}.`;
    case 'future':
      return `Khoảng thời gian bắt đầu trong tương lai (${d(p.from)}): chưa có số liệu.`;
  }
}
