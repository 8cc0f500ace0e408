/**
 * Every Vietnamese sentence about the validation stamp ("dấu kiểm tra") and the explanations of
 * warnings ("giải trình"): CLI, task pane, ribbon and the aggregation status sheet say the same.
 */
import type { StampCheck } from '../stamp/check-schema';
import { formatVnNumber } from '../parse/number';

/** "2026-11-23T14:05:09+07:00" → "14:05 ngày 23/11/2026" (the wall clock where it was checked). */
export function formatCheckedAt(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso ?? '');
  return m ? `${m[4]}:${m[5]} ngày ${m[3]}/${m[2]}/${m[1]}` : (iso ?? '');
}

const n = (v: number | undefined) => formatVnNumber(v ?? 0);

/** "còn 3 lỗi, 5 cảnh báo (2 đã giải trình)" — the counts a stamp recorded. */
export function stampCountsPhrase(s: Pick<StampCheck, 'errors' | 'warnings' | 'explained'>): string {
  const parts: string[] = [];
  parts.push(s.errors ? `${n(s.errors)} lỗi` : 'không có lỗi');
  if (s.warnings) parts.push(`${n(s.warnings)} cảnh báo${s.explained ? ` (${n(s.explained)} đã giải trình)` : ''}`);
  return parts.join(', ');
}

export const STAMP_MSG = {
  /** The three verdicts, word for word as the receiving level reads them. */
  unchanged: (at: string) => `Đã kiểm tra lúc ${at} — số liệu không đổi từ đó`,
  modified: (at: string) => `Số liệu đã sửa sau lần kiểm tra lúc ${at}`,
  none: 'Chưa kiểm tra',
  /** After the verdict: what the check found then. */
  counts: (s: StampCheck) => `khi kiểm tra: ${stampCountsPhrase(s)}`,
  sentWithErrors: 'gửi khi còn lỗi',
  problem: {
    unreadable: 'dấu kiểm tra trong tệp không đọc được',
    seal: 'dấu kiểm tra trong tệp đã bị sửa tay',
    form: 'dấu kiểm tra do phiên bản khác ghi, không so sánh được — hãy kiểm tra lại',
  },
  /** The stamp's versions, for the CLI's detail line. */
  versions: (rules: string, indicators: string) => `bộ quy tắc ${rules}, bộ chỉ tiêu ${indicators}`,
  written: (at: string) => `Đã ghi dấu kiểm tra vào tệp lúc ${at}.`,
  ribbonStamped: 'Đã ghi dấu kiểm tra vào tệp.',
  writtenWithErrors: (at: string, errors: number) =>
    `Đã ghi dấu kiểm tra lúc ${at}, ghi rõ tệp còn ${n(errors)} lỗi: hãy sửa rồi kiểm tra lại trước khi gửi.`,
  writeFailed: (detail: string) =>
    `Không ghi được dấu kiểm tra vào tệp (${detail}). Kết quả kiểm tra vẫn đúng; cấp nhận sẽ thấy "Chưa kiểm tra".`,
  /** The guarantee, said plainly (pane help, README). */
  scope:
    'Dấu kiểm tra giúp phát hiện số liệu bị sửa sau khi kiểm tra do sơ suất; nó không chống được việc cố ý làm giả.',
} as const;

/** The one sentence for a verified stamp: verdict, then (for a stamp) what it found, then any problem. */
export function stampSentence(s: StampCheck | undefined): string {
  if (!s || s.status === 'none') {
    return s?.problem ? `${STAMP_MSG.none} (${STAMP_MSG.problem[s.problem]})` : STAMP_MSG.none;
  }
  const at = formatCheckedAt(s.checkedAt);
  const head = s.status === 'unchanged' ? STAMP_MSG.unchanged(at) : STAMP_MSG.modified(at);
  const tail = [STAMP_MSG.counts(s)];
  if ((s.errors ?? 0) > 0) tail.push(STAMP_MSG.sentWithErrors);
  if (s.problem) tail.push(STAMP_MSG.problem[s.problem]);
  return `${head} (${tail.join('; ')})`;
}

