/**
 * Words for indicator results: the target statuses (pane, CLI, report sheet, the CLQG sheet's
 * own "Đánh giá" formulas) and the sentences that explain a status.
 */
import type { Status } from '../report/schema';

/** The status as a word. "Chưa có chỉ tiêu" is said with its side (statusLabel) wherever there is room. */
export const STATUS_LABEL: Record<Status, string> = {
  dat: 'Đạt',
  'chua-dat': 'Chưa đạt',
  'chua-co-so-lieu': 'Chưa có số liệu',
  'chua-co-chi-tieu': 'Chưa có chỉ tiêu',
  'khong-danh-gia-duoc': 'Không đánh giá được',
};

/** The status against one side's target: "Chưa có chỉ tiêu địa phương" rather than "Chưa có số liệu". */
export function statusLabel(status: Status, side: 'local' | 'national'): string {
  if (status === 'chua-co-chi-tieu')
    return side === 'local' ? 'Chưa có chỉ tiêu địa phương' : 'Chưa có chỉ tiêu quốc gia';
  return STATUS_LABEL[status];
}

/** Why a result cannot be judged, for the pane and the report sheet. */
export const STATUS_REASON = {
  impossible: (cells: string) => `Số liệu ở ô ${cells} có lỗi: sửa lỗi đó trước, rồi kiểm tra lại.`,
  noLocalTarget: 'Chưa có chỉ tiêu địa phương: ghi vào cột "Chỉ tiêu của địa phương" hoặc trong phần cài đặt.',
  nationalMilestone: (year: string) => `so với mốc quốc gia năm ${year}`,
  /** After a national target: "60 (mốc 2025)". */
  milestone: (year: string) => `mốc ${year}`,
} as const;

/**
 * The CLQG sheet's "Đánh giá" cell shows both verdicts, one per line:
 * "ĐP: Đạt" and "QG 2025: Chưa đạt" (ĐP = địa phương, QG = quốc gia, with the milestone compared).
 */
export const SHEET_VERDICT = {
  local: 'ĐP: ',
  national: (year: string) => `QG ${year}: `,
} as const;

/** An indicator set whose source states one indicator's targets twice, differently (seed 003). */
export const SET_WARNING = {
  statedTwice: (d: {
    set: string;
    id: string;
    name: string;
    statedIn: string;
    kept: string;
    where: string;
    other: string;
  }) =>
    `Bộ chỉ tiêu "${d.set}": văn bản gốc ghi chỉ tiêu ${d.id} (${d.name}) hai cách — ${d.statedIn}: ${d.kept}; ${d.where}: ${d.other}. Khi đánh giá, dùng số của ${d.statedIn}; hãy đối chiếu văn bản gốc nếu cần.`,
  defaultStatedIn: 'phần mục tiêu của văn bản',
} as const;
