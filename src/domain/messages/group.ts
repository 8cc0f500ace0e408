/**
 * Words for repeated findings shown as one line ("12 ô trống ở cột Tổng số, C10:C21") and for a
 * consequence naming its cause (issue 12, item 2).
 */

/**
 * What the repeated cells have in common, after "N ô …": "trống", "ghi số dạng chữ". Only these
 * messages are grouped: each says the same thing of every cell it is about.
 */
export const GROUP_PREDICATE: Record<string, string> = {
  'presence/required': 'trống',
  'presence/na-not-allowed': 'ghi "không áp dụng" ở chỗ cần số liệu',
  'type/number-as-text': 'ghi số dạng chữ',
  'type/ambiguous-number': 'ghi số dễ hiểu nhầm',
  'type/malformed-number': 'ghi số không hợp lệ',
  'type/number-as-text-ratio': 'có công thức tỷ lệ bị ghi đè bằng chữ',
  'type/malformed-ratio': 'có công thức tỷ lệ bị ghi đè bằng số không hợp lệ',
  'type/not-a-number': 'ghi chữ ở chỗ cần số',
  'type/date-in-number': 'bị Excel biến thành ngày',
  'type/fraction-text': 'ghi cả tử số và mẫu số trong một ô',
  'type/formula-error': 'có lỗi công thức',
  'type/date-as-text': 'ghi ngày dạng chữ',
  'type/invalid-date': 'ghi ngày không hợp lệ',
  'type/text-too-long': 'có nội dung quá dài',
  'type/formula-changed': 'có công thức bị thay',
  'type/formula-overwritten': 'có công thức bị ghi đè',
  'domain/negative': 'ghi số âm',
  'domain/not-whole': 'ghi số đếm không nguyên',
  'domain/percent-range': 'ghi tỷ lệ trên 100 %',
  'domain/implausible': 'có số liệu bất thường',
  'domain/huge-count': 'có số đếm lớn bất thường',
  'arithmetic/part-exceeds-whole': 'có số nữ lớn hơn tổng số',
  'arithmetic/percent-mismatch': 'có tỷ lệ không khớp với số liệu',
  'arithmetic/percent-truncated': 'có tỷ lệ bị cắt bớt chữ số',
  'arithmetic/total-mismatch': 'có tổng không khớp',
  'document/number-format': 'có số ký hiệu sai dạng',
  'document/type-unknown': 'có loại văn bản không rõ',
  'document/outside-period': 'có ngày ban hành ngoài kỳ báo cáo',
};

export const GROUP = {
  /** "12 ô trống ở cột Tổng số, C10:C21" */
  inColumn: (count: number, predicate: string, column: string, range: string) =>
    `${count} ô ${predicate} ở cột ${column}, ${range}`,
  /** "8 ô trống ở dòng TP. Cao Bằng, C10:J10" */
  inRow: (count: number, predicate: string, row: string, range: string) =>
    `${count} ô ${predicate} ở dòng ${row}, ${range}`,
  /** A row known only by its number: "dòng 10". */
  rowNumber: (row: number) => `${row}`,
  /** A column known only by its letter: "cột C". */
  columnLetter: (letter: string) => letter,
} as const;

export const CAUSE = {
  /** On a consequence: "Do ô F10: Ghi "11/29" trong một ô…" */
  label: 'Do',
  cell: (sheet: string, cell: string, sameSheet: boolean) => (sameSheet ? `ô ${cell}` : `ô ${cell} (${sheet})`),
  goTo: (cell: string) => `Đi tới ô ${cell} (nguyên nhân)`,
  /** Shown when the cause cell has no finding of its own. */
  noFinding: 'sửa ô này trước',
  /** On a cause: how many findings depend on it. */
  consequences: (n: number) => `Sửa ô này trước: ${n} vấn đề khác do ô này mà ra.`,
} as const;

/** The task pane's words around a group line. */
export const GROUP_UI = {
  selectHint: (sheet: string, range: string) => `Chọn vùng ${range} trong trang tính "${sheet}"`,
  showCells: (n: number) => `Xem từng ô (${n})`,
  hideCells: 'Thu gọn',
  cellsLabel: (title: string) => `Các ô: ${title}`,
  /** The first message of the group, shown under its title as an example. */
  example: 'Ví dụ',
} as const;
