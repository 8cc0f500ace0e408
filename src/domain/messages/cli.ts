/**
 * Every sentence the CLI prints for the officer (Vietnamese), plus the English half of --help.
 * Finding wording lives in ../domain/messages.ts; this file is only the CLI's own words.
 */
import { STATUSES, type Status } from '../report/schema';
import type { Damage, ReadFailure, TooLarge } from '../sheet/read-failure';
import { statusLabel } from './indicators';
import { READER_TEXT } from './reader';
import type { DataProblem } from '../templates/fill';

export const HELP = `phuluc — Phụ lục BĐG: chèn và kiểm tra các phụ lục báo cáo bình đẳng giới

Cách dùng:
  phuluc templates [--json] [--settings cai-dat.json]
      Liệt kê các mẫu phụ lục: mã, tên trang, các bảng, cột nhập liệu và dòng (kèm khóa
      để ghi số liệu bằng --data).
  phuluc new --out TEP.xlsx [--templates PL-I,PL-II,…] [--settings cai-dat.json]
             [--data so-lieu.json] [--from-last NAM-TRUOC.xlsx] [--force]
      Tạo tệp Excel có các phụ lục đã chọn (mặc định: tất cả), sẵn công thức, kiểm tra
      nhập liệu và định dạng in A4 ngang. --data ghi sẵn số liệu dạng
      { "PL-I": { "1": { "hdnd_huyen_nu": 11 } } }. --from-last lấy sẵn số đại biểu HĐND của
      báo cáo năm trước khi cùng nhiệm kỳ. Không ghi đè tệp đã có (trừ khi --force).
  phuluc validate TEP.xlsx [--json] [--settings cai-dat.json] [--stamp]
      Kiểm tra tệp trước khi gửi: lỗi, cảnh báo, thông tin theo từng ô, và bảng đánh giá
      chỉ tiêu (Đạt / Chưa đạt / Chưa có số liệu). Cho biết dấu kiểm tra trong tệp: "Đã kiểm
      tra lúc … — số liệu không đổi từ đó", "Số liệu đã sửa sau lần kiểm tra lúc …" hoặc "Chưa
      kiểm tra". Không sửa số liệu; --stamp ghi dấu kiểm tra (thời điểm, phiên bản quy tắc,
      số lỗi/cảnh báo/giải trình, mã băm số liệu) vào trang cài đặt ẩn của tệp.
  phuluc aggregate TEP-HOAC-THU-MUC... --out TONG-HOP.xlsx [--settings cai-dat.json]
             [--include-invalid] [--force]
      Tổng hợp báo cáo của các đơn vị cấp dưới: đọc các tệp .xlsx (thư mục: mọi tệp .xlsx
      trong thư mục, không đọc thư mục con), gộp Phụ lục I, II, III mỗi đơn vị một dòng, có
      dòng Tổng bằng công thức, và trang tính "Tình hình nộp báo cáo" liệt kê từng tệp. Tệp có lỗi
      không được đưa vào (trừ khi --include-invalid: đưa vào và đánh dấu); tệp trùng đơn vị
      không cộng hai lần; tệp không đọc được chỉ được liệt kê. --settings: cài đặt của đơn vị
      tổng hợp (tên, số và ngày báo cáo); không có thì lấy năm báo cáo và cấp hành chính theo
      các tệp. Mã thoát 2 khi không có tệp nào đưa vào được. Không ghi đè tệp đã có (trừ khi
      --force).
  phuluc import TEP.docx|TEP.xlsx [--template MA] [--out PHU-LUC.xlsx] [--settings cai-dat.json]
             [--json] [--force]
      Nhập bảng có sẵn: mọi bảng trong tệp Word, mọi trang trong tệp Excel (bảng tự làm, tiêu
      đề riêng) được ghép vào phụ lục chuẩn theo tiêu đề cột và tên dòng, ghi ra tệp phụ lục
      (mặc định TEP-phu-luc.xlsx bên cạnh tệp gốc) rồi kiểm tra. In bảng ghép cột, những ô
      không đặt được và lý do, và kết quả kiểm tra. Không có --settings: năm báo cáo và các
      cấp lấy theo bảng. Mã thoát như validate; 2 khi không có gì nhập được.
  phuluc compare NAM-TRUOC.xlsx NAM-NAY.xlsx [--json] [--out SO-SANH.xlsx]
             [--share-points 20] [--force]
      So sánh với năm trước: từng số liệu theo phụ lục, dòng (đơn vị, chức danh, chỉ tiêu) và
      cột; mức thay đổi và tỷ lệ thay đổi; cảnh báo số tăng/giảm từ 10 lần, tỷ lệ đổi quá 20
      điểm phần trăm (--share-points), số đại biểu HĐND đổi trong cùng nhiệm kỳ mà không ghi
      chú, chỉ tiêu giảm sút (ngược hướng mong muốn). --out ghi trang tính "So sánh với năm trước".
      Không sửa hai tệp. Mã thoát 0 = không có gì bất thường (hoặc đã giải trình hết); 1 = có
      cảnh báo cần xem lại; 2 = không đọc được tệp hoặc hai tệp không có phụ lục chung.
  phuluc --version    Phiên bản.
  phuluc --help       Hướng dẫn này.

Mã thoát: 0 = không có lỗi; 1 = có lỗi cần sửa; 2 = không dùng được tệp hoặc tham số.
Đặt PHULUC_DEBUG=1 để xem chi tiết kỹ thuật khi có sự cố.

Usage (English):
  phuluc templates [--json] [--settings settings.json]
      List the annex templates with their tables, input columns and rows (keys for --data).
  phuluc new --out FILE.xlsx [--templates ID,…] [--settings settings.json]
             [--data data.json] [--from-last LAST.xlsx] [--force]
      Create a workbook with the chosen annexes (all by default): formulas, data validation,
      A4 landscape print setup. --data fills input cells: { "<templateId>": { "<rowKey>":
      { "<colKey>": value } } }; numbers stay numbers, strings are written as text exactly,
      {"date":"YYYY-MM-DD"} is a date, {"formula":"…"} a formula. --from-last starts the HĐND
      delegate counts from last year's report when it is of the same term (--data wins).
      Never overwrites unless --force.
  phuluc validate FILE.xlsx [--json] [--settings settings.json] [--stamp]
      Check a workbook before sending it: findings per cell and the indicator table, and
      whether its validation stamp still matches its figures. --json prints the report as
      JSON (with "stamp"). Figures are never modified; --stamp records the validation stamp
      (time, rule and indicator versions, counts, SHA-256 of the input values) in the file.
  phuluc aggregate FILES_OR_FOLDERS... --out TOTAL.xlsx [--settings settings.json]
             [--include-invalid] [--force]
      Merge the unit reports: reads the .xlsx files (a folder means its .xlsx files, not
      recursive), merges PL-I, PL-II and PL-III one row per unit with live totals, and adds the
      "Tình hình nộp báo cáo" sheet listing every file. Files with errors are left out unless
      --include-invalid (then included and marked); a second file of the same unit is not
      summed twice; unreadable files are listed. --settings gives the receiving level's settings
      (unit name, report number and date); without it the report year and levels come from
      the files. Exit 2 when no file can be included. Never overwrites unless --force.
  phuluc import FILE.docx|FILE.xlsx [--template ID] [--out ANNEX.xlsx] [--settings settings.json]
             [--json] [--force]
      Bring existing tables in: every table of a Word document, every sheet of a workbook,
      mapped onto the standard annexes by header text and row labels, written (default
      FILE-phu-luc.xlsx beside the source) and validated. Prints the column mapping, what
      could not be placed and why, and the findings. Without --settings the report year and
      levels come from the tables. Exit codes as validate; 2 when nothing can be imported.
  phuluc compare LAST.xlsx THIS.xlsx [--json] [--out COMPARE.xlsx] [--share-points 20] [--force]
      Compare with last year: every value matched by annex, row (unit, post, indicator) and
      column, with its change and relative change; warnings for a count ×10, a share moving
      more than 20 points (--share-points), HĐND delegates changing within one term without a
      note, an indicator moving against its direction. --out writes the "So sánh với năm
      trước" sheet. Neither file is changed. Exit 0 = nothing to look at (or all explained);
      1 = warnings to look at; 2 = a file cannot be read or the two share no annex.
  phuluc --version | --help

Exit codes: 0 = no errors; 1 = errors found; 2 = unusable input or arguments.
Set PHULUC_DEBUG=1 to print stack traces.
`;

