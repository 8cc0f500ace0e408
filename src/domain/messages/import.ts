/**
 * Every sentence the officer reads about bringing an existing table in ("Nhập từ bảng có sẵn"):
 * where a source cell is, what a column became, why a value was not placed, what was checked.
 * Used by `phuluc import`, the task pane and the playground.
 */
import { formatVnNumber } from '../parse/number';

const n = (v: string | number | undefined) => (typeof v === 'number' ? formatVnNumber(v) : (v ?? ''));

export const IMPORT_REASON: Record<string, (d: { candidates?: string }) => string> = {
  'fraction-in-single': () =>
    'ghi dạng "số/tổng" trong cột chỉ có một số: hãy chọn cho cột này mục "tách số nữ và tổng số", hoặc nhập lại hai số.',
  'date-for-number': () =>
    'Excel đã biến số liệu thành ngày tháng (có lẽ gõ "8/9"): không đoán ngày là số nào, hãy nhập lại hai số vào hai cột.',
  'date-for-pair': () =>
    'Excel đã biến "số/tổng" thành ngày tháng: không đoán ngày là số nào, hãy nhập lại số nữ và tổng số.',
  'number-for-pair': () => 'chỉ có một số, không rõ là số nữ hay tổng số: hãy nhập vào đúng cột của phụ lục.',
  'text-for-pair': () => 'không phải "số/tổng": hãy nhập số nữ và tổng số vào phụ lục.',
  'no-column': () => 'cột này không khớp cột nào của phụ lục: chọn cột đích trong bảng ghép cột nếu cần.',
  'column-ambiguous': (d) =>
    `tiêu đề cột khớp nhiều cột của phụ lục${d.candidates ? ` (${d.candidates})` : ''}: hãy chọn cột đích.`,
  'column-type': () => 'kiểu số liệu của cột không hợp với cột của phụ lục.',
  'row-unknown': () => 'dòng này không có trong phụ lục chuẩn (không khớp chỉ tiêu hay dòng nào của mẫu).',
  'row-ambiguous': (d) =>
    `dòng này khớp nhiều dòng của phụ lục${d.candidates ? ` (${d.candidates})` : ''}: không tự chọn, hãy nhập vào đúng dòng.`,
  'row-under-unknown': () => 'dòng con của một dòng không có trong phụ lục chuẩn.',
  'row-outside-groups': () => 'phụ lục chuẩn chỉ ghi các đơn vị ở nhóm "II. ĐỊA PHƯƠNG": hãy nhập tay nếu cần.',
  'no-number': () => 'câu không có số liệu để ghi vào ô số: giữ nguyên câu ở cột ghi chú, hãy nhập số nếu có.',
  'several-values': () =>
    'có nhiều số liệu trong một ô: không tự chọn số nào, câu gốc giữ ở cột ghi chú — hãy nhập số đúng.',
  'table-unrecognised': (d) =>
    `không nhận ra bảng này là phụ lục nào${d.candidates ? ` (gần giống: ${d.candidates})` : ''}: chọn mẫu phụ lục cho bảng nếu cần nhập.`,
  'table-ambiguous': (d) =>
    `bảng giống nhiều phụ lục${d.candidates ? ` (${d.candidates})` : ''}: hãy chọn mẫu phụ lục cho bảng.`,
  'duplicate-row': () => 'dòng này trùng một dòng đã nhập trước: chỉ nhập dòng đầu.',
  'level-not-in-settings': () => 'cấp hành chính này không có trong cài đặt báo cáo.',
  'not-written': () => 'bỏ qua theo lựa chọn.',
  'percent-without-counts': () =>
    'có tỷ lệ nhưng không có số nữ và tổng số: phụ lục tính tỷ lệ từ hai số đó, hãy nhập hai số.',
};

