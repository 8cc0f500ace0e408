/**
 * Every Vietnamese sentence of the comparison with last year ("So sánh với năm trước"): the
 * warnings, the indicator trends, the sheet, the CLI and the task pane say the same.
 */
import { formatVnNumber, roundTo } from '../parse/number';

const n = (v: number) => formatVnNumber(roundTo(v, 2));
const yearOf = (y: number | undefined) => (y === undefined ? 'không rõ năm' : `năm ${y}`);

/** Where a value sits, as the officer reads it: "Phụ lục I – Xã An Lạc – "Tổng số"". */
export function valuePlace(annex: string, row: string, column: string): string {
  return `${annex} – ${row ? `${row} – ` : ''}"${column}"`;
}

export const TREND_LABEL = {
  'cai-thien': 'Cải thiện',
  'giam-sut': 'Giảm sút',
  'khong-doi': 'Không đổi',
  'chua-so-sanh': 'Chưa so sánh được',
} as const;

export const WARNING_LABEL = {
  'count-jump': 'Số liệu tăng/giảm bất thường',
  'share-jump': 'Tỷ lệ thay đổi quá nhiều',
  'term-changed': 'Đại biểu HĐND đổi trong nhiệm kỳ',
  'indicator-declined': 'Chỉ tiêu giảm sút',
} as const;

export const COMPARE_MSG = {
  countJump: (place: string, last: number, now: number, ly?: number, ty?: number) => {
    const up = now > last;
    const k = up ? now / last : last / now;
    return (
      `${place}: ${up ? 'tăng' : 'giảm'} từ ${n(last)} (${yearOf(ly)}) ${up ? 'lên' : 'xuống'} ${n(now)} (${yearOf(ty)}), ` +
      `${up ? 'gấp ' : 'chỉ bằng 1/'}${n(roundTo(k, 1))}${up ? ' lần' : ''} — hãy xem lại số liệu (có nhầm đơn vị, thừa hay thiếu chữ số không).`
    );
  },
  shareJump: (place: string, last: number, now: number, points: number) =>
    `${place}: tỷ lệ đổi ${n(Math.abs(now - last))} điểm phần trăm (từ ${n(last)} % ${now > last ? 'lên' : 'xuống'} ${n(now)} %), ` +
    `quá ${n(points)} điểm trong một năm — hãy xem lại tử số và mẫu số.`,
  termChanged: (place: string, last: number, now: number, term: string) =>
    `${place}: đổi từ ${n(last)} thành ${n(now)} trong cùng nhiệm kỳ HĐND ${term}. Số đại biểu HĐND chỉ đổi khi bầu cử bổ sung, ` +
    'miễn nhiệm hoặc đại biểu thôi nhiệm vụ — hãy ghi rõ lý do (cột "Ghi chú" hoặc "Giải trình…"), hoặc sửa lại cho đúng.',
  indicatorDeclined: (id: string, name: string, last: string, now: string, better: 'higher' | 'lower') =>
    `Chỉ tiêu ${id} (${name}) giảm sút so với năm trước: từ ${last} ${better === 'higher' ? 'xuống' : 'lên'} ${now}, ` +
    `ngược hướng mong muốn (${better === 'higher' ? 'càng cao càng tốt' : 'càng thấp càng tốt'}). Hãy kiểm tra số liệu hoặc giải trình.`,

  rowGone: (annex: string, row: string) =>
    `${annex}: "${row}" có trong tệp năm trước nhưng không có trong tệp năm nay.`,
  rowNew: (annex: string, row: string) => `${annex}: "${row}" mới có trong tệp năm nay (năm trước không có).`,
  annexGone: (annex: string) => `${annex} có trong tệp năm trước nhưng tệp năm nay không có: không so sánh được.`,
  annexNew: (annex: string) => `${annex} chỉ có trong tệp năm nay: không có số năm trước để so sánh.`,
  yearsUnknown: 'Một trong hai tệp không ghi năm báo cáo: không kiểm tra được số đại biểu HĐND theo nhiệm kỳ.',
  yearOrder: (last: number, now: number) =>
    `Tệp "năm trước" là báo cáo năm ${last}, không trước tệp "năm nay" (năm ${now}): hãy xem lại thứ tự hai tệp.`,
  yearGap: (last: number, now: number) =>
    `Hai tệp cách nhau ${now - last} năm (${last} và ${now}): các mức thay đổi là của cả ${now - last} năm.`,
  termCrossed: (last: number, now: number) =>
    `Năm ${last} và năm ${now} thuộc hai nhiệm kỳ HĐND khác nhau: số đại biểu HĐND được phép thay đổi.`,
  indicatorSets: (last: string, now: string) =>
    `Hai tệp dùng hai bộ chỉ tiêu khác nhau (${last} và ${now}): không so sánh xu hướng chỉ tiêu.`,
  nothingInCommon:
    'Hai tệp không có phụ lục nào chung để so sánh. Hãy chọn tệp báo cáo năm trước có cùng phụ lục với tệp năm nay.',

  summary: (d: { values: number; changed: number; warnings: number; explained: number }) =>
    `So sánh ${formatVnNumber(d.values)} số liệu: ${formatVnNumber(d.changed)} số thay đổi; ` +
    (d.warnings
      ? `${formatVnNumber(d.warnings)} cảnh báo${d.explained ? ` (${formatVnNumber(d.explained)} đã giải trình)` : ''}.`
      : 'không có cảnh báo.'),
  trends: (improved: number, declined: number, same: number) =>
    `Chỉ tiêu: ${formatVnNumber(improved)} cải thiện, ${formatVnNumber(declined)} giảm sút, ${formatVnNumber(same)} không đổi.`,
  side: (which: 'last' | 'this', unit: string, year: number | undefined) =>
    `${which === 'last' ? 'Năm trước' : 'Năm nay'}: ${unit || 'đơn vị không ghi tên'}, ${yearOf(year)}`,
} as const;

