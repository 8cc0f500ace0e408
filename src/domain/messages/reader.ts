/**
 * What the officer reads when a workbook file is damaged (the .xlsx reader, issue #10): a
 * reference past Excel's grid, an annex sheet whose content is missing from the file.
 */
import { formatVnNumber } from '../parse/number';
import type { Damage } from '../sheet/read-failure';

export const READER_TEXT = {
  /** After "Tệp "x" bị hỏng" / before the advice: where the grid is broken. */
  damage: (d: Damage): string =>
    d.kind === 'row'
      ? `trang tính "${d.sheet}" ghi dữ liệu ở dòng ${formatVnNumber(d.value)}, quá giới hạn 1.048.576 dòng của Excel`
      : `trang tính "${d.sheet}" ghi dữ liệu ở cột thứ ${formatVnNumber(d.value)}, quá cột cuối cùng XFD (16.384) của Excel`,
  /** The whole CLI sentence for a damaged grid (exit 2). */
  damagedFile: (p: string, d: Damage): string =>
    `Tệp "${p}" bị hỏng: ${READER_TEXT.damage(d)}. Hãy mở bằng Excel để sửa, hoặc lấy lại bản gốc.`,
  /** The status sheet's reason for a damaged grid (aggregation). */
  damagedReason: (d: Damage): string => `tệp bị hỏng (${READER_TEXT.damage(d)}); hãy lấy lại bản gốc`,
} as const;

/** Why an annex sheet cannot be read, inside the finding below. */
export const UNREADABLE_REASON: Record<'missing' | 'damaged', string> = {
  missing: 'nội dung trang tính không có trong tệp (tệp bị hỏng hoặc lưu chưa xong)',
  damaged: 'nội dung trang tính bị hỏng',
};