export const IMPORT_NOTE: Record<string, (d: Record<string, string | number>) => string> = {
  'percent-differs': (d) =>
    `tỷ lệ ghi "${d.text}", nhưng ${n(d.num)}/${n(d.den)} = ${n(d.exact)} %: phụ lục dùng công thức, hãy xem lại số liệu.`,
  'percent-truncated': (d) =>
    `tỷ lệ ghi "${d.text}" là cắt bớt chữ số, ${n(d.num)}/${n(d.den)} làm tròn là ${n(d.exact)} % (phụ lục dùng công thức).`,
  'percent-unreadable': (d) =>
    `tỷ lệ ghi "${d.text}" không phải số hợp lệ; phụ lục tính lại từ ${n(d.num)}/${n(d.den)} = ${n(d.exact)} %.`,
  'total-differs': (d) =>
    `dòng tổng ghi "${d.text}" ở cột "${d.column}", nhưng cộng các dòng được ${String(d.sum).replace(/\./g, ',')}: phụ lục dùng công thức tính tổng.`,
  'latest-year': (d) =>
    `ô ghi số liệu nhiều năm: lấy số năm ${d.year} (mới nhất) là ${d.value}; câu gốc giữ ở cột ghi chú.`,
  'text-kept': (d) => `"${d.text}" không phải số, được chép nguyên văn vào cột "${d.column}" để kiểm tra báo lỗi.`,
  'table-continued': (d) => `bảng không có dòng tiêu đề: nối tiếp ${d.of} (bảng bị ngắt sang trang sau).`,
  'settings-inferred': (d) =>
    `${SETTING_LABEL[String(d.field)] ?? d.field}: ${settingValue(d)} (theo tiêu đề "${d.from}").`,
  'settings-differ': (d) =>
    `bảng ghi ${SETTING_LABEL[String(d.field)] ?? d.field} ${settingValue({ ...d, value: d.table! })}, cài đặt báo cáo là ${settingValue({ ...d, value: d.settings! })}: các cột theo năm hoặc cấp khác cài đặt sẽ không nhập được.`,
};

const SETTING_LABEL: Record<string, string> = {
  reportYear: 'năm báo cáo',
  budgetFromYear: 'năm đầu giai đoạn kinh phí',
  levels: 'các cấp hành chính',
};
const LEVEL_WORD: Record<string, string> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' };

function settingValue(d: Record<string, string | number>): string {
  if (d.field === 'levels')
    return String(d.value)
      .split(',')
      .map((l) => LEVEL_WORD[l] ?? l)
      .join(', ');
  return String(d.value);
}

