/**
 * Vietnamese strings of the Office.js adapter and the ribbon commands.
 * (Kept here so the adapter owns them; the lead may merge them into src/domain/messages.ts.)
 */
import { formatVnNumber } from '../parse/number';

export const OFFICE_MSG = {
  /** "Dùng vùng đang chọn" on a selection too big to read in one request. */
  selectionTooLarge: (cells: number) =>
    `Vùng đang chọn có ${cells.toLocaleString('vi-VN')} ô, quá lớn để đọc một lần: hãy chọn đúng bảng phụ lục (kể cả dòng tiêu đề).`,
  /** Title of the input message of native data validation (Excel: ≤ 32 characters). */
  validationPromptTitle: 'Hướng dẫn nhập',
  /** Title of the warning shown when typed data breaks the validation rule (≤ 32 characters). */
  validationErrorTitle: 'Số liệu chưa hợp lệ',
  /** Comment of the identity marker name (Name Manager). */
  markerComment: 'Phụ lục BĐG: đánh dấu trang tính phụ lục (không xóa tên này).',
  settingsTooLong: (length: number) =>
    `Cài đặt báo cáo quá dài để lưu trong tệp (${formatVnNumber(length)} ký tự, tối đa ${formatVnNumber(32767)}). Hãy rút gọn phần giải trình.`,
  highlightStoreTooLong: 'Quá nhiều ô cần tô màu để ghi nhớ màu nền cũ. Hãy sửa bớt lỗi rồi kiểm tra lại.',
  sheetNotFound: (sheet: string) => `Không tìm thấy trang tính "${sheet}" (có thể đã bị xóa hoặc đổi tên).`,
  sheetHidden: (sheet: string) => `Trang tính "${sheet}" đang bị ẩn nên không thể chọn ô. Hãy bỏ ẩn trang tính.`,
  /** Wraps an Excel error the officer may see. */
  excelError: (detail: string) => `Excel báo lỗi: ${detail}`,
} as const;

export const COMMAND_MSG = {
  valid: (sheets: number, cells: number) =>
    `Kiểm tra xong ${formatVnNumber(sheets)} phụ lục (${formatVnNumber(cells)} ô): không phát hiện lỗi.`,
  summary: (errors: number, warnings: number, infos: number, sheets: number) =>
    `Kiểm tra xong ${formatVnNumber(sheets)} phụ lục: ${formatVnNumber(errors)} lỗi, ${formatVnNumber(warnings)} cảnh báo, ${formatVnNumber(infos)} lưu ý. Mở ngăn "Phụ lục BĐG" để xem chi tiết.`,
  failed: (detail: string) => `Không kiểm tra được tệp: ${detail}`,
  unknownError: 'lỗi không xác định',
  noticeTitle: { ok: 'Sẵn sàng gửi', warning: 'Cần xem lại', error: 'Có lỗi cần sửa' } as Record<
    'ok' | 'warning' | 'error',
    string
  >,
  noticeHint: 'Bấm "Xem kết quả" trên thẻ Phụ lục BĐG để xem từng lỗi, cảnh báo và đi tới ô cần sửa.',
  noticeClose: 'Đóng',
  truncated: (shown: number, total: number) =>
    `Chỉ lưu ${formatVnNumber(shown)}/${formatVnNumber(total)} phát hiện đầu tiên (quá nhiều để ghi nhớ).`,
} as const;
