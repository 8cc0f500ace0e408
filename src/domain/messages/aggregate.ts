/**
 * Every Vietnamese sentence of the aggregation ("tổng hợp") the officer reads: the status
 * sheet "Tình hình nộp báo cáo", the inclusion labels and the notes about each unit file.
 * Kept apart so the lead can merge it into ../messages.ts without touching the code here.
 */
import { formatVnNumber } from '../parse/number';
import type { ReadFailure, TooLarge } from '../sheet/read-failure';

/** How one input file took part in the aggregation. */
export type Inclusion = 'included' | 'included-invalid' | 'excluded-invalid' | 'duplicate' | 'unreadable';

/** The "Đưa vào tổng hợp" column. */
export const INCLUSION_LABEL: Record<Inclusion, string> = {
  included: 'Có',
  'included-invalid': 'Có (có lỗi — theo --include-invalid)',
  'excluded-invalid': 'Không (có lỗi)',
  duplicate: 'Không (trùng đơn vị)',
  unreadable: 'Không đọc được',
};

/** The name of a merged annex sheet: "Tổng hợp PL-I Nữ DTTS lãnh đạo" (≤ 31 characters). */
export const AGGREGATE_SHEET_NAME = (annexSheetName: string) => `Tổng hợp ${annexSheetName}`.slice(0, 31).trim();

/** Labels of the "Tình hình nộp báo cáo" sheet. */
export const STATUS_SHEET = {
  name: 'Tình hình nộp báo cáo',
  title: 'TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ',
  receiver: (unit: string) => `(Tổng hợp tại ${unit})`,
  receiverUnknown: '(Tổng hợp từ các tệp báo cáo của đơn vị)',
  summary: (d: { files: number; included: number; invalid: number; duplicate: number; unreadable: number }) => {
    const parts = [`Đã nhận ${d.files} tệp; đưa vào tổng hợp ${d.included} tệp`];
    if (d.invalid) parts.push(`${d.invalid} tệp có lỗi`);
    if (d.duplicate) parts.push(`${d.duplicate} tệp trùng đơn vị`);
    if (d.unreadable) parts.push(`${d.unreadable} tệp không đọc được`);
    return `${parts.join('; ')}.`;
  },
  headers: [
    'STT',
    'Đơn vị',
    'Tệp',
    'Ngày báo cáo',
    'Phụ lục có',
    'Phụ lục thiếu',
    'Số lỗi',
    'Số cảnh báo',
    'Đưa vào tổng hợp',
    'Ghi chú',
    'Đã giải trình',
    'Kiểm tra trước khi gửi',
    'Nội dung giải trình',
  ],
  /** One explained warning in the "Nội dung giải trình" cell: where, then the officer's text. */
  explanation: (where: string, text: string) => (where ? `${where}: ${text}` : text),
  none: 'Không có tệp nào.',
} as const;

/** Notes about one unit file (status sheet "Ghi chú"). */
export const AGGREGATE_NOTES = {
  unreadable: (detail: string) => `Không đọc được tệp${detail ? `: ${detail}` : ''}.`,
  duplicateOf: (fileName: string, taken: boolean) =>
    taken
      ? `Cùng đơn vị với tệp "${fileName}" (đã lấy tệp đó): không cộng hai lần. Hãy kiểm tra và chỉ giữ một tệp.`
      : `Cùng đơn vị với tệp "${fileName}" (tệp đó cũng chưa được đưa vào vì có lỗi): không lấy tệp nào của đơn vị này. Hãy đề nghị đơn vị sửa và gửi lại một tệp.`,
  errors: (errors: number) => `Tệp có ${formatVnNumber(errors)} lỗi: hãy đề nghị đơn vị sửa và gửi lại.`,
  includedInvalid: (errors: number) =>
    `Tệp có ${formatVnNumber(errors)} lỗi nhưng vẫn được đưa vào tổng hợp (theo --include-invalid): số liệu cần kiểm tra lại.`,
  totalMismatch: (annex: string, column: string) =>
    `${annex}: dòng "Tổng" cột "${column}" không khớp với các dòng; đã cộng lại từ các dòng.`,
  totalOnly: (annex: string, column: string) =>
    `${annex}: cột "${column}" chỉ có số ở dòng "Tổng"; đã lấy số ở dòng "Tổng".`,
  unreadableCell: (annex: string, cell: string, column: string) =>
    `${annex}: ô ${cell} (cột "${column}") không đọc được thành số; cột này của đơn vị để trống trong bảng tổng hợp.`,
  columnsNotMerged: (annex: string, columns: string) =>
    `${annex}: các cột ${columns} không có trong mẫu tổng hợp (khác năm hoặc cấp hành chính): không đưa vào.`,
  annexTwice: (annex: string, sheets: string) =>
    `${annex} có nhiều trang tính (${sheets}): chỉ lấy trang tính đầu tiên.`,
  noAnnex: 'Tệp không có phụ lục nào cần tổng hợp (Phụ lục I, II, III).',
} as const;

/** The "Ghi chú" cell of a merged row whose unit file has errors (PL-III, table 1 only). */
export const GHI_CHU_INVALID = (errors: number) =>
  `Số liệu của đơn vị có ${formatVnNumber(errors)} lỗi, đưa vào theo --include-invalid: cần kiểm tra lại.`;

/** Why a unit file could not be read, after "Không đọc được tệp: " on the status sheet. */
export const READ_REASON: Record<ReadFailure, string> = {
  missing: 'không tìm thấy tệp',
  directory: 'đây là một thư mục, không phải tệp Excel',
  unreadable: 'không có quyền đọc hoặc tệp đang bị khóa',
  empty: 'tệp rỗng (0 byte)',
  'not-xlsx': 'không phải tệp Excel .xlsx; hãy đề nghị đơn vị mở bằng Excel và lưu dưới dạng "Excel Workbook (*.xlsx)"',
  encrypted: 'tệp được đặt mật khẩu mở tệp; hãy đề nghị đơn vị bỏ mật khẩu rồi gửi lại',
  xls: 'tệp định dạng Excel 97–2003 (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx',
  cfb: 'tệp Office cũ hoặc đã mã hóa, không phải .xlsx',
  corrupt: 'tệp bị hỏng hoặc không đầy đủ (có thể tải xuống chưa xong); hãy lấy lại bản gốc',
  'too-large':
    'tệp quá lớn để đọc an toàn; hãy đề nghị đơn vị tách các phụ lục ra tệp nhỏ hơn, hoặc xóa các trang tính và hình ảnh không phải phụ lục',
};

export const AGGREGATE_APP_TEXT = {
  unexpectedRead: (detail: string) => `lỗi không mong đợi khi đọc tệp (${detail})`,
  tooLarge: (t: TooLarge) => {
    const mb = (b: number) => `${(Math.ceil(b / 104857.6) / 10).toString().replace('.', ',')} MB`;
    const what =
      t.kind === 'file'
        ? `tệp ${mb(t.fileBytes)}, giới hạn ${mb(t.limit)}`
        : t.kind === 'xml'
          ? `tệp ${mb(t.fileBytes)}, khi mở ra khoảng ${mb(t.bytes)} dữ liệu trang tính, giới hạn ${mb(t.limit)}`
          : `tệp ${mb(t.fileBytes)}, khi giải nén khoảng ${mb(t.bytes)} nội dung kể cả hình ảnh, giới hạn ${mb(t.limit)}`;
    return READ_REASON['too-large'].replace(';', ` (${what});`);
  },
} as const;