export const IMPORT = {
  wordTable: (i: number) => `Bảng ${i} (tệp Word)`,
  sheetTable: (sheet: string, part?: number) => `Trang tính "${sheet}"${part ? `, bảng ${part}` : ''}`,
  selection: (sheet: string) => `Vùng chọn trên trang tính "${sheet}"`,
  wordCell: (r: number, c: number) => `dòng ${r}, cột ${c}`,
  sheetCell: (a1: string) => `ô ${a1}`,
  column: (i: number, header: string) => `Cột ${i}${header ? ` "${header}"` : ' (không có tiêu đề)'}`,
  recognised: (title: string, id: string, table?: string) => `→ ${title} (${id})${table ? `, ${table}` : ''}`,
  notRecognised: 'không nhận ra là phụ lục nào',
  split: (a: string, b: string) => `tách "số/tổng": ${a} | ${b}`,
  checked: (label: string) => `${label} (đối chiếu với công thức của phụ lục)`,
  label: (label: string) => `${label} (dùng để nhận dòng)`,
  ambiguous: (list: string) => `chưa ghép: khớp nhiều cột (${list})`,
  unmatched: 'chưa ghép: không khớp cột nào của phụ lục',
  ignored: 'bỏ qua (theo lựa chọn)',
  rowsLine: (data: number, heading: number, total: number, unknown: number, continued: number) =>
    [
      `${data} dòng số liệu`,
      heading ? `${heading} dòng tiêu đề nhóm` : '',
      total ? `${total} dòng tổng (đối chiếu)` : '',
      continued ? `${continued} dòng nối tiếp dòng trên (ngắt trang)` : '',
      unknown ? `${unknown} dòng không khớp` : '',
    ]
      .filter(Boolean)
      .join(', '),
  unplacedHeading: (count: number) => (count ? `Không đặt được (${count}):` : 'Mọi số liệu đều đã đặt vào phụ lục.'),
  unplacedLine: (where: string, text: string, why: string, count?: number) =>
    `  - ${where}${text ? ` "${clip(text)}"` : ''}${count && count > 1 ? ` (và ${count - 1} ô khác cùng cột/dòng)` : ''}: ${why}`,
  notesHeading: 'Cần xem lại:',
  noteLine: (where: string, text: string) => `  - ${where ? `${where}: ` : ''}${text}`,
  settingsHeading: 'Cài đặt lấy theo bảng:',
  nothing: {
    noTables: (file: string) =>
      `Không tìm thấy bảng nào có dòng tiêu đề cột trong "${file}": không có gì để nhập. Bảng cần có một dòng tiêu đề (ví dụ "TT | Nội dung | …").`,
    noneRecognised: (file: string, n: number) =>
      `Tìm thấy ${n} bảng trong "${file}" nhưng không bảng nào khớp một phụ lục của bộ mẫu. Dùng --template để chọn mẫu (xem phuluc templates).`,
    noValues: (file: string) =>
      `Các bảng trong "${file}" khớp phụ lục nhưng không có số liệu nào đặt được vào phụ lục (xem danh sách không đặt được ở trên).`,
    emptyFile: (file: string) => `Tệp "${file}" không có bảng nào.`,
  },
  written: (out: string, n: number) => `Đã ghi phụ lục chuẩn vào "${out}" (${n} phụ lục):`,
  writtenSheet: (id: string, sheet: string, rows: number, values: number) =>
    `  ${id.padEnd(7)} trang tính "${sheet}" — ${rows} dòng, ${values} giá trị`,
  checkedHeading: 'Kiểm tra phụ lục vừa nhập:',
  next: (out: string) => `Mở tệp để xem và sửa các ô được báo, rồi kiểm tra lại: phuluc validate "${out}"`,
  // Reading sources
  docUnreadable: (p: string) =>
    `Tệp "${p}" không phải tệp Word .docx đọc được (bị hỏng hoặc không đầy đủ). Hãy mở bằng Word và lưu lại dạng .docx.`,
  docOld: (p: string) =>
    `Tệp "${p}" là định dạng Word 97–2003 (.doc). Hãy mở bằng Word và lưu lại dạng "Word Document (*.docx)".`,
  docEncrypted: (p: string) => `Tệp Word "${p}" được đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu rồi nhập lại.`,
  docTooLarge: (p: string) => `Tệp Word "${p}" quá lớn để đọc an toàn. Hãy tách phần phụ lục ra một tệp riêng.`,
  /** Why a Word file cannot be read (the .docx reader's reasons). */
  docFailure: (reason: string, p: string): string => {
    switch (reason) {
      case 'missing':
        return `Không tìm thấy tệp "${p}". Kiểm tra lại đường dẫn.`;
      case 'directory':
        return `"${p}" là một thư mục, không phải tệp Word.`;
      case 'unreadable':
        return `Không mở được tệp "${p}" (không có quyền đọc hoặc tệp đang mở khóa trong Word).`;
      case 'empty':
        return `Tệp "${p}" rỗng (0 byte): không phải tệp Word.`;
      case 'doc':
        return IMPORT.docOld(p);
      case 'encrypted':
        return IMPORT.docEncrypted(p);
      case 'too-large':
        return IMPORT.docTooLarge(p);
      case 'not-docx':
        return IMPORT.unsupported(p);
      default:
        return IMPORT.docUnreadable(p);
    }
  },
  unsupported: (p: string) =>
    `Tệp "${p}" không phải .xlsx hay .docx. Nhập được bảng từ tệp Excel (.xlsx) hoặc Word (.docx).`,
  importNeedsFile: 'Cần đường dẫn tệp có bảng: phuluc import TEP.docx (hoặc TEP.xlsx)',
  outDefault: (p: string) => `Chưa có --out: ghi vào "${p}".`,
  // Validate on a hand-made layout
  handMade: (sheet: string, title: string, rows: number) =>
    `Trang tính "${sheet}" có một bảng giống ${title} (${rows} dòng số liệu) nhưng không theo mẫu chuẩn, nên chưa kiểm tra được. Hãy chuyển bảng sang phụ lục chuẩn: phuluc import <tệp> (hoặc nút "Nhập từ bảng có sẵn…" trong ngăn tác vụ).`,
  handMadeNone:
    'Không có trang tính nào là phụ lục theo mẫu, cũng không có bảng nào giống một phụ lục. Hãy chèn phụ lục chuẩn (phuluc new hoặc nút "Chèn" trong ngăn tác vụ), hoặc nhập bảng có sẵn: phuluc import <tệp>.',
};

function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