/** The "So sánh với năm trước" sheet. */
export const COMPARE_SHEET = {
  name: 'So sánh với năm trước',
  title: 'SO SÁNH SỐ LIỆU VỚI NĂM TRƯỚC',
  sides: (last: string, now: string) => `(${last} — ${now})`,
  warningsTitle: 'Cảnh báo',
  noWarnings: 'Không có cảnh báo.',
  warningHeaders: ['STT', 'Loại', 'Ô (năm nay)', 'Nội dung', 'Giải trình'],
  trendsTitle: 'Xu hướng chỉ tiêu',
  trendHeaders: ['Mã', 'Xu hướng', 'Đơn vị tính', 'Chỉ tiêu', 'Năm trước', 'Năm nay', 'Thay đổi'],
  valuesTitle: 'Số liệu từng ô',
  valueHeaders: ['STT', 'Phụ lục', 'Dòng', 'Cột', 'Năm trước', 'Năm nay', 'Thay đổi', 'Thay đổi (%)', 'Ô (năm nay)'],
  notesTitle: 'Ghi chú',
} as const;

/** The CLI's own sentences (`phuluc compare`). */
/** Words inside compared values: a yes/no indicator's value and an unnamed total row. */
export const COMPARE_VALUE = {
  yes: 'Có',
  no: 'Không',
  totalRow: 'Tổng',
};

export const COMPARE_CLI = {
  /** One warning line: "[Cảnh báo] Sheet!Cell — message". */
  warningLine: (place: string, message: string) => `[Cảnh báo] ${place ? `${place} — ` : ''}${message}`,
  compared: (last: string, now: string) => `So sánh "${now}" với năm trước "${last}".`,
  warningsHeading: 'Cảnh báo:',
  trendsHeading: 'Xu hướng chỉ tiêu:',
  notesHeading: 'Ghi chú:',
  explained: 'Giải trình',
  written: (p: string) => `Đã ghi trang tính "${COMPARE_SHEET.name}" vào tệp "${p}".`,
  needsFiles: 'Cần hai tệp: phuluc compare NAM-TRUOC.xlsx NAM-NAY.xlsx [--json] [--out SO-SANH.xlsx]',
  badPoints: (v: string) => `--share-points cần một số điểm phần trăm lớn hơn 0 (ví dụ 20), không phải "${v}".`,
  notOurs: (p: string) =>
    `Tệp "${p}" không có phụ lục nào của Phụ lục BĐG: không so sánh được. Hãy chọn tệp báo cáo có các phụ lục đã chèn bằng add-in.`,
  sameFile: 'Hai tệp là một: hãy chọn tệp năm trước và tệp năm nay.',
  /** `phuluc new --from-last`: what was carried over from last year, or why nothing was. */
  carried: (n: number, lastYear: number, term: string) =>
    `Đã lấy ${formatVnNumber(n)} số đại biểu HĐND từ báo cáo năm ${lastYear} (cùng nhiệm kỳ ${term}); hãy kiểm tra lại nếu có bầu cử bổ sung hoặc miễn nhiệm.`,
  notCarried: {
    'year-unknown': 'Không lấy số năm trước: tệp năm trước không ghi năm báo cáo.',
    'not-earlier': 'Không lấy số năm trước: tệp năm trước không phải báo cáo của năm trước năm báo cáo này.',
    'other-term': 'Không lấy số năm trước: hai năm thuộc hai nhiệm kỳ HĐND khác nhau, số đại biểu phải nhập mới.',
    nothing: 'Không lấy số năm trước: tệp năm trước không có số đại biểu HĐND của các đơn vị này.',
  },
} as const;

/** The task pane's words ("So sánh" tab). */
export const COMPARE_PANE = {
  tab: 'So sánh',
  title: 'So sánh với năm trước',
  intro:
    'Chọn tệp .xlsx báo cáo năm trước của đơn vị. Số liệu được so theo từng phụ lục, từng dòng và cột; các thay đổi bất thường được cảnh báo. Tệp năm trước chỉ được đọc, không bị sửa.',
  button: 'So sánh với năm trước…',
  fileInput: 'Chọn tệp báo cáo năm trước (.xlsx)',
  running: 'Đang so sánh…',
  failed: 'Không so sánh được',
  writeSheet: 'Ghi trang tính "So sánh với năm trước"',
  writing: 'Đang ghi trang tính…',
  written: (sheet: string) =>
    `Đã ghi trang tính "${sheet}". Muốn bỏ thì xóa trang tính này; các trang tính khác của tệp không bị thay đổi.`,
  writeFailed: 'Không ghi được trang tính so sánh',
  warningsTitle: 'Cảnh báo',
  noWarnings: 'Không có thay đổi bất thường so với năm trước.',
  trendsTitle: 'Xu hướng chỉ tiêu',
  notesTitle: 'Ghi chú',
  goTo: 'Đến ô',
  explained: 'Giải trình:',
  lastFile: (name: string) => `Tệp năm trước: ${name}`,
  unreadable: (name: string, reason: string) => `Không đọc được tệp "${name}": ${reason}.`,
} as const;