const SPLIT_ADVICE = 'Hãy tách các phụ lục ra tệp nhỏ hơn, hoặc xóa các trang tính và hình ảnh không phải phụ lục.';

/**
 * Bytes as Windows Explorer counts them (1 MB = 1024 KB), rounded up to a tenth with a Vietnamese
 * decimal comma: "4,8 MB", "100,1 MB", "20 MB", "31 KB" (rounding up: a size over a limit never
 * prints as the limit itself).
 */
export function sizeText(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${(Math.ceil(mb * 10) / 10).toString().replace('.', ',')} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}

export const M = {
  unknownCommand: (c: string) =>
    `Không có lệnh "${c}". Các lệnh: templates, new, validate, aggregate, import, compare (xem phuluc --help).`,
  unknownOption: (o: string, cmd: string) => `Lệnh ${cmd} không có tùy chọn "${o}" (xem phuluc --help).`,
  missingValue: (o: string) => `Tùy chọn ${o} cần một giá trị.`,
  extraArgument: (a: string, cmd: string) => `Lệnh ${cmd} không nhận thêm "${a}".`,
  validateNeedsFile: 'Cần đường dẫn tệp Excel: phuluc validate TEP.xlsx',
  newNeedsOut: 'Cần tên tệp sẽ tạo: phuluc new --out TEP.xlsx',
  outNotXlsx: (p: string) => `Tệp tạo ra phải có đuôi .xlsx: "${p}".`,
  outExists: (p: string) => `Tệp "${p}" đã có. Không ghi đè: chọn tên khác, hoặc thêm --force nếu chắc chắn muốn thay.`,
  outDirMissing: (p: string) => `Không có thư mục để lưu tệp "${p}".`,
  cannotWrite: (p: string, why: string) => `Không ghi được tệp "${p}" (${why}).`,
  unknownTemplate: (id: string, known: string) => `Không có mẫu phụ lục "${id}". Các mẫu: ${known}.`,
  noTemplates: 'Chưa chọn mẫu phụ lục nào (--templates trống).',
  created: (p: string, n: number) => `Đã tạo tệp "${p}" với ${n} phụ lục:`,
  createdSheet: (id: string, sheet: string, title: string) => `  ${id.padEnd(7)} trang tính "${sheet}" — ${title}`,
  nextStep: (p: string) => `Nhập số liệu vào các ô trắng, sau đó kiểm tra: phuluc validate "${p}"`,
  // aggregate
  aggregateNeedsFiles: 'Cần các tệp hoặc thư mục báo cáo của đơn vị: phuluc aggregate THU-MUC --out TONG-HOP.xlsx',
  aggregateNeedsOut: 'Cần tên tệp tổng hợp sẽ tạo: phuluc aggregate THU-MUC --out TONG-HOP.xlsx',
  aggregateNoFiles: 'Không có tệp .xlsx nào để tổng hợp.',
  folderEmpty: (dir: string) => `Thư mục "${dir}" không có tệp .xlsx nào.`,
  folderUnreadable: (dir: string) => `Không đọc được thư mục "${dir}".`,
  settingsInferred: (year: number, levels: string) =>
    `Chưa có --settings: dùng năm báo cáo ${year} và ${levels} theo các tệp của đơn vị; tên đơn vị tổng hợp, số và ngày báo cáo để trống.`,
  aggregated: (p: string) => `Đã tạo tệp tổng hợp "${p}":`,
  aggregatedSheet: (sheet: string, title: string, rows: number) => `  trang tính "${sheet}" — ${title}: ${rows} đơn vị`,
  statusSheetLine: (sheet: string) => `  trang tính "${sheet}" — danh sách từng tệp và lý do để ra ngoài`,
  leftOutHeading: 'Không đưa vào tổng hợp:',
  duplicatesHeading: 'Trùng đơn vị (không cộng hai lần):',
  includedInvalidHeading: 'Có lỗi nhưng vẫn đưa vào (--include-invalid):',
  notesHeading: 'Cần xem lại:',
  unitLine: (fileName: string, unitName: string, label: string) =>
    `  - ${fileName}${unitName && unitName !== fileName ? ` (${unitName})` : ''}: ${label}`,
  unitNote: (note: string) => `      ${note}`,
  noneIncluded: 'Không có tệp nào đưa vào tổng hợp được, nên không tạo tệp tổng hợp.',
  includeInvalidHint:
    'Các tệp có lỗi đã để ra ngoài; thêm --include-invalid để vẫn đưa vào (được đánh dấu cần kiểm tra lại).',
  aggregateNext: (p: string) => `Kiểm tra tệp tổng hợp: phuluc validate "${p}"`,
  // JSON input files
  jsonMissing: (what: string, p: string) => `Không tìm thấy tệp ${what} "${p}".`,
  jsonUnreadable: (what: string, p: string) => `Không đọc được tệp ${what} "${p}".`,
  jsonInvalid: (what: string, p: string, detail: string) => `Tệp ${what} "${p}" không phải JSON hợp lệ: ${detail}`,
  settingsWord: 'cài đặt',
  dataWord: 'số liệu',
  settingsInvalid: (p: string) => `Tệp cài đặt "${p}" có giá trị không hợp lệ:`,
  dataNotObject: 'Tệp số liệu phải là một đối tượng JSON dạng { "PL-I": { "<dòng>": { "<cột>": giá trị } } }.',
  dataTemplateNotChosen: (id: string) => `Tệp số liệu có phụ lục ${id}, nhưng --templates không chọn phụ lục này.`,
  dataProblem: (p: DataProblem): string => {
    switch (p.kind) {
      case 'template':
        return `Số liệu ghi cho mẫu "${p.templateId}" nhưng không có mẫu này.`;
      case 'not-object':
        return p.row === undefined
          ? `Số liệu của ${p.templateId} phải là một đối tượng { "<dòng>": { "<cột>": giá trị } }.`
          : `Số liệu dòng "${p.row}" của ${p.templateId} phải là một đối tượng { "<cột>": giá trị }.`;
      case 'table':
        return `${p.templateId}: không có bảng "${p.table}". Các bảng: ${p.tables.join(', ')}.`;
      case 'row':
        return `${p.templateId}: không có dòng "${p.row}" trong bảng ${p.table}. Các dòng: ${p.rows.join(', ')}.`;
      case 'column':
        return `${p.templateId}, dòng "${p.row}": không có cột "${p.column}". Các cột nhập: ${p.columns.join(', ')}.`;
      case 'not-input':
        return `${p.templateId}, dòng "${p.row}": cột "${p.column}" không phải ô nhập liệu (nhãn hoặc số thứ tự của mẫu).`;
      case 'value':
        return `${p.templateId}, dòng "${p.row}", cột "${p.column}": giá trị ${p.value} không dùng được. Ghi số, chữ, null, {"date":"YYYY-MM-DD"} hoặc {"formula":"…"}.`;
    }
  },
  // Reading a workbook
  readFailure: (reason: ReadFailure, p: string, tooLarge?: TooLarge, damage?: Damage): string => {
    if (reason === 'corrupt' && damage) return READER_TEXT.damagedFile(p, damage);
    switch (reason) {
      case 'too-large':
        return tooLarge ? M.tooLarge(p, tooLarge) : `Tệp "${p}" quá lớn để kiểm tra an toàn. ${SPLIT_ADVICE}`;
      case 'missing':
        return `Không tìm thấy tệp "${p}". Kiểm tra lại đường dẫn.`;
      case 'directory':
        return `"${p}" là một thư mục, không phải tệp Excel.`;
      case 'unreadable':
        return `Không mở được tệp "${p}" (không có quyền đọc hoặc tệp đang bị khóa).`;
      case 'empty':
        return `Tệp "${p}" rỗng (0 byte): không phải tệp Excel.`;
      case 'not-xlsx':
        return `Tệp "${p}" không phải tệp Excel .xlsx. Hãy mở bằng Excel và lưu dưới dạng "Excel Workbook (*.xlsx)".`;
      case 'encrypted':
        return `Tệp "${p}" được đặt mật khẩu mở tệp, nên không đọc được. Hãy bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi kiểm tra lại.`;
      case 'xls':
        return `Tệp "${p}" là định dạng Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`;
      case 'cfb':
        return `Tệp "${p}" là tệp Office cũ hoặc đã mã hóa, không phải .xlsx. Hãy mở bằng Excel, bỏ mật khẩu nếu có, và lưu dưới dạng .xlsx.`;
      case 'corrupt':
        return `Tệp "${p}" bị hỏng hoặc không đầy đủ (có thể tải xuống chưa xong). Hãy mở bằng Excel để sửa, hoặc lấy lại bản gốc.`;
    }
  },
  tooLarge: (p: string, t: TooLarge): string => {
    const why =
      t.kind === 'file'
        ? `vượt giới hạn ${sizeText(t.limit)}`
        : t.kind === 'xml'
          ? `khi mở ra có khoảng ${sizeText(t.bytes)} dữ liệu trang tính, vượt giới hạn ${sizeText(t.limit)}`
          : `khi giải nén có khoảng ${sizeText(t.bytes)} nội dung (kể cả hình ảnh), vượt giới hạn ${sizeText(t.limit)}`;
    return `Tệp "${p}" quá lớn (${sizeText(t.fileBytes)}) để kiểm tra an toàn: ${why}. ${SPLIT_ADVICE}`;
  },
  settingsSheetUnreadable: (detail: string) =>
    `Trang tính cài đặt ẩn trong tệp có nội dung không đọc được (${detail}); dùng cài đặt mặc định.`,
  // Report
  checked: (p: string) => `Kiểm tra tệp: ${p}`,
  annexesFound: (list: string) => `Phụ lục: ${list}`,
  summaryErrors: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
  summaryReady: (w: number, i: number) =>
    w + i > 0 ? `Sẵn sàng gửi: không có lỗi (${w} cảnh báo, ${i} thông tin)` : 'Sẵn sàng gửi: không có lỗi',
  sheetHeading: (sheet: string, title: string, e: number, w: number, i: number) =>
    `— Trang tính "${sheet}"${title ? ` (${title})` : ''}: ${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
  workbookHeading: '— Toàn tệp',
  value: 'Giá trị',
  expected: 'Cần',
  explained: 'Giải trình',
  indicatorsHeading: 'Đánh giá chỉ tiêu',
  indicatorColumns: ['Mã', 'Kết quả', 'CT địa phương', 'Đánh giá (ĐP)', 'CT quốc gia', 'Đánh giá (QG)'],
  noIndicators: 'Không có phụ lục CLQG trong tệp: chưa đánh giá chỉ tiêu.',
  /** "Chỉ tiêu (so với chỉ tiêu quốc gia): 10 Đạt, 3 Chưa đạt, 9 Chưa có số liệu" (+ the other statuses that occur). */
  indicatorSummary: (counts: Record<Status, number>) =>
    `Chỉ tiêu (so với chỉ tiêu quốc gia): ${STATUSES.filter(
      (s) => counts[s] > 0 || s === 'dat' || s === 'chua-dat' || s === 'chua-co-so-lieu',
    )
      .map((s) => `${counts[s]} ${statusLabel(s, 'national')}`)
      .join(', ')}`,
  unexpected: (detail: string) =>
    `Lỗi không mong đợi: ${detail}. Tệp của bạn không bị thay đổi. Hãy báo cho người phát triển (đặt PHULUC_DEBUG=1 để xem chi tiết).`,
  // templates listing
  templatesHeading: (n: number) => `${n} mẫu phụ lục:`,
  tableLine: (key: string, caption: string) => `  Bảng ${key}${caption ? ` — ${caption}` : ''}`,
  inputColumns: 'Cột nhập liệu',
  computedColumns: 'Cột tính tự động (công thức)',
  rowsLine: 'Dòng',
  repeatRows: 'thêm dòng bằng khóa 1, 2, 3 …',
  required: 'bắt buộc',
  naAllowed: '"-" nếu không áp dụng',
} as const;

export const KIND_LABEL: Record<string, string> = {
  seq: 'số thứ tự',
  label: 'nhãn',
  name: 'tên',
  text: 'chữ',
  count: 'số nguyên',
  money: 'số tiền',
  decimal: 'số',
  percent: 'tỷ lệ %',
  date: 'ngày',
  list: 'danh sách',
  docNumber: 'số ký hiệu',
  status: 'đánh giá',
};

export const ROW_KIND_LABEL: Record<string, string> = {
  data: 'số liệu',
  fixed: 'cố định',
  group: 'nhóm',
  total: 'tổng',
};
