/**
 * What the province's report form needs beyond the figures: the system's name in the
 * headline sentence ("hệ thống <tên hệ thống> đã loại bỏ ..."), and the parts of an
 * administrative document (Decree 30/2020/NĐ-CP): the issuing body under its parent body,
 * the number line "Số: …/BC-STTTT", the place of the date line, the recipients ("Nơi
 * nhận:") and the signer's title. All come from `reports` in mailshield.yaml; the number
 * and the date are left blank, as the clerk fills them in when the report is registered
 * and signed.
 */
export interface ReportDocument {
  /** Name of the filtering system in the headline; '' leaves "hệ thống" alone. @defaultValue '' */
  systemName: string;
  /** Body the issuer answers to, e.g. "UBND TỈNH SÔNG HỒNG"; '' for none. @defaultValue '' */
  parentBody: string;
  /** Issuing body, e.g. "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"; '' leaves a line to fill. @defaultValue '' */
  issuer: string;
  /** What follows the number: "BC-STTTT" gives "Số: …/BC-STTTT". @defaultValue 'BC' */
  numberCode: string;
  /** Place of the date line, e.g. "Sông Hồng"; '' leaves it to fill. @defaultValue '' */
  place: string;
  /** "Nơi nhận:" lines, e.g. ["Như trên", "Lưu: VT"]. @defaultValue ['Lưu: VT'] */
  recipients: string[];
  /** Signing on behalf, e.g. "KT. GIÁM ĐỐC"; '' when the head signs. @defaultValue '' */
  signerAuthority: string;
  /** The signer's title, e.g. "PHÓ GIÁM ĐỐC"; '' leaves it to fill. @defaultValue '' */
  signerTitle: string;
  /** The signer's name under the signature; '' leaves the space. @defaultValue '' */
  signerName: string;
}

export const DEFAULT_REPORT_DOCUMENT: ReportDocument = {
  systemName: '',
  parentBody: '',
  issuer: '',
  numberCode: 'BC',
  place: '',
  recipients: ['Lưu: VT'],
  signerAuthority: '',
  signerTitle: '',
  signerName: '',
};

/** The `reports` keys of the config as a ReportDocument (missing keys take the defaults). */
export function reportDocument(
  cfg: { systemName?: string; document?: Partial<Omit<ReportDocument, 'systemName'>> } = {},
): ReportDocument {
  return {
    ...DEFAULT_REPORT_DOCUMENT,
    ...cfg.document,
    systemName: cfg.systemName ?? DEFAULT_REPORT_DOCUMENT.systemName,
  };
}