/** The short label of the aggregation status sheet's "Kiểm tra trước khi gửi" column. */
export function stampLabel(s: StampCheck | undefined): string {
  if (!s || s.status === 'none') return STAMP_MSG.none;
  const at = formatCheckedAt(s.checkedAt);
  return s.status === 'unchanged' ? STAMP_MSG.unchanged(at) : STAMP_MSG.modified(at);
}

export const EXPLAIN_MSG = {
  button: 'Giải trình…',
  edit: 'Sửa giải trình…',
  label: 'Giải trình (ngắn gọn, lưu trong tệp)',
  placeholder: 'Ví dụ: Tỉnh giao chỉ tiêu thấp hơn do điều kiện thực tế của địa phương.',
  save: 'Lưu giải trình',
  remove: 'Xóa giải trình',
  cancel: 'Hủy',
  saving: 'Đang lưu…',
  saved: 'Đã lưu giải trình trong tệp.',
  removed: 'Đã xóa giải trình.',
  failed: 'Không lưu được giải trình',
  tooLong: (max: number) => `Giải trình tối đa ${max} ký tự.`,
  empty: 'Hãy viết giải trình trước khi lưu (hoặc bấm Hủy).',
  notExplainable: 'Chỉ giải trình được cảnh báo; lỗi phải sửa trong bảng.',
  /** After a value changed: the old text no longer applies. */
  dropped: 'Giải trình trước đây không còn áp dụng vì số liệu của dòng đã sửa.',
  counted: (explained: number) => `${formatVnNumber(explained)} cảnh báo đã giải trình`,
} as const;

/** The CLI's own sentences about stamping (`phuluc validate --stamp`). */
export const STAMP_CLI = {
  line: (sentence: string) => `Dấu kiểm tra: ${sentence}`,
  versions: (rules: string, indicators: string) => `  (${STAMP_MSG.versions(rules, indicators)})`,
  cannotRead: (p: string, code: string) =>
    `Không đọc lại được tệp "${p}" để ghi dấu kiểm tra${code ? ` (${code})` : ''}.`,
  wouldDrop: (p: string, what: string) =>
    `Không ghi dấu kiểm tra vào "${p}": tệp có ${what}, mà công cụ dòng lệnh không giữ được khi ghi lại tệp. ` +
    'Hãy mở tệp trong Excel và bấm "Kiểm tra" của add-in Phụ lục BĐG để ghi dấu. Tệp không bị thay đổi.',
  rewriteChanged: (p: string) =>
    `Không ghi dấu kiểm tra vào "${p}": ghi lại tệp làm khác số liệu của phụ lục, nên tệp được giữ nguyên. ` +
    'Hãy ghi dấu bằng add-in trong Excel.',
  written: (p: string, at: string) => `Đã ghi dấu kiểm tra vào tệp "${p}" lúc ${at}.`,
  writtenWithErrors: (p: string, at: string, errors: number) =>
    `Đã ghi dấu kiểm tra vào tệp "${p}" lúc ${at}, ghi rõ tệp còn ${formatVnNumber(errors)} lỗi (gửi khi còn lỗi).`,
} as const;

export const STAMP_AGGREGATE = {
  heading: 'Dấu kiểm tra trước khi gửi của từng tệp:',
} as const;

/** The task pane's own words about the stamp. */
export const STAMP_PANE = {
  title: 'Dấu kiểm tra:',
  noneHint: 'Bấm "Kiểm tra" để ghi dấu kiểm tra vào tệp trước khi gửi.',
  modifiedHint: 'Bấm "Kiểm tra" lại để ghi dấu mới trước khi gửi.',
  scope:
    'Dấu kiểm tra cho cấp nhận biết tệp đã được kiểm tra và số liệu có bị sửa sau đó không. Nó phát hiện sơ suất, không chống được việc cố ý làm giả.',
} as const;
