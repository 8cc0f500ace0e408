/** What the task pane says about keeping its results up to date as the officer edits (issue 12). */
export const L = {
  /** Shown while watching edits; `time` is when the shown report was made ("14:05:12"). */
  on: (time: string | null) => (time ? `Tự cập nhật khi sửa ô — lần cuối lúc ${time}.` : 'Tự cập nhật khi sửa ô.'),
  updating: 'Đang cập nhật theo ô vừa sửa…',
  /** Where Excel cannot report edits (ExcelApi below 1.7). */
  off: (time: string | null) =>
    `${time ? `Kết quả lúc ${time}. ` : ''}Excel này không tự báo khi ô thay đổi: sửa số liệu xong, hãy bấm Kiểm tra lại.`,
  stale: 'Kết quả đã cũ — bấm Kiểm tra lại.',
  staleDetail: 'Số liệu có thể đã được sửa sau lần kiểm tra này.',
  recheck: 'Kiểm tra lại',
  recheckFailed: 'Không tự kiểm tra lại được sau khi sửa ô',
} as const;
